#ifndef KG_CSQLITE_SHIM_H
#define KG_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: tell SQLite to copy bound text and blobs.
static inline sqlite3_destructor_type kg_sqlite_transient(void) {
    return (sqlite3_destructor_type)-1;
}

#endif

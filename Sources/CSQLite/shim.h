#ifndef KG_CSQLITE_SHIM_H
#define KG_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: tell SQLite to copy bound text and blobs.
static inline sqlite3_destructor_type kg_sqlite_transient(void) {
    return (sqlite3_destructor_type)-1;
}

// sqlite3_config is variadic, which Swift cannot call. Without memory statistics SQLite takes no
// global mutex around every allocation; kg never reads them. Must run before the first open.
static inline int kg_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif

#ifndef KG_CSQLITE_WAL_BATCHING_H
#define KG_CSQLITE_WAL_BATCHING_H

#include <pthread.h>
#include <sqlite3.h>
#include <string.h>

// A VFS over the default one that hands the frames a transaction appends to its write-ahead log
// to the kernel in writes of up to 128 KiB instead of two writes per frame.
//
// SQLite writes each frame of the log as two `pwrite`s, its 24-byte header and then its page: an
// ingest of 800 articles (one transaction each, about 150 pages a document) made 236,000 of
// them, a quarter of a second of kernel time on the writing thread. Here the frames appended
// one after another are held in a buffer, written when it is full and when the transaction's
// commit frame (the one frame whose header gives the database's size in pages) has been added,
// from inside SQLite's write of that frame: a failure (a full disk) is SQLite's to report as before, and the commit
// reaches the file before SQLite publishes it in the WAL index, so no reader, in this process or
// another, can look for a frame not yet written. Everything else done with the log (a read, its
// size, a truncation, a sync, a write that does not continue the held ones, closing it) and every
// lock or barrier on the database's WAL index writes the held frames first, so frames a
// transaction spilled and then rolled back never outlive its write lock.
//
// The database file and every other file are the default VFS's own, unwrapped but for the main
// database (whose WAL-index calls write the held frames first). See
// <https://www.sqlite.org/fileformat2.html#walformat> (the frame header) and
// <https://www.sqlite.org/vfs.html>.

/// The VFS's name, to pass to `sqlite3_open_v2`.
#define KG_WAL_BATCHING_VFS_NAME "kg-wal-batching"

// Held bytes at most: the Unix VFS writes at most 128 KiB - 1 bytes a call (it masks the length
// with 0x1ffff, and a longer write fails as "disk full"). A document's transaction is about 600 KiB
// of frames: five writes instead of three hundred.
#define KG_WAL_BATCH_CAPACITY 0x1ffff
#define KG_WAL_FRAME_HEADER_SIZE 24
#define KG_WAL_ROUND8(n) (((n) + 7) & ~7)

typedef struct kg_wal_batching_database kg_wal_batching_database;

// An open write-ahead log: its held frames, and the default VFS's file after this struct.
typedef struct kg_wal_batching_log {
    sqlite3_file base;
    sqlite3_file *real;
    // The open database this log belongs to; NULL when it was not found: then nothing is held.
    kg_wal_batching_database *database;
    unsigned char *held;
    int heldLength;
    sqlite3_int64 heldStart;
    // Where a write continuing the last one starts; -1 when unknown.
    sqlite3_int64 appendPoint;
    // The last held write was a commit frame's header: its page completes the transaction.
    int commitPageNext;
} kg_wal_batching_log;

// An open main database: the default VFS's file after this struct, and its log once open.
struct kg_wal_batching_database {
    sqlite3_file base;
    sqlite3_file *real;
    const char *name;
    kg_wal_batching_log *log;
    kg_wal_batching_database *next;
};

// Open main databases, for a log being opened to find its own (by SQLite's filename pointer).
static kg_wal_batching_database *kg_wal_batching_databases = NULL;
static pthread_mutex_t kg_wal_batching_databases_lock = PTHREAD_MUTEX_INITIALIZER;

static sqlite3_vfs *kg_wal_batching_default_vfs(sqlite3_vfs *vfs) {
    return (sqlite3_vfs *)vfs->pAppData;
}

static unsigned int kg_wal_batching_big_endian_u32(const unsigned char *bytes) {
    return ((unsigned int)bytes[0] << 24) | ((unsigned int)bytes[1] << 16) | ((unsigned int)bytes[2] << 8)
        | (unsigned int)bytes[3];
}

// Writes the held frames, if any; on failure they are dropped, as SQLite's own failed write
// would have left them unwritten.
static int kg_wal_batching_write_held(kg_wal_batching_log *log) {
    if (log->heldLength == 0) return SQLITE_OK;
    int length = log->heldLength;
    log->heldLength = 0;
    log->commitPageNext = 0;
    int rc = log->real->pMethods->xWrite(log->real, log->held, length, log->heldStart);
    if (rc != SQLITE_OK) log->appendPoint = -1;
    return rc;
}

static int kg_wal_batching_log_close(sqlite3_file *file) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    int rc = kg_wal_batching_write_held(log);
    pthread_mutex_lock(&kg_wal_batching_databases_lock);
    if (log->database != NULL) log->database->log = NULL;
    log->database = NULL;
    pthread_mutex_unlock(&kg_wal_batching_databases_lock);
    sqlite3_free(log->held);
    log->held = NULL;
    int closed = log->real->pMethods->xClose(log->real);
    return rc != SQLITE_OK ? rc : closed;
}

static int kg_wal_batching_log_read(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    int rc = kg_wal_batching_write_held(log);
    if (rc != SQLITE_OK) return rc;
    return log->real->pMethods->xRead(log->real, data, amount, offset);
}

static int kg_wal_batching_log_write(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    int isFrameHeader = amount == KG_WAL_FRAME_HEADER_SIZE;
    // A page: a power of two from 512 to 65,536 bytes.
    int isPage = amount >= 512 && amount <= 65536 && (amount & (amount - 1)) == 0;
    int rc;
    if (log->database == NULL || offset != log->appendPoint || !(isFrameHeader || isPage)) {
        // Anything but the next frame's header or page (the log's own header, a frame rewritten in
        // place, a checksum rewritten): in order, after the held frames.
        rc = kg_wal_batching_write_held(log);
        if (rc == SQLITE_OK) rc = log->real->pMethods->xWrite(log->real, data, amount, offset);
        log->appendPoint = rc == SQLITE_OK ? offset + amount : -1;
        return rc;
    }
    if (log->heldLength + amount > KG_WAL_BATCH_CAPACITY) {
        int completesCommit = log->commitPageNext;
        rc = kg_wal_batching_write_held(log);
        if (rc != SQLITE_OK) return rc;
        log->commitPageNext = completesCommit;
    }
    if (log->held == NULL) log->held = sqlite3_malloc(KG_WAL_BATCH_CAPACITY);
    if (log->held == NULL) {
        rc = kg_wal_batching_write_held(log);
        if (rc == SQLITE_OK) rc = log->real->pMethods->xWrite(log->real, data, amount, offset);
        log->appendPoint = rc == SQLITE_OK ? offset + amount : -1;
        return rc;
    }
    if (log->heldLength == 0) log->heldStart = offset;
    memcpy(log->held + log->heldLength, data, (size_t)amount);
    log->heldLength += amount;
    log->appendPoint = offset + amount;
    if (log->commitPageNext) return kg_wal_batching_write_held(log);
    // Bytes 4-7 of a frame header: the database's size in pages after a commit, else zero.
    if (isFrameHeader && kg_wal_batching_big_endian_u32((const unsigned char *)data + 4) != 0) {
        log->commitPageNext = 1;
    }
    return SQLITE_OK;
}

static int kg_wal_batching_log_truncate(sqlite3_file *file, sqlite3_int64 size) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    int rc = kg_wal_batching_write_held(log);
    if (rc != SQLITE_OK) return rc;
    log->appendPoint = -1;
    return log->real->pMethods->xTruncate(log->real, size);
}

static int kg_wal_batching_log_sync(sqlite3_file *file, int flags) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    int rc = kg_wal_batching_write_held(log);
    if (rc != SQLITE_OK) return rc;
    return log->real->pMethods->xSync(log->real, flags);
}

static int kg_wal_batching_log_file_size(sqlite3_file *file, sqlite3_int64 *size) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    int rc = kg_wal_batching_write_held(log);
    if (rc != SQLITE_OK) return rc;
    return log->real->pMethods->xFileSize(log->real, size);
}

static int kg_wal_batching_log_lock(sqlite3_file *file, int level) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    return log->real->pMethods->xLock(log->real, level);
}

static int kg_wal_batching_log_unlock(sqlite3_file *file, int level) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    return log->real->pMethods->xUnlock(log->real, level);
}

static int kg_wal_batching_log_check_reserved_lock(sqlite3_file *file, int *result) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    return log->real->pMethods->xCheckReservedLock(log->real, result);
}

static int kg_wal_batching_log_file_control(sqlite3_file *file, int op, void *argument) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    int rc = kg_wal_batching_write_held(log);
    if (rc != SQLITE_OK) return rc;
    return log->real->pMethods->xFileControl(log->real, op, argument);
}

static int kg_wal_batching_log_sector_size(sqlite3_file *file) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    return log->real->pMethods->xSectorSize(log->real);
}

static int kg_wal_batching_log_device_characteristics(sqlite3_file *file) {
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    return log->real->pMethods->xDeviceCharacteristics(log->real);
}

// A log's methods (version 1: SQLite asks WAL-index and memory-mapping calls of the database only).
static const sqlite3_io_methods kg_wal_batching_log_methods = {
    1,
    kg_wal_batching_log_close,
    kg_wal_batching_log_read,
    kg_wal_batching_log_write,
    kg_wal_batching_log_truncate,
    kg_wal_batching_log_sync,
    kg_wal_batching_log_file_size,
    kg_wal_batching_log_lock,
    kg_wal_batching_log_unlock,
    kg_wal_batching_log_check_reserved_lock,
    kg_wal_batching_log_file_control,
    kg_wal_batching_log_sector_size,
    kg_wal_batching_log_device_characteristics,
    NULL, NULL, NULL, NULL, NULL, NULL,
};

// The database's log's held frames, written before anything touches the WAL index.
static void kg_wal_batching_database_write_held(kg_wal_batching_database *database) {
    if (database->log != NULL) (void)kg_wal_batching_write_held(database->log);
}

static int kg_wal_batching_database_close(sqlite3_file *file) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    pthread_mutex_lock(&kg_wal_batching_databases_lock);
    kg_wal_batching_database **link = &kg_wal_batching_databases;
    while (*link != NULL && *link != database) link = &(*link)->next;
    if (*link == database) *link = database->next;
    if (database->log != NULL) database->log->database = NULL;
    database->log = NULL;
    pthread_mutex_unlock(&kg_wal_batching_databases_lock);
    return database->real->pMethods->xClose(database->real);
}

static int kg_wal_batching_database_read(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xRead(database->real, data, amount, offset);
}

static int kg_wal_batching_database_write(
    sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xWrite(database->real, data, amount, offset);
}

static int kg_wal_batching_database_truncate(sqlite3_file *file, sqlite3_int64 size) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xTruncate(database->real, size);
}

static int kg_wal_batching_database_sync(sqlite3_file *file, int flags) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xSync(database->real, flags);
}

static int kg_wal_batching_database_file_size(sqlite3_file *file, sqlite3_int64 *size) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xFileSize(database->real, size);
}

static int kg_wal_batching_database_lock(sqlite3_file *file, int level) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xLock(database->real, level);
}

static int kg_wal_batching_database_unlock(sqlite3_file *file, int level) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    kg_wal_batching_database_write_held(database);
    return database->real->pMethods->xUnlock(database->real, level);
}

static int kg_wal_batching_database_check_reserved_lock(sqlite3_file *file, int *result) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xCheckReservedLock(database->real, result);
}

static int kg_wal_batching_database_file_control(sqlite3_file *file, int op, void *argument) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    kg_wal_batching_database_write_held(database);
    return database->real->pMethods->xFileControl(database->real, op, argument);
}

static int kg_wal_batching_database_sector_size(sqlite3_file *file) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xSectorSize(database->real);
}

static int kg_wal_batching_database_device_characteristics(sqlite3_file *file) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xDeviceCharacteristics(database->real);
}

static int kg_wal_batching_database_shm_map(
    sqlite3_file *file, int region, int regionSize, int extend, void volatile **address) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    kg_wal_batching_database_write_held(database);
    return database->real->pMethods->xShmMap(database->real, region, regionSize, extend, address);
}

static int kg_wal_batching_database_shm_lock(sqlite3_file *file, int offset, int count, int flags) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    kg_wal_batching_database_write_held(database);
    return database->real->pMethods->xShmLock(database->real, offset, count, flags);
}

static void kg_wal_batching_database_shm_barrier(sqlite3_file *file) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    kg_wal_batching_database_write_held(database);
    database->real->pMethods->xShmBarrier(database->real);
}

static int kg_wal_batching_database_shm_unmap(sqlite3_file *file, int deleteFlag) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    kg_wal_batching_database_write_held(database);
    return database->real->pMethods->xShmUnmap(database->real, deleteFlag);
}

static int kg_wal_batching_database_fetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pages) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xFetch(database->real, offset, amount, pages);
}

static int kg_wal_batching_database_unfetch(sqlite3_file *file, sqlite3_int64 offset, void *pages) {
    kg_wal_batching_database *database = (kg_wal_batching_database *)file;
    return database->real->pMethods->xUnfetch(database->real, offset, pages);
}

// A main database's methods: the default VFS's, the WAL-index calls writing the log's held frames
// first (for a file whose own methods are of version 3, as the Unix VFS's are).
static const sqlite3_io_methods kg_wal_batching_database_methods = {
    3,
    kg_wal_batching_database_close,
    kg_wal_batching_database_read,
    kg_wal_batching_database_write,
    kg_wal_batching_database_truncate,
    kg_wal_batching_database_sync,
    kg_wal_batching_database_file_size,
    kg_wal_batching_database_lock,
    kg_wal_batching_database_unlock,
    kg_wal_batching_database_check_reserved_lock,
    kg_wal_batching_database_file_control,
    kg_wal_batching_database_sector_size,
    kg_wal_batching_database_device_characteristics,
    kg_wal_batching_database_shm_map,
    kg_wal_batching_database_shm_lock,
    kg_wal_batching_database_shm_barrier,
    kg_wal_batching_database_shm_unmap,
    kg_wal_batching_database_fetch,
    kg_wal_batching_database_unfetch,
};

// The same for a file whose own methods are older: no WAL index (SQLite then keeps the index in
// memory, in exclusive locking mode), no memory mapping.
static const sqlite3_io_methods kg_wal_batching_database_methods_version1 = {
    1,
    kg_wal_batching_database_close,
    kg_wal_batching_database_read,
    kg_wal_batching_database_write,
    kg_wal_batching_database_truncate,
    kg_wal_batching_database_sync,
    kg_wal_batching_database_file_size,
    kg_wal_batching_database_lock,
    kg_wal_batching_database_unlock,
    kg_wal_batching_database_check_reserved_lock,
    kg_wal_batching_database_file_control,
    kg_wal_batching_database_sector_size,
    kg_wal_batching_database_device_characteristics,
    NULL, NULL, NULL, NULL, NULL, NULL,
};

static int kg_wal_batching_open(
    sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    int isLog = (flags & SQLITE_OPEN_WAL) != 0 && name != NULL;
    int isMainDatabase = (flags & SQLITE_OPEN_MAIN_DB) != 0 && name != NULL;
    if (!isLog && !isMainDatabase) {
        // Any other file is the default VFS's own, in place.
        return underlying->xOpen(underlying, name, file, flags, outFlags);
    }
    size_t headerSize = KG_WAL_ROUND8(isLog ? sizeof(kg_wal_batching_log) : sizeof(kg_wal_batching_database));
    sqlite3_file *real = (sqlite3_file *)((char *)file + headerSize);
    memset(file, 0, headerSize);
    int rc = underlying->xOpen(underlying, name, real, flags, outFlags);
    if (rc != SQLITE_OK || real->pMethods == NULL) {
        if (real->pMethods != NULL) real->pMethods->xClose(real);
        return rc != SQLITE_OK ? rc : SQLITE_CANTOPEN;
    }
    if (isMainDatabase) {
        kg_wal_batching_database *database = (kg_wal_batching_database *)file;
        database->real = real;
        database->name = name;
        int complete = real->pMethods->iVersion >= 3 && real->pMethods->xShmMap != NULL
            && real->pMethods->xShmLock != NULL && real->pMethods->xShmBarrier != NULL
            && real->pMethods->xShmUnmap != NULL && real->pMethods->xFetch != NULL
            && real->pMethods->xUnfetch != NULL;
        database->base.pMethods =
            complete ? &kg_wal_batching_database_methods : &kg_wal_batching_database_methods_version1;
        pthread_mutex_lock(&kg_wal_batching_databases_lock);
        database->next = kg_wal_batching_databases;
        kg_wal_batching_databases = database;
        pthread_mutex_unlock(&kg_wal_batching_databases_lock);
        return SQLITE_OK;
    }
    kg_wal_batching_log *log = (kg_wal_batching_log *)file;
    log->real = real;
    log->appendPoint = -1;
    log->base.pMethods = &kg_wal_batching_log_methods;
    // SQLite names a log within its database's filename, so the database's name is the very
    // pointer that database was opened with.
    const char *databaseName = sqlite3_filename_database(name);
    pthread_mutex_lock(&kg_wal_batching_databases_lock);
    for (kg_wal_batching_database *database = kg_wal_batching_databases; database != NULL; database = database->next) {
        if (database->name == databaseName && database->log == NULL) {
            database->log = log;
            log->database = database;
            break;
        }
    }
    pthread_mutex_unlock(&kg_wal_batching_databases_lock);
    return SQLITE_OK;
}

static int kg_wal_batching_delete(sqlite3_vfs *vfs, const char *name, int syncDirectory) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xDelete(underlying, name, syncDirectory);
}

static int kg_wal_batching_access(sqlite3_vfs *vfs, const char *name, int flags, int *result) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xAccess(underlying, name, flags, result);
}

static int kg_wal_batching_full_pathname(sqlite3_vfs *vfs, const char *name, int size, char *out) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xFullPathname(underlying, name, size, out);
}

static void *kg_wal_batching_dl_open(sqlite3_vfs *vfs, const char *name) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xDlOpen(underlying, name);
}

static void kg_wal_batching_dl_error(sqlite3_vfs *vfs, int size, char *message) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    underlying->xDlError(underlying, size, message);
}

static void (*kg_wal_batching_dl_sym(sqlite3_vfs *vfs, void *library, const char *symbol))(void) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xDlSym(underlying, library, symbol);
}

static void kg_wal_batching_dl_close(sqlite3_vfs *vfs, void *library) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    underlying->xDlClose(underlying, library);
}

static int kg_wal_batching_randomness(sqlite3_vfs *vfs, int size, char *out) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xRandomness(underlying, size, out);
}

static int kg_wal_batching_sleep(sqlite3_vfs *vfs, int microseconds) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xSleep(underlying, microseconds);
}

static int kg_wal_batching_current_time(sqlite3_vfs *vfs, double *now) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xCurrentTime(underlying, now);
}

static int kg_wal_batching_get_last_error(sqlite3_vfs *vfs, int size, char *message) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xGetLastError(underlying, size, message);
}

static int kg_wal_batching_current_time_int64(sqlite3_vfs *vfs, sqlite3_int64 *now) {
    sqlite3_vfs *underlying = kg_wal_batching_default_vfs(vfs);
    return underlying->xCurrentTimeInt64(underlying, now);
}

// Initialized here (not a tentative definition), so that Swift's use of the header emits it.
static sqlite3_vfs kg_wal_batching_vfs = {0};

// Registers the VFS (not as the default) over the default VFS, once; SQLITE_OK when it is ready
// to be named in `sqlite3_open_v2`. The default VFS must be of version 2 or later.
static inline int kg_wal_batching_register(void) {
    if (sqlite3_vfs_find(KG_WAL_BATCHING_VFS_NAME) != NULL) return SQLITE_OK;
    sqlite3_vfs *underlying = sqlite3_vfs_find(NULL);
    if (underlying == NULL || underlying->iVersion < 2) return SQLITE_ERROR;
    size_t largestHeader = KG_WAL_ROUND8(sizeof(kg_wal_batching_log)) > KG_WAL_ROUND8(sizeof(kg_wal_batching_database))
        ? KG_WAL_ROUND8(sizeof(kg_wal_batching_log))
        : KG_WAL_ROUND8(sizeof(kg_wal_batching_database));
    kg_wal_batching_vfs.iVersion = 2;
    kg_wal_batching_vfs.szOsFile = (int)largestHeader + underlying->szOsFile;
    kg_wal_batching_vfs.mxPathname = underlying->mxPathname;
    kg_wal_batching_vfs.zName = KG_WAL_BATCHING_VFS_NAME;
    kg_wal_batching_vfs.pAppData = underlying;
    kg_wal_batching_vfs.xOpen = kg_wal_batching_open;
    kg_wal_batching_vfs.xDelete = kg_wal_batching_delete;
    kg_wal_batching_vfs.xAccess = kg_wal_batching_access;
    kg_wal_batching_vfs.xFullPathname = kg_wal_batching_full_pathname;
    kg_wal_batching_vfs.xDlOpen = kg_wal_batching_dl_open;
    kg_wal_batching_vfs.xDlError = kg_wal_batching_dl_error;
    kg_wal_batching_vfs.xDlSym = kg_wal_batching_dl_sym;
    kg_wal_batching_vfs.xDlClose = kg_wal_batching_dl_close;
    kg_wal_batching_vfs.xRandomness = kg_wal_batching_randomness;
    kg_wal_batching_vfs.xSleep = kg_wal_batching_sleep;
    kg_wal_batching_vfs.xCurrentTime = kg_wal_batching_current_time;
    kg_wal_batching_vfs.xGetLastError = kg_wal_batching_get_last_error;
    kg_wal_batching_vfs.xCurrentTimeInt64 = kg_wal_batching_current_time_int64;
    return sqlite3_vfs_register(&kg_wal_batching_vfs, 0);
}

#endif

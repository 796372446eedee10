/* Included into SQLite's web build by scripts/build-web.sh (CFLAGS). sqlite-wasm-rs 0.5 compiles SQLite with
   extensions Rumbo never uses (full-text search, R-trees, sessions, virtual tables for debugging, math
   functions); an -include is read after every -D on the command line, so these #undefs take them out again.
   JSON stays: the bookmarks table checks its data with json_valid(). */
#undef SQLITE_ENABLE_FTS5
#undef SQLITE_ENABLE_RTREE
#undef SQLITE_ENABLE_SESSION
#undef SQLITE_ENABLE_PREUPDATE_HOOK
#undef SQLITE_ENABLE_DBSTAT_VTAB
#undef SQLITE_ENABLE_DBPAGE_VTAB
#undef SQLITE_ENABLE_BYTECODE_VTAB
#undef SQLITE_ENABLE_STMTVTAB
#undef SQLITE_ENABLE_MATH_FUNCTIONS
#undef SQLITE_ENABLE_OFFSET_SQL_FUNC
#undef SQLITE_ENABLE_UNKNOWN_SQL_FUNCTION
#undef SQLITE_ENABLE_COLUMN_METADATA
#undef SQLITE_ENABLE_UNLOCK_NOTIFY

/* Parts of SQLite's API and SQL that neither Rumbo's SQL (src/storage/) nor rusqlite with Rumbo's features
   (bundled, serialize) call. Only options that leave the amalgamation's parser as it is: an SQLITE_OMIT_* that
   changes the grammar (views, triggers, window functions, EXPLAIN...) needs SQLite's canonical sources.
   The web database lives in memory and is saved as bytes (serialize): no WAL, no shared cache. */
#define SQLITE_OMIT_UTF16 1
#define SQLITE_OMIT_PROGRESS_CALLBACK 1
#define SQLITE_OMIT_TRACE 1
#define SQLITE_OMIT_COMPLETE 1
#define SQLITE_OMIT_GET_TABLE 1
#define SQLITE_OMIT_AUTHORIZATION 1
#define SQLITE_OMIT_DECLTYPE 1
#define SQLITE_OMIT_INTROSPECTION_PRAGMAS 1
#define SQLITE_OMIT_COMPILEOPTION_DIAGS 1
#define SQLITE_OMIT_TCL_VARIABLE 1
#define SQLITE_OMIT_INCRBLOB 1
#define SQLITE_OMIT_WAL 1
/* No local time in SQL (Rumbo's dates are computed in Rust, with chrono). SQLITE_OMIT_DATETIME_FUNCS cannot go:
   without them SQLite falls back to the C library's gmtime and strftime, which the wasm does not have. */
#define SQLITE_OMIT_LOCALTIME 1
/* SQLite's own test hooks and memory statistics, which nothing reads. */
#define SQLITE_UNTESTABLE 1
#define SQLITE_DEFAULT_MEMSTATUS 0
/* Rumbo's SQL quotes strings with single quotes only (SQLite's recommended setting). */
#define SQLITE_DQS 0

/* Query-planner shortcuts that only pay off on large tables (Rumbo's hold a few dozen rows): the same results
   without them. And API armor, which checks for null handles that rusqlite never passes. */
#define SQLITE_OMIT_AUTOMATIC_INDEX 1
#define SQLITE_OMIT_LIKE_OPTIMIZATION 1
#define SQLITE_OMIT_OR_OPTIMIZATION 1
#define SQLITE_OMIT_BETWEEN_OPTIMIZATION 1
#define SQLITE_OMIT_XFER_OPT 1
#define SQLITE_OMIT_QUICKBALANCE 1
#undef SQLITE_ENABLE_API_ARMOR

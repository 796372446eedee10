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

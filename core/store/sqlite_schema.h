// Opening the SQLite queue database and laying out its table.
//
// Contract: OpenQueueDatabase opens (creating if needed) the file, takes an
// exclusive lock so no second server can share it, switches to WAL, and makes
// sure `table` has Geartrain's layout (docs/queue_schema.md):
//   id INTEGER PRIMARY KEY   -- the server's job id (the number in the handle)
//   function_name, unique_key, reducer, data BLOB; priority, when_to_run INTEGER
// A table with gearmand's layout (rows keyed by unique_key + function_name) is
// imported in one transaction: its rows become jobs in rowid order and the old
// table is dropped, so a user can switch from gearmand without losing jobs.
// Every failure is one line in *error and a null handle.
#ifndef GEARTRAIN_CORE_STORE_SQLITE_SCHEMA_H_
#define GEARTRAIN_CORE_STORE_SQLITE_SCHEMA_H_

#include <sqlite3.h>

#include <string>

namespace geartrain {

struct SqliteOpenResult {
  sqlite3* db = nullptr;
  int imported_from_gearmand = 0;  // rows taken over from a gearmand table
};

// `synchronous` is the PRAGMA value: "FULL" (every commit fsyncs) or "NORMAL".
SqliteOpenResult OpenQueueDatabase(const std::string& path, const std::string& table,
                                   const char* synchronous, std::string* error);

// Quotes an SQL identifier.
std::string QuoteIdentifier(const std::string& name);

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_STORE_SQLITE_SCHEMA_H_

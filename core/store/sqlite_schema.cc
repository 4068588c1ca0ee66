#include "store/sqlite_schema.h"

#include <algorithm>
#include <vector>

namespace geartrain {
namespace {

bool Exec(sqlite3* db, const std::string& sql, const std::string& path, std::string* error) {
  char* msg = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
  if (rc == SQLITE_OK) return true;
  std::string why = msg != nullptr ? msg : sqlite3_errmsg(db);
  sqlite3_free(msg);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    *error = path + ": the database is locked by another process (another server uses it?)";
  } else if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) {
    *error = path + ": not a usable SQLite database (" + why + ")";
  } else {
    *error = path + ": " + why;
  }
  return false;
}

std::vector<std::string> ColumnsOf(sqlite3* db, const std::string& table) {
  std::vector<std::string> cols;
  std::string sql = "PRAGMA table_info(" + QuoteIdentifier(table) + ")";
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) return cols;
  while (sqlite3_step(st) == SQLITE_ROW) {
    cols.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
  }
  sqlite3_finalize(st);
  return cols;
}

bool Has(const std::vector<std::string>& cols, const char* name) {
  return std::find(cols.begin(), cols.end(), name) != cols.end();
}

std::string CreateTableSql(const std::string& table) {
  return "CREATE TABLE " + QuoteIdentifier(table) +
         " (id INTEGER PRIMARY KEY, function_name BLOB NOT NULL, unique_key BLOB NOT NULL "
         "DEFAULT '', reducer BLOB NOT NULL DEFAULT '', priority INTEGER NOT NULL DEFAULT 1, "
         "when_to_run INTEGER NOT NULL DEFAULT 0, data BLOB NOT NULL DEFAULT '')";
}

// Takes over a gearmand 1.1.x libsqlite3 table (protocol.md §4.3) in place.
bool ImportGearmandTable(sqlite3* db, const std::string& path, const std::string& table,
                         const std::vector<std::string>& cols, int* imported,
                         std::string* error) {
  std::string old = table + "_gearmand_import";
  std::string when = Has(cols, "when_to_run") ? "COALESCE(when_to_run, 0)" : "0";
  if (!Exec(db, "ALTER TABLE " + QuoteIdentifier(table) + " RENAME TO " + QuoteIdentifier(old),
            path, error) ||
      !Exec(db, CreateTableSql(table), path, error) ||
      !Exec(db,
            "INSERT INTO " + QuoteIdentifier(table) +
                " (function_name, unique_key, priority, when_to_run, data) "
                "SELECT CAST(function_name AS BLOB), CAST(COALESCE(unique_key, '') AS BLOB), "
                "COALESCE(priority, 1), " + when + ", COALESCE(data, X'') FROM " +
                QuoteIdentifier(old) + " ORDER BY rowid",
            path, error)) {
    return false;
  }
  *imported = sqlite3_changes(db);
  return Exec(db, "DROP TABLE " + QuoteIdentifier(old), path, error);
}

}  // namespace

std::string QuoteIdentifier(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

SqliteOpenResult OpenQueueDatabase(const std::string& path, const std::string& table,
                                   const char* synchronous, std::string* error) {
  SqliteOpenResult result;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    *error = path + ": cannot open (" + std::string(db ? sqlite3_errmsg(db) : "out of memory") +
             "; does the directory exist and is it writable?)";
    sqlite3_close(db);
    return result;
  }
  if (sqlite3_db_readonly(db, "main") == 1) {
    *error = path + ": the file is not writable";
    sqlite3_close(db);
    return result;
  }
  sqlite3_busy_timeout(db, 0);
  sqlite3_extended_result_codes(db, 0);
  // The exclusive lock is taken by the first write below and held while the
  // server runs: two servers on one queue file would each replay its jobs.
  bool ok = Exec(db, "PRAGMA locking_mode=EXCLUSIVE", path, error) &&
            Exec(db, "PRAGMA journal_mode=WAL", path, error) &&
            Exec(db, std::string("PRAGMA synchronous=") + synchronous, path, error) &&
            Exec(db, "BEGIN IMMEDIATE", path, error);
  if (ok) {
    std::vector<std::string> cols = ColumnsOf(db, table);
    if (cols.empty()) {
      ok = Exec(db, CreateTableSql(table), path, error);
    } else if (Has(cols, "id") && Has(cols, "function_name") && Has(cols, "reducer")) {
      // Ours already.
    } else if (Has(cols, "unique_key") && Has(cols, "function_name") && Has(cols, "data")) {
      ok = ImportGearmandTable(db, path, table, cols, &result.imported_from_gearmand, error);
    } else {
      *error = path + ": table " + table + " exists but is neither Geartrain's nor gearmand's";
      ok = false;
    }
    if (ok) {
      ok = Exec(db, "COMMIT", path, error);
    } else {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }
  if (!ok) {
    sqlite3_close(db);
    return result;
  }
  result.db = db;
  return result;
}

}  // namespace geartrain

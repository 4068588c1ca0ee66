#include "store/sqlite_store.h"

#include "store/sqlite_schema.h"

namespace geartrain {

bool ParseStoreMode(const std::string& name, StoreMode* mode) {
  if (name == "ack-after-commit") {
    *mode = StoreMode::kAckAfterCommit;
  } else if (name == "async") {
    *mode = StoreMode::kAsync;
  } else if (name == "shutdown-only") {
    *mode = StoreMode::kShutdownOnly;
  } else {
    return false;
  }
  return true;
}

std::unique_ptr<SqliteStore> SqliteStore::Open(const SqliteStoreOptions& options,
                                               std::string* error) {
  // Only ack-after-commit promises zero loss on power failure; the other
  // modes accept a loss window anyway, so they skip the per-commit fsync.
  const char* sync = options.mode == StoreMode::kAckAfterCommit ? "FULL" : "NORMAL";
  SqliteOpenResult r = OpenQueueDatabase(options.path, options.table, sync, error);
  if (r.db == nullptr) return nullptr;
  std::unique_ptr<SqliteStore> store(new SqliteStore(options, r.db, r.imported_from_gearmand));
  if (options.max_pages > 0) {
    std::string pragma = "PRAGMA max_page_count=" + std::to_string(options.max_pages);
    sqlite3_exec(r.db, pragma.c_str(), nullptr, nullptr, nullptr);
  }
  if (!store->Prepare(error)) return nullptr;
  return store;
}

SqliteStore::SqliteStore(const SqliteStoreOptions& options, sqlite3* db, int imported)
    : options_(options), db_(db), imported_(imported) {}

SqliteStore::~SqliteStore() {
  Close();
  if (results_event_ != nullptr) event_free(results_event_);
  sqlite3_finalize(insert_);
  sqlite3_finalize(remove_);
  sqlite3_close(db_);
}

bool SqliteStore::Prepare(std::string* error) {
  std::string t = QuoteIdentifier(options_.table);
  std::string ins = "INSERT OR REPLACE INTO " + t +
                    " (id, function_name, unique_key, reducer, priority, when_to_run, data) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  std::string del = "DELETE FROM " + t + " WHERE id = ?1";
  if (sqlite3_prepare_v2(db_, ins.c_str(), -1, &insert_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, del.c_str(), -1, &remove_, nullptr) != SQLITE_OK) {
    *error = options_.path + ": " + sqlite3_errmsg(db_);
    return false;
  }
  return true;
}

void SqliteStore::Attach(event_base* base, AddedCallback on_added) {
  on_added_ = std::move(on_added);
  // Never added: the writer thread activates it (libevent is set up for
  // threads by the server), which runs OnResults on the loop thread.
  results_event_ = event_new(base, -1, 0, &SqliteStore::OnResults, this);
  if (options_.mode != StoreMode::kShutdownOnly) writer_ = std::thread([this] { WriterLoop(); });
}

void SqliteStore::Add(const Job& job, std::string_view function) {
  if (options_.mode == StoreMode::kShutdownOnly) return;
  Op op{true, {}};
  op.job.id = job.id;
  op.job.function.assign(function);
  op.job.unique.assign(job.unique());
  op.job.reducer.assign(job.reducer());
  op.job.payload.assign(job.payload());
  op.job.priority = job.priority;
  op.job.when = job.when;
  std::lock_guard<std::mutex> lock(mu_);
  pending_.push_back(std::move(op));
  wake_.notify_one();
}

void SqliteStore::Done(uint64_t job_id) {
  if (options_.mode == StoreMode::kShutdownOnly) return;
  Op op{false, {}};
  op.job.id = job_id;
  std::lock_guard<std::mutex> lock(mu_);
  pending_.push_back(std::move(op));
  wake_.notify_one();
}

uint64_t SqliteStore::commits() const {
  std::lock_guard<std::mutex> lock(mu_);
  return commits_;
}

void SqliteStore::WriterLoop() {
  std::vector<Op> batch;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
      if (pending_.empty() && stopping_) return;
      batch.swap(pending_);  // everything that arrived while we last committed
    }
    std::string error;
    bool ok = RunBatch(&batch, &error);
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (ok) ++commits_;
      if (!ok) last_error_ = error;
      for (const Op& op : batch) {
        if (op.add) results_.emplace_back(op.job.id, ok);
      }
    }
    if (results_event_ != nullptr) event_active(results_event_, EV_READ, 0);
    batch.clear();
  }
}

bool SqliteStore::RunBatch(std::vector<Op>* batch, std::string* error) {
  if (sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
    *error = sqlite3_errmsg(db_);
    return false;
  }
  for (const Op& op : *batch) {
    sqlite3_stmt* st = op.add ? insert_ : remove_;
    sqlite3_bind_int64(st, 1, static_cast<sqlite3_int64>(op.job.id));
    if (op.add) {
      const StoredJob& j = op.job;
      sqlite3_bind_blob(st, 2, j.function.data(), static_cast<int>(j.function.size()),
                        SQLITE_STATIC);
      sqlite3_bind_blob(st, 3, j.unique.data(), static_cast<int>(j.unique.size()), SQLITE_STATIC);
      sqlite3_bind_blob(st, 4, j.reducer.data(), static_cast<int>(j.reducer.size()),
                        SQLITE_STATIC);
      sqlite3_bind_int(st, 5, static_cast<int>(j.priority));
      sqlite3_bind_int64(st, 6, j.when);
      sqlite3_bind_blob64(st, 7, j.payload.data(), j.payload.size(), SQLITE_STATIC);
    }
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) {
      *error = sqlite3_errmsg(db_);
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return false;
    }
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    *error = sqlite3_errmsg(db_);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
  }
  return true;
}

void SqliteStore::OnResults(evutil_socket_t, short, void* arg) {
  SqliteStore* s = static_cast<SqliteStore*>(arg);
  std::vector<std::pair<uint64_t, bool>> results;
  {
    std::lock_guard<std::mutex> lock(s->mu_);
    results.swap(s->results_);
  }
  if (!s->on_added_) return;
  for (const auto& [id, ok] : results) s->on_added_(id, ok);
}

std::string SqliteStore::TakeLastError() {
  std::lock_guard<std::mutex> lock(mu_);
  std::string e;
  e.swap(last_error_);
  return e;
}

bool SqliteStore::Replay(const std::function<void(StoredJob&)>& each, std::string* error) {
  std::string sql = "SELECT id, function_name, unique_key, reducer, priority, when_to_run, data "
                    "FROM " + QuoteIdentifier(options_.table) + " ORDER BY id";
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    *error = options_.path + ": " + sqlite3_errmsg(db_);
    return false;
  }
  auto text = [st](int col) {
    const void* p = sqlite3_column_blob(st, col);
    return std::string(static_cast<const char*>(p ? p : ""),
                       static_cast<size_t>(sqlite3_column_bytes(st, col)));
  };
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    StoredJob j;
    j.id = static_cast<uint64_t>(sqlite3_column_int64(st, 0));
    j.function = text(1);
    j.unique = text(2);
    j.reducer = text(3);
    int p = sqlite3_column_int(st, 4);
    j.priority = static_cast<Priority>(p < 0 || p > 2 ? 1 : p);
    j.when = sqlite3_column_int64(st, 5);
    j.payload = text(6);
    each(j);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    *error = options_.path + ": reading the queue: " + sqlite3_errmsg(db_);
    return false;
  }
  if (options_.mode == StoreMode::kShutdownOnly) {
    // The jobs live in memory now and are written again at the next clean
    // shutdown; leaving the rows would replay them twice after a crash.
    std::string del = "DELETE FROM " + QuoteIdentifier(options_.table);
    sqlite3_exec(db_, del.c_str(), nullptr, nullptr, nullptr);
  }
  return true;
}

void SqliteStore::SaveOnShutdown(const std::vector<StoredJob>& jobs) {
  if (options_.mode != StoreMode::kShutdownOnly) return;
  std::vector<Op> batch;
  batch.reserve(jobs.size());
  for (const StoredJob& j : jobs) batch.push_back(Op{true, j});
  std::string error;
  if (!RunBatch(&batch, &error)) {
    std::lock_guard<std::mutex> lock(mu_);
    last_error_ = "saving the queue at shutdown: " + error;
  }
}

void SqliteStore::Close() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    wake_.notify_one();
  }
  if (writer_.joinable()) writer_.join();  // finishes every queued write first
}

}  // namespace geartrain

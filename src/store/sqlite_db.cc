#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace crosscheck {

namespace {

Status SqliteError(sqlite3* db, std::string_view what) {
  const int code = sqlite3_errcode(db);
  std::string msg = std::string(what) + ": " + sqlite3_errmsg(db);
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return Status::InvalidInput(msg + " (damaged store?)");
  return Status::IoError(msg);
}

class SqliteStmt final : public SqlStmtImpl {
 public:
  // in_use: set for a statement borrowed from SqliteDb's cache, which is
  // reset and returned (not finalized) when this object dies.
  SqliteStmt(sqlite3* db, sqlite3_stmt* stmt, bool* in_use) : db_(db), stmt_(stmt), in_use_(in_use) {}
  ~SqliteStmt() override {
    if (!in_use_) {
      sqlite3_finalize(stmt_);
      return;
    }
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    *in_use_ = false;
  }
  void Bind(int i, int64_t v) override { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, std::string_view v) override {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindNull(int i) override { sqlite3_bind_null(stmt_, i); }
  Result<bool> Step() override {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return SqliteError(db_, "SQLite step failed");
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  bool IsNull(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t Int(int col) const override { return sqlite3_column_int64(stmt_, col); }
  std::string Text(int col) const override {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  bool* in_use_;
};

}  // namespace

Result<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path, bool create) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = Status::IoError(path + ": cannot open store: " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    sqlite3_close(db);
    return s;
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_extended_result_codes(db, 0);
  return std::unique_ptr<SqliteDb>(new SqliteDb(db, path));
}

SqliteDb::~SqliteDb() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached.stmt);
  sqlite3_close_v2(db_);
}

Status SqliteDb::ExecImpl(std::string_view sql) {
  char* err = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err) == SQLITE_OK) return Status::Ok();
  std::string msg = path_ + ": " + (err ? err : "SQLite error");
  sqlite3_free(err);
  const int code = sqlite3_errcode(db_);
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return Status::InvalidInput(msg + " (damaged store?)");
  return Status::IoError(msg);
}

Result<std::unique_ptr<SqlStmtImpl>> SqliteDb::PrepareImpl(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end() && !it->second.in_use) {
    it->second.in_use = true;
    return std::unique_ptr<SqlStmtImpl>(new SqliteStmt(db_, it->second.stmt, &it->second.in_use));
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return SqliteError(db_, path_ + ": cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
  }
  if (it != cache_.end()) return std::unique_ptr<SqlStmtImpl>(new SqliteStmt(db_, stmt, nullptr));  // cached one busy
  Cached& cached = cache_[std::string(sql)];
  cached = {stmt, true};
  return std::unique_ptr<SqlStmtImpl>(new SqliteStmt(db_, stmt, &cached.in_use));
}

Result<int64_t> SqliteDb::LastInsertId() { return int64_t{sqlite3_last_insert_rowid(db_)}; }

Status SqliteDb::Rollback() { return ExecImpl("ROLLBACK"); }

}  // namespace crosscheck

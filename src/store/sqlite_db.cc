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

}  // namespace

SqliteStmt::SqliteStmt(SqliteStmt&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), in_use_(std::exchange(other.in_use_, nullptr)) {}

SqliteStmt::~SqliteStmt() {
  if (!in_use_) {
    sqlite3_finalize(stmt_);
    return;
  }
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  *in_use_ = false;
}

SqliteStmt& SqliteStmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}

SqliteStmt& SqliteStmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

SqliteStmt& SqliteStmt::Bind(int i, std::optional<int> v) { return v ? Bind(i, int64_t{*v}) : BindNull(i); }

SqliteStmt& SqliteStmt::BindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}

SqliteStmt& SqliteStmt::BindTextOrNull(int i, std::string_view v) { return v.empty() ? BindNull(i) : Bind(i, v); }

Result<bool> SqliteStmt::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, "SQLite step failed");
}

void SqliteStmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Status SqliteStmt::Run() {
  for (;;) {
    auto row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
  }
}

bool SqliteStmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

int64_t SqliteStmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }

std::optional<int> SqliteStmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return sqlite3_column_int(stmt_, col);
}

std::string SqliteStmt::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

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

Status SqliteDb::Exec(std::string_view sql) {
  char* err = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err) == SQLITE_OK) return Status::Ok();
  std::string msg = path_ + ": " + (err ? err : "SQLite error");
  sqlite3_free(err);
  const int code = sqlite3_errcode(db_);
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return Status::InvalidInput(msg + " (damaged store?)");
  return Status::IoError(msg);
}

Result<SqliteStmt> SqliteDb::Prepare(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end() && !it->second.in_use) {
    it->second.in_use = true;
    return SqliteStmt(db_, it->second.stmt, &it->second.in_use);
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return SqliteError(db_, path_ + ": cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
  }
  if (it != cache_.end()) return SqliteStmt(db_, stmt);  // the cached one is busy
  Cached& cached = cache_[std::string(sql)];
  cached = {stmt, true};
  return SqliteStmt(db_, stmt, &cached.in_use);
}

int64_t SqliteDb::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

std::string SqliteDb::ErrorMessage() const { return sqlite3_errmsg(db_); }

SqliteTransaction::SqliteTransaction(SqliteDb& db) : db_(db), begin_(db.Exec("BEGIN IMMEDIATE")) {
  open_ = begin_.ok();
}

SqliteTransaction::~SqliteTransaction() {
  if (open_) (void)db_.Exec("ROLLBACK");
}

Status SqliteTransaction::Commit() {
  Status s = db_.Exec("COMMIT");
  if (s.ok()) open_ = false;
  return s;
}

}  // namespace crosscheck

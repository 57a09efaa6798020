// A thin RAII layer over the SQLite C API: a connection, prepared statements
// and a transaction guard, all reporting failures as Status.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "crosscheck/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace crosscheck {

class SqliteStmt {
 public:
  // in_use: set for a statement borrowed from SqliteDb's cache, which is
  // reset and returned (not finalized) when this object dies.
  SqliteStmt(sqlite3* db, sqlite3_stmt* stmt, bool* in_use = nullptr) : db_(db), stmt_(stmt), in_use_(in_use) {}
  SqliteStmt(SqliteStmt&& other) noexcept;
  SqliteStmt& operator=(SqliteStmt&&) = delete;
  ~SqliteStmt();

  // Parameters are 1-based as in SQLite. Text is copied.
  SqliteStmt& Bind(int i, int64_t v);
  SqliteStmt& Bind(int i, std::string_view v);
  SqliteStmt& Bind(int i, std::optional<int> v);
  SqliteStmt& BindNull(int i);
  // Bind an empty string as NULL.
  SqliteStmt& BindTextOrNull(int i, std::string_view v);

  // true: a row is ready; false: done.
  Result<bool> Step();
  // Ready to run again; bindings cleared.
  void Reset();
  // Runs to completion (for statements without rows).
  Status Run();

  // Columns are 0-based.
  bool IsNull(int col) const;
  int64_t Int(int col) const;
  std::optional<int> OptInt(int col) const;
  std::string Text(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  bool* in_use_;
};

class SqliteDb {
 public:
  // create: make the file when it is missing. Sets a busy timeout so readers
  // and a writer in other processes wait rather than fail.
  static Result<std::unique_ptr<SqliteDb>> Open(const std::string& path, bool create);
  ~SqliteDb();

  Status Exec(std::string_view sql);
  // Statements are prepared once per connection and reused: the parser
  // costs more than running a small INSERT. A statement already in use
  // (nested use of the same SQL) gets a fresh, owned copy.
  Result<SqliteStmt> Prepare(std::string_view sql);
  int64_t LastInsertId() const;
  std::string ErrorMessage() const;
  const std::string& path() const { return path_; }

 private:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  struct Cached {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };
  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, Cached> cache_;  // node-based: &in_use stays valid
};

// BEGIN IMMEDIATE on construction (check status()); rolls back on
// destruction unless Commit() succeeded.
class SqliteTransaction {
 public:
  explicit SqliteTransaction(SqliteDb& db);
  ~SqliteTransaction();
  const Status& status() const { return begin_; }
  Status Commit();

 private:
  SqliteDb& db_;
  Status begin_;
  bool open_ = false;
};

}  // namespace crosscheck

// The SQLite driver of SqlDb (sql_db.h): one connection, prepared statements
// cached per connection.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/sql_db.h"

struct sqlite3;
struct sqlite3_stmt;

namespace crosscheck {

class SqliteDb final : public SqlDb {
 public:
  // create: make the file when it is missing. Sets a busy timeout so readers
  // and a writer in other processes wait rather than fail.
  static Result<std::unique_ptr<SqliteDb>> Open(const std::string& path, bool create);
  ~SqliteDb() override;

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  const std::string& name() const override { return path_; }
  Result<int64_t> LastInsertId() override;
  Status Rollback() override;

 protected:
  Status ExecImpl(std::string_view sql) override;
  // Statements are prepared once per connection and reused: the parser
  // costs more than running a small INSERT. A statement already in use
  // (nested use of the same SQL) gets a fresh, owned copy.
  Result<std::unique_ptr<SqlStmtImpl>> PrepareImpl(std::string_view sql) override;
  Status BeginWriteImpl() override { return ExecImpl("BEGIN IMMEDIATE"); }
  Status CommitImpl() override { return ExecImpl("COMMIT"); }

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

}  // namespace crosscheck

// SqlDb: the few database operations the store needs, behind one interface,
// so that the store's logic (ingest, incidents, edits, queries) is written
// once and runs on SQLite (sqlite_db.h) and PostgreSQL (pg_db.h).
//
// Statements are written with SQLite's numbered parameters (?1, ?2, ...);
// the PostgreSQL driver rewrites them to $1, $2. SQL that both accept is
// used everywhere except where dialect() says otherwise (schema, search).
//
// Fault injection: every statement, begin and commit first asks the hook
// set by SetFaultHook() with a point name ("statement 7", "commit"); a
// non-OK Status is returned instead of running it, as a failed write at that
// point would be. Tests use it to fail every point of a transaction in turn.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck {

enum class SqlDialect { kSqlite, kPostgres };

using FaultHook = std::function<Status(std::string_view point)>;

// One driver's prepared statement; see SqlStmt for the meaning of each call.
class SqlStmtImpl {
 public:
  virtual ~SqlStmtImpl() = default;
  virtual void Bind(int i, int64_t v) = 0;
  virtual void Bind(int i, std::string_view v) = 0;
  virtual void BindNull(int i) = 0;
  virtual Result<bool> Step() = 0;
  virtual void Reset() = 0;
  virtual bool IsNull(int col) const = 0;
  virtual int64_t Int(int col) const = 0;
  virtual std::string Text(int col) const = 0;
};

class SqlDb;

// A statement handle. Bind, then Step() for rows or Run() for none; Reset()
// to run it again with new bindings.
class SqlStmt {
 public:
  SqlStmt(SqlDb* db, std::unique_ptr<SqlStmtImpl> impl) : db_(db), impl_(std::move(impl)) {}

  // Parameters are 1-based. Text is copied.
  SqlStmt& Bind(int i, int64_t v);
  SqlStmt& Bind(int i, std::string_view v);
  SqlStmt& Bind(int i, std::optional<int> v);
  SqlStmt& Bind(int i, std::optional<int64_t> v);
  SqlStmt& BindNull(int i);
  // Bind an empty string as NULL.
  SqlStmt& BindTextOrNull(int i, std::string_view v);

  // true: a row is ready; false: done.
  Result<bool> Step();
  void Reset();
  Status Run();

  // Columns are 0-based.
  bool IsNull(int col) const { return impl_->IsNull(col); }
  int64_t Int(int col) const { return impl_->Int(col); }
  std::optional<int> OptInt(int col) const;
  std::optional<int64_t> OptInt64(int col) const;
  std::string Text(int col) const { return impl_->Text(col); }

 private:
  SqlDb* db_;
  std::unique_ptr<SqlStmtImpl> impl_;
  bool started_ = false;  // Step() ran since the last Reset()
};

class SqlDb {
 public:
  virtual ~SqlDb() = default;

  virtual SqlDialect dialect() const = 0;
  // The store's name for messages: a file path or a URL without password.
  virtual const std::string& name() const = 0;

  // Runs one or more statements without parameters or rows.
  Status Exec(std::string_view sql);
  Result<SqlStmt> Prepare(std::string_view sql);
  // The id the last INSERT gave its row.
  virtual Result<int64_t> LastInsertId() = 0;

  // A write transaction: writers are serialized store-wide (SQLite: BEGIN
  // IMMEDIATE; PostgreSQL: BEGIN and a transaction-scoped advisory lock).
  Status BeginWrite();
  Status Commit();
  virtual Status Rollback() = 0;

  void SetFaultHook(FaultHook hook) { fault_hook_ = std::move(hook); }
  // Asks the fault hook about the next point; counts statements per transaction.
  Status Fault(std::string_view point);
  Status NextStatementFault();

 protected:
  virtual Status ExecImpl(std::string_view sql) = 0;
  virtual Result<std::unique_ptr<SqlStmtImpl>> PrepareImpl(std::string_view sql) = 0;
  virtual Status BeginWriteImpl() = 0;
  virtual Status CommitImpl() = 0;

 private:
  FaultHook fault_hook_;
  int64_t statements_ = 0;  // since BeginWrite()
};

// BeginWrite() on construction (check status()); rolls back on destruction
// unless Commit() succeeded.
class SqlTransaction {
 public:
  explicit SqlTransaction(SqlDb& db);
  ~SqlTransaction();
  SqlTransaction(const SqlTransaction&) = delete;
  SqlTransaction& operator=(const SqlTransaction&) = delete;
  const Status& status() const { return begin_; }
  Status Commit();

 private:
  SqlDb& db_;
  Status begin_;
  bool open_ = false;
};

}  // namespace crosscheck

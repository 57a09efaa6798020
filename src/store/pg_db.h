// The PostgreSQL driver of SqlDb (sql_db.h), on libpq: one connection;
// statements run with PQexecParams (text results, parameters typed from
// what was bound), numbered parameters ?N rewritten to $N.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/sql_db.h"

struct pg_conn;

namespace crosscheck {

class PgDb final : public SqlDb {
 public:
  // url: a libpq connection URI ("postgresql://user@host:port/db?..."). Messages
  // name it without its password.
  static Result<std::unique_ptr<PgDb>> Open(const std::string& url);
  ~PgDb() override;

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }
  const std::string& name() const override { return name_; }
  Result<int64_t> LastInsertId() override;
  Status Rollback() override;

  pg_conn* conn() { return conn_; }

 protected:
  Status ExecImpl(std::string_view sql) override;
  Result<std::unique_ptr<SqlStmtImpl>> PrepareImpl(std::string_view sql) override;
  Status BeginWriteImpl() override;
  Status CommitImpl() override { return ExecImpl("COMMIT"); }

 private:
  PgDb(pg_conn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}
  pg_conn* conn_;
  std::string name_;
};

// "postgresql://u:secret@h/db" -> "postgresql://u@h/db".
std::string UrlWithoutPassword(std::string_view url);

// SQL with ?N parameters rewritten to PostgreSQL's $N (outside quotes).
std::string PgPlaceholders(std::string_view sql);

}  // namespace crosscheck

#include "store/pg_db.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <optional>
#include <vector>

namespace crosscheck {

namespace {

// Writers take this transaction-scoped advisory lock, so that incident
// assignment sees every earlier writer's incidents (doc/store.md).
constexpr const char* kWriterLock = "SELECT pg_advisory_xact_lock(1667457841)";  // "ccs1"

constexpr Oid kInt8Oid = 20;
constexpr Oid kTextOid = 25;

void IgnoreNotice(void*, const char*) {}

Status PgError(const std::string& name, std::string_view what, const char* detail) {
  std::string msg = name + ": " + std::string(what) + ": " + (detail ? detail : "PostgreSQL error");
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  return Status::IoError(msg);
}

class PgStmt final : public SqlStmtImpl {
 public:
  PgStmt(PgDb* db, std::string sql) : db_(db), sql_(std::move(sql)) {}
  ~PgStmt() override { PQclear(result_); }

  void Bind(int i, int64_t v) override { Set(i, std::to_string(v), kInt8Oid); }
  void Bind(int i, std::string_view v) override { Set(i, std::string(v), kTextOid); }
  void BindNull(int i) override { Set(i, std::nullopt, 0); }

  Result<bool> Step() override {
    if (!result_) {
      std::vector<const char*> values(params_.size());
      for (size_t i = 0; i < params_.size(); ++i) values[i] = params_[i] ? params_[i]->c_str() : nullptr;
      result_ = PQexecParams(db_->conn(), sql_.c_str(), static_cast<int>(params_.size()), types_.data(),
                             values.data(), nullptr, nullptr, 0);
      const ExecStatusType st = PQresultStatus(result_);
      if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        Status s = PgError(db_->name(), "statement failed ('" + sql_.substr(0, 60) + "')", PQresultErrorMessage(result_));
        PQclear(result_);
        result_ = nullptr;
        return s;
      }
      row_ = -1;
      rows_ = PQntuples(result_);
    }
    return ++row_ < rows_;
  }

  void Reset() override {
    PQclear(result_);
    result_ = nullptr;
    params_.clear();
    types_.clear();
  }

  bool IsNull(int col) const override { return PQgetisnull(result_, row_, col) != 0; }
  int64_t Int(int col) const override { return std::strtoll(PQgetvalue(result_, row_, col), nullptr, 10); }
  std::string Text(int col) const override {
    return std::string(PQgetvalue(result_, row_, col), static_cast<size_t>(PQgetlength(result_, row_, col)));
  }

 private:
  void Set(int i, std::optional<std::string> v, Oid type) {
    const auto at = static_cast<size_t>(i - 1);
    if (params_.size() <= at) {
      params_.resize(at + 1);
      types_.resize(at + 1, 0);
    }
    params_[at] = std::move(v);
    types_[at] = type;
  }

  PgDb* db_;
  std::string sql_;
  std::vector<std::optional<std::string>> params_;
  std::vector<Oid> types_;
  PGresult* result_ = nullptr;
  int row_ = -1, rows_ = 0;
};

}  // namespace

std::string UrlWithoutPassword(std::string_view url) {
  const size_t scheme = url.find("://");
  const size_t at = url.find('@');
  if (scheme == std::string_view::npos || at == std::string_view::npos || at < scheme) return std::string(url);
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string_view::npos || colon > at) return std::string(url);
  return std::string(url.substr(0, colon)) + std::string(url.substr(at));
}

std::string PgPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      out.push_back('$');
      continue;
    }
    out.push_back(c);
  }
  return out;
}

Result<std::unique_ptr<PgDb>> PgDb::Open(const std::string& url) {
  const std::string name = UrlWithoutPassword(url);
  PGconn* conn = PQconnectdb(url.c_str());
  if (!conn) return Status::IoError(name + ": cannot connect: out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    Status s = PgError(name, "cannot connect", PQerrorMessage(conn));
    PQfinish(conn);
    return s;
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  auto db = std::unique_ptr<PgDb>(new PgDb(conn, name));
  if (Status s = db->ExecImpl("SET client_min_messages = warning"); !s.ok()) return s;
  return db;
}

PgDb::~PgDb() { PQfinish(conn_); }

Status PgDb::ExecImpl(std::string_view sql) {
  PGresult* r = PQexec(conn_, std::string(sql).c_str());
  const ExecStatusType st = PQresultStatus(r);
  Status s = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK
                 ? Status::Ok()
                 : PgError(name_, "'" + std::string(sql.substr(0, 60)) + "' failed", PQresultErrorMessage(r));
  PQclear(r);
  return s;
}

Result<std::unique_ptr<SqlStmtImpl>> PgDb::PrepareImpl(std::string_view sql) {
  return std::unique_ptr<SqlStmtImpl>(new PgStmt(this, PgPlaceholders(sql)));
}

Status PgDb::BeginWriteImpl() {
  if (Status s = ExecImpl("BEGIN"); !s.ok()) return s;
  Status s = ExecImpl(kWriterLock);
  if (!s.ok()) (void)ExecImpl("ROLLBACK");
  return s;
}

Result<int64_t> PgDb::LastInsertId() {
  PGresult* r = PQexec(conn_, "SELECT lastval()");
  Result<int64_t> out = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1
                            ? Result<int64_t>(int64_t{std::strtoll(PQgetvalue(r, 0, 0), nullptr, 10)})
                            : Result<int64_t>(PgError(name_, "lastval() failed", PQresultErrorMessage(r)));
  PQclear(r);
  return out;
}

Status PgDb::Rollback() { return ExecImpl("ROLLBACK"); }

}  // namespace crosscheck

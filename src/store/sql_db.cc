#include "store/sql_db.h"

namespace crosscheck {

SqlStmt& SqlStmt::Bind(int i, int64_t v) {
  impl_->Bind(i, v);
  return *this;
}

SqlStmt& SqlStmt::Bind(int i, std::string_view v) {
  impl_->Bind(i, v);
  return *this;
}

SqlStmt& SqlStmt::Bind(int i, std::optional<int> v) { return v ? Bind(i, int64_t{*v}) : BindNull(i); }

SqlStmt& SqlStmt::Bind(int i, std::optional<int64_t> v) { return v ? Bind(i, *v) : BindNull(i); }

SqlStmt& SqlStmt::BindNull(int i) {
  impl_->BindNull(i);
  return *this;
}

SqlStmt& SqlStmt::BindTextOrNull(int i, std::string_view v) { return v.empty() ? BindNull(i) : Bind(i, v); }

Result<bool> SqlStmt::Step() {
  if (!started_) {
    if (Status f = db_->NextStatementFault(); !f.ok()) return f;
    started_ = true;
  }
  return impl_->Step();
}

void SqlStmt::Reset() {
  impl_->Reset();
  started_ = false;
}

Status SqlStmt::Run() {
  for (;;) {
    auto row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
  }
}

std::optional<int> SqlStmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return static_cast<int>(Int(col));
}

std::optional<int64_t> SqlStmt::OptInt64(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

Status SqlDb::Exec(std::string_view sql) {
  if (Status f = NextStatementFault(); !f.ok()) return f;
  return ExecImpl(sql);
}

Result<SqlStmt> SqlDb::Prepare(std::string_view sql) {
  auto impl = PrepareImpl(sql);
  if (!impl.ok()) return impl.status();
  return SqlStmt(this, std::move(*impl));
}

Status SqlDb::Fault(std::string_view point) { return fault_hook_ ? fault_hook_(point) : Status::Ok(); }

Status SqlDb::NextStatementFault() {
  if (!fault_hook_) return Status::Ok();
  return fault_hook_("statement " + std::to_string(++statements_));
}

Status SqlDb::BeginWrite() {
  statements_ = 0;
  if (Status f = Fault("begin"); !f.ok()) return f;
  return BeginWriteImpl();
}

Status SqlDb::Commit() {
  if (Status f = Fault("commit"); !f.ok()) return f;
  return CommitImpl();
}

SqlTransaction::SqlTransaction(SqlDb& db) : db_(db), begin_(db.BeginWrite()) { open_ = begin_.ok(); }

SqlTransaction::~SqlTransaction() {
  if (open_) (void)db_.Rollback();
}

Status SqlTransaction::Commit() {
  Status s = db_.Commit();
  if (s.ok()) open_ = false;
  return s;
}

}  // namespace crosscheck

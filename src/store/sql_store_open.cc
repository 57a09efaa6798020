// SqlStore: opening a store on either driver.
#include "store/schema.h"
#include "store/sql_store.h"
#include "store/sqlite_db.h"
#ifdef CROSSCHECK_HAVE_LIBPQ
#include "store/pg_db.h"
#endif

namespace crosscheck {

SqlStore::SqlStore(std::unique_ptr<SqlDb> db, StoreOptions options) : db_(std::move(db)), options_(std::move(options)) {
  if (options_.fault_hook) db_->SetFaultHook(options_.fault_hook);
}

Result<std::unique_ptr<Store>> SqlStore::Finish(std::unique_ptr<SqlDb> db, const StoreOptions& options) {
  if (Status s = Migrate(*db); !s.ok()) return s;
  return std::unique_ptr<Store>(new SqlStore(std::move(db), options));
}

Result<std::unique_ptr<Store>> SqlStore::OpenSqlite(const std::string& path, const StoreOptions& options) {
  auto state = InspectStoreFile(path);
  if (!state.ok()) return state.status();
  const bool fresh = *state != StoreFileState::kStore;
  auto db = SqliteDb::Open(path, fresh);
  if (!db.ok()) return db.status();
  if (fresh) {
    if (Status s = InitStoreFile(**db); !s.ok()) return s;
  }
  if (Status s = (*db)->Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
      !s.ok()) {
    return s;
  }
  return Finish(std::move(*db), options);
}

Result<std::unique_ptr<Store>> SqlStore::OpenPostgres(const std::string& url, const StoreOptions& options) {
#ifdef CROSSCHECK_HAVE_LIBPQ
  auto db = PgDb::Open(url);
  if (!db.ok()) return db.status();
  return Finish(std::move(*db), options);
#else
  (void)options;
  return Status::Unsupported(url + ": this crosscheck was built without libpq (install libpq-dev and rebuild)");
#endif
}

}  // namespace crosscheck

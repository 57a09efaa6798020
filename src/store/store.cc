#include "store/store.h"

#include "store/sql_store.h"

namespace crosscheck {

Result<std::unique_ptr<Store>> Store::Open(const std::string& uri, const StoreOptions& options) {
  if (uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0) {
    return SqlStore::OpenPostgres(uri, options);
  }
  if (uri.empty()) return Status::InvalidInput("empty store path");
  return SqlStore::OpenSqlite(uri, options);
}

}  // namespace crosscheck

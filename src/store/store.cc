#include "store/store.h"

#include "store/sqlite_store.h"

namespace crosscheck {

Result<std::unique_ptr<Store>> Store::Open(const std::string& uri, const StoreOptions& options) {
  if (uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0) {
    return Status::Unsupported(uri + ": the PostgreSQL store is not built yet; use a file path (SQLite)");
  }
  if (uri.empty()) return Status::InvalidInput("empty store path");
  return SqliteStore::Open(uri, options);
}

}  // namespace crosscheck

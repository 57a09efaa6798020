#include "server/store_pool.h"

namespace crosscheck::server {

StorePool::Lease::~Lease() {
  if (!store_ || !pool_) return;
  std::lock_guard lock(pool_->mu_);
  pool_->idle_.push_back(std::move(store_));
}

Result<StorePool::Lease> StorePool::Borrow() {
  {
    std::lock_guard lock(mu_);
    if (!idle_.empty()) {
      auto store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  auto opened = Store::Open(uri_);
  if (!opened.ok()) return opened.status();
  return Lease(this, std::move(opened).value());
}

}  // namespace crosscheck::server

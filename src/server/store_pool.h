// StorePool: store connections for the server's threads.
//
// A Store object serves one thread at a time, so each request borrows a
// connection for its duration (opening a new one when all are lent out) and
// gives it back; reads then run in parallel (SQLite WAL readers). Writes go
// through one writer connection, one at a time, so incident assignment sees
// every earlier write.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "crosscheck/status.h"
#include "store/store.h"

namespace crosscheck::server {

class StorePool {
 public:
  explicit StorePool(std::string uri) : uri_(std::move(uri)) {}

  // A borrowed connection; returned to the pool when it goes out of scope.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Store& operator*() { return *store_; }
    Store* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  Result<Lease> Borrow();

  // Runs `write` on the writer connection with every other write held off.
  template <typename Fn>
  auto Write(Fn&& write) -> decltype(write(std::declval<Store&>())) {
    std::lock_guard lock(write_mu_);
    if (!writer_) {
      auto opened = Store::Open(uri_);
      if (!opened.ok()) return opened.status();
      writer_ = std::move(opened).value();
    }
    return write(*writer_);
  }

 private:
  std::string uri_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
  std::mutex write_mu_;
  std::unique_ptr<Store> writer_;
};

}  // namespace crosscheck::server

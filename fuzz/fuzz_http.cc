// HTTP request handling of `crosscheck serve` (src/server): httplib's
// request parser and the API's routes, query parsing, token check and error
// handling, on one request (or several, kept alive) read from the input.
// The server reads an empty SQLite store in a scratch folder and has no
// extractor (POST /documents answers 501); the write token is "fuzz-token".
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "fuzz_util.h"
#include "server/api.h"
#include "server/store_pool.h"

using namespace crosscheck;

namespace {

// The input as a connection: reads return its bytes, writes are dropped.
class InputStream : public httplib::Stream {
 public:
  explicit InputStream(std::string_view bytes) : bytes_(bytes) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    const size_t n = std::min(size, bytes_.size() - pos_);
    std::memcpy(ptr, bytes_.data() + pos_, n);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char*, size_t size) override { return static_cast<ssize_t>(size); }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 40000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return INVALID_SOCKET; }
  bool AtEnd() const { return pos_ >= bytes_.size(); }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

// Exposes httplib's request processing for one stream.
class FuzzServer : public httplib::Server {
 public:
  bool Process(httplib::Stream& stream, bool close) {
    bool closed = false;
    return process_request(stream, close, closed, nullptr);
  }
};

FuzzServer& Server() {
  static FuzzServer* server = [] {
    auto* pool = new server::StorePool(fuzz::ScratchDir() + "/store.db");
    server::ApiOptions options;
    options.write_token = "fuzz-token";
    auto* api = new server::Api(*pool, nullptr, options);
    auto* s = new FuzzServer;
    api->Register(*s);
    return s;
  }();
  return *server;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Server();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  InputStream stream(fuzz::AsView(data, size));
  // Up to four kept-alive requests per input, as one connection may send.
  for (int i = 0; i < 4 && !stream.AtEnd(); ++i) {
    if (!Server().Process(stream, i == 3)) break;
  }
  return 0;
}

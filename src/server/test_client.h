// Test helpers: a server running on a free loopback port, and a raw socket
// client that sends exactly the bytes a test gives (malformed, slow, huge).
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <thread>

#include "server/bounded_server.h"

namespace crosscheck::server::testing {

// Listens on 127.0.0.1 at a free port for its lifetime.
class RunningServer {
 public:
  explicit RunningServer(BoundedServer& server);
  ~RunningServer();
  int port() const { return port_; }

 private:
  BoundedServer& server_;
  int port_ = -1;
  std::thread thread_;
};

// A connected loopback socket (closed by the destructor).
class RawConnection {
 public:
  explicit RawConnection(int port);
  ~RawConnection();
  bool ok() const { return fd_ >= 0; }
  bool Send(std::string_view bytes);
  // Everything the server sends until it closes or `timeout` passes.
  std::string ReadAll(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
};

// Sends one request and reads the whole reply (the request should say
// "Connection: close").
std::string Exchange(int port, std::string_view request,
                     std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
// The status code of a raw HTTP reply, or 0 when there is none.
int StatusOf(std::string_view reply);
// The body of a raw HTTP reply (after the blank line; not de-chunked).
std::string_view BodyOf(std::string_view reply);

}  // namespace crosscheck::server::testing

// BoundedServer: an httplib::Server whose clients cannot stall each other.
//
// httplib serves each connection on a pool thread with per-read timeouts
// only, and queues accepted connections without limit. BoundedServer
// replaces both: each connection is read through a DeadlineStream (one
// deadline and byte budget per request, see limits.h), and the pool's queue
// holds at most limits.max_queued connections; a connection beyond that is
// answered 503 on the accepting thread and closed.
//
// Thread-safety: as httplib::Server (configure, then listen; stop() from any
// thread).
#pragma once

#include <httplib.h>

#include <string>

#include "server/limits.h"

namespace crosscheck::server {

class BoundedServer : public httplib::Server {
 public:
  explicit BoundedServer(const ServerLimits& limits);
  const ServerLimits& limits() const { return limits_; }

  // Binds host:port (port 0: a free one) with a listen backlog of
  // limits.max_queued (httplib's own is 5, which drops the connections of a
  // burst for a second); returns the port, or -1.
  int Bind(const std::string& host, int port);

 private:
  // Overrides httplib's private hook (run on a pool thread per connection).
  bool process_and_close_socket(socket_t sock) override;

  ServerLimits limits_;
};

}  // namespace crosscheck::server

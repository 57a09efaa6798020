// ServerLimits: every bound the HTTP server puts on a client.
//
// A client can hold at most one worker thread, and only until its request's
// deadline passes; a request can send at most max_header_bytes before its
// body and max_body_bytes of body. When every worker is busy and
// max_queued connections already wait, a new connection gets 503 at once
// instead of waiting behind the others.
#pragma once

#include <chrono>
#include <cstddef>

namespace crosscheck::server {

struct ServerLimits {
  size_t threads = 16;     // connections served at the same time
  size_t max_queued = 64;  // accepted connections waiting for a worker
  // A new connection must send its first byte within this time.
  std::chrono::milliseconds first_byte_timeout{5000};
  // From a request's first byte, its line, headers and body must arrive
  // within this time; a client trickling bytes is cut off here.
  std::chrono::milliseconds request_deadline{10000};
  // Writing one response may take this long in all (a client that reads
  // slowly is cut off here).
  std::chrono::milliseconds response_deadline{60000};
  // Longest wait for one read or write to make progress.
  std::chrono::milliseconds io_timeout{5000};
  // Idle time allowed between requests on a kept-alive connection.
  std::chrono::milliseconds keep_alive_timeout{2000};
  size_t keep_alive_max_requests = 100;
  size_t max_header_bytes = 64 * 1024;     // request line and headers together
  size_t max_body_bytes = size_t{4} << 20;  // a request body (a report to extract)
};

}  // namespace crosscheck::server

// DeadlineStream: one accepted socket as an httplib::Stream whose reads and
// writes stop at a per-request deadline and a per-request byte budget.
//
// httplib's own stream only bounds each single read, so a client sending a
// byte every few seconds keeps a worker forever; here every read of one
// request shares one deadline, and the header bytes (up to the blank line)
// and the body bytes have budgets of their own. A read past a deadline or
// budget fails, which makes httplib answer 400 or drop the connection.
#pragma once

#include <httplib.h>

#include <array>
#include <chrono>
#include <cstddef>

#include "server/limits.h"

namespace crosscheck::server {

class DeadlineStream final : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;

  DeadlineStream(int sock, const ServerLimits& limits) : sock_(sock), limits_(limits) {}

  // Waits up to `timeout` for the next request's first byte (or buffered
  // bytes); false when none came or the peer closed.
  bool WaitForRequest(std::chrono::milliseconds timeout);
  // Starts the clocks and byte budgets of a new request.
  void StartRequest();

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return sock_; }

 private:
  // Polls for `events` until min(io_timeout, deadline); true when ready.
  bool Wait(short events, Clock::time_point deadline) const;
  // Counts bytes handed to httplib against the header or body budget.
  bool Account(const char* data, size_t n);

  int sock_;
  const ServerLimits& limits_;
  Clock::time_point read_deadline_{}, write_deadline_{};
  size_t header_bytes_ = 0, body_bytes_ = 0;
  bool headers_done_ = false;
  int blank_line_state_ = 0;  // 1 after a '\n' (and any '\r')
  std::array<char, 4096> buf_{};
  size_t buf_pos_ = 0, buf_len_ = 0;
};

}  // namespace crosscheck::server

#include "server/deadline_stream.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace crosscheck::server {
namespace {

// Slack over max_body_bytes for chunk-size lines; httplib itself answers 413
// for a body over the limit, this only stops a body that never ends.
constexpr size_t kChunkingSlack = 64 * 1024;

void Address(int sock, bool peer, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  const int rc = peer ? getpeername(sock, reinterpret_cast<sockaddr*>(&addr), &len)
                      : getsockname(sock, reinterpret_cast<sockaddr*>(&addr), &len);
  if (rc != 0) return;
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<sockaddr*>(&addr), len, host, sizeof host, serv, sizeof serv,
                  NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    ip = host;
    port = std::atoi(serv);
  }
}

}  // namespace

bool DeadlineStream::Wait(short events, Clock::time_point deadline) const {
  for (;;) {
    const auto now = Clock::now();
    if (now >= deadline) return false;
    const auto left = std::min<Clock::duration>(deadline - now, limits_.io_timeout);
    const int ms = static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(left).count());
    pollfd p{sock_, events, 0};
    const int rc = poll(&p, 1, ms);
    if (rc > 0) return true;  // ready, or an error/hang-up the next call reports
    if (rc == 0) return false;  // io_timeout without progress, or the deadline
    if (errno != EINTR) return false;
  }
}

bool DeadlineStream::WaitForRequest(std::chrono::milliseconds timeout) {
  if (buf_pos_ < buf_len_) return true;
  pollfd p{sock_, POLLIN, 0};
  int rc;
  do {
    rc = poll(&p, 1, static_cast<int>(timeout.count()));
  } while (rc < 0 && errno == EINTR);
  if (rc <= 0) return false;
  char c;
  // A readable socket with nothing to read is a closed one.
  return recv(sock_, &c, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
}

void DeadlineStream::StartRequest() {
  const auto now = Clock::now();
  read_deadline_ = now + limits_.request_deadline;
  write_deadline_ = now + limits_.request_deadline + limits_.response_deadline;
  header_bytes_ = body_bytes_ = 0;
  headers_done_ = false;
  blank_line_state_ = 0;
}

bool DeadlineStream::is_readable() const {
  return buf_pos_ < buf_len_ || Wait(POLLIN, read_deadline_);
}

bool DeadlineStream::is_writable() const { return Wait(POLLOUT, write_deadline_); }

bool DeadlineStream::Account(const char* data, size_t n) {
  size_t i = 0;
  for (; i < n && !headers_done_; ++i) {
    ++header_bytes_;
    if (data[i] == '\n') {
      if (blank_line_state_ == 1) headers_done_ = true;
      blank_line_state_ = 1;
    } else if (data[i] != '\r') {
      blank_line_state_ = 0;
    }
  }
  body_bytes_ += n - i;
  return header_bytes_ <= limits_.max_header_bytes && body_bytes_ <= limits_.max_body_bytes + kChunkingSlack;
}

ssize_t DeadlineStream::read(char* ptr, size_t size) {
  if (buf_pos_ == buf_len_) {
    if (!Wait(POLLIN, read_deadline_)) return -1;
    ssize_t n;
    do {
      n = recv(sock_, buf_.data(), buf_.size(), MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) return -1;
    buf_pos_ = 0;
    buf_len_ = static_cast<size_t>(n);
  }
  const size_t n = std::min(size, buf_len_ - buf_pos_);
  std::memcpy(ptr, buf_.data() + buf_pos_, n);
  buf_pos_ += n;
  if (!Account(ptr, n)) return -1;
  return static_cast<ssize_t>(n);
}

ssize_t DeadlineStream::write(const char* ptr, size_t size) {
  if (!Wait(POLLOUT, write_deadline_)) return -1;
  ssize_t n;
  do {
    n = send(sock_, ptr, size, MSG_NOSIGNAL | MSG_DONTWAIT);
  } while (n < 0 && errno == EINTR);
  return n < 0 && errno == EAGAIN ? 0 : n;
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const { Address(sock_, true, ip, port); }

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const { Address(sock_, false, ip, port); }

}  // namespace crosscheck::server

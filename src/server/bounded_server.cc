#include "server/bounded_server.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/deadline_stream.h"

namespace crosscheck::server {
namespace {

// Set while a connection is run on the accepting thread because the queue is
// full: process_and_close_socket then only answers 503.
thread_local bool t_overloaded = false;

// A fixed pool of threads over a bounded queue of connections.
class BoundedTaskQueue final : public httplib::TaskQueue {
 public:
  BoundedTaskQueue(size_t threads, size_t max_queued) : max_queued_(max_queued) {
    for (size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
  }

  void enqueue(std::function<void()> fn) override {
    {
      std::lock_guard lock(mu_);
      if (jobs_.size() < max_queued_) {
        jobs_.push_back(std::move(fn));
        ready_.notify_one();
        return;
      }
    }
    t_overloaded = true;
    fn();
    t_overloaded = false;
  }

  void shutdown() override {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    ready_.notify_all();
    for (auto& t : threads_) t.join();
  }

 private:
  void Work() {
    for (;;) {
      std::function<void()> fn;
      {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
        if (jobs_.empty()) return;
        fn = std::move(jobs_.front());
        jobs_.pop_front();
      }
      fn();
    }
  }

  const size_t max_queued_;
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  bool stopping_ = false;
};

void SendOverloaded(int sock) {
  static const std::string kResponse = [] {
    const std::string body = R"({"error":{"code":"overloaded","message":"too many connections; retry"}})";
    return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + body;
  }();
  // Best effort and never blocking: this runs on the accepting thread.
  (void)send(sock, kResponse.data(), kResponse.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

}  // namespace

BoundedServer::BoundedServer(const ServerLimits& limits) : limits_(limits) {
  new_task_queue = [this] { return new BoundedTaskQueue(limits_.threads, limits_.max_queued); };
  set_payload_max_length(limits_.max_body_bytes);
  set_keep_alive_max_count(limits_.keep_alive_max_requests);
}

int BoundedServer::Bind(const std::string& host, int port) {
  const int bound = port == 0 ? bind_to_any_port(host) : (bind_to_port(host, port) ? port : -1);
  if (bound < 0) return -1;
  ::listen(svr_sock_, static_cast<int>(std::max<size_t>(limits_.max_queued, 16)));
  return bound;
}

bool BoundedServer::process_and_close_socket(socket_t sock) {
  // Replies go out in two writes (head, body): without this, Nagle's
  // algorithm holds the second until the client's delayed ACK (~40 ms).
  const int one = 1;
  setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  bool ok = true;
  if (t_overloaded) {
    SendOverloaded(sock);
  } else {
    DeadlineStream stream(sock, limits_);
    for (size_t n = 0; n < limits_.keep_alive_max_requests; ++n) {
      if (!stream.WaitForRequest(n == 0 ? limits_.first_byte_timeout : limits_.keep_alive_timeout)) break;
      stream.StartRequest();
      bool closed = false;
      const bool last = n + 1 == limits_.keep_alive_max_requests || !is_running();
      ok = process_request(stream, last, closed, nullptr);
      if (!ok || closed) break;
    }
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace crosscheck::server

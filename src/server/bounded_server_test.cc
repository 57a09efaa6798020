// BoundedServer on loopback: size limits, malformed requests, and clients
// that are slow, idle or too many never keep the others from being served.
// Every test is bounded by the small deadlines it configures.
#include "server/bounded_server.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "server/test_client.h"

namespace crosscheck::server {
namespace {

using std::chrono::milliseconds;
using testing::Exchange;
using testing::RawConnection;
using testing::RunningServer;
using testing::StatusOf;
using Clock = std::chrono::steady_clock;

constexpr std::string_view kPing = "GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

ServerLimits SmallLimits() {
  ServerLimits l;
  l.threads = 2;
  l.max_queued = 32;
  l.first_byte_timeout = milliseconds(500);
  l.request_deadline = milliseconds(800);
  l.io_timeout = milliseconds(500);
  l.keep_alive_timeout = milliseconds(300);
  l.max_header_bytes = 4096;
  l.max_body_bytes = 1024;
  return l;
}

class BoundedServerTest : public ::testing::Test {
 protected:
  void Start(const ServerLimits& limits) {
    server_ = std::make_unique<BoundedServer>(limits);
    server_->Get("/ping", [](const httplib::Request&, httplib::Response& res) { res.set_content("pong", "text/plain"); });
    server_->Post("/echo", [](const httplib::Request& req, httplib::Response& res) {
      res.set_content(std::to_string(req.body.size()), "text/plain");
    });
    // Far more than the socket buffers hold, so a client that never reads
    // blocks the server's writes.
    server_->Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(std::size_t{32} << 20, 'b'), "text/plain");
    });
    running_ = std::make_unique<RunningServer>(*server_);
  }
  void TearDown() override {
    running_.reset();
    server_.reset();
  }
  int port() const { return running_->port(); }
  // Milliseconds one normal request takes to be answered 200.
  long PingMillis() {
    const auto start = Clock::now();
    const std::string reply = Exchange(port(), kPing, milliseconds(10000));
    EXPECT_EQ(StatusOf(reply), 200) << reply;
    return std::chrono::duration_cast<milliseconds>(Clock::now() - start).count();
  }

  std::unique_ptr<BoundedServer> server_;
  std::unique_ptr<RunningServer> running_;
};

TEST_F(BoundedServerTest, ServesAPlainRequest) {
  Start(SmallLimits());
  const std::string reply = Exchange(port(), kPing);
  EXPECT_EQ(StatusOf(reply), 200);
  EXPECT_EQ(testing::BodyOf(reply), "pong");
}

TEST_F(BoundedServerTest, KeepsAConnectionAliveForSeveralRequests) {
  Start(SmallLimits());
  RawConnection c(port());
  ASSERT_TRUE(c.ok());
  std::string two = "GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  two += kPing;
  ASSERT_TRUE(c.Send(two));
  const std::string replies = c.ReadAll(milliseconds(3000));
  size_t count = 0;
  for (size_t at = replies.find("HTTP/1.1 200"); at != std::string::npos; at = replies.find("HTTP/1.1 200", at + 1)) ++count;
  EXPECT_EQ(count, 2u) << replies;
}

TEST_F(BoundedServerTest, HeadersOverTheBudgetAreRefused) {
  Start(SmallLimits());
  std::string request = "GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\n";
  for (int i = 0; i < 100; ++i) request += "X-Filler-" + std::to_string(i) + ": " + std::string(100, 'a') + "\r\n";
  request += "Connection: close\r\n\r\n";
  const int status = StatusOf(Exchange(port(), request));
  EXPECT_TRUE(status == 400 || status == 0) << status;  // refused, or cut off
  EXPECT_LT(PingMillis(), 5000);
}

TEST_F(BoundedServerTest, BodyOverTheLimitIs413) {
  Start(SmallLimits());
  const std::string body(5000, 'x');
  const std::string reply = Exchange(port(), "POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000\r\n"
                                             "Connection: close\r\n\r\n" + body);
  EXPECT_EQ(StatusOf(reply), 413) << reply;
  const std::string small = Exchange(port(), "POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n"
                                             "Connection: close\r\n\r\n0123456789");
  EXPECT_EQ(StatusOf(small), 200);
  EXPECT_EQ(testing::BodyOf(small), "10");
}

TEST_F(BoundedServerTest, MalformedRequestsGet400AndTheServerGoesOn) {
  Start(SmallLimits());
  for (const char* junk : {"GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9\r\n\r\n", "\x01\x02\x03\r\n\r\n"}) {
    const int status = StatusOf(Exchange(port(), junk, milliseconds(2000)));
    EXPECT_TRUE(status == 400 || status == 0) << junk << " -> " << status;
  }
  EXPECT_LT(PingMillis(), 5000);
}

// Four clients sending a byte every 100 ms would each hold a thread for 40 s
// with per-read timeouts only. The request deadline (800 ms) cuts each off,
// so a normal request queued behind them on the two threads is answered
// after about two deadlines (four slow clients / two threads), not 40 s.
TEST_F(BoundedServerTest, SlowClientsDoNotStallOthers) {
  Start(SmallLimits());
  std::atomic<bool> stop{false};
  std::vector<std::thread> slow;
  for (int i = 0; i < 4; ++i) {
    slow.emplace_back([&, p = port()] {
      RawConnection c(p);
      const std::string request = "GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + std::string(400, 's');
      for (char ch : request) {
        if (stop || !c.Send(std::string_view(&ch, 1))) return;
        std::this_thread::sleep_for(milliseconds(100));
      }
    });
  }
  std::this_thread::sleep_for(milliseconds(200));  // let them take the threads and the queue
  const long ms = PingMillis();
  stop = true;
  for (auto& t : slow) t.join();
  EXPECT_LT(ms, 8000) << "a normal request waited behind trickling clients";
}

TEST_F(BoundedServerTest, IdleConnectionsDoNotStallOthers) {
  Start(SmallLimits());
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 8; ++i) idle.push_back(std::make_unique<RawConnection>(port()));
  std::this_thread::sleep_for(milliseconds(100));
  // They hold the two threads 500 ms at a time: four rounds, not forever.
  EXPECT_LT(PingMillis(), 8000);
}

// A client that asks for a large reply and never reads it holds a thread
// only until the response deadline (or a write's io_timeout) cuts it off.
TEST_F(BoundedServerTest, ClientsThatNeverReadTheirReplyDoNotStallOthers) {
  ServerLimits limits = SmallLimits();
  limits.response_deadline = milliseconds(1000);
  Start(limits);
  std::vector<std::unique_ptr<RawConnection>> readers;
  for (int i = 0; i < 4; ++i) {
    readers.push_back(std::make_unique<RawConnection>(port()));
    ASSERT_TRUE(readers.back()->Send("GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
  }
  std::this_thread::sleep_for(milliseconds(200));  // both threads now block writing
  EXPECT_LT(PingMillis(), 8000) << "a normal request waited behind clients that do not read";
}

// Every kind of bad client at once: tricklers, idlers, non-readers, junk,
// oversized headers and bodies. Normal requests made meanwhile are all
// answered, each within a bound set by the deadlines, not by the attackers.
// The server has its default thread and queue sizes; the bad clients hold
// at most about half of the threads at any time (the deadlines cut each
// off), which is the case the bounds are for: a flood above that is answered
// 503 at once (ConnectionsBeyondTheQueueGet503AtOnce).
TEST_F(BoundedServerTest, EveryKindOfBadClientAtOnceLeavesOthersServed) {
  ServerLimits limits = SmallLimits();
  limits.threads = ServerLimits{}.threads;
  limits.max_queued = ServerLimits{}.max_queued;
  limits.response_deadline = milliseconds(1000);
  Start(limits);
  std::atomic<bool> stop{false};
  std::vector<std::thread> attackers;
  std::vector<std::unique_ptr<RawConnection>> held;
  std::mutex held_mu;
  auto keep = [&](std::unique_ptr<RawConnection> c) {
    std::lock_guard lock(held_mu);
    held.push_back(std::move(c));
  };
  const int p = port();
  for (int i = 0; i < 3; ++i) {
    attackers.emplace_back([&, p] {  // trickles a header a byte at a time, again and again
      while (!stop) {
        RawConnection c(p);
        for (char ch : std::string("GET /ping HTTP/1.1\r\nX-Slow: ") + std::string(300, 's')) {
          if (stop || !c.Send(std::string_view(&ch, 1))) break;
          std::this_thread::sleep_for(milliseconds(50));
        }
      }
    });
  }
  attackers.emplace_back([&, p] {  // opens connections and says nothing
    while (!stop) {
      keep(std::make_unique<RawConnection>(p));
      std::this_thread::sleep_for(milliseconds(200));
    }
  });
  attackers.emplace_back([&, p] {  // asks for large replies and never reads them
    while (!stop) {
      auto c = std::make_unique<RawConnection>(p);
      c->Send("GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
      keep(std::move(c));
      std::this_thread::sleep_for(milliseconds(500));
    }
  });
  attackers.emplace_back([&, p] {  // junk, huge headers, huge bodies
    std::string huge_header = "GET /ping HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + std::string(20000, 'h') + "\r\n\r\n";
    std::string huge_body = "POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n" +
                            std::string(100000, 'x');
    const std::string junk[] = {"\x16\x03\x01\x02\x00\r\n\r\n", huge_header, huge_body, "GET /ping HTTP/1.1\r\n\r\n\r\n"};
    for (size_t i = 0; !stop; ++i) Exchange(p, junk[i % 4], milliseconds(2000));
  });
  // Long enough that, without the deadlines, the idlers and non-readers
  // alone would hold more connections than there are threads.
  std::this_thread::sleep_for(milliseconds(2500));
  long worst = 0;
  for (int i = 0; i < 5; ++i) {
    worst = std::max(worst, PingMillis());
    std::this_thread::sleep_for(milliseconds(300));
  }
  stop = true;
  for (auto& t : attackers) t.join();
  // With threads to spare, a normal request should not wait for any
  // deadline to pass; the bound leaves room for a slow sanitizer build.
  EXPECT_LT(worst, 3000) << "a normal request waited behind bad clients";
}

TEST_F(BoundedServerTest, ConnectionsBeyondTheQueueGet503AtOnce) {
  ServerLimits limits = SmallLimits();
  limits.threads = 1;
  limits.max_queued = 1;
  limits.first_byte_timeout = milliseconds(1500);
  Start(limits);
  // One idle connection holds the only thread, one waits in the queue.
  RawConnection holder(port());
  std::this_thread::sleep_for(milliseconds(100));
  RawConnection queued(port());
  std::this_thread::sleep_for(milliseconds(100));
  const auto start = Clock::now();
  const std::string reply = Exchange(port(), kPing, milliseconds(1000));
  EXPECT_EQ(StatusOf(reply), 503) << reply;
  EXPECT_LT(std::chrono::duration_cast<milliseconds>(Clock::now() - start).count(), 1000);
}

}  // namespace
}  // namespace crosscheck::server

// http_load_bench: the incident list over HTTP under load, on loopback.
//
//   http_load_bench [--claims 100000] [--store FILE] [--connections 8]
//                   [--seconds 5] [--runs 3] [--threads 16] [--quick]
//
// Builds (once; cached in --store, default /tmp/crosscheck-http-bench-<N>.db)
// a store of N synthetic claims through the Store interface: reports of five
// claims each about events at 24 places over two years, from 12 outlets
// whose counts disagree. Starts the server (BoundedServer + Api, as
// `crosscheck serve` does) in this process on 127.0.0.1, and runs
// --connections keep-alive clients of its own for --seconds, each cycling
// through incident-list requests (no filter, by type, contradicted only, by
// place). Prints requests/s and the median and p99 latency per run, and the
// median over --runs, with the process's CPU time per request (server and
// clients together). Client and server share the machine's cores. A cached
// store of an older schema is migrated before the first run.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "server/api.h"
#include "server/bounded_server.h"

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

struct Place {
  const char* name;
  const char* country;
  const char* code;
  double lat, lon;
};

constexpr Place kPlaces[] = {
    {"Tripoli", "Libya", "LY", 32.887, 13.191},    {"Benghazi", "Libya", "LY", 32.115, 20.068},
    {"Sabha", "Libya", "LY", 27.038, 14.428},      {"Misrata", "Libya", "LY", 32.375, 15.092},
    {"Khartoum", "Sudan", "SD", 15.552, 32.532},   {"Omdurman", "Sudan", "SD", 15.644, 32.477},
    {"Nairobi", "Kenya", "KE", -1.283, 36.817},    {"Kisumu", "Kenya", "KE", -0.092, 34.768},
    {"Lagos", "Nigeria", "NG", 6.454, 3.394},      {"Abuja", "Nigeria", "NG", 9.058, 7.489},
    {"Tunis", "Tunisia", "TN", 36.819, 10.166},    {"Sfax", "Tunisia", "TN", 34.741, 10.760},
    {"Niamey", "Niger", "NE", 13.514, 2.109},      {"Agadez", "Niger", "NE", 16.974, 7.991},
    {"Bamako", "Mali", "ML", 12.650, -8.000},      {"Gao", "Mali", "ML", 16.272, -0.044},
    {"Kigali", "Rwanda", "RW", -1.950, 30.059},    {"Goma", "DR Congo", "CD", -1.679, 29.222},
    {"Juba", "South Sudan", "SS", 4.859, 31.571},  {"Addis Ababa", "Ethiopia", "ET", 9.025, 38.747},
    {"Mogadishu", "Somalia", "SO", 2.037, 45.344}, {"Dakar", "Senegal", "SN", 14.693, -17.447},
    {"Cairo", "Egypt", "EG", 30.044, 31.236},      {"Algiers", "Algeria", "DZ", 36.753, 3.058},
};
constexpr const char* kTypes[] = {"kill", "injure", "arrest", "abuse", "escape"};
constexpr const char* kCauses[] = {"shooting", "fire", "stampede", "drowning"};

std::string Hex64(uint64_t n) {
  char buf[65];
  std::snprintf(buf, sizeof buf, "%064llx", static_cast<unsigned long long>(n));
  return buf;
}

// One synthetic report: five claims about one event, from two speakers.
json SyntheticReport(uint64_t n, std::mt19937_64& rng) {
  const Place& p = kPlaces[rng() % std::size(kPlaces)];
  const char* type = kTypes[rng() % std::size(kTypes)];
  const int day = static_cast<int>(rng() % 730);
  char date[11];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2022 + day / 365, 1 + (day % 365) / 31 % 12, 1 + day % 28);
  const std::string id = Hex64(n + 1);
  const std::string sentence = std::string("Officials said people were harmed in ") + p.name + " (report " +
                               std::to_string(n) + ").";
  json claims = json::array(), ids = json::array();
  for (int c = 0; c < 5; ++c) {
    const int min = 1 + static_cast<int>(rng() % 40);
    const std::string cid = "c" + std::to_string(c + 1);
    claims.push_back({{"id", cid}, {"speaker", c % 2 ? "e1" : "e2"}, {"stance", c == 4 ? "denies" : "asserts"},
                      {"type", type}, {"count", {{"min", min}, {"max", min + static_cast<int>(rng() % 3)},
                                                 {"approx", false}, {"text", std::to_string(min)}}},
                      {"victims", "people"}, {"cause", type == std::string("kill") ? json(kCauses[rng() % 4]) : json(nullptr)},
                      {"agent", nullptr},
                      {"place", {{"id", std::string("bench:") + p.name}, {"name", p.name}, {"country", p.code},
                                 {"lat", p.lat}, {"lon", p.lon}, {"parents", {p.name, p.country}}}},
                      {"facility", nullptr}, {"when", {{"date", date}, {"text", "on that day"}}},
                      {"evidence", {{"document", id}, {"sentence", 0}, {"span", {0, sentence.size()}},
                                    {"text", sentence}}}});
    ids.push_back(cid);
  }
  return {{"document", {{"id", id}, {"source", "Outlet " + std::to_string(n % 12)}, {"published", date},
                        {"url", nullptr}, {"title", nullptr}}},
          {"entities", {{{"id", "e1"}, {"name", "Speaker " + std::to_string(n % 7)}, {"type", "person"}},
                        {{"id", "e2"}, {"name", "Agency " + std::to_string(n % 5)}, {"type", "organization"}}}},
          {"claims", claims},
          {"incidents", {{{"id", "i1"}, {"type", type}, {"claims", ids}, {"contradictions", json::array()}}}},
          {"text", sentence}};
}

bool BuildStore(const std::string& path, size_t claims) {
  if (std::filesystem::exists(path)) return true;
  const std::string tmp = path + ".building";
  std::filesystem::remove(tmp);
  auto store = crosscheck::Store::Open(tmp);
  if (!store.ok()) return std::cerr << store.status().message() << "\n", false;
  std::mt19937_64 rng(42);
  const auto start = Clock::now();
  for (uint64_t n = 0; n < claims / 5; ++n) {
    json report = SyntheticReport(n, rng);
    auto put = (*store)->PutDocument(report, report["text"].get<std::string>(), {"bench", "bench"});
    if (!put.ok()) return std::cerr << put.status().message() << "\n", false;
  }
  store->reset();
  std::filesystem::rename(tmp, path);
  std::printf("built %s: %zu claims in %.1f s\n", path.c_str(), claims,
              std::chrono::duration<double>(Clock::now() - start).count());
  return true;
}

// A keep-alive HTTP/1.1 client for one connection; reconnects when the
// server closes (it does after keep_alive_max_requests).
class Client {
 public:
  explicit Client(int port) : port_(port) {}
  ~Client() { Close(); }
  // One GET; false when it failed. The reply must carry Content-Length.
  bool Get(const std::string& target) {
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (fd_ < 0 && !Connect()) return false;
      const std::string req = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
      if (send(fd_, req.data(), req.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(req.size()) && ReadReply()) {
        return true;
      }
      Close();
    }
    return false;
  }

 private:
  bool Connect() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port_));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) return true;
    Close();
    return false;
  }
  void Close() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
    buf_.clear();
  }
  bool ReadReply() {
    size_t head_end;
    while ((head_end = buf_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill()) return false;
    }
    const size_t cl = buf_.find("Content-Length: ");
    if (cl == std::string::npos || cl > head_end || buf_.compare(9, 3, "200") != 0) return false;
    const size_t length = std::stoul(buf_.substr(cl + 16));
    const bool closing = buf_.find("Connection: close") < head_end;
    while (buf_.size() < head_end + 4 + length) {
      if (!Fill()) return false;
    }
    buf_.erase(0, head_end + 4 + length);
    if (closing) Close();
    return true;
  }
  bool Fill() {
    char tmp[65536];
    const ssize_t n = recv(fd_, tmp, sizeof tmp, 0);
    if (n <= 0) return false;
    buf_.append(tmp, static_cast<size_t>(n));
    return true;
  }

  int port_;
  int fd_ = -1;
  std::string buf_;
};

struct RunResult {
  double rps, median_ms, p99_ms;
  size_t errors;
  double cpu_ms_per_request;  // this process (server and clients), user + system
};

double ProcessCpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
  return secs(u.ru_utime) + secs(u.ru_stime);
}

RunResult RunLoad(int port, int connections, double seconds) {
  const std::vector<std::string> targets = {"/api/v1/incidents", "/api/v1/incidents?type=kill",
                                            "/api/v1/incidents?contradicted=1", "/api/v1/incidents?place=Libya"};
  std::vector<std::vector<double>> latencies(connections);
  std::atomic<size_t> errors{0};
  const auto end = Clock::now() + std::chrono::duration<double>(seconds);
  std::vector<std::thread> threads;
  const auto start = Clock::now();
  const double cpu_start = ProcessCpuSeconds();
  for (int c = 0; c < connections; ++c) {
    threads.emplace_back([&, c] {
      Client client(port);
      for (size_t i = c; Clock::now() < end; ++i) {
        const auto t0 = Clock::now();
        if (!client.Get(targets[i % targets.size()])) {
          ++errors;
          continue;
        }
        latencies[c].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      }
    });
  }
  for (auto& t : threads) t.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  const double cpu = ProcessCpuSeconds() - cpu_start;
  std::vector<double> all;
  for (auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::sort(all.begin(), all.end());
  if (all.empty()) return {0, 0, 0, errors, 0};
  return {all.size() / elapsed, all[all.size() / 2], all[std::min(all.size() - 1, all.size() * 99 / 100)], errors,
          cpu * 1000 / static_cast<double>(all.size())};
}

double MedianOf(std::vector<RunResult>& runs, double RunResult::*field) {
  std::vector<double> v;
  for (const auto& r : runs) v.push_back(r.*field);
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"The incident list over HTTP under load, on loopback"};
  size_t claims = 100000;
  std::string store_path;
  int connections = 8, runs = 3;
  double seconds = 5;
  size_t threads = 16;
  bool quick = false;
  app.add_option("--claims", claims, "Claims in the synthetic store");
  app.add_option("--store", store_path, "Store file (built when missing)");
  app.add_option("--connections", connections, "Concurrent keep-alive clients");
  app.add_option("--seconds", seconds, "Length of one run");
  app.add_option("--runs", runs, "Runs; the median is reported");
  app.add_option("--threads", threads, "Server threads");
  app.add_flag("--quick", quick, "A small smoke run for ctest (2,000 claims, 1 s, 1 run)");
  CLI11_PARSE(app, argc, argv);
  if (quick) {
    claims = 2000;
    seconds = 1;
    runs = 1;
    if (store_path.empty()) store_path = "/tmp/crosscheck-http-bench-quick-" + std::to_string(getpid()) + ".db";
  }
  if (store_path.empty()) store_path = "/tmp/crosscheck-http-bench-" + std::to_string(claims) + ".db";
  if (!BuildStore(store_path, claims)) return 2;

  crosscheck::server::StorePool stores(store_path);
  {
    // The first connection migrates a store of an older schema: not timed.
    auto warm = stores.Borrow();
    if (!warm.ok()) return std::cerr << warm.status().message() << "\n", 2;
  }
  crosscheck::server::ApiOptions options;
  options.version = {"bench", "bench"};
  crosscheck::server::Api api(stores, nullptr, options);  // reads only
  crosscheck::server::ServerLimits limits;
  limits.threads = threads;
  crosscheck::server::BoundedServer server(limits);
  api.Register(server);
  const int port = server.Bind("127.0.0.1", 0);
  std::thread listener([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));

  std::vector<RunResult> results;
  for (int r = 0; r < runs; ++r) {
    results.push_back(RunLoad(port, connections, seconds));
    const auto& x = results.back();
    std::printf("run %d: %.0f requests/s, median %.2f ms, p99 %.2f ms, %zu errors (%d connections, %zu claims); "
                "CPU %.3f ms per request (server and clients)\n",
                r + 1, x.rps, x.median_ms, x.p99_ms, x.errors, connections, claims, x.cpu_ms_per_request);
  }
  server.stop();
  listener.join();
  size_t errors = 0;
  for (const auto& r : results) errors += r.errors;
  std::printf("median of %d runs: %.0f requests/s, median %.2f ms, p99 %.2f ms, CPU %.3f ms per request\n", runs,
              MedianOf(results, &RunResult::rps), MedianOf(results, &RunResult::median_ms),
              MedianOf(results, &RunResult::p99_ms), MedianOf(results, &RunResult::cpu_ms_per_request));
  if (quick) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(store_path + suffix);
  }
  return errors ? 1 : 0;
}

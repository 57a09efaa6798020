// crosscheck serve [--store F] [--bind 127.0.0.1] [--port 8080] [--token T]
//
// Opens (or creates) the store, loads the extractor, binds, prints the
// address and the write token, and serves until SIGINT or SIGTERM.
#include "cli/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <memory>
#include <thread>

#include "cli/cli_setup.h"
#include "server/api.h"
#include "server/bounded_server.h"
#include "server/token.h"

namespace {

struct ServeOptions {
  std::string store = "crosscheck.db";
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string token;
  std::string data_dir;
  crosscheck::server::ServerLimits limits;
  size_t max_report_kb = 2048;
};

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

int RunServe(ServeOptions o) {
  auto opened = crosscheck::Store::Open(o.store);  // creates a missing store
  if (!opened.ok()) {
    std::cerr << "crosscheck: " << opened.status().message() << "\n";
    return 2;
  }
  opened->reset();
  auto extractor = crosscheck::LoadExtractor(o.data_dir);
  if (!extractor) return 2;
  if (o.token.empty()) {
    auto token = crosscheck::server::GenerateToken();
    if (!token.ok()) {
      std::cerr << "crosscheck: " << token.status().message() << "\n";
      return 2;
    }
    o.token = *token;
  }
  crosscheck::server::StorePool stores(o.store);
  crosscheck::server::ApiOptions api_options;
  api_options.write_token = o.token;
  api_options.max_report_bytes = o.max_report_kb * 1024;
  api_options.version = {CROSSCHECK_VERSION, extractor->LexiconVersion()};
  api_options.loopback_only_hosts = IsLoopback(o.bind);
  o.limits.max_body_bytes = std::max(o.limits.max_body_bytes, api_options.max_report_bytes + 64 * 1024);
  crosscheck::server::Api api(stores, &*extractor, api_options);
  crosscheck::server::BoundedServer server(o.limits);
  api.Register(server);

  const int port = server.Bind(o.bind, o.port);
  if (port < 0) {
    std::cerr << "crosscheck: cannot listen on " << o.bind << ":" << o.port << " (in use, or not an address here)\n";
    return 2;
  }
  if (!api_options.loopback_only_hosts) {
    std::cerr << "crosscheck: warning: listening on " << o.bind
              << ", beyond this machine; reads are open to anyone who can reach it\n";
  }
  const std::string host = o.bind.find(':') != std::string::npos ? "[" + o.bind + "]" : o.bind;
  const std::string address = "http://" + host + ":" + std::to_string(port) + "/";
  std::cout << "crosscheck: serving " << address << " (store " << o.store << ")\n"
            << "crosscheck: write token: " << o.token << "\n"
            << "crosscheck: open " << address << "#token=" << o.token << "\n"
            << std::flush;

  // SIGINT/SIGTERM stop the server from a thread of their own, so no handler
  // runs inside a worker.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.stop();
  });
  const bool ok = server.listen_after_bind();
  pthread_kill(stopper.native_handle(), SIGTERM);  // wakes the stopper when listen ended by itself
  stopper.join();
  std::cout << "crosscheck: stopped\n";
  return ok ? 0 : 2;
}

}  // namespace

void AddServeCommand(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the JSON API and the web page over a store (doc/api.md, doc/web.md)");
  cmd->add_option("--store", o->store, "Store path (default crosscheck.db; created when missing)");
  cmd->add_option("--bind", o->bind, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", o->port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--token", o->token, "Token for writes (default: a random one, printed at start)");
  cmd->add_option("--data", o->data_dir, "Data directory (taxonomy, lexicons, gazetteer)");
  cmd->add_option("--threads", o->limits.threads, "Connections served at once (default 16)")->check(CLI::Range(1, 256));
  cmd->add_option("--max-report-kb", o->max_report_kb, "Largest report accepted, in KiB (default 2048)")
      ->check(CLI::Range(1, 50 * 1024));
  cmd->callback([o] { throw CLI::RuntimeError(RunServe(*o)); });
}

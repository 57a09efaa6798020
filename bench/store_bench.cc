// store_bench: how fast the store takes reports in and answers `incidents`.
//
//   store_bench ingest [--docs N] [--threads 2] [--runs 3]
//     Reads the Reuters-21578 records of $CROSSCHECK_SHARED/data/news-bulk
//     (SOURCE.md there) and ingests them into a fresh SQLite store the way
//     `crosscheck ingest` does: a batch is extracted on --threads workers
//     while one writer stores the previous batch. Reading is not timed.
//     Prints documents/s end to end (wall clock) and, because a shared
//     machine's wall clock says more about the neighbours than about
//     crosscheck, the CPU seconds per document of extraction and of the
//     writer, and the rate those allow on two idle cores:
//     min(2 / (extract + write), 1 / write), the writer being one thread.
//     Medians of --runs.
//
//   store_bench query [--claims 1000000] [--cache FILE] [--reps 200]
//     Builds (once; cached in FILE, default /tmp/crosscheck-store-bench-<N>.db)
//     a store of N synthetic claims through the Store interface: events of
//     every type at gazetteer cities over ten years, each told by three
//     reports of four claims (speakers disagreeing on counts and causes,
//     some denying). Then times ListIncidents (what `crosscheck incidents`
//     runs) for several realistic filters and pages: median and p99 of
//     --reps calls, wall clock and the calling thread's CPU time. A cached
//     store of an older schema is migrated when first opened (not timed).
//
//   --quick: both, small (ingest 300 reports, query 8,000 claims, 20
//   reps), for ctest to smoke-test the program in seconds.
//
// Output: readable lines on stdout, then one JSON line with every figure.
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "crosscheck/extractor.h"
#include "geo/gazetteer.h"
#include "io/input.h"
#include "store/claim_match.h"
#include "store/store.h"

namespace fs = std::filesystem;
using crosscheck::Report;
using nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double ProcessCpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6; };
  return secs(u.ru_utime) + secs(u.ru_stime);
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// The value below which 99 % of the samples lie (nearest rank).
double P99(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return 0;
  const size_t rank = (v.size() * 99 + 99) / 100;  // ceil(0.99 n)
  return v[std::min(v.size(), rank) - 1];
}

fs::path SharedDir() {
  const char* env = std::getenv("CROSSCHECK_SHARED");
  return env ? fs::path(env) : fs::path(CROSSCHECK_DATA_DIR) / ".." / ".." / "shared";
}

std::string TempStorePath(const std::string& what) {
  return (fs::temp_directory_path() / ("crosscheck_store_bench_" + what + "_" + std::to_string(getpid()) + ".db"))
      .string();
}

void RemoveStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix);
}

// ---- ingest ----------------------------------------------------------------

struct IngestRun {
  double seconds = 0, writer_seconds = 0, cpu_seconds = 0, writer_cpu_seconds = 0;
  size_t stored = 0, errors = 0;
};

IngestRun IngestOnce(const crosscheck::Extractor& extractor, const std::vector<Report>& reports, unsigned threads) {
  const std::string path = TempStorePath("ingest");
  RemoveStore(path);
  auto store = crosscheck::Store::Open(path);
  if (!store.ok()) {
    std::cerr << "store_bench: " << store.status().message() << "\n";
    std::exit(2);
  }
  IngestRun run;
  const size_t batch_size = 64 * threads;
  std::vector<crosscheck::Result<json>> current, previous;
  size_t previous_begin = 0;
  const auto start = Clock::now();
  const double cpu_start = ProcessCpuSeconds();
  auto extract = [&](size_t begin, size_t end) {
    std::vector<crosscheck::Result<json>> out(end - begin, crosscheck::Status::Internal("not run"));
    std::atomic<size_t> next{begin};
    auto work = [&] {
      for (size_t i = next++; i < end; i = next++) out[i - begin] = extractor.Extract(reports[i]);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    return out;
  };
  auto store_batch = [&](std::vector<crosscheck::Result<json>>& batch, size_t begin) {
    const auto t0 = Clock::now();
    const double cpu0 = ThreadCpuSeconds();
    for (size_t i = 0; i < batch.size(); ++i) {
      if (!batch[i].ok()) {
        ++run.errors;
        continue;
      }
      auto put = (*store)->PutDocument(*batch[i], reports[begin + i].text, {"bench", "bench"});
      if (!put.ok()) {
        std::cerr << "store_bench: " << reports[begin + i].origin << ": " << put.status().message() << "\n";
        ++run.errors;
      } else {
        run.stored += put->inserted ? 1 : 0;
      }
    }
    run.writer_seconds += Seconds(t0);
    run.writer_cpu_seconds += ThreadCpuSeconds() - cpu0;
  };
  // As in `crosscheck ingest`: extract batch k while the writer stores k-1.
  for (size_t begin = 0; begin < reports.size(); begin += batch_size) {
    const size_t end = std::min(reports.size(), begin + batch_size);
    std::thread writer;
    if (!previous.empty()) writer = std::thread(store_batch, std::ref(previous), previous_begin);
    current = extract(begin, end);
    if (writer.joinable()) writer.join();
    previous = std::move(current);
    previous_begin = begin;
  }
  store_batch(previous, previous_begin);
  run.seconds = Seconds(start);
  run.cpu_seconds = ProcessCpuSeconds() - cpu_start;
  store->reset();
  RemoveStore(path);
  return run;
}

json RunIngestBench(size_t max_docs, unsigned threads, int runs) {
  const fs::path corpus = SharedDir() / "data" / "news-bulk" / "reuters21578";
  if (!fs::is_directory(corpus)) {
    std::cout << "ingest: skipped, no " << corpus.string() << "\n";
    return {{"skipped", true}};
  }
  std::vector<Report> reports;
  const crosscheck::Status read = crosscheck::ReadInputs(
      {corpus.string()}, crosscheck::InputOptions{},
      [&](Report r) {
        if (reports.size() < max_docs) reports.push_back(std::move(r));
      },
      [](const crosscheck::Status&) {});  // the one empty Reuters record is refused; that is expected
  (void)read;
  auto extractor = crosscheck::Extractor::Create(crosscheck::Extractor::DefaultDataDir());
  if (!extractor.ok()) {
    std::cerr << "store_bench: " << extractor.status().message() << "\n";
    std::exit(2);
  }
  std::vector<double> rates, extract_ms, write_ms, idle_rates;
  size_t stored = 0;
  const double n = static_cast<double>(reports.size());
  for (int r = 0; r < runs; ++r) {
    const IngestRun run = IngestOnce(*extractor, reports, threads);
    rates.push_back(n / run.seconds);
    const double write = run.writer_cpu_seconds / n, extract = (run.cpu_seconds - run.writer_cpu_seconds) / n;
    write_ms.push_back(write * 1000);
    extract_ms.push_back(extract * 1000);
    idle_rates.push_back(std::min(2 / (extract + write), 1 / write));
    stored = run.stored;
    std::printf("ingest run %d: %zu reports in %.2f s wall = %.0f docs/s; CPU per report: extract %.3f ms, "
                "write %.3f ms\n",
                r + 1, reports.size(), run.seconds, rates.back(), extract_ms.back(), write_ms.back());
  }
  std::printf("ingest: %zu Reuters-21578 reports, %u extraction threads + 1 writer (%d runs, medians): %.0f docs/s "
              "wall clock; CPU per report extract %.3f ms + write %.3f ms, so %.0f docs/s on 2 idle cores\n",
              reports.size(), threads, runs, Median(rates), Median(extract_ms), Median(write_ms), Median(idle_rates));
  return {{"documents", reports.size()},     {"stored", stored},
          {"threads", threads},              {"runs", runs},
          {"docs_per_s_wall", Median(rates)}, {"extract_cpu_ms_per_doc", Median(extract_ms)},
          {"write_cpu_ms_per_doc", Median(write_ms)}, {"docs_per_s_2_idle_cores", Median(idle_rates)}};
}

// ---- a synthetic store -----------------------------------------------------

const char* const kTypes[] = {"kill", "kill", "kill", "injure", "injure", "arrest", "arrest", "detain",
                              "escape", "release", "raid", "abuse", "deport", "intercept", "rescue", "missing",
                              "protest", "protest", "overcrowding", "closure", "visit"};
const char* const kCauses[] = {"shooting", "explosion", "stampede", "fire", "drowning", "beating", "unknown"};
const char* const kOutletWords[] = {"Coastal", "Desert", "Northern", "Southern", "Daily", "Evening", "Free",
                                    "Capital", "Border", "River"};
const char* const kOutletKinds[] = {"Herald", "Post", "Wire", "Radio", "Monitor", "Times", "Observer", "News"};
const char* const kSpeakers[] = {"Interior Ministry", "IOM", "UNHCR", "Red Crescent", "police spokesman",
                                 "coast guard", "Amnesty International", "MSF", "local council", "army"};

struct Town {
  std::string id, name, country;
  double lat, lon;
  std::vector<std::string> parents;
};

std::vector<Town> Towns() {
  auto g = crosscheck::geo::Gazetteer::Load(crosscheck::Extractor::DefaultDataDir() + "/gazetteer");
  if (!g.ok()) {
    std::cerr << "store_bench: " << g.status().message() << "\n";
    std::exit(2);
  }
  std::vector<Town> towns;
  for (const auto& p : g->places()) {
    if (p.kind != crosscheck::geo::PlaceKind::kCity || p.population < 200000 || !p.has_coords) continue;
    Town t{p.id, p.name, p.country_code, p.lat, p.lon, {}};
    for (const auto* parent : g->parents(p)) t.parents.push_back(parent->name);
    towns.push_back(std::move(t));
  }
  return towns;
}

// One report of one event: four claims by different speakers.
json SyntheticReport(size_t n, std::mt19937_64& rng, const std::string& type, const Town& town, int event_day,
                     bool with_facility) {
  auto pick = [&](size_t size) { return static_cast<size_t>(rng() % size); };
  const std::string outlet = std::string(kOutletWords[pick(std::size(kOutletWords))]) + " " +
                             kOutletKinds[pick(std::size(kOutletKinds))];
  const int published = event_day + static_cast<int>(pick(4));
  const std::string id = "synthetic-" + std::to_string(n);
  json entities = json::array(), claims = json::array(), ids = json::array();
  const json place = {{"name", town.name}, {"id", town.id}, {"country", town.country},
                      {"lat", town.lat},   {"lon", town.lon}, {"parents", town.parents}};
  for (int k = 1; k <= 4; ++k) {
    const std::string e = "e" + std::to_string(k), c = "c" + std::to_string(k);
    entities.push_back({{"id", e}, {"name", kSpeakers[pick(std::size(kSpeakers))]}, {"type", "organization"}});
    const int64_t lo = 1 + static_cast<int64_t>(pick(40));
    json claim = {{"id", c},
                  {"speaker", e},
                  {"stance", pick(10) == 0 ? "denies" : "asserts"},
                  {"type", type},
                  {"count", {{"min", lo}, {"max", pick(3) ? json(lo + static_cast<int64_t>(pick(5))) : json()},
                             {"approx", false}, {"text", std::to_string(lo)}}},
                  {"victims", "migrants"},
                  {"agent", nullptr},
                  {"cause", type == "kill" || type == "injure" ? json(kCauses[pick(std::size(kCauses))]) : json()},
                  {"place", place},
                  {"facility", with_facility ? json("the " + town.name + " detention centre") : json()},
                  {"when", pick(4) ? json({{"date", crosscheck::IsoFromDay(event_day)}, {"text", "on Tuesday"}})
                                   : json()},
                  {"evidence", {{"sentence", k}, {"span", {0, 40}}, {"text", outlet + " report " + id + " sentence " + c}}}};
    claims.push_back(std::move(claim));
    ids.push_back(c);
  }
  return {{"document",
           {{"id", id}, {"source", outlet}, {"published", crosscheck::IsoFromDay(published)},
            {"url", "https://example.org/" + id}}},
          {"entities", entities},
          {"claims", claims},
          {"incidents", {{{"id", "i1"}, {"type", type}, {"claims", ids}, {"contradictions", json::array()}}}}};
}

size_t StoredClaims(crosscheck::Store& store) {
  auto sources = store.ListSources();
  size_t n = 0;
  if (sources.ok()) {
    for (const auto& s : *sources) n += s.claims;
  }
  return n;
}

// The cached store at `path` with `claims` claims, built first if missing.
void EnsureSyntheticStore(const std::string& path, size_t claims) {
  if (fs::exists(path)) {
    const auto t0 = Clock::now();
    const double cpu0 = ProcessCpuSeconds();
    auto store = crosscheck::Store::Open(path);  // migrates a store of an older schema
    const double open_s = Seconds(t0), open_cpu_s = ProcessCpuSeconds() - cpu0;
    if (store.ok() && StoredClaims(**store) >= claims) {
      std::printf("query: using the cached store %s (opened in %.2f s, %.2f s CPU)\n", path.c_str(), open_s,
                  open_cpu_s);
      return;
    }
  }
  const std::string building = path + ".building";
  RemoveStore(building);
  const std::vector<Town> towns = Towns();
  std::mt19937_64 rng(20241128);
  const int first_day = *crosscheck::DayNumber("2015-01-01");
  const auto start = Clock::now();
  {
    auto store = crosscheck::Store::Open(building);
    if (!store.ok()) {
      std::cerr << "store_bench: " << store.status().message() << "\n";
      std::exit(2);
    }
    size_t n = 0;
    for (size_t made = 0; made < claims;) {
      const std::string type = kTypes[rng() % std::size(kTypes)];
      const Town& town = towns[rng() % towns.size()];
      const int day = first_day + static_cast<int>(rng() % 3650);
      const bool facility = rng() % 3 == 0;
      for (int report = 0; report < 3 && made < claims; ++report, made += 4) {
        const json x = SyntheticReport(n, rng, type, town, day, facility);
        auto put = (*store)->PutDocument(x, "synthetic report " + std::to_string(n), {"bench", "bench"});
        if (!put.ok()) {
          std::cerr << "store_bench: " << put.status().message() << "\n";
          std::exit(2);
        }
        ++n;
        if (n % 25000 == 0) std::printf("query: built %zu reports, %zu claims, %.0f s\n", n, made + 4, Seconds(start));
      }
    }
  }
  fs::rename(building, path);
  std::printf("query: built %s (%zu claims) in %.0f s\n", path.c_str(), claims, Seconds(start));
}

json RunQueryBench(size_t claims, std::string cache, int reps) {
  if (cache.empty()) cache = (fs::temp_directory_path() / ("crosscheck-store-bench-" + std::to_string(claims) + ".db")).string();
  EnsureSyntheticStore(cache, claims);
  auto store = crosscheck::Store::Open(cache);
  if (!store.ok()) {
    std::cerr << "store_bench: " << store.status().message() << "\n";
    std::exit(2);
  }
  struct Query {
    std::string name;
    crosscheck::IncidentFilter filter;
  };
  auto make = [](auto set) {
    crosscheck::IncidentFilter f;
    set(f);
    return f;
  };
  const std::vector<Query> queries = {
      {"newest 100", make([](auto&) {})},
      {"--type kill", make([](auto& f) { f.type = "kill"; })},
      {"--place Tripoli", make([](auto& f) { f.place = "Tripoli"; })},
      {"--place Libya", make([](auto& f) { f.place = "Libya"; })},
      {"--from 2019-03-01 --to 2019-03-31", make([](auto& f) { f.from = "2019-03-01", f.to = "2019-03-31"; })},
      {"--type kill --place Libya --from 2018-01-01 --to 2019-12-31",
       make([](auto& f) { f.type = "kill", f.place = "Libya", f.from = "2018-01-01", f.to = "2019-12-31"; })},
      {"--contradicted", make([](auto& f) { f.only_contradicted = true; })},
      {"--source Herald", make([](auto& f) { f.source = "Herald"; })},
      {"--source 'River Observer' --type arrest",
       make([](auto& f) { f.source = "River Observer", f.type = "arrest"; })},
      {"--type closure --place Nairobi", make([](auto& f) { f.type = "closure", f.place = "Nairobi"; })},
      {"--to 2016-06-30", make([](auto& f) { f.to = "2016-06-30"; })},
      {"--place 'detention centre'", make([](auto& f) { f.place = "detention centre"; })},
      {"--contradicted --type deport", make([](auto& f) { f.only_contradicted = true, f.type = "deport"; })},
      {"--offset 1000 (page 11)", make([](auto& f) { f.offset = 1000; })},
      {"--source Herald --offset 500", make([](auto& f) { f.source = "Herald", f.offset = 500; })},
      {"--place Libya --offset 100", make([](auto& f) { f.place = "Libya", f.offset = 100; })},
  };
  json out = json::array();
  std::printf("query: %zu claims, %d calls per filter (ListIncidents, limit 100)\n", StoredClaims(**store), reps);
  for (const auto& q : queries) {
    std::vector<double> ms, cpu_ms;
    size_t rows = 0;
    for (int r = 0; r < reps; ++r) {
      const auto t0 = Clock::now();
      const double cpu0 = ThreadCpuSeconds();
      auto list = (*store)->ListIncidents(q.filter);
      ms.push_back(Seconds(t0) * 1000);
      cpu_ms.push_back((ThreadCpuSeconds() - cpu0) * 1000);
      if (!list.ok()) {
        std::cerr << "store_bench: " << q.name << ": " << list.status().message() << "\n";
        std::exit(2);
      }
      rows = list->size();
    }
    std::printf("  %-62s %4zu rows  median %8.2f ms  p99 %8.2f ms  (CPU median %7.2f ms, p99 %7.2f ms)\n",
                q.name.c_str(), rows, Median(ms), P99(ms), Median(cpu_ms), P99(cpu_ms));
    out.push_back({{"filter", q.name}, {"rows", rows}, {"median_ms", Median(ms)}, {"p99_ms", P99(ms)},
                   {"cpu_median_ms", Median(cpu_ms)}, {"cpu_p99_ms", P99(cpu_ms)}});
  }
  return {{"claims", claims}, {"store", cache}, {"reps", reps}, {"queries", out}};
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // progress lines show up in logs as they happen
  CLI::App app{"store_bench: ingest rate and incidents-query latency of the crosscheck store"};
  bool quick = false;
  size_t docs = SIZE_MAX, claims = 1000000;
  unsigned threads = 2;
  int runs = 3, reps = 200;
  std::string cache;
  app.add_flag("--quick", quick, "Small and fast, for ctest");
  CLI::App* ingest = app.add_subcommand("ingest", "Ingest rate on news-bulk");
  ingest->add_option("--docs", docs, "At most this many reports (default: all)");
  ingest->add_option("--threads", threads, "Extraction threads (default 2)");
  ingest->add_option("--runs", runs, "Runs (median reported)");
  CLI::App* query = app.add_subcommand("query", "incidents latency on a synthetic store");
  query->add_option("--claims", claims, "Claims in the synthetic store (default 1,000,000)");
  query->add_option("--cache", cache, "Store file to build once and reuse");
  query->add_option("--reps", reps, "Calls per filter");
  CLI11_PARSE(app, argc, argv);
  json result;
  const bool all = !ingest->parsed() && !query->parsed();
  if (quick) docs = std::min<size_t>(docs, 300), claims = 8000, runs = 1, reps = 20;
  if (ingest->parsed() || all) result["ingest"] = RunIngestBench(docs, threads, runs);
  if (query->parsed() || all) {
    if (quick && cache.empty()) cache = TempStorePath("query");
    result["query"] = RunQueryBench(claims, cache, reps);
    if (quick) RemoveStore(cache);
  }
  std::cout << result.dump() << "\n";
  return 0;
}

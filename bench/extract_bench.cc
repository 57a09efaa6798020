// extract_bench: end-to-end extraction throughput and peak memory.
//
// Measures crosscheck::Extractor::Extract plus JSON serialization (what the
// CLI does per report) over whole corpora, on 1 thread and on N threads,
// and prints the median of several runs. Reading the inputs is not timed.
//
// Corpora (each skipped with a message when its files are absent):
//   fixtures  every article.txt under $CROSSCHECK_SHARED/fixtures, repeated as
//             separate reports until the total is >= --min-mb MB, each with
//             the published date and source from its gold.json "document";
//   reuters   every record of $CROSSCHECK_SHARED/data/news-bulk/reuters21578/
//             *.jsonl (Reuters-21578, see SOURCE.md there), read through
//             crosscheck::ReadInputs like the CLI does;
//   builtin   a few invented reports compiled in; used by --quick, and in a
//             full run only when neither of the above is present.
// --quick takes a small slice of each (fixtures once, 200 Reuters records)
// and one run, so that ctest can smoke-test the benchmark in seconds.
//
// Units: MB = 10^6 bytes of report text (UTF-8, after input normalization).
// "per core" divides by the worker threads used (at most the cores present).
// "MB/cpu-s" divides by the process CPU time instead: on a shared machine it
// is the steadier figure, as it leaves out time spent waiting for a core.
// Peak memory is VmHWM, reset before each measurement, so it covers the
// process as a whole: loaded lexicons and gazetteer, the corpus held in
// memory (rss_before_mb) and the extraction working set.
//
// Output: one readable line per corpus and thread count on stdout, then one
// final JSON line with the same figures. Exit 1 when an extraction failed.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "crosscheck/extractor.h"
#include "crosscheck/report.h"
#include "io/input.h"
#include "peak_memory.h"

namespace fs = std::filesystem;
using crosscheck::Report;

namespace {

constexpr double kMB = 1e6;
constexpr double kTargetMBPerSecPerCore = 5.0;  // issue 2
constexpr double kTargetPeakMB = 200.0;         // issue 2

// A corpus: distinct reports plus the order in which they are extracted
// (indices into `reports`), so repeating a small set costs no memory.
struct Corpus {
  std::string name;
  std::vector<Report> reports;
  std::vector<size_t> order;
  size_t bytes = 0;  // sum of text bytes over `order`
};

// Invented reports (not taken from any fixture) for --quick and for machines
// without ../shared. Varied on purpose: counts, attribution, a denial, dates.
const char* const kBuiltinTexts[] = {
    "Police in the northern town of Arlow said on Tuesday that three people were killed and at least "
    "twelve wounded when officers fired on a crowd protesting against fuel prices. A hospital official, "
    "who asked not to be named, told reporters that the death toll had risen to five by the evening.\n\n"
    "The regional governor denied that live ammunition had been used, saying security forces had only "
    "fired tear gas. \"No officer shot at anyone,\" he said at a news conference. Witnesses contradicted "
    "that account, telling local radio that they had seen soldiers shooting into the air and then at "
    "the marchers.\n\n"
    "A rights group, the Arlow Civic Forum, said 40 people had been detained since Monday.\n",
    "At least 27 migrants drowned off the coast on Sunday after their wooden boat capsized, the "
    "International Organization for Migration said. The coast guard said it had rescued 61 people and "
    "recovered nine bodies, while survivors told aid workers that about 90 had been on board.\n\n"
    "A spokesman for the navy said the vessel had left from a beach east of the capital two days earlier. "
    "He rejected claims that a patrol boat had rammed it.\n",
    "Two guards were injured and dozens of inmates escaped from the central prison late on Friday, the "
    "interior ministry said in a statement. It said 14 of the escapees had been recaptured by Saturday "
    "morning.\n\n"
    "Relatives of prisoners said the unrest began after detainees complained about overcrowding and a "
    "lack of food. The ministry said one inmate was shot dead during the breakout, but a lawyer for the "
    "families said three men had died.\n",
};

bool IsRegularFile(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

bool IsDirectory(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

// $CROSSCHECK_SHARED, else ../shared beside the source tree (the data dir is
// <source>/data, so its grandparent holds "shared").
fs::path DefaultSharedDir() {
  if (const char* env = std::getenv("CROSSCHECK_SHARED"); env && *env) return env;
  return fs::path(CROSSCHECK_DATA_DIR).parent_path().parent_path() / "shared";
}

// Reads reports through the CLI's front door; bad records are counted and
// the first message is shown, since a benchmark should not stop for them.
std::vector<Report> Read(const std::vector<std::string>& paths, const crosscheck::InputOptions& options) {
  std::vector<Report> out;
  size_t errors = 0;
  std::string first;
  auto status = crosscheck::ReadInputs(
      paths, options, [&](Report r) { out.push_back(std::move(r)); },
      [&](const crosscheck::Status& s) {
        if (errors++ == 0) first = s.message();
      });
  (void)status;  // the same errors were counted one by one above
  if (errors) std::cerr << "extract_bench: skipped " << errors << " unreadable record(s); first: " << first << "\n";
  return out;
}

// Appends `order` entries cycling over all reports until `min_bytes` is
// reached (at least one pass).
void RepeatUntil(Corpus& c, size_t min_bytes) {
  if (c.reports.empty()) return;
  do {
    for (size_t i = 0; i < c.reports.size(); ++i) {
      c.order.push_back(i);
      c.bytes += c.reports[i].text.size();
    }
  } while (c.bytes < min_bytes);
}

std::optional<Corpus> LoadFixtures(const fs::path& shared, size_t min_bytes) {
  const fs::path root = shared / "fixtures";
  if (!IsDirectory(root)) {
    std::cout << "skip fixtures: " << root.string() << " not found\n";
    return std::nullopt;
  }
  std::vector<fs::path> articles;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().filename() == "article.txt") articles.push_back(e.path());
  std::sort(articles.begin(), articles.end());
  Corpus c;
  c.name = "fixtures";
  for (const auto& a : articles) {
    crosscheck::InputOptions options;
    options.format = crosscheck::InputFormat::kText;
    const fs::path gold_path = a.parent_path() / "gold.json";
    if (IsRegularFile(gold_path)) {
      std::ifstream in(gold_path);
      auto gold = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
      if (gold.is_object() && gold.contains("document") && gold["document"].is_object()) {
        const auto& doc = gold["document"];
        if (doc.contains("published") && doc["published"].is_string()) options.published = doc["published"];
        if (doc.contains("source") && doc["source"].is_string()) options.source = doc["source"];
      } else {
        std::cerr << "extract_bench: " << gold_path.string() << ": no \"document\" object; date left empty\n";
      }
    }
    for (auto& r : Read({a.string()}, options)) c.reports.push_back(std::move(r));
  }
  if (c.reports.empty()) {
    std::cout << "skip fixtures: no article.txt under " << root.string() << "\n";
    return std::nullopt;
  }
  RepeatUntil(c, min_bytes);
  return c;
}

std::optional<Corpus> LoadReuters(const fs::path& shared, size_t max_reports) {
  const fs::path root = shared / "data" / "news-bulk" / "reuters21578";
  std::vector<std::string> files;
  if (IsDirectory(root))
    for (const auto& e : fs::directory_iterator(root))
      if (e.is_regular_file() && e.path().extension() == ".jsonl") files.push_back(e.path().string());
  if (files.empty()) {
    std::cout << "skip reuters: no *.jsonl in " << root.string() << "\n";
    return std::nullopt;
  }
  std::sort(files.begin(), files.end());
  if (max_reports) files.resize(1);  // a slice: the first file is plenty
  Corpus c;
  c.name = "reuters";
  c.reports = Read(files, {});
  if (max_reports && c.reports.size() > max_reports) c.reports.resize(max_reports);
  RepeatUntil(c, 0);
  return c;
}

Corpus LoadBuiltin(size_t min_bytes) {
  Corpus c;
  c.name = "builtin";
  for (const char* text : kBuiltinTexts) {
    Report r;
    r.text = text;
    r.source = "builtin";
    r.published = "2024-03-12";
    r.origin = "builtin";
    c.reports.push_back(std::move(r));
  }
  RepeatUntil(c, min_bytes);
  return c;
}

// One timed pass over the corpus on `threads` workers.
struct Pass {
  double seconds = 0;
  double cpu_seconds = 0;  // user + system time of the whole process
  size_t json_bytes = 0;
  size_t errors = 0;
  std::string first_error;
};

// User + system CPU time of all threads so far. On a shared machine the wall
// clock also counts time spent waiting for a core; CPU time does not.
double ProcessCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& tv) { return tv.tv_sec + tv.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Pass RunOnce(const crosscheck::Extractor& extractor, const Corpus& c, unsigned threads) {
  Pass pass;
  std::mutex mu;
  std::atomic<size_t> next{0};
  auto work = [&] {
    size_t json_bytes = 0, errors = 0;
    std::string first_error;
    for (size_t i = next++; i < c.order.size(); i = next++) {
      const Report& r = c.reports[c.order[i]];
      std::string message;
      try {
        auto result = extractor.Extract(r);
        if (result.ok()) {
          json_bytes += result.value().dump().size();  // serialization is part of the job
          continue;
        }
        message = result.status().message();
      } catch (const std::exception& e) {
        message = std::string("exception: ") + e.what();
      }
      if (errors++ == 0) first_error = r.origin + ": " + message;
    }
    std::lock_guard lock(mu);
    pass.json_bytes += json_bytes;
    if (errors && pass.errors == 0) pass.first_error = first_error;
    pass.errors += errors;
  };
  const double cpu_start = ProcessCpuSeconds();
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  pass.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  pass.cpu_seconds = ProcessCpuSeconds() - cpu_start;
  return pass;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Runs `runs` passes and returns the figures as JSON; prints a readable line.
nlohmann::json Measure(const crosscheck::Extractor& extractor, const Corpus& c, unsigned threads, unsigned runs,
                       unsigned cores, size_t* total_errors) {
  const bool reset = crosscheck::bench::ResetPeakRss();
  const size_t rss_before = crosscheck::bench::CurrentRssBytes();
  std::vector<double> times, cpu_times;
  Pass last;
  for (unsigned i = 0; i < runs; ++i) {
    last = RunOnce(extractor, c, threads);
    times.push_back(last.seconds);
    cpu_times.push_back(last.cpu_seconds);
    if (last.errors) break;  // the figures would be meaningless
  }
  const size_t peak = crosscheck::bench::PeakRssBytes();
  const double mb = c.bytes / kMB;
  const double median = Median(times);
  const double mb_s = median > 0 ? mb / median : 0;
  const unsigned used_cores = std::max(1u, std::min(threads, cores));
  const double per_core = mb_s / used_cores;
  const double reports_s = median > 0 ? c.order.size() / median : 0;
  const double cpu_median = Median(cpu_times);
  const double mb_cpu_s = cpu_median > 0 ? mb / cpu_median : 0;
  *total_errors += last.errors;

  std::printf("%-9s threads=%-2u %7.2f MB %7zu reports  median %8.3f s  %7.2f MB/s  %6.2f MB/s/core  "
              "%8.1f reports/s  cpu %7.3f s = %6.2f MB/cpu-s  peak %6.1f MB (before %.1f MB)%s\n",
              c.name.c_str(), threads, mb, c.order.size(), median, mb_s, per_core, reports_s, cpu_median, mb_cpu_s,
              peak / kMB,
              rss_before / kMB, reset ? "" : " [peak cumulative: reset refused]");
  if (last.errors)
    std::printf("  %zu extraction error(s); first: %s\n", last.errors, last.first_error.c_str());
  std::fflush(stdout);

  return {{"corpus", c.name},
          {"threads", threads},
          {"mb", mb},
          {"reports", c.order.size()},
          {"distinct_reports", c.reports.size()},
          {"runs", times.size()},
          {"seconds", times},
          {"median_s", median},
          {"mb_per_s", mb_s},
          {"mb_per_s_per_core", per_core},
          {"reports_per_s", reports_s},
          {"cpu_seconds", cpu_times},
          {"median_cpu_s", cpu_median},
          {"mb_per_cpu_s", mb_cpu_s},
          {"peak_rss_mb", peak / kMB},
          {"rss_before_mb", rss_before / kMB},
          {"peak_is_cumulative", !reset},
          {"json_output_mb", last.json_bytes / kMB},
          {"errors", last.errors}};
}

}  // namespace

int main(int argc, char** argv) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  unsigned threads = cores;
  unsigned runs = 5;
  bool quick = false;
  double min_mb = 20;
  std::string shared_dir = DefaultSharedDir().string();
  std::string data_dir = crosscheck::Extractor::DefaultDataDir();
  std::vector<std::string> only;

  CLI::App app{"Extraction throughput and peak memory (see doc/benchmarks.md)"};
  app.add_option("--threads", threads, "Worker threads for the parallel pass (default: all cores)")
      ->check(CLI::PositiveNumber);
  app.add_option("--runs", runs, "Timed passes per corpus and thread count; the median is reported")
      ->check(CLI::PositiveNumber);
  app.add_flag("--quick", quick, "Small slices, one run (smoke test)");
  app.add_option("--min-mb", min_mb, "Repeat the fixtures up to at least this many MB");
  app.add_option("--shared", shared_dir, "The shared folder (default: $CROSSCHECK_SHARED or ../shared)");
  app.add_option("--data", data_dir, "Data directory for the Extractor");
  app.add_option("--corpus", only, "Only these corpora: fixtures, reuters, builtin")->delimiter(',');
  CLI11_PARSE(app, argc, argv);
  if (quick) runs = 1;
  auto wanted = [&](const std::string& name) {
    return only.empty() || std::find(only.begin(), only.end(), name) != only.end();
  };

  const size_t rss_start = crosscheck::bench::CurrentRssBytes();
  const auto load_start = std::chrono::steady_clock::now();
  auto extractor = crosscheck::Extractor::Create(data_dir);
  if (!extractor.ok()) {
    std::cerr << "extract_bench: " << extractor.status().message() << "\n";
    return 2;
  }
  const double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  const size_t rss_loaded = crosscheck::bench::CurrentRssBytes();
  std::printf("extractor: loaded %s in %.2f s, RSS %.1f MB -> %.1f MB; %u core(s), threads %u, runs %u%s\n",
              data_dir.c_str(), load_s, rss_start / kMB, rss_loaded / kMB, cores, threads, runs,
              quick ? " (quick)" : "");

  const fs::path shared(shared_dir);
  std::vector<Corpus> corpora;
  if (wanted("fixtures"))
    if (auto c = LoadFixtures(shared, quick ? 0 : static_cast<size_t>(min_mb * kMB))) corpora.push_back(std::move(*c));
  if (wanted("reuters"))
    if (auto c = LoadReuters(shared, quick ? 200 : 0)) corpora.push_back(std::move(*c));
  if ((quick || corpora.empty()) && wanted("builtin")) corpora.push_back(LoadBuiltin(quick ? 100'000 : 1'000'000));

  std::vector<unsigned> thread_counts{1};
  if (threads != 1) thread_counts.push_back(threads);

  nlohmann::json results = nlohmann::json::array();
  size_t errors = 0;
  for (const Corpus& c : corpora)
    for (unsigned t : thread_counts) results.push_back(Measure(*extractor, c, t, runs, cores, &errors));

  nlohmann::json summary = {{"bench", "extract"},
                            {"quick", quick},
                            {"cores", cores},
                            {"runs", runs},
                            {"load_s", load_s},
                            {"rss_loaded_mb", rss_loaded / kMB},
                            {"targets", {{"mb_per_s_per_core", kTargetMBPerSecPerCore}, {"peak_rss_mb", kTargetPeakMB}}},
                            {"results", results}};
  std::cout << summary.dump() << std::endl;
  return errors ? 1 : 0;
}

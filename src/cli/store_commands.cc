// crosscheck ingest / incidents / show / search / sources / split / merge /
// reextract.
//
// ingest reads reports in batches, extracts a batch on worker threads while a
// single writer thread stores the previous one, so the store sees documents
// in input order (the same input always gives the same incidents).
#include "cli/store_commands.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

#include "cli/cli_setup.h"
#include "crosscheck/extractor.h"
#include "io/input.h"
#include "store/store.h"

namespace {

using crosscheck::Result;
using crosscheck::Status;
using nlohmann::json;

constexpr const char* kDefaultStore = "crosscheck.db";

struct Batch {
  std::vector<crosscheck::Report> reports;
  std::vector<Result<json>> results;
};

// Finished batches between the extracting thread and the writer; bounded so
// that a slow disk holds back reading.
class BatchQueue {
 public:
  void Push(Batch b) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return q_.size() < 2; });
    q_.push_back(std::move(b));
    ready_.notify_one();
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    ready_.notify_all();
  }
  bool Pop(Batch& out) {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return !q_.empty() || closed_; });
    if (q_.empty()) return false;
    out = std::move(q_.front());
    q_.pop_front();
    room_.notify_one();
    return true;
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<Batch> q_;
  bool closed_ = false;
};

std::vector<Result<json>> ExtractBatch(const crosscheck::Extractor& extractor,
                                       const std::vector<crosscheck::Report>& batch, unsigned threads) {
  std::vector<Result<json>> results(batch.size(), Status::Internal("not run"));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < batch.size(); i = next++) results[i] = extractor.Extract(batch[i]);
  };
  std::vector<std::thread> pool;
  const unsigned n = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(batch.size())));
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return results;
}

// Progress on stderr: a rewritten line with the rate on a terminal, a plain
// line every 1000 documents otherwise.
class Progress {
 public:
  Progress() : tty_(isatty(STDERR_FILENO) != 0), start_(Clock::now()), last_(start_) {}
  void Update(size_t done, size_t added, bool final) {
    const auto now = Clock::now();
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = secs > 0 ? static_cast<double>(done) / secs : 0.0;
    if (tty_) {
      if (!final && now - last_ < std::chrono::milliseconds(200)) return;
      last_ = now;
      std::fprintf(stderr, "\r%zu documents, %zu new, %.0f docs/s%s", done, added, rate, final ? "\n" : "   ");
    } else if (final ? done % 1000 != 0 || done == 0 : done % 1000 == 0) {
      std::fprintf(stderr, "crosscheck: ingested %zu documents (%zu new), %.0f docs/s\n", done, added, rate);
    }
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool tty_;
  Clock::time_point start_, last_;
};

struct IngestOptions {
  std::vector<std::string> paths;
  std::string store = kDefaultStore;
  std::string input = "auto";
  std::string source, published, url;
  std::string data_dir;
  unsigned threads = 0;
};

// The versions recorded with every claim. The lexicon version is empty until
// the Extractor exposes Lexicon::version().
crosscheck::ExtractionVersion CurrentVersion(const crosscheck::Extractor& extractor) {
  return {CROSSCHECK_VERSION, extractor.LexiconVersion()};
}

int RunIngest(const IngestOptions& o) {
  auto store = crosscheck::Store::Open(o.store);
  if (!store.ok()) {
    std::cerr << "crosscheck: " << store.status().message() << "\n";
    return 2;
  }
  auto extractor = crosscheck::LoadExtractor(o.data_dir);
  if (!extractor) return 2;
  auto input = crosscheck::MakeInputOptions(o.input, o.source, o.published, o.url);
  if (!input) return 2;
  const crosscheck::InputOptions& in = *input;
  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());

  BatchQueue queue;
  std::atomic<size_t> errors{0};
  const crosscheck::ExtractionVersion version = CurrentVersion(*extractor);
  std::thread writer([&] {
    Progress progress;
    size_t done = 0, added = 0;
    Batch b;
    while (queue.Pop(b)) {
      for (size_t i = 0; i < b.reports.size(); ++i) {
        ++done;
        if (!b.results[i].ok()) {
          std::cerr << "\ncrosscheck: " << b.reports[i].origin << ": " << b.results[i].status().message() << "\n";
          ++errors;
        } else if (auto put = (*store)->PutDocument(*b.results[i], b.reports[i].text, version); !put.ok()) {
          std::cerr << "\ncrosscheck: " << b.reports[i].origin << ": " << put.status().message() << "\n";
          ++errors;
        } else if (put->inserted) {
          ++added;
        }
        progress.Update(done, added, false);
      }
    }
    progress.Update(done, added, true);
  });

  Batch batch;
  auto flush = [&] {
    if (batch.reports.empty()) return;
    batch.results = ExtractBatch(*extractor, batch.reports, threads);
    queue.Push(std::move(batch));
    batch = Batch{};
  };
  const Status read = crosscheck::ReadInputs(
      o.paths, in,
      [&](crosscheck::Report r) {
        batch.reports.push_back(std::move(r));
        if (batch.reports.size() >= 64u * threads) flush();
      },
      [&](const Status& s) { std::cerr << "crosscheck: " << s.message() << "\n"; });
  flush();
  queue.Close();
  writer.join();
  if (!read.ok()) {
    std::cerr << "crosscheck: " << read.message() << "\n";
    return 1;
  }
  return errors ? 1 : 0;
}

struct ReextractOptions {
  std::string store = kDefaultStore;
  std::string data_dir;
  unsigned threads = 0;
};

Result<std::unique_ptr<crosscheck::Store>> OpenExisting(const std::string& path);
int Fail(const Status& s);

// Re-extracts, batch by batch, every stored report whose claims another
// crosscheck or lexicon version made; the store keeps manual edits.
int RunReextract(const ReextractOptions& o) {
  auto store = OpenExisting(o.store);
  if (!store.ok()) return Fail(store.status());
  auto extractor = crosscheck::LoadExtractor(o.data_dir);
  if (!extractor) return 2;
  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  const crosscheck::ExtractionVersion version = CurrentVersion(*extractor);
  Progress progress;
  size_t done = 0, redone = 0, errors = 0;
  std::string after;
  for (;;) {
    auto stale = (*store)->ReportsToReextract(version, after, 64u * threads);
    if (!stale.ok()) return Fail(stale.status());
    if (stale->empty()) break;
    std::vector<crosscheck::Report> reports;
    for (const auto& r : *stale) {
      reports.push_back({r.text, r.source, r.published, r.url, r.title, "document " + r.id});
    }
    auto results = ExtractBatch(*extractor, reports, threads);
    for (size_t i = 0; i < stale->size(); ++i) {
      ++done;
      const std::string& id = (*stale)[i].id;
      if (!results[i].ok()) {
        std::cerr << "\ncrosscheck: document " << id << ": " << results[i].status().message() << "\n";
        ++errors;
        continue;
      }
      (*results[i])["document"]["id"] = id;  // the stored text's id, whatever the extractor says
      if (auto put = (*store)->ReplaceExtraction(*results[i], version); !put.ok()) {
        std::cerr << "\ncrosscheck: document " << id << ": " << put.status().message() << "\n";
        ++errors;
      } else {
        ++redone;
      }
      progress.Update(done, redone, false);
    }
    after = stale->back().id;
  }
  progress.Update(done, redone, true);
  std::cerr << "crosscheck: re-extracted " << redone << " reports with lexicon " << version.lexicon << "\n";
  return errors ? 1 : 0;
}

// Queries never create a store: a missing file is an error, not an empty store.
Result<std::unique_ptr<crosscheck::Store>> OpenExisting(const std::string& path) {
  if (path.find("://") == std::string::npos && !std::filesystem::exists(path)) {
    return Status::NotFound(path + ": no store here (crosscheck ingest creates one; --store chooses it)");
  }
  return crosscheck::Store::Open(path);
}

int Fail(const Status& s) {
  std::cerr << "crosscheck: " << s.message() << "\n";
  return s.code() == crosscheck::StatusCode::kInvalidInput || s.code() == crosscheck::StatusCode::kNotFound ? 1 : 2;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string IncidentLine(const crosscheck::IncidentSummary& s) {
  std::string where = s.place;
  if (!s.facility.empty()) where += (where.empty() ? "" : ", ") + s.facility;
  std::string when = s.first_date;
  if (!s.last_date.empty() && s.last_date != s.first_date) when += ".." + s.last_date;
  char counts[96];
  std::snprintf(counts, sizeof counts, "%zu claims, %zu reports, %zu contradictions", s.claims, s.documents,
                s.contradictions);
  return s.id + "\t" + s.type + "\t" + (when.empty() ? "-" : when) + "\t" + (where.empty() ? "-" : where) + "\t" +
         counts + "\t" + Join(s.sources, ", ");
}

struct IncidentsOptions {
  std::string store = kDefaultStore;
  crosscheck::IncidentFilter filter;
  std::string format = "text";
};

int RunIncidents(const IncidentsOptions& o) {
  auto store = OpenExisting(o.store);
  if (!store.ok()) return Fail(store.status());
  auto list = (*store)->ListIncidents(o.filter);
  if (!list.ok()) return Fail(list.status());
  for (const auto& s : *list) {
    if (o.format == "jsonl") {
      auto detail = (*store)->GetIncident(s.id);
      if (!detail.ok()) return Fail(detail.status());
      std::cout << detail->dump() << "\n";
    } else {
      std::cout << IncidentLine(s) << "\n";
    }
  }
  return 0;
}

void PrintIncident(const json& inc) {
  std::cout << inc["id"].get<std::string>() << " " << inc["type"].get<std::string>();
  for (const char* key : {"first_date", "place", "facility"}) {
    if (!inc[key].get<std::string>().empty()) std::cout << " \u00b7 " << inc[key].get<std::string>();
  }
  std::cout << "\n";
  for (const auto& line : inc["summary"]) std::cout << "  " << line.get<std::string>() << "\n";
  std::cout << "claims:\n";
  for (const auto& c : inc["claims"]) {
    const json& d = c["document"];
    std::cout << "  " << c["id"].get<std::string>() << "  " << c["speaker"]["name"].get<std::string>() << " ("
              << d["source"].get<std::string>() << ", " << (d["published"].is_string() ? d["published"].get<std::string>() : "undated")
              << ", " << d["id"].get<std::string>().substr(0, 12) << ")\n      \""
              << c["evidence"].value("text", "") << "\"\n";
  }
  if (!inc["contradictions"].empty()) std::cout << "contradictions:\n";
  for (const auto& k : inc["contradictions"]) {
    std::cout << "  " << k["kind"].get<std::string>() << ": " << k["claims"][0].get<std::string>() << " vs "
              << k["claims"][1].get<std::string>() << "\n";
  }
}

struct ShowOptions {
  std::string store = kDefaultStore;
  std::string id;
  std::string format = "text";
};

int RunShow(const ShowOptions& o) {
  auto store = OpenExisting(o.store);
  if (!store.ok()) return Fail(store.status());
  auto inc = (*store)->GetIncident(o.id);
  if (!inc.ok()) return Fail(inc.status());
  if (o.format == "json") {
    std::cout << inc->dump(1) << "\n";
  } else {
    PrintIncident(*inc);
  }
  return 0;
}

struct SearchOptions {
  std::string store = kDefaultStore;
  std::vector<std::string> words;
  size_t limit = 20;
};

int RunSearch(const SearchOptions& o) {
  auto store = OpenExisting(o.store);
  if (!store.ok()) return Fail(store.status());
  auto hits = (*store)->Search(Join(o.words, " "), o.limit);
  if (!hits.ok()) return Fail(hits.status());
  for (const auto& h : *hits) {
    std::string where = h.kind == "claim" ? h.claim_id + " in " + h.incident_id : "document";
    std::string snippet = h.snippet;
    for (char& c : snippet) c = c == '\n' ? ' ' : c;
    std::cout << where << "\t" << h.source << "\t" << h.document_id.substr(0, 12) << "\t" << snippet << "\n";
  }
  return 0;
}

int RunSources(const std::string& path) {
  auto store = OpenExisting(path);
  if (!store.ok()) return Fail(store.status());
  auto sources = (*store)->ListSources();
  if (!sources.ok()) return Fail(sources.status());
  for (const auto& s : *sources) {
    std::cout << (s.name.empty() ? "(no source)" : s.name) << "\t" << s.documents << " reports\t" << s.claims
              << " claims\t" << (s.first_published.empty() ? "-" : s.first_published) << ".."
              << (s.last_published.empty() ? "-" : s.last_published) << "\n";
  }
  return 0;
}

struct EditOptions {
  std::string store = kDefaultStore;
  std::string incident, other;
  std::vector<std::string> claims;
};

int RunSplit(const EditOptions& o) {
  auto store = OpenExisting(o.store);
  if (!store.ok()) return Fail(store.status());
  auto created = (*store)->SplitIncident(o.incident, o.claims);
  if (!created.ok()) return Fail(created.status());
  std::cout << *created << "\n";
  return 0;
}

int RunMerge(const EditOptions& o) {
  auto store = OpenExisting(o.store);
  if (!store.ok()) return Fail(store.status());
  auto target = (*store)->MergeIncidents(o.incident, o.other);
  if (!target.ok()) return Fail(target.status());
  std::cout << *target << "\n";
  return 0;
}

constexpr const char* kStoreHelp = "Store: a SQLite file path or a postgresql://... URL (default crosscheck.db)";

void AddIngest(CLI::App& app) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "Extract reports and add them to a store (re-ingesting is a no-op)");
  cmd->add_option("paths", o->paths, "Files, directories, or - for stdin")->required();
  cmd->add_option("--store", o->store, kStoreHelp);
  cmd->add_option("--threads", o->threads, "Extraction threads (default: all cores); one thread writes");
  cmd->add_option("--input", o->input, "Input format: text, html, jsonl or auto (by extension)");
  cmd->add_option("--source", o->source, "Outlet of text/HTML reports");
  cmd->add_option("--published", o->published, "Publication date YYYY-MM-DD of text/HTML reports");
  cmd->add_option("--url", o->url, "Address of a text/HTML report");
  cmd->add_option("--data", o->data_dir, "Data directory (taxonomy, lexicons, gazetteer)");
  cmd->callback([o] { throw CLI::RuntimeError(RunIngest(*o)); });
}

void AddIncidents(CLI::App& app) {
  auto o = std::make_shared<IncidentsOptions>();
  CLI::App* cmd = app.add_subcommand("incidents", "List incidents in a store, newest first");
  cmd->add_option("--store", o->store, kStoreHelp);
  cmd->add_option("--type", o->filter.type, "Event type, e.g. kill");
  cmd->add_option("--place", o->filter.place, "Place, region or facility name (substring)");
  cmd->add_option("--from", o->filter.from, "First day YYYY-MM-DD");
  cmd->add_option("--to", o->filter.to, "Last day YYYY-MM-DD");
  cmd->add_option("--source", o->filter.source, "Outlet name (substring)");
  cmd->add_flag("--contradicted", o->filter.only_contradicted, "Only incidents whose sources contradict");
  cmd->add_option("--limit", o->filter.limit, "At most this many (default 100)");
  cmd->add_option("--offset", o->filter.offset, "Skip this many first");
  cmd->add_option("--format", o->format, "text (default) or jsonl: one incident a line with its claims")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->callback([o] { throw CLI::RuntimeError(RunIncidents(*o)); });
}

void AddShow(CLI::App& app) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", "Show one incident: what each source says, and where they contradict");
  cmd->add_option("id", o->id, "Incident id, e.g. i12")->required();
  cmd->add_option("--store", o->store, kStoreHelp);
  cmd->add_option("--format", o->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([o] { throw CLI::RuntimeError(RunShow(*o)); });
}

void AddSearch(CLI::App& app) {
  auto o = std::make_shared<SearchOptions>();
  CLI::App* cmd = app.add_subcommand("search", "Full-text search over stored reports and claim evidence");
  cmd->add_option("text", o->words, "Words that must all occur")->required();
  cmd->add_option("--store", o->store, kStoreHelp);
  cmd->add_option("--limit", o->limit, "At most this many hits (default 20)");
  cmd->callback([o] { throw CLI::RuntimeError(RunSearch(*o)); });
}

void AddSources(CLI::App& app) {
  auto store = std::make_shared<std::string>(kDefaultStore);
  CLI::App* cmd = app.add_subcommand("sources", "List the outlets in a store with their report and claim counts");
  cmd->add_option("--store", *store, kStoreHelp);
  cmd->callback([store] { throw CLI::RuntimeError(RunSources(*store)); });
}

void AddSplit(CLI::App& app) {
  auto o = std::make_shared<EditOptions>();
  CLI::App* cmd = app.add_subcommand("split", "Move claims of an incident to a new incident (remembered); prints its id");
  cmd->add_option("incident", o->incident, "Incident id, e.g. i12")->required();
  cmd->add_option("claims", o->claims, "Claim ids to move, e.g. c40 c41")->required();
  cmd->add_option("--store", o->store, kStoreHelp);
  cmd->callback([o] { throw CLI::RuntimeError(RunSplit(*o)); });
}

void AddMerge(CLI::App& app) {
  auto o = std::make_shared<EditOptions>();
  CLI::App* cmd = app.add_subcommand("merge", "Merge incident OTHER into TARGET (remembered); prints TARGET");
  cmd->add_option("target", o->incident, "Incident that stays, e.g. i12")->required();
  cmd->add_option("other", o->other, "Incident merged into it and removed")->required();
  cmd->add_option("--store", o->store, kStoreHelp);
  cmd->callback([o] { throw CLI::RuntimeError(RunMerge(*o)); });
}

void AddReextract(CLI::App& app) {
  auto o = std::make_shared<ReextractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "reextract", "Redo the claims of stored reports made by another lexicon or crosscheck version, keeping manual edits");
  cmd->add_option("--store", o->store, kStoreHelp);
  cmd->add_option("--threads", o->threads, "Extraction threads (default: all cores)");
  cmd->add_option("--data", o->data_dir, "Data directory (taxonomy, lexicons, gazetteer)");
  cmd->callback([o] { throw CLI::RuntimeError(RunReextract(*o)); });
}

}  // namespace

void AddStoreCommands(CLI::App& app) {
  AddIngest(app);
  AddIncidents(app);
  AddShow(app);
  AddSearch(app);
  AddSources(app);
  AddSplit(app);
  AddMerge(app);
  AddReextract(app);
}

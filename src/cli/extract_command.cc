#include "cli/extract_command.h"

#include <atomic>
#include <iostream>
#include <thread>
#include <vector>

#include "cli/text_view.h"
#include "cli/cli_setup.h"
#include "crosscheck/extractor.h"
#include "io/input.h"

namespace {

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string input = "auto";
  std::string source, published, url;
  std::string format = "json";
  std::string data_dir;
  bool jsonl = false;
  bool pretty = false;
  unsigned threads = 0;
};

// Runs extraction over a batch on `threads` workers; results keep input order.
std::vector<crosscheck::Result<nlohmann::json>> ExtractBatch(const crosscheck::Extractor& extractor,
                                                             const std::vector<crosscheck::Report>& batch,
                                                             unsigned threads) {
  std::vector<crosscheck::Result<nlohmann::json>> results(batch.size(), crosscheck::Status::Internal("not run"));
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

int RunExtract(const ExtractOptions& o) {
  auto extractor = crosscheck::LoadExtractor(o.data_dir);
  if (!extractor) return 2;
  auto input = crosscheck::MakeInputOptions(o.input, o.source, o.published, o.url);
  if (!input) return 2;
  const crosscheck::InputOptions& in = *input;
  bool any_jsonl = in.format == crosscheck::InputFormat::kJsonl;
  for (const auto& p : o.paths) any_jsonl |= crosscheck::FormatForPath(p) == crosscheck::InputFormat::kJsonl;
  const bool one_per_line = o.jsonl || any_jsonl;
  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());

  int errors = 0;
  std::vector<crosscheck::Report> batch;
  auto flush = [&] {
    auto results = ExtractBatch(*extractor, batch, threads);
    for (size_t i = 0; i < results.size(); ++i) {
      if (!results[i].ok()) {
        std::cerr << "crosscheck: " << results[i].status().message() << "\n";
        ++errors;
        continue;
      }
      if (o.format == "text") {
        std::cout << crosscheck::FormatTextView(*results[i]) << "\n";
      } else if (one_per_line) {
        std::cout << results[i]->dump() << "\n";
      } else {
        std::cout << results[i]->dump(o.pretty ? 1 : -1) << "\n";
      }
    }
    batch.clear();
  };
  const crosscheck::Status read = crosscheck::ReadInputs(
      o.paths, in,
      [&](crosscheck::Report r) {
        batch.push_back(std::move(r));
        if (batch.size() >= 64u * threads) flush();
      },
      [&](const crosscheck::Status& s) {
        std::cerr << "crosscheck: " << s.message() << "\n";
      });
  flush();
  if (!read.ok()) {
    std::cerr << "crosscheck: " << read.message() << "\n";
    return 1;
  }
  return errors ? 1 : 0;
}

}  // namespace

void AddExtractCommand(CLI::App& app) {
  auto opts = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract claims, incidents and contradictions from reports");
  cmd->add_option("paths", opts->paths, "Files, directories, or - for stdin")->required();
  cmd->add_option("--input", opts->input, "Input format: text, html, jsonl or auto (by extension)");
  cmd->add_option("--source", opts->source, "Outlet of a text/HTML report");
  cmd->add_option("--published", opts->published, "Publication date YYYY-MM-DD (anchors 'Friday', 'yesterday')");
  cmd->add_option("--url", opts->url, "Address of a text/HTML report");
  cmd->add_option("--format", opts->format, "json (default) or text (a readable view)")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_flag("--jsonl", opts->jsonl, "One JSON object per line (default for JSON-lines input)");
  cmd->add_flag("--pretty", opts->pretty, "Indent the JSON");
  cmd->add_option("--threads", opts->threads, "Worker threads (default: all cores)");
  cmd->add_option("--data", opts->data_dir, "Data directory (taxonomy, lexicons, gazetteer)");
  cmd->callback([opts] { throw CLI::RuntimeError(RunExtract(*opts)); });
}

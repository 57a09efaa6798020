#include "cli/eval_command.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "crosscheck/extractor.h"
#include "eval/report.h"
#include "eval/score.h"
#include "io/input.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct EvalOptions {
  std::string dir, gold, system, data_dir;
  bool verbose = false;
  bool json = false;
};

crosscheck::Result<json> LoadJson(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return crosscheck::Status::NotFound(path.string() + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  try {
    return json::parse(ss.str());
  } catch (const json::parse_error& e) {
    return crosscheck::Status::InvalidInput(path.string() + ": " + e.what());
  }
}

// The report exactly as `crosscheck extract --published P --source S --url U
// article.txt` reads it (BOM dropped, CRLF -> LF), titled from gold.
crosscheck::Result<crosscheck::Report> ReadArticle(const fs::path& article, const json& document) {
  auto field = [&](const char* k) {
    auto it = document.find(k);
    return it != document.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  crosscheck::InputOptions in;
  in.format = crosscheck::InputFormat::kText;
  in.source = field("source");
  in.published = field("published");
  in.url = field("url");
  std::optional<crosscheck::Report> report;
  crosscheck::Status error;
  auto status = crosscheck::ReadInputs(
      {article.string()}, in, [&](crosscheck::Report r) { report = std::move(r); },
      [&](const crosscheck::Status& s) {
        if (error.ok()) error = s;
      });
  if (!report) return error.ok() ? (status.ok() ? crosscheck::Status::NotFound(article.string()) : status) : error;
  report->title = field("title");
  return *std::move(report);
}

// One fixture folder: extract, score. Extraction failures score as {}.
crosscheck::Result<crosscheck::ScoreCounts> EvalOne(const crosscheck::Extractor& extractor, const fs::path& folder) {
  auto gold = LoadJson(folder / "gold.json");
  if (!gold.ok()) return gold.status();
  const json& document = gold->is_object() && gold->contains("document") && (*gold)["document"].is_object()
                             ? (*gold)["document"]
                             : json::object();
  json system = json::object();
  auto report = ReadArticle(folder / "article.txt", document);
  if (!report.ok()) {
    std::cerr << "crosscheck eval: " << report.status().message() << " (scored as empty output)\n";
  } else if (auto out = extractor.Extract(*report); !out.ok()) {
    std::cerr << "crosscheck eval: " << out.status().message() << " (scored as empty output)\n";
  } else {
    system = std::move(out).value();
  }
  auto counts = crosscheck::TryScore(*gold, system);
  if (!counts.ok()) {
    return crosscheck::Status::InvalidInput((folder / "gold.json").string() + ": " + counts.status().message());
  }
  return counts;
}

bool IsFixtureFolder(const fs::path& dir) {
  return fs::exists(dir / "gold.json") && fs::exists(dir / "article.txt");
}

// The fixture folders in `dir`, or `dir` itself when it is one.
std::vector<fs::path> FixtureFolders(const fs::path& dir) {
  if (IsFixtureFolder(dir)) return {dir};
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_directory() && IsFixtureFolder(e.path())) {
      out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end(), [](const fs::path& a, const fs::path& b) {
    return a.filename().string() < b.filename().string();
  });
  return out;
}

void PrintTotal(const crosscheck::ScoreCounts& total, bool as_json, json reports) {
  if (as_json) {
    json out = crosscheck::ToJson(total);
    out.erase("missed");
    out["reports"] = std::move(reports);
    std::cout << out.dump(1) << "\n";
    return;
  }
  std::cout << crosscheck::FormatReport(total, "TOTAL") << "\n";
}

int RunDir(const EvalOptions& o) {
  if (!fs::is_directory(o.dir)) {
    std::cerr << "crosscheck eval: " << o.dir << ": not a directory\n";
    return 2;
  }
  auto extractor = crosscheck::Extractor::Create(o.data_dir.empty() ? crosscheck::Extractor::DefaultDataDir()
                                                                    : o.data_dir);
  if (!extractor.ok()) {
    std::cerr << "crosscheck eval: " << extractor.status().message() << "\n";
    return 2;
  }
  const std::vector<fs::path> folders = FixtureFolders(o.dir);
  if (folders.empty()) {
    std::cerr << "crosscheck eval: " << o.dir
              << ": no fixture here (a folder with gold.json and article.txt, or a folder of such folders)\n";
    return 2;
  }
  crosscheck::ScoreCounts total;
  json reports = json::object();
  for (const auto& folder : folders) {
    std::string name = folder.filename().string();
    auto one = EvalOne(*extractor, folder);
    if (!one.ok()) {
      std::cerr << "crosscheck eval: " << one.status().message() << "\n";
      return 1;
    }
    crosscheck::Add(total, *one);
    if (o.json) {
      reports[name] = crosscheck::ToJson(*one);
      continue;
    }
    std::cout << crosscheck::FormatReport(*one, name) << "\n";
    if (o.verbose && !one->missed.empty()) {
      std::cout << "   missed:";
      for (const auto& id : one->missed) std::cout << " " << id;
      std::cout << "\n";
    }
  }
  PrintTotal(total, o.json, std::move(reports));
  if (!o.json) std::cout << crosscheck::FormatF1(total) << "\n";
  return 0;
}

int RunPair(const EvalOptions& o) {
  auto gold = LoadJson(o.gold);
  auto system = LoadJson(o.system);
  for (const auto* r : {&gold, &system}) {
    if (!r->ok()) {
      std::cerr << "crosscheck eval: " << r->status().message() << "\n";
      return 1;
    }
  }
  auto counts = crosscheck::TryScore(*gold, *system);
  if (!counts.ok()) {
    std::cerr << "crosscheck eval: " << o.gold << " vs " << o.system << ": " << counts.status().message() << "\n";
    return 1;
  }
  if (o.json) {
    PrintTotal(*counts, true, json::object());
    return 0;
  }
  std::cout << crosscheck::FormatReport(*counts, "TOTAL") << "\n";
  if (o.verbose && !counts->missed.empty()) {
    std::cout << "missed:";
    for (const auto& id : counts->missed) std::cout << " " << id;
    std::cout << "\n";
  }
  std::cout << crosscheck::FormatF1(*counts) << "\n";
  return 0;
}

int RunEval(const EvalOptions& o) {
  const bool pair = !o.gold.empty() || !o.system.empty();
  if (pair == !o.dir.empty() || (pair && (o.gold.empty() || o.system.empty()))) {
    std::cerr << "crosscheck eval: give either DIR or both --gold and --system\n";
    return 2;
  }
  return pair ? RunPair(o) : RunDir(o);
}

}  // namespace

void AddEvalCommand(CLI::App& app) {
  auto opts = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Score extraction against gold annotations (SPEC section 5)");
  cmd->add_option("dir", opts->dir,
                  "Fixture folder (gold.json and article.txt) or a folder of fixture folders");
  cmd->add_option("--gold", opts->gold, "One gold file (with --system)");
  cmd->add_option("--system", opts->system, "One system output to score against --gold");
  cmd->add_flag("--verbose", opts->verbose, "Also list the gold claims no system claim matched");
  cmd->add_flag("--json", opts->json, "Print the totals (and per-report counts) as one JSON object");
  cmd->add_option("--data", opts->data_dir, "Data directory (taxonomy, lexicons, gazetteer)");
  cmd->callback([opts] { throw CLI::RuntimeError(RunEval(*opts)); });
}

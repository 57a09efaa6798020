// growth_bench: does extraction cost grow linearly with input size, also on
// hostile input? (issue 6, doc/hardening.md)
//
// For each input kind it builds one report at 1x, 2x, 4x and 8x a base size,
// times crosscheck::Extractor::Extract plus JSON serialization on it (process
// CPU time, median of --runs runs), and prints the time per size, the time
// per MB and the ratio of each step to the previous one. Linear growth shows
// as ratios near 2.0 (a quadratic step would be near 4.0). The verdict
// column compares the 8x time with 8 times the 1x time: "linear" when it is
// within --tolerance of it. Exit 1 on an extraction error, and with --check
// also when an input is not linear.
//
// Kinds (all text generated here, none taken from any fixture):
//   ordinary        invented news paragraphs repeated (the reference);
//   one_sentence    ordinary words with no sentence end at all: 10 MB at 8x;
//   nested_quotes   opening quotes that are never closed, each after a
//                   reporting verb: 100,000 quotes at 8x;
//   unbalanced_quotes  straight and curly quotes in a random mix;
//                   100,000 quotes at 8x;
//   numbers         a million numbers at 8x (digits, thousands, decimals,
//                   number words), with a trigger word now and then;
//   trigger_word    one trigger word ("killed") repeated: 1,000,000 times at 8x;
//   many_names      200,000 distinct person names at 8x, each in a short
//                   sentence (entities per document).
// --scale divides every size (the default 1 is the sizes; --quick is
// --scale 64 --runs 1, for a ctest smoke run).
//
// A report above a hard limit (doc/hardening.md) is cut by the extractor, as
// it would be in the CLI; the output says so when that happened.
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "crosscheck/extractor.h"
#include "crosscheck/report.h"

namespace {

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

constexpr const char* kOrdinary =
    "Police in the northern town of Arlow said on Tuesday that three people were killed and at least "
    "twelve wounded when officers fired on a crowd. A hospital official, who asked not to be named, told "
    "reporters that the death toll had risen to five by the evening.\n\n"
    "The regional governor denied that live ammunition had been used. \"No officer shot at anyone,\" he "
    "said. A rights group said 40 people had been detained since Monday.\n\n";

constexpr const char* kSentenceWords =
    "police said gunmen killed three villagers near the camp and soldiers wounded twelve others while "
    "officials told reporters that ";

// Appends `piece` until `out` holds at least `bytes` bytes.
void FillWith(std::string& out, const std::string& piece, size_t bytes) {
  while (out.size() < bytes) out += piece;
}

std::string Ordinary(size_t bytes) {
  std::string s;
  FillWith(s, kOrdinary, bytes);
  return s;
}

std::string OneSentence(size_t bytes) {
  std::string s = "Witnesses said ";
  FillWith(s, kSentenceWords, bytes);
  return s;
}

std::string NestedQuotes(size_t quotes) {
  std::string s = "The spokesman said ";
  static const char* kOpen[] = {"\u201C", "\u2018", "\"", "'"};
  for (size_t i = 0; i < quotes; ++i) {
    s += kOpen[i % 4];
    s += (i % 2) ? "they said " : "he told us ";
  }
  s += "two were killed.\n";
  return s;
}

std::string UnbalancedQuotes(size_t quotes) {
  std::mt19937 rng(6);
  static const char* kQuotes[] = {"\"", "\u201C", "\u201D", "'", "\u2019", "\u00AB", "\u00BB"};
  static const char* kWords[] = {"killed", "said", "two", "the army", "denied", "villagers"};
  std::string s = "Officials said ";
  for (size_t i = 0; i < quotes; ++i) {
    s += kQuotes[rng() % 7];
    s += kWords[rng() % 6];
    s += (rng() % 5 == 0) ? ". " : " ";
  }
  s += "\n";
  return s;
}

std::string Numbers(size_t count) {
  std::string s = "Figures: ";
  static const char* kWords[] = {"twenty-one", "three", "a hundred", "dozens of"};
  for (size_t i = 0; i < count; ++i) {
    switch (i % 5) {
      case 0: s += std::to_string(i % 1000); break;
      case 1: s += std::to_string(1 + i % 90) + "," + std::to_string(100 + i % 900); break;
      case 2: s += std::to_string(i % 100) + "." + std::to_string(i % 10); break;
      case 3: s += kWords[i % 4]; break;
      default: s += std::to_string(i);
    }
    s += (i % 97 == 0) ? " killed " : " ";
  }
  s += "\n";
  return s;
}

std::string TriggerWord(size_t count) {
  std::string s;
  s.reserve(count * 7);
  for (size_t i = 0; i < count; ++i) s += i ? " killed" : "Killed";
  s += ".\n";
  return s;
}

// Distinct person names, each in a short sentence, so the entity registry
// grows with the input: `count` names at 8x.
std::string ManyNames(size_t count) {
  static const char* kSyllables[] = {"ka", "ro", "mi", "ten", "sa", "lu", "dor", "vi", "na", "bel",
                                     "zu", "or", "an", "pe", "qui", "ha"};
  auto word = [](size_t n) {
    std::string w;
    do {
      w += kSyllables[n % 16];
      n /= 16;
    } while (n);
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
  };
  std::string s;
  for (size_t i = 0; i < count; ++i) {
    s += word(i * 7 + 3) + " " + word(i) + ((i % 3) ? " said police killed two. " : " met the minister. ");
    if (i % 20 == 19) s += "\n\n";
  }
  return s;
}

struct Kind {
  std::string name;
  size_t full;                            // the size at 8x with --scale 1
  std::string (*make)(size_t);            // builds an input of that size
  std::string unit;                       // what `full` counts
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"growth_bench: extraction time at 1x, 2x, 4x, 8x size on hostile inputs"};
  int runs = 3;
  double scale = 1;
  double tolerance = 0.5;
  bool quick = false;
  bool check = false;
  std::vector<std::string> only;
  app.add_option("--runs", runs, "runs per size; the median is reported")->check(CLI::PositiveNumber);
  app.add_option("--scale", scale, "divide every size by this")->check(CLI::PositiveNumber);
  app.add_option("--tolerance", tolerance,
                 "8x time may exceed 8 times the 1x time by this fraction and still count as linear");
  app.add_option("--only", only, "only these kinds");
  app.add_flag("--quick", quick, "--scale 64 --runs 1 (smoke test)");
  app.add_flag("--check", check, "exit 1 when an input grows super-linearly");
  CLI11_PARSE(app, argc, argv);
  if (quick) {
    scale = 64;
    runs = 1;
  }

  auto extractor = crosscheck::Extractor::Create(crosscheck::Extractor::DefaultDataDir());
  if (!extractor.ok()) {
    std::cerr << extractor.status().message() << "\n";
    return 1;
  }

  const std::vector<Kind> kinds = {
      {"ordinary", 8'000'000, Ordinary, "bytes"},
      {"one_sentence", 10'000'000, OneSentence, "bytes"},
      {"nested_quotes", 100'000, NestedQuotes, "quotes"},
      {"unbalanced_quotes", 100'000, UnbalancedQuotes, "quotes"},
      {"numbers", 1'000'000, Numbers, "numbers"},
      {"trigger_word", 1'000'000, TriggerWord, "words"},
      {"many_names", 200'000, ManyNames, "names"},
  };

  std::printf("%-18s %5s %12s %10s %9s %10s %7s  %s\n", "input", "size", "count", "MB", "cpu-s",
              "s/MB", "ratio", "note");
  nlohmann::json summary = nlohmann::json::array();
  bool all_linear = true;
  bool any_error = false;
  for (const Kind& kind : kinds) {
    if (!only.empty() && std::find(only.begin(), only.end(), kind.name) == only.end()) continue;
    std::vector<double> seconds;
    for (int factor : {1, 2, 4, 8}) {
      const auto count = static_cast<size_t>(static_cast<double>(kind.full) / scale * factor / 8);
      crosscheck::Report report;
      report.text = kind.make(count);
      report.published = "2021-10-10";
      report.source = "Growth Bench";
      report.origin = kind.name;
      std::vector<double> times;
      std::string note;
      for (int r = 0; r < runs; ++r) {
        const double start = CpuSeconds();
        auto json = extractor->Extract(report);
        std::string out = json.ok() ? json->dump() : std::string();
        times.push_back(CpuSeconds() - start);
        if (!json.ok()) {
          any_error = true;
          note = "error: " + json.status().message();
        } else if (json->contains("document") && (*json)["document"].contains("warnings")) {
          note = (*json)["document"]["warnings"].dump();
          if (note.size() > 100) note = note.substr(0, 97) + "...";
        }
      }
      std::sort(times.begin(), times.end());
      const double median = times[times.size() / 2];
      const double mb = static_cast<double>(report.text.size()) / 1e6;
      const double ratio = seconds.empty() || seconds.back() <= 0 ? 0 : median / seconds.back();
      seconds.push_back(median);
      std::printf("%-18s %4dx %12zu %10.2f %9.3f %10.3f %7s  %s\n", kind.name.c_str(), factor, count, mb,
                  median, mb > 0 ? median / mb : 0.0,
                  factor == 1 ? "" : (std::to_string(ratio).substr(0, 4)).c_str(), note.c_str());
      std::fflush(stdout);
      summary.push_back({{"input", kind.name}, {"factor", factor}, {"count", count}, {"mb", mb},
                         {"cpu_seconds", median}});
    }
    const bool linear = seconds.back() <= 8 * seconds.front() * (1 + tolerance) || seconds.back() < 0.05;
    all_linear = all_linear && linear;
    std::printf("%-18s 8x / (8 * 1x) = %.2f: %s\n", kind.name.c_str(),
                seconds.front() > 0 ? seconds.back() / (8 * seconds.front()) : 0.0,
                linear ? "linear" : "SUPER-LINEAR");
  }
  std::printf("%s\n", nlohmann::json{{"growth", summary}, {"all_linear", all_linear}}.dump().c_str());
  return any_error || (check && !all_linear) ? 1 : 0;
}

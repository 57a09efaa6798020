// Tagger + parser throughput on the UD English EWT test file, one thread.
//
//   build/bench/syntax_bench   (CROSSCHECK_SHARED=/path/to/shared to find EWT)
//
// Reports sentences/s of tagging and parsing (model loading and CoNLL-U
// reading excluded) as the median of 5 repetitions.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/syntax.h"

namespace {

std::string EwtTestFile() {
  const char* shared = std::getenv("CROSSCHECK_SHARED");
  std::string root = shared ? shared : crosscheck::DefaultSyntaxModelDir() + "/../../shared";
  return root + "/data/ud_english_ewt/en_ewt-ud-test.conllu";
}

void BM_TagAndParseEwtTest(benchmark::State& state) {
  auto model = crosscheck::LoadSyntaxModel(crosscheck::DefaultSyntaxModelDir());
  if (!model.ok()) {
    state.SkipWithError(model.status().message().c_str());
    return;
  }
  auto gold = crosscheck::syntax::ReadConllu(EwtTestFile());
  if (!gold.ok()) {
    state.SkipWithError(gold.status().message().c_str());
    return;
  }
  std::vector<std::vector<std::string_view>> sentences;
  for (const auto& s : *gold) {
    sentences.emplace_back();
    for (const auto& w : s.words) sentences.back().push_back(w.form);
  }
  for (auto _ : state) {
    for (const auto& words : sentences) {
      benchmark::DoNotOptimize(crosscheck::AnalyzeWords(*model, words));
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(sentences.size()) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParseEwtTest)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();

// Tagger + parser throughput on the UD English EWT test file, one thread.
//
//   build/bench/syntax_bench   (CROSSCHECK_SHARED=/path/to/shared to find EWT,
//                               CROSSCHECK_SYNTAX_MODELS=DIR for models other than models/)
//
// Reports sentences/s of tagging and parsing, and of tagging alone (model
// loading and CoNLL-U reading excluded), as the median of 5 repetitions.
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

std::string ModelDir() {
  const char* dir = std::getenv("CROSSCHECK_SYNTAX_MODELS");
  return dir ? dir : crosscheck::DefaultSyntaxModelDir();
}

// The model and the EWT test sentences as word lists; false (and the
// benchmark skipped) when either is missing.
struct Input {
  crosscheck::SyntaxModel model;
  std::vector<crosscheck::syntax::ConlluSentence> gold;
  std::vector<std::vector<std::string_view>> sentences;
};

bool Load(benchmark::State& state, Input* in) {
  auto model = crosscheck::LoadSyntaxModel(ModelDir());
  auto gold = crosscheck::syntax::ReadConllu(EwtTestFile());
  if (!model.ok() || !gold.ok()) {
    state.SkipWithError((model.ok() ? gold.status() : model.status()).message().c_str());
    return false;
  }
  in->model = std::move(*model);
  in->gold = std::move(*gold);
  for (const auto& s : in->gold) {
    in->sentences.emplace_back();
    for (const auto& w : s.words) in->sentences.back().push_back(w.form);
  }
  return true;
}

// Median of 5 runs of process CPU time, in sentences per second.
void Settings(benchmark::internal::Benchmark* b) {
  b->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Repetitions(5)->ReportAggregatesOnly(true);
}

void CountSentences(benchmark::State& state, const Input& in) {
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(in.sentences.size()) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_TagAndParseEwtTest(benchmark::State& state) {
  Input in;
  if (!Load(state, &in)) return;
  for (auto _ : state) {
    for (const auto& words : in.sentences) {
      benchmark::DoNotOptimize(crosscheck::AnalyzeWords(in.model, words));
    }
  }
  CountSentences(state, in);
}
BENCHMARK(BM_TagAndParseEwtTest)->Apply(Settings);

// The tagger alone, to see how the time splits.
void BM_TagEwtTest(benchmark::State& state) {
  Input in;
  if (!Load(state, &in)) return;
  std::vector<int> tags;
  for (auto _ : state) {
    for (const auto& words : in.sentences) {
      in.model.tagger.Tag(words, &tags);
      benchmark::DoNotOptimize(tags.data());
    }
  }
  CountSentences(state, in);
}
BENCHMARK(BM_TagEwtTest)->Apply(Settings);

}  // namespace

BENCHMARK_MAIN();

// Training and scoring of the entity recognizer (doc/ner.md).
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <ostream>
#include <vector>

#include "ner/corpus.h"
#include "ner/ner.h"

namespace crosscheck::ner {

struct NerTrainOptions {
  int epochs = 10;
  unsigned seed = 1;
  float prune = 1e-3f;  // averaged weights below this magnitude are dropped
};

// Averaged perceptron over greedy left-to-right decoding (the history
// features see the model's own previous guesses, as at prediction time).
// Tokens labelled kUnknownLabel take part in decoding but cause no update.
// `gazetteer` and `tagger` may be null (their features are then absent).
NerModel TrainNer(const std::vector<NerSentence>& train, std::shared_ptr<const geo::Gazetteer> gazetteer,
                  std::shared_ptr<const syntax::Tagger> tagger, const NerTrainOptions& options,
                  std::ostream* log = nullptr);

struct SpanCounts {
  size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted == 0 ? 0.0 : 100.0 * correct / predicted; }
  double recall() const { return gold == 0 ? 0.0 : 100.0 * correct / gold; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

// Exact-match entity scores (CoNLL style): a predicted span counts when its
// tokens and type equal a gold span's.
struct NerScores {
  std::array<SpanCounts, kNumEntityTypes> by_type;
  SpanCounts overall;
  size_t sentences = 0;
};

// Scores `model` on `corpus`. Group spans are left out on both sides when
// !corpus.score_group; predicted spans touching kUnknownLabel tokens are not
// counted.
NerScores EvaluateNer(const NerModel& model, const NerCorpus& corpus);

// The scores as a table: one row per type and "overall".
void PrintScores(const std::string& name, const NerScores& scores, std::ostream& out);

}  // namespace crosscheck::ner

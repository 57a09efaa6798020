// Dependency parser: greedy arc-hybrid transitions scored by an averaged
// perceptron, trained with a dynamic oracle (see transition.h).
//
// Features follow Zhang & Nivre (2011) adapted to arc-hybrid: words and tags
// of s0..s2 and b0..b2, the two left-/rightmost dependents of s0, s1 and b0
// with their labels, distances, valencies and the label sets of dependents.
// The tags are the tagger's "UPOS|XPOS" strings.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"
#include "syntax/conllu.h"
#include "syntax/perceptron.h"
#include "syntax/word_clusters.h"

namespace crosscheck::syntax {

class Parser {
 public:
  static constexpr const char* kFormat = "crosscheck-syntax-parser";
  static constexpr int kVersion = 2;  // 2: word clusters

  // Parses one sentence: words[i] and tags[i] for word i + 1. heads gets the
  // CoNLL-U head of each word (0 = root, 1..n = word ID), labels the label
  // id (see LabelName). Exactly one word gets head 0. Thread-safe.
  void Parse(const std::vector<std::string_view>& words, const std::vector<std::string_view>& tags,
             std::vector<int>* heads, std::vector<int>* labels) const;

  int num_labels() const { return static_cast<int>(labels_.size()); }
  const std::string& LabelName(int id) const { return labels_[id]; }
  size_t num_weights() const { return weights_.num_weights(); }

  Status Save(const std::string& path) const;
  static Result<Parser> Load(const std::string& path);

 private:
  friend class ParserTrainer;
  std::vector<std::string> labels_;
  int root_label_ = 0;
  WordClusters clusters_;  // may be empty
  WeightTable weights_;
};

struct ParserOptions {
  int epochs = 15;
  uint64_t seed = 1;
  // After the first epoch, follow the model's own (possibly wrong) choice
  // with this probability, so it learns to recover from its mistakes.
  double explore = 0.9;
  // Drop averaged weights below this magnitude: on EWT 1.0 keeps a fifth of
  // the weights at no loss in accuracy, and the smaller table parses faster.
  float prune = 1.0f;
  const WordClusters* clusters = nullptr;  // copied into the parser when given
};

// Trains on the gold trees of `train`, with tags[s][i] as the tag of word
// i + 1 of sentence s (predicted, jackknifed tags make the parser robust to
// tagging errors). Sentences whose heads are missing are skipped.
Result<Parser> TrainParser(const std::vector<ConlluSentence>& train,
                           const std::vector<std::vector<std::string>>& tags,
                           const ParserOptions& options, std::ostream* log);

}  // namespace crosscheck::syntax

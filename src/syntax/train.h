// Training and evaluating the syntax models from CoNLL-U treebanks.
//
// TrainSyntax is the one documented command behind models/: it trains the
// tagger, tags the training set by k-fold jackknifing (each fold tagged by a
// tagger that never saw it, so the parser learns from realistic tag errors),
// trains the parser on those tags, and writes dir/tagger.model and
// dir/parser.model. Deterministic for a given seed.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "crosscheck/status.h"
#include "syntax/conllu.h"
#include "syntax/syntax.h"

namespace crosscheck::syntax {

struct TrainSyntaxOptions {
  int tagger_epochs = 12;
  bool tagger_backward = false;  // a right-to-left tagger pass beside the left-to-right one
  int parser_epochs = 15;
  int jackknife_folds = 5;  // 0 or 1: train the parser on gold tags
  float parser_prune = 1.0f;  // see ParserOptions::prune; 0 keeps every weight
  uint64_t seed = 1;
  std::string clusters_path;  // word clusters (train-clusters) for features; empty: none
  std::string wordnet_dir;    // WordNet dict folder for the tagger's word lexicon; empty: none
};

Status TrainSyntax(const std::string& train_path, const std::string& dev_path,
                   const std::string& out_dir, const TrainSyntaxOptions& options, std::ostream* log);

// The standard figures over all words (punctuation included, as the CoNLL
// 2018 scorer does): UPOS accuracy, UAS and LAS in percent, with predicted
// tags and the gold tokenization.
struct SyntaxScores {
  size_t sentences = 0, words = 0;
  double upos = 0, uas = 0, las = 0;
  double seconds = 0;  // tagging + parsing time
};
SyntaxScores EvaluateSyntax(const SyntaxModel& model, const std::vector<ConlluSentence>& gold);

// Replaces UPOS, XPOS, HEAD and DEPREL of every word with predictions and
// clears DEPS (the enhanced graph); other columns are kept.
void AnnotateConllu(const SyntaxModel& model, std::vector<ConlluSentence>* sentences);

}  // namespace crosscheck::syntax

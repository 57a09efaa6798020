// Part-of-speech tagger: a greedy left-to-right averaged perceptron.
//
// A tag is the pair "UPOS|XPOS" (e.g. "VERB|VBN"), since the parser gains from
// the finer Penn tags (VBN vs VBD decides passives); Upos() gives the UD part.
// Frequent words seen with one tag only are tagged from a dictionary without
// scoring. Features: the word, its lower case, prefixes and suffixes of 1-4
// bytes, shape, the two previous tags, neighbouring words, the tag sets
// ("ambiguity classes") of the following words, word clusters, and the word
// classes a dictionary (WordNet, word_lexicon.h) allows for the word and its
// neighbours.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "syntax/conllu.h"
#include "syntax/perceptron.h"
#include "syntax/word_clusters.h"
#include "syntax/word_lexicon.h"

namespace crosscheck::syntax {

class Tagger {
 public:
  static constexpr const char* kFormat = "crosscheck-syntax-tagger";
  // 2: word clusters; 3: word lexicon; 4: with a backward pass (a tagger
  // without one is saved as version 3; versions 2 and 3 still load)
  static constexpr int kVersion = 4;

  // Tags one sentence of word forms (as written); `tags` gets one tag id per
  // word. Thread-safe.
  void Tag(const std::vector<std::string_view>& words, std::vector<int>* tags) const;

  int num_tags() const { return static_cast<int>(tags_.size()); }
  const std::string& TagName(int id) const { return tags_[id]; }  // "UPOS|XPOS"
  const std::string& Upos(int id) const { return upos_[id]; }
  const std::string& Xpos(int id) const { return xpos_[id]; }
  size_t num_weights() const { return weights_.num_weights() + backward_.num_weights(); }
  bool has_backward() const { return backward_.num_classes() > 0; }
  const WordLexicon& lexicon() const { return lexicon_; }  // empty if trained without one

  Status Save(const std::string& path) const;
  static Result<Tagger> Load(const std::string& path);

 private:
  friend class TaggerTrainer;
  struct WordInfo {  // what the dictionary knows about a frequent word
    int16_t sure_tag = -1;       // the tag if the word is unambiguous, else -1
    uint64_t ambiguity = 0;      // hash of the set of tags seen with it
  };
  void SetTags(std::vector<std::string> tags);

  std::vector<std::string> tags_, upos_, xpos_;
  std::unordered_map<uint64_t, WordInfo> words_;  // key: HashString(form)
  WordClusters clusters_;  // may be empty
  WordLexicon lexicon_;    // may be empty
  WeightTable weights_;   // the left-to-right pass
  WeightTable backward_;  // the right-to-left pass; empty if trained without one
};

struct TaggerOptions {
  int epochs = 12;
  uint64_t seed = 1;
  const WordClusters* clusters = nullptr;  // copied into the tagger when given
  const WordLexicon* lexicon = nullptr;    // likewise
  // Also train a right-to-left pass; tagging then sums both passes' scores
  // (doc/syntax.md: +0.1-0.2 UPOS for twice the tagging time; off for the
  // committed models).
  bool backward = false;
};

// Trains a tagger on the words of `train` (UPOS and XPOS columns). Progress
// goes to `log` when it is not null.
Result<Tagger> TrainTagger(const std::vector<ConlluSentence>& train, const TaggerOptions& options,
                           std::ostream* log);

}  // namespace crosscheck::syntax

// Lemmatizer: WordNet's morphy over the word lists in data/lexicon/lemmas.tsv
// (generated from WordNet 3.0 by tools/make_lemma_data.sh).
//
// Without a part-of-speech tag it tries verb, then noun, then adjective, so
// "found" -> "find", "bodies" -> "body", "fled" -> "flee": the reading that
// event triggers need. With a UPOS tag it uses that part of speech only.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "crosscheck/status.h"
#include "text/doc.h"

namespace crosscheck {

class Lemmatizer {
 public:
  static Result<Lemmatizer> Load(const std::string& path);

  // Lemma of a lower-case word; `upos` may be empty ("NOUN", "VERB", "ADJ").
  std::string Lemma(std::string_view lower, std::string_view upos = {}) const;
  // Fills Token::lemma for every token of doc.
  void Apply(Doc& doc) const;
  // True when WordNet lists the word, or an inflection of it, as an English
  // word ("migrants", "interior"); names like "mazen" are not.
  bool IsKnownWord(std::string_view lower) const;

 private:
  struct PartOfSpeech {
    std::unordered_set<std::string> words;
    std::unordered_map<std::string, std::string> exceptions;
  };
  enum Pos { kVerb = 0, kNoun = 1, kAdj = 2 };
  bool LemmaFor(Pos pos, const std::string& word, std::string* out) const;

  PartOfSpeech pos_[3];
  std::unordered_set<std::string> adverbs_;
};

}  // namespace crosscheck

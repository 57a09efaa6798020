// Lemmatizer: WordNet's morphy over the word lists in data/lexicon/lemmas.tsv
// (generated from WordNet 3.0 by tools/make_lemma_data.sh).
//
// Without a part-of-speech tag it tries verb, then noun, then adjective, so
// "found" -> "find", "bodies" -> "body", "fled" -> "flee": the reading that
// event triggers need. With a UPOS tag it uses that part of speech only.
//
// Results are memoized per thread (news repeats its words), so Lemma and
// IsKnownWord cost about one hash lookup for a word seen before; the memo is
// keyed by the Lemmatizer instance and bounded in size.
#pragma once

#include <cstdint>
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
  std::string ComputeLemma(std::string_view lower, std::string_view upos) const;
  bool ComputeIsKnownWord(std::string_view lower) const;

  // Names this instance's tables for the per-thread memo (lemmatizer.cc). A
  // copy has the same tables and keeps the id; a moved-from Lemmatizer has
  // lost its tables and takes a fresh id, so it never sees the memo of the
  // tables it gave away.
  class InstanceId {
   public:
    InstanceId() : value_(Next()) {}
    InstanceId(const InstanceId&) = default;
    InstanceId& operator=(const InstanceId&) = default;
    InstanceId(InstanceId&& other) noexcept : value_(other.value_) { other.value_ = Next(); }
    InstanceId& operator=(InstanceId&& other) noexcept {
      value_ = other.value_;
      other.value_ = Next();
      return *this;
    }
    uint64_t value() const { return value_; }

   private:
    static uint64_t Next();
    uint64_t value_;
  };

  PartOfSpeech pos_[3];
  std::unordered_set<std::string> adverbs_;
  InstanceId id_;
};

}  // namespace crosscheck

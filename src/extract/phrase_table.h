// PhraseTable: multi-word patterns over a Doc's tokens, longest match first.
//
// A pattern is a space-separated list of items: a lemma ("kill" matches
// "killed"; the lower-case form is accepted too, so "killing" matches
// "killing"), "=word" for an exact lower-case form, "a|b" for alternatives,
// and "~" for up to three words in between ("admit ~ to" matches "admitted
// the migrants to"; "shoot ~ and kill" also "shot and killed"). The format is documented in doc/lexicon.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "text/doc.h"

namespace crosscheck {

// Words a "~" may skip.
inline constexpr size_t kMaxGap = 4;

struct PatternItem {
  std::vector<std::string> words;  // alternatives
  bool exact = false;              // compare with Token::lower instead of lemma
  bool gap_before = false;         // up to kMaxGap words may precede this item
};

struct Pattern {
  std::vector<PatternItem> items;
  std::string source;  // the pattern as written, for explanations
};

// Parses a pattern; fails on an empty pattern or a dangling "~".
Result<Pattern> ParsePattern(std::string_view text);

struct PhraseMatch {
  size_t begin = 0;  // first token
  size_t end = 0;    // one past the last token
  size_t value = 0;  // index of the value given to Add()
  bool gapped = false;  // words matched by a "~" stand inside ("admitted 30 injured people to")
};

class PhraseTable {
 public:
  // Adds a pattern; `value` is returned with every match of it.
  void Add(Pattern pattern, size_t value);

  // The longest match starting at token `begin` and ending at or before `limit`.
  std::optional<PhraseMatch> LongestAt(const Doc& doc, size_t begin, size_t limit) const;
  // All non-overlapping longest matches in [begin, limit), left to right.
  std::vector<PhraseMatch> FindAll(const Doc& doc, size_t begin, size_t limit) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    Pattern pattern;
    size_t value;
  };
  // End of the match of `pattern` at `pos`, or 0 when it does not match.
  static size_t MatchEnd(const Doc& doc, const Pattern& pattern, size_t pos, size_t limit);
  static bool ItemMatches(const PatternItem& item, const Token& token);
  static bool IsUnknownPlural(const Token& token, std::string_view lemma);

  // A cheap filter in front of by_first_word_: one bit per (first byte, last
  // byte, length) class of the first words. LongestAt runs at every token
  // for every table, and most tokens start no pattern; a clear bit settles
  // them without hashing the word. A set bit only means "look it up".
  static constexpr size_t kFilterBits = 1 << 16;
  static size_t FilterBit(std::string_view word);
  bool MayStart(std::string_view word) const {
    const size_t bit = FilterBit(word);
    return !first_word_filter_.empty() && ((first_word_filter_[bit / 64] >> (bit % 64)) & 1);
  }

  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_word_;
  std::vector<uint64_t> first_word_filter_;  // kFilterBits bits once a pattern is added
};

}  // namespace crosscheck

// Counts: how many people a phrase talks about (SPEC section 3).
//
// A Count is a range [min, max] where a missing bound is open: "at least six"
// is [6, null], "up to 30" is [null, 30], "about 200" is [180, 220] with
// approx set. `text` is the exact source text of the phrase and
// [token_begin, token_end) its tokens, so a claim can cite it.
//
// The parsers only read token `lower`, `kind`, `capitalized`, `space_before`
// and, when a tagger has run, `lemma` and `tag`; they never modify the Doc.
// Contract for plurality: a noun is plural when its lemma differs from its
// lower-cased form, or (without lemmas) by a small suffix rule.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "text/doc.h"

namespace crosscheck {

struct Count {
  std::optional<int64_t> min, max;
  bool approx = false;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;  // exclusive
  std::string text;
};

// The count phrase quantifying the noun at `noun_token`, looking left but not
// before `limit_begin`: "at least six migrants", "dozens of people",
// "some of those", "a civilian" (1..1), "migrants" alone (2..null approx).
// The noun itself may be the count ("six were killed", "dozens died") or a
// pronoun ("he" -> 1). Coordinated counts add up: "seven soldiers and 15
// police officers" -> 22, whichever conjunct noun is passed; the token range
// then covers the whole coordination. For a phrase with a number the range
// ends before the noun ("at least six"); for a bare noun phrase it covers
// determiner and noun ("a civilian", "migrants").
std::optional<Count> ParseCountBefore(const Doc& doc, size_t noun_token, size_t limit_begin);

// "days", "km", "%", "dollars": a unit after a number, which then counts no people.
bool IsMeasureUnit(std::string_view lower);

// The count expressed inside tokens [token_begin, token_end), for counts that
// are predicates or objects: "rose to 108", "killed 40", "did not exceed 46"
// (max 46), "exceeded 46" (min 47), "from 40 to 108" (108). Numbers that are
// years, dates, times, ages, percentages, money or identifiers ("Route 66",
// "COVID-19") are skipped. Returns the first count found.
std::optional<Count> ParseCountPhraseAt(const Doc& doc, size_t token_begin, size_t token_end);

// Words that state or approximate a number of people by themselves:
// number words ("six", "twenty-eight", "hundred"), "dozen", "dozens",
// "scores", "hundreds", "thousands", "millions", "several", "many",
// "numerous", "few", "both", "single".
bool IsCountWord(std::string_view lower);

// Words that open a count phrase before the number: "at", "more", "over",
// "about", "nearly", "some", "up", "as", "no", "between", ...
bool IsCountModifierWord(std::string_view lower);

}  // namespace crosscheck

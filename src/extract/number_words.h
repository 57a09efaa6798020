// Number words and numerals: "six", "Twenty-eight", "two hundred and fifty",
// "14,000", "1.5 million", "5.93 mln".
//
// These are the building blocks of count phrases (count.h). They only read
// token `lower` strings, so they work on any tokenizer output that keeps
// "14,000" and "twenty-eight" as single tokens. No context checks happen here:
// whether "2021" is a year or a count is count.cc's business.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "text/doc.h"

namespace crosscheck {

// The value of one number word: "six" -> 6, "twenty-eight" -> 28,
// "hundred" -> 100, "million" -> 1000000. Not "dozen" (see count.h).
std::optional<int64_t> NumberWordValue(std::string_view lower);

// True for "hundred", "thousand", "million", "mln", "billion", "bn".
bool IsMultiplierWord(std::string_view lower);

// A numeral token: "14,000" -> 14000, "6" -> 6. Comma groups must be three
// digits ("1,2" is a list, not a number). Decimals ("5.93") come back through
// `decimal` so a following multiplier can scale them.
struct Numeral {
  int64_t integer = 0;  // value when !has_fraction
  double decimal = 0;   // value including the fraction
  bool has_fraction = false;
  bool has_comma = false;
  size_t digits = 0;  // digits before the point, e.g. 4 for "2021"
};
std::optional<Numeral> ParseNumeral(std::string_view lower);

// A number spelled over tokens [i, limit): "two hundred and fifty",
// "1.5 million", "three million", "a hundred", "14,000". `end` is one past the
// last token used. A bare decimal without a multiplier is not a number of
// people and is rejected.
struct NumberMatch {
  int64_t value = 0;
  size_t end = 0;
  bool numeral = false;       // written with digits
  bool bare_numeral = false;  // exactly one numeral token, nothing else
};
std::optional<NumberMatch> ParseNumberAt(const Doc& doc, size_t i, size_t limit);

}  // namespace crosscheck

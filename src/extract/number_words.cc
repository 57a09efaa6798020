#include "extract/number_words.h"

#include <array>
#include <cctype>
#include <cmath>
#include <string>
#include <utility>

namespace crosscheck {

namespace {

constexpr std::array<std::pair<std::string_view, int64_t>, 28> kSimpleWords = {{
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
}};

constexpr std::array<std::pair<std::string_view, int64_t>, 7> kMultipliers = {{
    {"hundred", 100},
    {"thousand", 1000},
    {"million", 1000000},
    {"mln", 1000000},
    {"millions", 1000000},  // only after a numeral: "1.5 millions" (rare, tolerated)
    {"billion", 1000000000},
    {"bn", 1000000000},
}};

std::optional<int64_t> SimpleWordValue(std::string_view w) {
  for (const auto& [word, value] : kSimpleWords) {
    if (w == word) return value;
  }
  return std::nullopt;
}

std::optional<int64_t> MultiplierValue(std::string_view w) {
  if (w.ends_with('.')) w.remove_suffix(1);  // "mln." keeps a sentence's period
  for (const auto& [word, value] : kMultipliers) {
    if (w == word) return value;
  }
  return std::nullopt;
}

// Accumulates spelled-out numbers the usual way: units add to `current`,
// "hundred" scales `current`, larger multipliers close a group into `total`.
class WordAccumulator {
 public:
  bool Add(std::string_view w) {
    if (auto v = SimpleWordValue(w)) {
      // "twenty two" is fine, "two twenty" and "six seven" are not one number.
      const int64_t last_small = current_ % 100;
      if (last_small != 0 && (last_small < 20 || last_small % 10 != 0 || *v >= 10)) return false;
      current_ += *v;
      any_ = true;
      return true;
    }
    if (w == "hundred") {
      if (current_ % 100 == 0 && current_ != 0) return false;  // "two hundred hundred"
      current_ = (current_ == 0 ? 1 : current_) * 100;
      any_ = true;
      return true;
    }
    if (auto m = MultiplierValue(w); m && *m >= 1000) {
      if (last_mult_ != 0 && *m >= last_mult_) return false;  // "two thousand million"
      total_ += (current_ == 0 ? 1 : current_) * *m;
      current_ = 0;
      last_mult_ = *m;
      any_ = true;
      return true;
    }
    return false;
  }
  bool any() const { return any_; }
  int64_t value() const { return total_ + current_; }

 private:
  int64_t total_ = 0;
  int64_t current_ = 0;
  int64_t last_mult_ = 0;
  bool any_ = false;
};

// Splits "twenty-eight" into its hyphen-separated parts and feeds them all.
bool AddHyphenated(WordAccumulator& acc, std::string_view w) {
  size_t start = 0;
  while (start <= w.size()) {
    size_t dash = w.find('-', start);
    if (dash == std::string_view::npos) dash = w.size();
    if (dash == start || !acc.Add(w.substr(start, dash - start))) return false;
    start = dash + 1;
  }
  return true;
}

bool IsWordToken(const Token& t) { return t.kind == TokenKind::kWord; }

}  // namespace

std::optional<int64_t> NumberWordValue(std::string_view lower) {
  WordAccumulator acc;
  if (!AddHyphenated(acc, lower) || !acc.any()) return std::nullopt;
  return acc.value();
}

bool IsMultiplierWord(std::string_view lower) {
  return MultiplierValue(lower).has_value() && lower != "millions";
}

std::optional<Numeral> ParseNumeral(std::string_view s) {
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0]))) return std::nullopt;
  Numeral n;
  std::string digits;
  size_t group = 0;  // digits since the last comma
  size_t i = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    const char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
      ++group;
    } else if (c == ',') {
      // The first group may have 1-3 digits, every later one exactly 3.
      if (group == 0 || group > 3 || (n.has_comma && group != 3)) return std::nullopt;
      n.has_comma = true;
      group = 0;
    } else {
      return std::nullopt;  // letters, hyphens, slashes: not a plain numeral
    }
  }
  if (n.has_comma && group != 3) return std::nullopt;
  if (digits.empty() || digits.size() > 15) return std::nullopt;
  n.digits = digits.size();
  std::string fraction;
  if (i < s.size()) {  // s[i] == '.'
    for (++i; i < s.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
      fraction += s[i];
    }
    if (fraction.empty()) return std::nullopt;
    n.has_fraction = true;
  }
  n.integer = std::stoll(digits);
  n.decimal = std::stod(fraction.empty() ? digits : digits + "." + fraction);
  return n;
}

std::optional<NumberMatch> ParseNumberAt(const Doc& doc, size_t i, size_t limit) {
  if (i >= limit || i >= doc.tokens.size()) return std::nullopt;
  const Token& first = doc.tokens[i];
  NumberMatch m;
  if (auto num = ParseNumeral(first.lower)) {
    m.numeral = true;
    m.end = i + 1;
    if (m.end < limit) {
      if (auto mult = MultiplierValue(doc.tokens[m.end].lower)) {
        m.value = std::llround(num->decimal * static_cast<double>(*mult));
        ++m.end;
        return m;
      }
    }
    if (num->has_fraction) return std::nullopt;
    m.value = num->integer;
    m.bare_numeral = true;
    return m;
  }
  // Spelled out, possibly over several tokens: "two hundred and fifty".
  WordAccumulator acc;
  size_t j = i;
  if (first.lower == "a" || first.lower == "an") {
    // "a hundred", "a million": only when a multiplier follows directly.
    if (j + 1 >= limit || !MultiplierValue(doc.tokens[j + 1].lower)) return std::nullopt;
    ++j;
  }
  // A number starts with a unit word ("two hundred"), or "a" ("a hundred"):
  // a bare "million" is a noun.
  if (j == i && (j >= limit ||
                 !SimpleWordValue(doc.tokens[j].lower.substr(0, doc.tokens[j].lower.find('-'))))) {
    return std::nullopt;
  }
  size_t end = j;
  for (; j < limit && IsWordToken(doc.tokens[j]); ++j) {
    const std::string& w = doc.tokens[j].lower;
    if (w == "and" && acc.any() && j + 1 < limit && SimpleWordValue(doc.tokens[j + 1].lower) &&
        acc.value() >= 100) {
      continue;  // "two hundred and fifty"
    }
    WordAccumulator trial = acc;
    if (!AddHyphenated(trial, w)) break;
    acc = trial;
    end = j + 1;
  }
  if (!acc.any()) return std::nullopt;
  m.value = acc.value();
  m.end = end;
  return m;
}

}  // namespace crosscheck

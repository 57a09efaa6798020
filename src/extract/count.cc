// Design note. A count phrase is parsed left to right by one small grammar:
//
//   phrase   := modifier? quantity (", " hedge? phrase)?      "more than 30, perhaps as many as 50"
//   modifier := "at least" | "more than" | "up to" | "about" | "only" | ...
//   quantity := "between" N "and" N | N ("dozen")? (("to"|"or"|"-") N)?
//             | "a dozen" | "dozens of" | "tens of thousands of" | "several" | ...
//
// ParseCountBefore finds the phrase for a noun by walking left over the
// noun's modifiers ("six unarmed Sudanese migrants") and then trying the
// grammar from every start in a short window, keeping the longest parse that
// ends exactly there. One grammar serves both directions, so "at least" means
// the same thing in "at least six migrants" and in "killed at least six".
#include "extract/count.h"

#include <algorithm>
#include <iterator>
#include <array>
#include <initializer_list>
#include <vector>

#include "extract/number_words.h"

namespace crosscheck {

namespace {

bool IsSurvivorNoun(const Token& t) { return t.lower == "survivor" || t.lower == "survivors"; }

using Bound = std::optional<int64_t>;

enum class Modifier { kNone, kAtLeast, kMoreThan, kAtMost, kLessThan, kApprox, kExact };

struct Range {
  Bound lo, hi;
  bool approx = false;
};

// One parsed phrase over tokens [begin, end).
struct Phrase {
  Range range;
  size_t begin = 0, end = 0;
  bool from_to = false;     // "N to M": a change of value when after "from"
  size_t second_begin = 0;  // first token of M in "N to M"
};

bool In(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Nouns that name what happened rather than whom it happened to: "7 deaths
// and 90 injuries", "40 arrests and 12 injuries" are separate tallies.
bool IsTallyNoun(const Token& t) {
  return In(t.lemma, {"death", "injury", "arrest", "casualty", "fatality", "detention", "abduction",
                      "kidnapping", "disappearance", "killing", "execution", "deportation", "expulsion",
                      "rescue", "body", "dead", "wounded", "injured", "missing"}) ||
         In(t.lower, {"deaths", "injuries", "arrests", "casualties", "fatalities", "bodies"});
}

// "Refugees tried the crossing and at least 350 have died": the object of
// one clause and the subject of the next are no coordination. True when
// the left conjunct (from `left_begin`) follows a verb and the noun at `n`
// is followed by one ("killed the driver and 12 passengers" adds up).
bool JoinsClauses(const Doc& doc, size_t left_begin, size_t limit, size_t n) {
  if (left_begin <= limit || n + 1 >= doc.tokens.size()) return false;
  const Token& before = doc.tokens[left_begin - 1];
  const Token& after = doc.tokens[n + 1];
  const bool verb_before = before.tag.empty() ? before.lower.ends_with("ed") : before.tag == "VERB";
  const bool verb_after = after.tag.empty()
                              ? In(after.lower, {"have", "has", "had", "were", "was", "are", "is", "died", "drowned"})
                              : after.tag == "VERB" || after.tag == "AUX";
  return verb_before && verb_after;
}

// The finite verb after a noun that makes the noun a clause's subject.
bool OpensClauseAsSubject(const Token& after) {
  if (!after.tag.empty()) return after.tag == "VERB" || after.tag == "AUX";
  return In(after.lower, {"said", "says", "say", "told", "reported", "added", "was", "were", "had", "has", "have",
                          "is", "are", "died", "drowned"});
}

// Tallies add up only with tallies of their own kind, and never with people.
bool SeparateTallies(const Token& a, const Token& b) {
  return (IsTallyNoun(a) || IsTallyNoun(b)) && a.lower != b.lower;
}

const std::string& Lower(const Doc& doc, size_t i) { return doc.tokens[i].lower; }

// True when tokens starting at i spell `words` (space separated), all before
// limit; sets *end one past the match.
bool MatchWords(const Doc& doc, size_t i, size_t limit, std::string_view words, size_t* end) {
  size_t j = i;
  while (!words.empty()) {
    const size_t space = words.find(' ');
    const std::string_view w = words.substr(0, space);
    if (j >= limit || j >= doc.tokens.size() || Lower(doc, j) != w) return false;
    ++j;
    words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
  }
  *end = j;
  return true;
}

struct ModifierEntry {
  std::string_view words;
  Modifier modifier;
};

// Longer entries first where one is a prefix of another.
constexpr ModifierEntry kModifiers[] = {
    {"at the very least", Modifier::kAtLeast},
    {"at least", Modifier::kAtLeast},
    {"no fewer than", Modifier::kAtLeast},
    {"no less than", Modifier::kAtLeast},
    {"not fewer than", Modifier::kAtLeast},
    {"not less than", Modifier::kAtLeast},
    {"a minimum of", Modifier::kAtLeast},
    {"so far ,", Modifier::kAtLeast},
    {"so far", Modifier::kAtLeast},
    {"more than", Modifier::kMoreThan},
    {"well over", Modifier::kMoreThan},
    {"just over", Modifier::kMoreThan},
    {"over", Modifier::kMoreThan},
    {"upwards of", Modifier::kMoreThan},
    {"upward of", Modifier::kMoreThan},
    {"in excess of", Modifier::kMoreThan},
    {"greater than", Modifier::kMoreThan},
    {"up to", Modifier::kAtMost},
    {"as many as", Modifier::kAtMost},
    {"as much as", Modifier::kAtMost},
    {"no more than", Modifier::kAtMost},
    {"not more than", Modifier::kAtMost},
    {"at most", Modifier::kAtMost},
    {"at the most", Modifier::kAtMost},
    {"a maximum of", Modifier::kAtMost},
    {"fewer than", Modifier::kLessThan},
    {"less than", Modifier::kLessThan},
    {"just under", Modifier::kLessThan},
    {"under", Modifier::kLessThan},
    {"about", Modifier::kApprox},
    {"around", Modifier::kApprox},
    {"roughly", Modifier::kApprox},
    {"nearly", Modifier::kApprox},
    {"almost", Modifier::kApprox},
    {"some", Modifier::kApprox},
    {"approximately", Modifier::kApprox},
    {"close to", Modifier::kApprox},
    {"an estimated", Modifier::kApprox},
    {"estimated", Modifier::kApprox},
    {"an approximate", Modifier::kApprox},
    {"circa", Modifier::kApprox},
    {"only", Modifier::kExact},
    {"just", Modifier::kExact},
    {"exactly", Modifier::kExact},
    {"a total of", Modifier::kExact},
    {"a mere", Modifier::kExact},
    {"another", Modifier::kExact},
    {"all", Modifier::kExact},
};

bool IsMonthName(const Token& t) {
  if (!t.capitalized) return false;
  std::string_view w = t.lower;
  if (w.ends_with('.')) w.remove_suffix(1);  // "Jan." keeps its period
  return In(w, {"january",   "february", "march",    "april",    "may",  "june", "july", "august",
                "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
                "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"});
}

// Words that may stand before a number without making it an identifier
// ("Route 66" is one, "The 12 men" and "On Friday 20 men" are not).
bool IsFunctionWord(std::string_view w) {
  return In(w, {"a",         "an",       "the",     "this",   "that",    "these",     "those",
                "his",       "her",      "its",     "their",  "our",     "my",        "your",
                "and",       "or",       "but",     "of",     "in",      "on",        "at",
                "by",        "for",      "from",    "to",     "with",    "into",      "after",
                "before",    "during",   "since",   "until",  "as",      "than",      "among",
                "including", "while",    "when",    "where",  "who",     "which",     "he",
                "she",       "it",       "they",    "we",     "i",       "you",       "is",
                "are",       "was",      "were",    "be",     "been",    "had",       "has",
                "have",      "did",      "do",      "will",   "would",   "could",     "can",
                "not",       "no",       "all",     "both",   "only",    "just",      "another",
                "yesterday", "today",    "tonight", "monday", "tuesday", "wednesday", "thursday",
                "friday",    "saturday", "sunday",  "then",   "now",     "there",     "here",
                "also"}) ||
         IsCountModifierWord(w);
}

bool IsClosedClass(std::string_view w) {
  return IsFunctionWord(w) ||
         In(w,
            {"said",     "says",    "say",     "told",   "whom",    "whose",  "what",    "him",
             "them",     "us",      "me",      "being",  "does",    "may",    "might",   "must",
             "shall",    "should",  "even",    "still",  "so",      "if",     "because", "each",
             "every",    "any",     "most",    "much",   "such",    "nor",    "via",     "per",
             "without",  "against", "through", "near",   "between", "across", "inside",  "outside",
             "within",   "toward",  "towards", "behind", "beyond",  "onto",   "upon",    "whether",
             "although", "though"});
}

bool IsUnitWord(std::string_view w) {
  if (w.ends_with('.') && w.size() > 1) w.remove_suffix(1);  // "km." at a sentence end
  return In(
      w, {"%",         "percent",   "per",       "pc",      "km",      "kilometres", "kilometers",
          "kilometre", "kilometer", "miles",     "mile",    "metres",  "meters",     "metre",
          "meter",     "kg",        "kilograms", "tonnes",  "tons",    "hours",      "hour",
          "minutes",   "minute",    "seconds",   "days",    "day",     "weeks",      "week",
          "months",    "month",     "years",     "year",    "am",      "pm",         "a.m.",
          "p.m.",      "a.m",       "p.m",       "o'clock", "degrees", "dollars",    "euros",
          "pounds",    "dinars",    "usd",       "eur",     "gmt",     "utc",        "times",
          "mm",        "cm"});
}

bool IsCurrency(const Token& t) {
  return In(t.lower, {"$", "€", "£", "us$", "usd", "eur", "lyd", "gbp", "¥"});
}

bool Attached(const Doc& doc, size_t i) {  // token i touches token i-1
  return i < doc.tokens.size() && !doc.tokens[i].space_before;
}

// Context that makes a written number something other than a count of people:
// years, dates, clock times, ages and compounds, identifiers, money, units.
bool IsNonCountNumber(const Doc& doc, size_t begin, size_t end, bool prefixed, bool check_units) {
  const auto& tok = doc.tokens;
  const Token& first = tok[begin];
  if (begin > 0 && IsMonthName(tok[begin - 1])) return true;   // May 25
  if (end < tok.size() && IsMonthName(tok[end])) return true;  // 25 May
  if (auto n = ParseNumeral(first.lower); n && end == begin + 1 && !n->has_comma &&
                                          n->digits == 4 && n->integer >= 1800 &&
                                          n->integer <= 2100 && !prefixed) {
    return true;  // 2021
  }
  if (end < tok.size() && Attached(doc, end) &&
      (In(tok[end].lower, {"-", ":", "/", "%"}) || tok[end].lower.starts_with('-'))) {
    return true;  // 20-year-old, 10:30
  }
  if (begin > 0 && Attached(doc, begin) && In(tok[begin - 1].lower, {"-", ":", "/", "#"})) {
    return true;  // COVID-19, 10:30
  }
  // "aged 17 and 19", "aged between 20 and 30", "at age 12": ages, not counts.
  for (size_t k = begin, steps = 0; k > 0 && steps < 6; --k, ++steps) {
    const Token& t = tok[k - 1];
    if (In(t.lower, {"aged", "ages", "age"})) return true;
    const bool joins = In(t.lower, {"and", "to", "or", "-", ",", "between", "from"});
    if (!joins && t.kind != TokenKind::kNumber && !ParseNumeral(t.lower)) break;
  }
  if (begin > 0) {
    const Token& prev = tok[begin - 1];
    if (IsCurrency(prev)) return true;
    if (In(prev.lower, {"number", "no", "nos", "nr"})) return true;  // number 5
    if (prev.lower == "." && begin > 1 && In(tok[begin - 2].lower, {"no", "nos"})) return true;
    const bool next_capitalized = end < tok.size() && tok[end].capitalized;
    // ("told AFP 10 migrants were held": after an acronym, a number before
    // a plural noun counts it.)
    const std::string_view prev_text = doc.token_text(begin - 1);
    const bool acronym = prev_text.size() >= 2 && std::all_of(prev_text.begin(), prev_text.end(), [](char c) {
                           return c >= 'A' && c <= 'Z';
                         });
    const bool acronym_before_count = acronym && end < tok.size() && tok[end].kind == TokenKind::kWord &&
                                      !tok[end].capitalized && tok[end].lower.ends_with("s");
    if (!prefixed && prev.kind == TokenKind::kWord && prev.capitalized && !next_capitalized &&
        !IsFunctionWord(prev.lower) && !IsMonthName(prev) && !acronym_before_count) {
      return true;  // Route 66
    }
  }
  if (check_units && end < tok.size() && IsUnitWord(tok[end].lower)) return true;
  return false;
}

Range Exact(int64_t n) { return Range{n, n, false}; }
Range Vague(Bound lo, Bound hi) { return Range{lo, hi, true}; }

// A number with its context checks; "one" in "no one" or "the one who" is not
// a count either.
std::optional<NumberMatch> CountNumberAt(const Doc& doc, size_t i, size_t limit, bool prefixed,
                                         bool check_units) {
  auto m = ParseNumberAt(doc, i, limit);
  if (!m) return std::nullopt;
  if (m->bare_numeral || (m->numeral && m->end == i + 1)) {
    if (IsNonCountNumber(doc, i, m->end, prefixed, check_units)) return std::nullopt;
  } else if (IsNonCountNumber(doc, i, m->end, /*prefixed=*/true, check_units)) {
    return std::nullopt;
  }
  if (doc.tokens[i].lower == "one" && m->end == i + 1) {
    if (i > 0 && In(Lower(doc, i - 1), {"no", "the", "any", "every", "each", "this", "that"})) {
      return std::nullopt;
    }
    if (m->end < doc.tokens.size() && In(Lower(doc, m->end), {"another", "day", "time"})) {
      return std::nullopt;
    }
  }
  return m;
}

struct VagueEntry {
  std::string_view words;
  Range range;
};

// Quantities stated without a number. "of" after them is part of the phrase.
const std::vector<VagueEntry>& VagueQuantities() {
  static const std::vector<VagueEntry> kEntries = {
      {"tens of thousands", Vague(20000, 99999)},
      {"hundreds of thousands", Vague(200000, 999999)},
      {"tens of millions", Vague(20000000, 99999999)},
      // "several hundred", "a few thousand": as vague as the plural.
      {"several hundred", Vague(200, 999)},
      {"a few hundred", Vague(200, 999)},
      {"several thousand", Vague(2000, 9999)},
      {"a few thousand", Vague(2000, 9999)},
      {"several dozen", Vague(24, 99)},
      {"a few dozen", Vague(24, 99)},
      {"a dozen", Exact(12)},
      {"half a dozen", Exact(6)},
      {"a few", Vague(1, std::nullopt)},
      {"a couple of", Vague(2, 3)},
      {"a couple", Vague(2, 3)},
      {"a handful of", Vague(2, std::nullopt)},
      {"a large number of", Vague(2, std::nullopt)},
      {"a small number of", Vague(2, std::nullopt)},
      {"a number of", Vague(2, std::nullopt)},
      {"a single", Exact(1)},
      {"dozens", Vague(24, 99)},
      {"scores", Vague(40, std::nullopt)},
      {"hundreds", Vague(200, 999)},
      {"thousands", Vague(2000, 9999)},
      {"millions", Vague(2000000, 9999999)},
      {"several", Vague(2, std::nullopt)},
      {"many", Vague(2, std::nullopt)},
      {"numerous", Vague(2, std::nullopt)},
      {"multiple", Vague(2, std::nullopt)},
      {"some", Vague(1, std::nullopt)},
      {"both", Exact(2)},
  };
  return kEntries;
}

size_t SkipOf(const Doc& doc, size_t j, size_t limit) {
  return j < limit && Lower(doc, j) == "of" ? j + 1 : j;
}

std::optional<Phrase> ParseNumericQuantity(const Doc& doc, size_t i, size_t limit, bool prefixed,
                                           bool check_units) {
  auto n = CountNumberAt(doc, i, limit, prefixed, check_units);
  if (!n) return std::nullopt;
  Phrase p;
  p.begin = i;
  p.end = n->end;
  int64_t value = n->value;
  if (p.end < limit && Lower(doc, p.end) == "dozen") {  // "two dozen"
    value *= 12;
    ++p.end;
  }
  p.range = Exact(value);
  // "20 to 30", "two or three", "20 - 30"
  if (p.end + 1 < limit && In(Lower(doc, p.end), {"to", "or", "-", "–"})) {
    // "two or perhaps three", "20 or even 30"
    size_t second_at = p.end + 1;
    if (Lower(doc, p.end) == "or" && second_at + 1 < limit &&
        In(Lower(doc, second_at), {"perhaps", "possibly", "maybe", "even"})) {
      ++second_at;
    }
    auto second = CountNumberAt(doc, second_at, limit, true, check_units);
    if (second && second->value > value) {
      p.from_to = Lower(doc, p.end) == "to";
      p.second_begin = second_at;
      p.range = Range{value, second->value, false};
      p.end = second->end;
    }
  }
  size_t or_so_end;
  if (MatchWords(doc, p.end, limit, "or so", &or_so_end)) {  // "20 or so"
    p.range = Range{(9 * value + 9) / 10, 11 * value / 10, true};
    p.end = or_so_end;
  }
  return p;
}

std::optional<Phrase> ParseQuantity(const Doc& doc, size_t i, size_t limit, bool prefixed,
                                    bool check_units) {
  size_t end;
  if (MatchWords(doc, i, limit, "between", &end)) {
    auto a = CountNumberAt(doc, end, limit, true, check_units);
    if (!a || a->end >= limit || Lower(doc, a->end) != "and") return std::nullopt;
    auto b = CountNumberAt(doc, a->end + 1, limit, true, check_units);
    if (!b || b->value < a->value) return std::nullopt;
    return Phrase{Range{a->value, b->value, false}, i, b->end};
  }
  if (auto p = ParseNumericQuantity(doc, i, limit, prefixed, check_units)) return p;
  for (const VagueEntry& e : VagueQuantities()) {
    if (MatchWords(doc, i, limit, e.words, &end)) {
      // "hundreds of thousands" was tried first; "dozens of" keeps its "of".
      const size_t after = SkipOf(doc, end, limit);
      if (check_units && after < doc.tokens.size() && IsUnitWord(Lower(doc, after))) {
        return std::nullopt;  // "a couple of days"
      }
      return Phrase{e.range, i, after};
    }
  }
  return std::nullopt;
}

Range ApplyModifier(Modifier m, Range r) {
  const bool exact = r.lo && r.hi && *r.lo == *r.hi && !r.approx;
  switch (m) {
    case Modifier::kNone:
    case Modifier::kExact:
      return r;
    case Modifier::kAtLeast:
      return Range{r.lo, std::nullopt, r.approx};
    case Modifier::kMoreThan:
      return Range{exact ? Bound(*r.lo + 1) : r.lo, std::nullopt, r.approx};
    case Modifier::kAtMost:
      return Range{std::nullopt, r.hi ? r.hi : r.lo, r.approx};
    case Modifier::kLessThan:
      return Range{std::nullopt, exact ? Bound(*r.hi - 1) : r.hi, r.approx};
    case Modifier::kApprox:
      if (exact) return Range{(9 * *r.lo + 9) / 10, 11 * *r.lo / 10, true};
      return Range{r.lo, r.hi, true};
  }
  return r;
}

// modifier? quantity, without the hedged second estimate.
std::optional<Phrase> ParseSimplePhrase(const Doc& doc, size_t i, size_t limit, bool check_units) {
  for (const ModifierEntry& m : kModifiers) {
    size_t end;
    if (!MatchWords(doc, i, limit, m.words, &end)) continue;
    if (auto q = ParseQuantity(doc, end, limit, /*prefixed=*/true, check_units)) {
      q->range = ApplyModifier(m.modifier, q->range);
      q->begin = i;
      return q;
    }
    // "some 145 km": a measure, so not the vague "some" either.
    if (ParseNumberAt(doc, end, limit)) return std::nullopt;
  }
  return ParseQuantity(doc, i, limit, /*prefixed=*/false, check_units);
}

// Past "perhaps", "possibly", "or even" ... at j; j itself when none.
size_t SkipHedge(const Doc& doc, size_t j, size_t limit) {
  size_t end;
  for (std::string_view hedge : {"and possibly", "and perhaps", "and maybe", "or even", "perhaps",
                                 "possibly", "maybe", "probably", "likely", "or"}) {
    if (MatchWords(doc, j, limit, hedge, &end)) return end;
  }
  return j;
}

// A second, hedged estimate supplies the bound the first one left open.
Range MergeHedged(Range first, Range second) {
  Range r = first;
  if (!r.lo) r.lo = second.lo;
  if (second.hi) r.hi = second.hi;
  r.approx = first.approx || second.approx;
  return r;
}

// The full grammar: a simple phrase, optionally followed by a hedged second
// estimate ("more than 30, perhaps as many as 50").
std::optional<Phrase> ParsePhrase(const Doc& doc, size_t i, size_t limit, bool check_units) {
  auto p = ParseSimplePhrase(doc, i, limit, check_units);
  if (!p || p->end >= limit || Lower(doc, p->end) != ",") return p;
  const size_t j = SkipHedge(doc, p->end + 1, limit);
  if (j == p->end + 1) return p;  // a bare comma: a list, not a second estimate
  auto second = ParseSimplePhrase(doc, j, limit, check_units);
  if (!second) return p;
  p->range = MergeHedged(p->range, second->range);
  p->end = second->end;
  p->from_to = false;
  return p;
}

Count MakeCount(const Doc& doc, Range r, size_t begin, size_t end) {
  Count c;
  c.min = r.lo;
  c.max = r.hi;
  c.approx = r.approx;
  c.token_begin = static_cast<uint32_t>(begin);
  c.token_end = static_cast<uint32_t>(end);
  const uint32_t b = doc.tokens[begin].begin;
  uint32_t e = doc.tokens[end - 1].end;
  const std::string& last = doc.tokens[end - 1].lower;
  if (last.ends_with('.') && IsMultiplierWord(std::string_view(last).substr(0, last.size() - 1))) {
    --e;  // "5.93 mln." at a sentence end: the period is the sentence's
  }
  c.text = std::string(doc.span_text(b, e));
  return c;
}

Range RangeOf(const Count& c) { return Range{c.min, c.max, c.approx}; }

bool HasTags(const Doc& doc, size_t i) { return !doc.tokens[i].tag.empty(); }

// Plural by lemma where a lemmatizer ran ("bodies" -> "body"), else by the
// -s suffix; a lemma equal to the word says nothing (Analyze copies `lower`
// when it has no lemmatizer).
bool LooksPlural(const Token& t) {
  const std::string& w = t.lower;
  if (In(w, {"people", "men", "women", "children", "police", "personnel", "troops", "others",
             "folk", "feet", "cattle", "gentlemen", "policemen", "servicemen", "fishermen",
             "gunmen", "militiamen", "tribesmen", "countrymen"})) {
    return true;
  }
  if (!w.ends_with('s') || w.ends_with("'s")) return false;
  if (!t.lemma.empty() && t.lemma != w) return true;
  return w.size() >= 4 && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"));
}

// A word that can sit between a count and its noun: "unarmed", "Sudanese",
// "police" (in "police officers"), "other", "more".
bool IsContentWord(const Doc& doc, size_t i) {
  const Token& t = doc.tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  if (In(t.lower, {"other", "more", "additional", "further"})) return true;
  if (IsClosedClass(t.lower) || IsCountWord(t.lower)) return false;
  if (HasTags(doc, i)) return In(t.tag, {"ADJ", "NOUN", "PROPN", "VERB", "X"});
  return true;
}

bool IsNounModifier(const Doc& doc, size_t i) {
  if (!IsContentWord(doc, i)) return false;
  // A plural is a head noun of its own ("six guards beat migrants"), not a
  // modifier of this one; "police officers" is the common exception.
  return !LooksPlural(doc.tokens[i]) || In(doc.tokens[i].lower, {"police", "security"});
}

bool IsDeterminer(std::string_view w) {
  return In(w, {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their",
                "our", "my", "your", "another"});
}

bool IsSingularPronoun(std::string_view w) { return In(w, {"he", "she", "him", "her", "i", "me"}); }

// The longest phrase that ends exactly at one of `ends`, starting no earlier
// than limit_begin and within a short window.
std::optional<Phrase> PhraseEndingAt(const Doc& doc, std::initializer_list<size_t> ends,
                                     size_t limit_begin) {
  constexpr size_t kWindow = 12;  // "more than 30 , perhaps as many as 50" fits
  std::optional<Phrase> best;
  for (size_t e : ends) {
    if (e <= limit_begin || e > doc.tokens.size()) continue;
    const size_t lo = e > limit_begin + kWindow ? e - kWindow : limit_begin;
    for (size_t s = lo; s < e; ++s) {
      auto p = ParsePhrase(doc, s, e, /*check_units=*/false);
      if (p && p->end == e) {
        if (!best || s < best->begin || (s == best->begin && p->end > best->end)) best = p;
        break;
      }
    }
  }
  return best;
}

// The count for one noun, without coordination. `strict` (used for other
// conjuncts) demands an explicit count or a determiner, and number agreement.
std::optional<Count> CountForNoun(const Doc& doc, size_t n, size_t limit, bool strict) {
  const Token& noun = doc.tokens[n];
  // "nobody", "no one", "no protesters": nobody to count (the claim denies
  // the event), not one person or two.
  if (In(noun.lower, {"nobody", "none", "noone", "no-one", "anyone", "anybody", "everyone", "everybody"})) {
    return std::nullopt;  // ("anyone", "everyone": no number either)
  }
  // "Most were abducted", "some were released": a share of people named
  // before, no number of its own ("many", "several" are counts, below).
  if (In(noun.lower, {"most", "some", "all", "both", "each", "either", "neither"})) return std::nullopt;
  if (n > limit && Lower(doc, n - 1) == "no") return std::nullopt;
  if (IsSingularPronoun(noun.lower)) return MakeCount(doc, Exact(1), n, n + 1);
  // The noun is itself the count: "six were killed", "dozens died".
  if (!strict || IsCountWord(noun.lower) || noun.kind == TokenKind::kNumber) {
    const bool of_next = n + 1 < doc.tokens.size() && Lower(doc, n + 1) == "of";
    if (auto p = PhraseEndingAt(doc, {n + 1, of_next ? n + 2 : n + 1}, limit)) {
      return MakeCount(doc, p->range, p->begin, p->end);
    }
  }
  if (noun.kind != TokenKind::kWord) return std::nullopt;
  // "some of those", "six of them": the pronoun stands for the noun.
  if (In(noun.lower, {"those", "these", "them", "us"}) && n > limit && Lower(doc, n - 1) == "of") {
    if (auto p = PhraseEndingAt(doc, {n - 1, n}, limit)) {
      return MakeCount(doc, p->range, p->begin, p->end);
    }
    return std::nullopt;
  }
  // "Those who had fled": a plural pronoun is two or more, not one noun.
  if (In(noun.lower, {"those", "these", "they", "them"})) {
    return strict ? std::nullopt : std::optional<Count>(MakeCount(doc, Vague(2, std::nullopt), n, n + 1));
  }
  size_t k = n;  // first modifier (or the noun)
  for (int skipped = 0; k > limit && skipped < 4 && IsNounModifier(doc, k - 1); ++skipped) --k;
  size_t det = k;
  if (k > limit && IsDeterminer(Lower(doc, k - 1))) det = k - 1;
  // "no unarmed protesters", "any refugees": a negated or generic noun states no number.
  if (det != k && In(Lower(doc, det), {"no", "any", "every", "each"})) return std::nullopt;
  // "no hunger striker", "any asylum seeker": across a compound's first noun too.
  for (size_t j = k; j > limit && n - j < 3;) {
    --j;
    const Token& w = doc.tokens[j];
    if (In(w.lower, {"no", "any", "every", "each"})) return std::nullopt;
    if (w.kind != TokenKind::kWord || w.capitalized || IsCountWord(w.lower) ||
        In(w.lower, {"more", "fewer", "less", "than", "over", "under", "of"})) {
      break;
    }
  }
  const size_t of = det > limit ? det - 1 : det;
  std::optional<Phrase> p;
  if (det != k && of != det && Lower(doc, of) == "of") {
    p = PhraseEndingAt(doc, {of, of + 1}, limit);  // "six of the", "dozens of the"
  } else if (det == k && k > limit) {
    p = PhraseEndingAt(doc, {k}, limit);  // "at least six", "dozens of"
  }
  if (p) {
    const bool plural = LooksPlural(noun);
    const bool one = p->range.hi && *p->range.hi == 1;
    if (strict && plural == one) return std::nullopt;
    return MakeCount(doc, p->range, p->begin, p->end);
  }
  // No number: a singular noun is one person, a plural noun at least two.
  const bool has_article = det != k;
  if (LooksPlural(noun)) {
    if (strict && noun.lower != "others") return std::nullopt;
    return MakeCount(doc, Vague(2, std::nullopt), has_article ? det : n, n + 1);
  }
  if (strict && !(has_article && In(Lower(doc, det), {"a", "an", "the", "another", "his", "her",
                                                      "their", "its", "our", "my"}))) {
    return std::nullopt;
  }
  return MakeCount(doc, Exact(1), has_article ? det : n, n + 1);
}

Range Add(Range a, Range b) {
  Range r;
  if (a.lo || b.lo) r.lo = a.lo.value_or(0) + b.lo.value_or(0);
  if (a.hi && b.hi) r.hi = *a.hi + *b.hi;
  r.approx = a.approx || b.approx;
  return r;
}

size_t ClauseEnd(const Doc& doc, size_t n) {
  // Sentences are in token order: a binary search, not a walk over all of
  // them (a report of many sentences made every count quadratic).
  auto after = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), n,
                                [](size_t token, const Sentence& s) { return token < s.token_begin; });
  if (after != doc.sentences.begin()) {
    const Sentence& s = *std::prev(after);
    if (n >= s.token_begin && n < s.token_end) return s.token_end;
  }
  size_t e = n;
  while (e < doc.tokens.size() && !In(Lower(doc, e), {".", "!", "?", ";", ":"})) ++e;
  return e;
}

// The conjunct right of a separator at `i`: "two others", "15 police
// officers", "a civilian", "her two children". Sets *noun_end.
std::optional<Range> RightConjunct(const Doc& doc, size_t i, size_t limit, size_t* noun_end) {
  if (i >= limit) return std::nullopt;
  // "her" before a number or noun is a possessive: "her two children".
  const bool possessive = Lower(doc, i) == "her" && i + 1 < limit &&
                          doc.tokens[i + 1].kind != TokenKind::kPunct &&
                          !IsClosedClass(Lower(doc, i + 1));
  if (IsSingularPronoun(Lower(doc, i)) && !possessive) {
    *noun_end = i + 1;
    return Exact(1);
  }
  if (In(Lower(doc, i), {"his", "her", "their", "its", "the"})) ++i;
  std::optional<Range> range;
  size_t j = i;
  if (auto p = ParsePhrase(doc, i, limit, /*check_units=*/true)) {
    range = p->range;
    j = p->end;
  } else if (i < limit && In(Lower(doc, i), {"a", "an", "another", "one"})) {
    range = Exact(1);
    j = i + 1;
  } else if (i < limit && Lower(doc, i) == "others") {
    *noun_end = i + 1;
    return Vague(2, std::nullopt);
  } else {
    return std::nullopt;
  }
  // The noun: the rightmost modifier-like word that agrees in number,
  // preferring nouns over participles ("two others killed").
  const bool one = range->hi && *range->hi == 1;
  std::optional<size_t> noun, fallback;
  for (size_t k = j; k < limit && k < j + 4 && IsContentWord(doc, k); ++k) {
    const Token& t = doc.tokens[k];
    if (LooksPlural(t) == one) continue;
    const bool participle = t.lower.ends_with("ed") || t.lower.ends_with("ing");
    if (HasTags(doc, k) ? In(t.tag, {"NOUN", "PROPN"}) : !participle) {
      noun = k;
    } else if (!fallback) {
      fallback = k;
    }
  }
  if (!noun) noun = fallback;
  if (!noun) return std::nullopt;
  // "found the bodies and 45 survivors": the survivors are not the dead.
  if (IsSurvivorNoun(doc.tokens[*noun])) return std::nullopt;
  *noun_end = *noun + 1;
  return range;
}

bool IsSexOrAgeNoun(const Token& t) {
  return In(t.lemma, {"man", "woman", "child", "boy", "girl", "minor", "infant", "baby", "adult", "teenager",
                      "toddler", "adolescent", "youth", "elder"}) ||
         In(t.lower, {"men", "women", "children", "elderly"});
}

// Extends `count` (for the noun at n) over coordinated conjuncts on both sides.
// Survivors are never added to the others: what happened to them is the
// opposite outcome ("12 bodies and 45 survivors").
void AddCoordinated(const Doc& doc, size_t n, size_t limit, Count* count) {
  Range total = RangeOf(*count);
  size_t begin = count->token_begin;
  size_t end = std::max<size_t>(count->token_end, n + 1);
  bool extended = false;
  // Leftwards: "seven soldiers and [15 police officers]".
  // ("killed four soldiers and two civilians, and another 10 people were
  // wounded": "another" or "a further" after ", and" count more of their own.)
  const bool additional = begin >= 2 && Lower(doc, begin - 1) == "and" && Lower(doc, begin - 2) == "," &&
                          (In(Lower(doc, begin), {"another", "further"}) ||
                           (begin + 1 < doc.tokens.size() && Lower(doc, begin) == "a" && Lower(doc, begin + 1) == "further"));
  bool seen_and = false;
  for (; !additional;) {
    size_t k = begin;
    if (k > limit && In(Lower(doc, k - 1), {"his", "her", "their", "its"})) --k;
    if (k <= limit + 1) break;
    size_t sep = k - 1;
    const bool is_and = Lower(doc, sep) == "and";
    if (!is_and && !(Lower(doc, sep) == "," && seen_and)) break;
    if (is_and && sep > limit && Lower(doc, sep - 1) == ",") --sep;
    if (sep <= limit) break;
    auto left = CountForNoun(doc, sep - 1, limit, /*strict=*/true);
    if (!left || IsSurvivorNoun(doc.tokens[sep - 1]) || SeparateTallies(doc.tokens[sep - 1], doc.tokens[n])) break;
    if (JoinsClauses(doc, left->token_begin, limit, n)) break;
    total = Add(RangeOf(*left), total);
    begin = left->token_begin;
    seen_and = seen_and || is_and;
    extended = true;
  }
  // Rightwards: "he and [two others]"; commas only count when an "and" follows.
  const size_t clause_end = ClauseEnd(doc, n);
  size_t j = end;
  Range pending = total;
  // "four survivors, three men and a boy": after a comma, men, women and
  // children that add up to the count before them break it down; they add
  // no one. ("four soldiers, three guards and a civilian" are eight.)
  const Range before_list = total;
  const bool after_comma = j < clause_end && Lower(doc, j) == ",";
  Range listed{0, 0};  // the conjuncts right of the comma
  bool all_by_sex_or_age = true;
  while (j < clause_end) {
    const bool is_and = Lower(doc, j) == "and";
    if (!is_and && Lower(doc, j) != ",") break;
    size_t next = j + 1;
    if (!is_and && next < clause_end && Lower(doc, next) == "and") ++next;
    const bool and_crossed = is_and || next == j + 2;
    size_t noun_end;
    auto right = RightConjunct(doc, next, clause_end, &noun_end);
    if (!right || SeparateTallies(doc.tokens[noun_end - 1], doc.tokens[n])) break;
    // "arrested 12 people, and another report said ...": after ", and" a
    // conjunct with a verb of its own opens the next clause ("He and two
    // others were detained" is one subject).
    if (!is_and && next == j + 2 && noun_end < clause_end && OpensClauseAsSubject(doc.tokens[noun_end])) break;
    pending = Add(pending, *right);
    listed = Add(listed, *right);
    all_by_sex_or_age = all_by_sex_or_age && IsSexOrAgeNoun(doc.tokens[noun_end - 1]);
    j = noun_end;
    if (and_crossed) {
      total = pending;
      end = noun_end;
      extended = true;
    }
  }
  const auto exact = [](const Range& r) { return r.lo && r.hi && *r.lo == *r.hi; };
  if (after_comma && all_by_sex_or_age && exact(before_list) && exact(listed) && *listed.lo == *before_list.lo) return;
  if (!extended) return;
  Count merged = MakeCount(doc, total, begin, end);
  *count = merged;
}

// "more than 30 protesters, perhaps as many as 50": the hedged estimate
// after the noun. Returns whether it extended the count.
bool AddHedgeAfterNoun(const Doc& doc, size_t n, Count* count) {
  if (count->token_end > n) return false;  // no number before the noun
  const size_t limit = ClauseEnd(doc, n);
  if (n + 1 >= limit || Lower(doc, n + 1) != ",") return false;
  const size_t j = SkipHedge(doc, n + 2, limit);
  if (j == n + 2) return false;
  auto second = ParseSimplePhrase(doc, j, limit, /*check_units=*/true);
  if (!second) return false;
  *count =
      MakeCount(doc, MergeHedged(RangeOf(*count), second->range), count->token_begin, second->end);
  return true;
}

// "did not exceed 46" caps a count, "exceeded 46" raises its floor.
void ApplyVerbContext(const Doc& doc, size_t range_begin, size_t phrase_begin, Range* r) {
  bool exceed = false, negated = false;
  for (size_t k = phrase_begin; k > range_begin && k + 5 > phrase_begin; --k) {
    const std::string& w = Lower(doc, k - 1);
    if (In(w, {"exceed", "exceeded", "exceeds", "exceeding", "surpass", "surpassed", "surpasses",
               "top", "topped", "tops", "beyond", "pass", "passed"})) {
      exceed = true;
    } else if (exceed && (In(w, {"not", "never", "n't"}) || w.ends_with("n't"))) {
      negated = true;
    }
  }
  if (!exceed) return;
  if (negated) {
    *r = Range{std::nullopt, r->hi, r->approx};
  } else if (r->lo && r->hi && *r->lo == *r->hi) {
    *r = Range{*r->lo + 1, std::nullopt, r->approx};
  }
}

}  // namespace

bool IsCountWord(std::string_view lower) {
  if (NumberWordValue(lower)) return true;
  return In(lower, {"dozen", "dozens", "scores", "hundreds", "thousands", "millions", "several",
                    "many", "numerous", "few", "both", "single"});
}

bool IsCountModifierWord(std::string_view lower) {
  return In(lower,
            {"at",      "more",    "over",   "upwards", "upward",        "about",  "around",
             "roughly", "nearly",  "almost", "some",    "approximately", "close",  "estimated",
             "circa",   "up",      "as",     "no",      "not",           "fewer",  "less",
             "under",   "between", "only",   "just",    "exactly",       "excess", "greater"});
}

std::optional<Count> ParseCountBefore(const Doc& doc, size_t noun_token, size_t limit_begin) {
  if (noun_token >= doc.tokens.size() || limit_begin > noun_token) return std::nullopt;
  auto count = CountForNoun(doc, noun_token, limit_begin, /*strict=*/false);
  if (!count) return count;
  if (!AddHedgeAfterNoun(doc, noun_token, &*count)) {
    AddCoordinated(doc, noun_token, limit_begin, &*count);
  }
  return count;
}

bool IsMeasureUnit(std::string_view lower) { return IsUnitWord(lower); }

std::optional<Count> ParseCountPhraseAt(const Doc& doc, size_t token_begin, size_t token_end) {
  token_end = std::min(token_end, doc.tokens.size());
  for (size_t i = token_begin; i < token_end; ++i) {
    auto p = ParsePhrase(doc, i, token_end, /*check_units=*/true);
    if (!p) continue;
    if (p->from_to && i > token_begin && Lower(doc, i - 1) == "from") {
      // "rose from 40 to 108": the count is where it ended up.
      const Range to = Exact(*p->range.hi);
      return MakeCount(doc, to, p->second_begin, p->end);
    }
    ApplyVerbContext(doc, token_begin, p->begin, &p->range);
    Count count = MakeCount(doc, p->range, p->begin, p->end);
    // "killed more than 30 protesters, perhaps as many as 50"
    size_t noun = p->end;
    while (noun + 1 < token_end && noun < p->end + 3 && IsNounModifier(doc, noun + 1)) ++noun;
    if (noun < token_end && IsContentWord(doc, noun)) AddHedgeAfterNoun(doc, noun, &count);
    return count;
  }
  // No number: "a civilian", "the migrant".
  if (token_begin < token_end && In(Lower(doc, token_begin), {"a", "an", "the", "another"})) {
    return ParseCountBefore(doc, token_end - 1, token_begin);
  }
  return std::nullopt;
}

}  // namespace crosscheck

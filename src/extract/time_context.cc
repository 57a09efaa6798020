#include "extract/time_context.h"

#include <algorithm>
#include <string_view>

#include "extract/dateline.h"
#include "extract/time_expr.h"

namespace crosscheck {
namespace {

// Nouns that name an incident as a whole (lemmas). Event words of the
// taxonomy's own ("the killings") date themselves through their claims.
bool IsIncidentNoun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {
      "clash",  "clashes", "attack",   "incident", "violence", "shooting", "raid",   "riot",     "unrest",  "crackdown",
      "ambush", "assault",  "stampede", "fire",     "blast",    "explosion", "fighting", "massacre", "operation",
      "strike", "airstrike", "bombing", "shelling", "confrontation", "skirmish"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

// Verbs that say an incident took place ("broke out", "erupted",
// "happened"): a time in their clause is the incident's.
bool IsOccurrenceVerb(const Token& t) {
  static constexpr std::string_view kVerbs[] = {"break", "erupt", "happen", "occur", "take", "begin", "start", "unfold"};
  return t.lower != t.lemma && std::find(std::begin(kVerbs), std::end(kVerbs), t.lemma) != std::end(kVerbs);
}

// The time of "The clash on Tuesday ...", "the fighting broke out at the
// camp on Monday": a definite incident noun at the start of the sentence or
// of what it reports ("UNHCR said the fighting ...").
std::optional<TimeValue> AnaphorTime(const Doc& doc, size_t sentence, std::optional<Date> anchor) {
  const Sentence& s = doc.sentences[sentence];
  size_t begin = DatelineEnd(doc, s);
  constexpr size_t kMaxSpeakerWords = 6;
  for (size_t k = begin; k < s.token_end && k < begin + kMaxSpeakerWords; ++k) {
    const std::string& w = doc.tokens[k].lower;
    if (w == "said" || w == "says" || w == "that") {
      begin = k + 1;
      if (w != "that" && begin < s.token_end && doc.tokens[begin].lower == "that") ++begin;
      break;
    }
  }
  if (begin + 2 >= s.token_end) return std::nullopt;
  const std::string& det = doc.tokens[begin].lower;
  if (det != "the" && det != "this" && det != "that") return std::nullopt;
  // "The clash", "the deadly clash": one adjective at most.
  size_t noun = begin + 1;
  const auto incident = [&](size_t k) {
    // (An -ing noun's lemma may be its verb's: "fighting" -> "fight".)
    return IsIncidentNoun(doc.tokens[k].lemma) || IsIncidentNoun(doc.tokens[k].lower);
  };
  if (!incident(noun) && noun + 1 < s.token_end) ++noun;
  if (!incident(noun)) return std::nullopt;
  constexpr size_t kMaxTimeWords = 5;
  constexpr size_t kMaxClauseWords = 10;
  size_t from = noun + 1;
  size_t to = std::min<size_t>(s.token_end, noun + 1 + kMaxTimeWords);
  if (from < s.token_end && IsOccurrenceVerb(doc.tokens[from])) {
    // "broke out at the Kumer camp on Monday": up to the clause's end.
    to = from + 1;
    while (to < s.token_end && to < from + kMaxClauseWords && doc.tokens[to].kind != TokenKind::kPunct) ++to;
  }
  const auto times = FindTimeExprs(doc, from, to, anchor);
  if (times.empty()) return std::nullopt;
  if (!IsOccurrenceVerb(doc.tokens[from]) && times.front().token_begin != from) return std::nullopt;
  const TimeExpr& t = times.front();
  if (!t.date && !t.start) return std::nullopt;
  TimeValue v;
  v.text = t.text;
  if (t.date) v.date = FormatIso(*t.date);
  if (t.start) v.start = FormatIso(*t.start);
  if (t.end) v.end = FormatIso(*t.end);
  return v;
}

}  // namespace

void InheritTimesFromEventAnaphora(const Doc& doc, std::optional<Date> anchor, std::vector<Claim>* claims) {
  for (size_t s = 1; s < doc.sentences.size(); ++s) {
    std::optional<TimeValue> when;
    bool looked = false;
    for (Claim& c : *claims) {
      if (c.when || c.earlier_event || (c.sentence != s && c.sentence + 1 != s)) continue;
      if (!looked) {
        when = AnaphorTime(doc, s, anchor);
        looked = true;
      }
      if (!when) break;
      c.when = when;
    }
  }
}

}  // namespace crosscheck

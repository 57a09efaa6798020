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
      "clash",  "attack",   "incident", "violence", "shooting", "raid",   "riot",     "unrest",  "crackdown",
      "ambush", "assault",  "stampede", "fire",     "blast",    "explosion", "fighting", "massacre", "operation",
      "strike", "airstrike", "bombing", "shelling", "confrontation", "skirmish"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

// The time of "The clash on Thursday ..." at the start of a sentence.
std::optional<TimeValue> AnaphorTime(const Doc& doc, size_t sentence, std::optional<Date> anchor) {
  const Sentence& s = doc.sentences[sentence];
  const size_t begin = DatelineEnd(doc, s);
  if (begin + 2 >= s.token_end) return std::nullopt;
  const std::string& det = doc.tokens[begin].lower;
  if (det != "the" && det != "this" && det != "that") return std::nullopt;
  // "The clash", "the deadly clash": one adjective at most.
  size_t noun = begin + 1;
  if (!IsIncidentNoun(doc.tokens[noun].lemma) && noun + 1 < s.token_end) ++noun;
  if (!IsIncidentNoun(doc.tokens[noun].lemma)) return std::nullopt;
  constexpr size_t kMaxTimeWords = 5;
  const auto times = FindTimeExprs(doc, noun + 1, std::min<size_t>(s.token_end, noun + 1 + kMaxTimeWords), anchor);
  if (times.empty() || times.front().token_begin != noun + 1) return std::nullopt;
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

#include "extract/earlier_events.h"

#include "extract/dateline.h"

namespace crosscheck {
namespace {

bool OpensWithEarlier(const Doc& doc, const Sentence& s) {
  const size_t first = DatelineEnd(doc, s);
  if (first >= s.token_end) return false;
  const std::string& w = doc.tokens[first].lower;
  return w == "earlier" || w == "previously";
}

// "had recorded", "had been killed": a past perfect before the event word.
bool PastPerfectBefore(const Doc& doc, const Sentence& s, size_t trigger) {
  for (size_t k = s.token_begin; k < trigger && k < s.token_end; ++k) {
    if (doc.tokens[k].lower == "had") return true;
  }
  return false;
}

}  // namespace

void MarkEarlierEvents(const Doc& doc, std::vector<Claim>* claims) {
  for (Claim& c : *claims) {
    if (c.sentence >= doc.sentences.size()) continue;
    const Sentence& s = doc.sentences[c.sentence];
    c.earlier_event = OpensWithEarlier(doc, s) && PastPerfectBefore(doc, s, c.trigger);
  }
}

}  // namespace crosscheck

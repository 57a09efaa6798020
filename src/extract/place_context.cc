#include "extract/place_context.h"

namespace crosscheck {

void InheritPlacesFromContext(const Doc& doc, std::vector<Claim>* claims) {
  // Decide from the places the sentences themselves named, so an inherited
  // place is never passed on again further down the report.
  std::vector<const Claim*> named;
  for (const Claim& c : *claims) {
    if (c.place) named.push_back(&c);
  }
  if (named.empty()) return;
  std::vector<std::optional<PlaceValue>> found(claims->size());
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (c.place) continue;
    const Claim* before = nullptr;
    const Claim* after = nullptr;
    for (const Claim* n : named) {
      if (n->sentence <= c.sentence && c.sentence - n->sentence <= kPlaceContextSentences) {
        if (!before || n->sentence > before->sentence) before = n;
      } else if (n->sentence > c.sentence &&
                 doc.sentences[n->sentence].paragraph == doc.sentences[c.sentence].paragraph) {
        if (!after || n->sentence < after->sentence) after = n;
      }
    }
    if (before) {
      found[i] = before->place;
    } else if (after) {
      found[i] = after->place;
    }
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    if (found[i]) (*claims)[i].place = found[i];
  }
}

}  // namespace crosscheck

#include "extract/place_context.h"

namespace crosscheck {

namespace {

// "The refugee camp is extremely crowded": a facility named by a definite
// description is the one named before, wherever it was; its place is the
// place of the last claim that named a facility and a place.
const Claim* NamedFacilityBefore(const std::vector<const Claim*>& named, const Claim& c) {
  const std::string_view f = c.facility;
  if (!(f.starts_with("the ") || f.starts_with("The ") || f.starts_with("this ") || f.starts_with("This "))) {
    return nullptr;
  }
  const Claim* last = nullptr;
  for (const Claim* n : named) {
    if (n->sentence < c.sentence && !n->facility.empty()) last = n;
  }
  return last;
}

}  // namespace

void InheritPlacesFromContext(const Doc& doc, std::vector<Claim>* claims,
                              const std::optional<LeadSetting>& lead_setting) {
  // Only places the sentences themselves named are passed on (`named` is
  // fixed before any claim inherits), so an inherited place never travels
  // further down the report.
  std::vector<const Claim*> named;
  for (const Claim& c : *claims) {
    if (c.place) named.push_back(&c);
  }
  for (Claim& c : *claims) {
    if (c.place || c.place_unknown_to_gazetteer) continue;
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
    if (before || after) {
      c.place = (before ? before : after)->place;
    } else if (const Claim* facility = c.facility.empty() ? nullptr : NamedFacilityBefore(named, c)) {
      c.place = facility->place;
    } else if (lead_setting && c.sentence >= lead_setting->sentence &&
               c.sentence - lead_setting->sentence <= kPlaceContextSentences) {
      c.place = lead_setting->place;
    }
  }
}

}  // namespace crosscheck

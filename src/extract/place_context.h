// Places from context: a claim whose sentence names no place takes the place
// of the claims just before it.
//
// Reports name the place once and then go on about it: "Gunmen stormed a
// village near Kaduna on Friday. Eleven people were wounded." An analyst
// codes the wounding in Kaduna too. So a claim without a place of its own
// takes the place of the nearest claim at most kPlaceContextSentences
// sentences before it (or in its own sentence); failing that, of the nearest
// claim after it in the same paragraph ("Eleven people were wounded when
// gunmen stormed a village near Kaduna" split over two sentences is rare, a
// lead paragraph that names the place in its second sentence is not).
#pragma once

#include <optional>
#include <vector>

#include "extract/claim.h"
#include "text/doc.h"

namespace crosscheck {

inline constexpr size_t kPlaceContextSentences = 3;

// `lead_setting` is where the report's lead sentence says the story is
// (SlotFinder::SettingOf): the place of last resort for a claim at most
// kPlaceContextSentences after the lead that no claim gives one ("Fighting
// in and around El Fasher continued. - At least 58 civilians have been
// killed ...").

struct LeadSetting {
  size_t sentence = 0;
  PlaceValue place;
};

void InheritPlacesFromContext(const Doc& doc, std::vector<Claim>* claims,
                              const std::optional<LeadSetting>& lead_setting = std::nullopt);

}  // namespace crosscheck

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

void InheritPlacesFromContext(const Doc& doc, std::vector<Claim>* claims);

}  // namespace crosscheck

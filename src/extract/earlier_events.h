// "Previously, the United Nations had documented 15 killings in the
// district": a sentence that opens with "Earlier" or "Previously" and tells
// its event in the past perfect recalls other, older events as background.
// Such a claim is no part of the incident the report is about, and its
// figures contradict nothing in it.
#pragma once

#include <vector>

#include "extract/claim.h"
#include "text/doc.h"

namespace crosscheck {

// Sets Claim::earlier_event on the claims told that way.
void MarkEarlierEvents(const Doc& doc, std::vector<Claim>* claims);

}  // namespace crosscheck

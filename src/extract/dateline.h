// Datelines: "DHAKA, Nov 10 (AFP) - ", "SABHA, March 14 -", "N'DJAMENA, Oct 3 -"
// open a wire report's first paragraph. They say where and when the report
// was filed; the sentence's own words begin after them.
#pragma once

#include <cstddef>

#include "text/doc.h"

namespace crosscheck {

// The first token of sentence s after its dateline, or the sentence's first
// token when it has none: the sentence opens a paragraph with a word in
// capitals and a spaced dash or colon follows within a few tokens.
size_t DatelineEnd(const Doc& doc, const Sentence& s);

}  // namespace crosscheck

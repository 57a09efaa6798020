// Language data for the tokenizer and segmenter: abbreviations that keep
// their period. Small and general (English news prose), like spaCy's
// tokenizer exceptions.
#pragma once

#include <string_view>

namespace crosscheck {

// Lower-case abbreviation without its period: "mr", "gen", "jan".
bool IsKnownAbbreviation(std::string_view lower);
// Titles and name parts that are always followed by a name, never a sentence end.
bool IsTitleWord(std::string_view lower);
// Words that commonly open a sentence; after an ambiguous abbreviation
// ("U.S.") a capitalized one of these signals a sentence break.
bool IsSentenceStarter(std::string_view lower);

}  // namespace crosscheck

// Tokenizer: splits a Doc's text into tokens with byte offsets.
//
// Rules, in short: runs of letters and digits form a token, joined across an
// inner hyphen ("Twenty-eight", "al-Fashir"), a decimal point or thousands
// comma ("5.93", "14,000"), and a non-clitic apostrophe ("O'Brien"). The
// clitics 's 're 've 'll 'd 'm and n't become their own tokens. A period
// stays on a known abbreviation ("Gen.", "Jan."), an initial ("J.") and a
// dotted acronym ("U.N."); otherwise punctuation is one token a character
// ("..." is one). Quotes are typed open or close from their shape or, for
// straight quotes, from the space before them.
#pragma once

#include <string>
#include <string_view>

#include "text/doc.h"

namespace crosscheck {

// Fills doc.tokens (replacing any). Does not set lemmas or sentences.
void Tokenize(Doc& doc);

// True for a token that keeps its final period because it is an abbreviation
// that never ends a sentence by itself ("Mr.", "Gen.", "St.").
bool IsTitleAbbreviation(std::string_view lower_with_period);

// Lower-cases and folds typographic apostrophes, quotes and dashes to ASCII.
std::string LowerFolded(std::string_view raw);

}  // namespace crosscheck

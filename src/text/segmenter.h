// Sentence segmentation for news prose.
//
// A sentence ends at . ! ? or an ellipsis, together with any closing quotes
// and brackets after it, when the next token can open a sentence (a capital,
// a digit, an opening quote). A blank line always ends one, so headlines and
// datelines on their own paragraph stand alone; so does a title-case line
// that ends without punctuation. A period kept on an abbreviation ends a
// sentence only when the abbreviation is not a title ("Mr.") and a typical
// sentence opener follows ("... in the U.S. The ...").
#pragma once

#include "text/doc.h"

namespace crosscheck {

// Fills doc.sentences from doc.tokens (replacing any).
void SegmentSentences(Doc& doc);

}  // namespace crosscheck

// Analyze: text in, Doc out — tokens, sentences and (given a lemmatizer) lemmas.
#pragma once

#include <string>

#include "text/doc.h"
#include "text/lemmatizer.h"

namespace crosscheck {

// `text` must already be normalized (valid UTF-8, LF line ends, no BOM).
// Without a lemmatizer each lemma is the lower-cased word.
Doc Analyze(std::string text, const Lemmatizer* lemmatizer = nullptr);

}  // namespace crosscheck

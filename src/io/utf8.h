// Text normalization for every report crosscheck reads.
//
// SPEC section 1 defines evidence offsets as code points of the text "as
// stored: UTF-8 decoded, a leading BOM dropped, CRLF turned into LF". So
// NormalizeText does exactly that and nothing more: no Unicode normalization,
// no quote folding, no whitespace squeezing, because any further rewrite
// would shift the offsets the scorer compares against.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck {

// Byte offset of the first byte that does not begin or continue a well-formed
// UTF-8 sequence (RFC 3629: no overlongs, no surrogates, nothing above
// U+10FFFF), or nullopt when `bytes` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view bytes);

// Validates and normalizes one report's raw bytes.
//  - invalid UTF-8: InvalidInput "<origin>:<line>: invalid UTF-8 at byte
//    offset N (0xHH) ..." (line is 1-based, N counts bytes of `raw`);
//  - binary input (a NUL byte, or more than 5% control characters other than
//    tab/LF/CR/FF/VT): InvalidInput "<origin>: looks like binary data ...";
//  - drops one leading BOM (U+FEFF), turns CRLF and lone CR into LF;
//  - empty or whitespace-only text: InvalidInput "<origin>: empty report".
// `origin` only names the input in messages ("a.txt", "b.jsonl:12").
Result<std::string> NormalizeText(std::string_view raw, std::string_view origin);

// True when `text` holds nothing but (Unicode) whitespace.
bool IsBlank(std::string_view text);

// Folds typographic punctuation to ASCII for lexicon lookups:
// ’ ‘ ‚ ‛ ′ -> '   “ ” „ ‟ ″ -> "   ‐ ‑ ‒ – — ― − -> -   … -> ...
// and no-break/narrow spaces -> ' '. Everything else is copied unchanged.
// The result's byte offsets differ from the input's: never use it for spans.
std::string FoldPunctuation(std::string_view text);

}  // namespace crosscheck

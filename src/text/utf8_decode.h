// Minimal UTF-8 decoding for text that is already validated (src/io checks
// input before it reaches a Doc), plus the character classes the tokenizer
// needs. Classes come from utf8proc so non-ASCII letters count as letters.
#pragma once

#include <cstdint>
#include <string_view>

namespace crosscheck {

// Decodes the code point at byte `pos`; stores its byte length in *len.
// Invalid bytes decode as U+FFFD with length 1, so the caller always advances.
char32_t DecodeAt(std::string_view s, size_t pos, size_t* len);

bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
bool IsUpper(char32_t c);
bool IsSpace(char32_t c);
bool IsApostrophe(char32_t c);   // ' ’ ʼ
bool IsDoubleQuote(char32_t c);  // " “ ” „ « »
bool IsDash(char32_t c);         // - – — ‒ ―

}  // namespace crosscheck

#include "extract/dateline.h"

#include <algorithm>
#include <string_view>

namespace crosscheck {
namespace {

constexpr size_t kMaxDatelineTokens = 14;  // "COX'S BAZAR, Bangladesh, March 23 (Reuters) -"

}  // namespace

size_t DatelineEnd(const Doc& doc, const Sentence& s) {
  const Token& first = doc.tokens[s.token_begin];
  if (!first.paragraph_start || first.kind != TokenKind::kWord) return s.token_begin;
  const std::string_view word = doc.token_text(s.token_begin);
  if (word.size() < 3 || std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return s.token_begin;
  }
  for (size_t i = s.token_begin + 1; i < s.token_end && i < s.token_begin + kMaxDatelineTokens; ++i) {
    const std::string_view t = doc.token_text(i);
    const bool dash = t == "-" || t == ":" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93";
    if (dash && doc.tokens[i].space_before) return i + 1 < s.token_end ? i + 1 : s.token_begin;
  }
  return s.token_begin;
}

}  // namespace crosscheck

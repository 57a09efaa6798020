// Doc: one report's text and the token and sentence annotations on it.
//
// The Doc owns the normalized text (UTF-8, no BOM, LF line ends) and one
// array of Token structs with byte offsets into it. Every later stage reads
// tokens by index, so any claim can cite the exact characters it came from.
// Output offsets are Unicode code points (SPEC section 1); codepoint_offset()
// converts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

enum class TokenKind : uint8_t {
  kWord,        // letters, possibly with inner hyphens or apostrophes
  kNumber,      // digits, with , or . inside: 14,000  5.93  2021-10-08 is split
  kPunct,       // . , ; : ! ? ( ) - and the like
  kQuoteOpen,   // " “ ‘ (or ' ) opening a quotation
  kQuoteClose,  // " ” ’ closing a quotation
  kSymbol,      // anything else (%, $, emoji, ...)
};

struct Token {
  uint32_t begin = 0;        // byte offset of the first byte in Doc::text
  uint32_t end = 0;          // byte offset one past the last byte
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;   // whitespace between this and the previous token
  bool paragraph_start = false;  // first token after a blank line or at text start
  bool line_start = false;       // first token on its line
  bool capitalized = false;    // first character is an upper-case letter
  std::string lower;   // lower-cased, typographic apostrophes folded to '
  std::string lemma;   // dictionary form of `lower`
  // Filled by the tagger and parser when they run (empty otherwise).
  std::string tag;     // UPOS
  int32_t head = -1;   // token index of the syntactic head, -1 for the root
  std::string dep;     // UD relation
};

struct Sentence {
  uint32_t begin = 0;        // byte offset of the first character
  uint32_t end = 0;          // byte offset one past the last character
  uint32_t token_begin = 0;  // index of the first token
  uint32_t token_end = 0;    // index one past the last token
  uint32_t paragraph = 0;    // index of the paragraph holding the sentence
};

class Doc {
 public:
  explicit Doc(std::string text);

  const std::string& text() const { return text_; }
  std::string_view token_text(const Token& t) const {
    return std::string_view(text_).substr(t.begin, t.end - t.begin);
  }
  std::string_view token_text(size_t i) const { return token_text(tokens[i]); }
  std::string_view span_text(uint32_t begin, uint32_t end) const {
    return std::string_view(text_).substr(begin, end - begin);
  }
  // Unicode code point offset of a byte offset (which must fall on a
  // character boundary).
  uint32_t codepoint_offset(uint32_t byte_offset) const;

  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

 private:
  std::string text_;
  std::vector<uint32_t> ascii_prefix_;  // see doc.cc
};

}  // namespace crosscheck

// Test helper: a Doc built by a tiny whitespace-and-punctuation splitter, so
// the geo tests do not depend on the real tokenizer in src/text.
#pragma once

#include <string>

#include "text/doc.h"

namespace crosscheck::geo::testing {

// Splits on spaces; ".,;:!?()" and '"' become their own tokens; words keep
// inner hyphens and apostrophes ("al-Khums", "Libya's"). A token after ". ! ?"
// starts a sentence; `sentences` is left empty so the matcher's fallback
// sentence test runs (pass fill_sentences to fill them).
inline Doc MakeDoc(const std::string& text, bool fill_sentences = false) {
  Doc doc(text);
  auto is_punct = [](char c) { return std::string_view(".,;:!?()\"").find(c) != std::string_view::npos; };
  size_t i = 0;
  bool space = false;
  uint32_t sentence_start = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      space = true;
      ++i;
      continue;
    }
    size_t j = i + 1;
    if (!is_punct(text[i])) {
      while (j < text.size() && text[j] != ' ' && !is_punct(text[j])) ++j;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.end = static_cast<uint32_t>(j);
    t.space_before = space;
    t.paragraph_start = doc.tokens.empty();
    const char c = text[i];
    t.kind = c == '"' ? TokenKind::kQuoteOpen : is_punct(c) ? TokenKind::kPunct : TokenKind::kWord;
    t.capitalized = c >= 'A' && c <= 'Z';
    for (size_t k = i; k < j; ++k) {
      const char ch = text[k];
      t.lower.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
    }
    doc.tokens.push_back(t);
    if (fill_sentences && (c == '.' || c == '!' || c == '?')) {
      const auto end = static_cast<uint32_t>(doc.tokens.size());
      doc.sentences.push_back({doc.tokens[sentence_start].begin, t.end, sentence_start, end, 0});
      sentence_start = end;
    }
    space = false;
    i = j;
  }
  if (fill_sentences && sentence_start < doc.tokens.size()) {
    const auto end = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back({doc.tokens[sentence_start].begin, doc.tokens.back().end, sentence_start, end, 0});
  }
  return doc;
}

// Index of the first token whose text is `word`.
inline size_t TokenIndex(const Doc& doc, std::string_view word) {
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.token_text(i) == word) return i;
  }
  return doc.tokens.size();
}

}  // namespace crosscheck::geo::testing

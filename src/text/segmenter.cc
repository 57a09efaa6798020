#include "text/segmenter.h"

#include "text/abbreviations.h"
#include "text/tokenizer.h"

namespace crosscheck {

namespace {

bool IsTerminal(std::string_view s) {
  return s == "." || s == "!" || s == "?" || s == "..." || s == "\xE2\x80\xA6" || s == "?!" ;
}
bool IsClosingBracket(std::string_view s) { return s == ")" || s == "]"; }
bool IsOpeningBracket(std::string_view s) { return s == "(" || s == "["; }

// A bullet at the start of a line opens a list item: "- At least 58
// civilians ...", "• 40,000 displaced".
bool IsListMarker(const Doc& doc, const Token& t) {
  if (!t.line_start) return false;
  const std::string_view s = doc.token_text(t);
  return s == "-" || s == "*" || s == "\xE2\x80\xA2" /* bullet */ || s == "\xE2\x80\x93" /* en dash */ ||
         s == "\xE2\x80\x94" /* em dash */ || s == "\xE2\x80\xA3" /* triangular bullet */;
}

bool CanOpenSentence(const Doc& doc, const Token& t) {
  if (t.kind == TokenKind::kQuoteOpen || t.kind == TokenKind::kNumber) return true;
  if (IsOpeningBracket(doc.token_text(t))) return true;
  return t.capitalized;
}

// A line in title case or capitals ("Three Killed as Fire Sweeps Through Prison") that
// ends without punctuation is a headline, even with only one newline after it.
bool IsHeadlineLine(const Doc& doc, size_t first, size_t last) {
  if (doc.tokens[last].kind == TokenKind::kPunct) return false;
  int words = 0, capitals = 0;
  for (size_t i = first; i <= last; ++i) {
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    ++words;
    if (doc.tokens[i].capitalized) ++capitals;
  }
  return words >= 2 && capitals * 3 >= words * 2;
}

// Index of the first token of the line holding token i.
size_t LineStart(const Doc& doc, size_t i) {
  while (i > 0 && !doc.tokens[i].line_start) --i;
  return i;
}

// Does the bullet at the start of line `next` open a list item, though the
// line before (ending at token i) ends with no full stop? Only after a
// colon or another item ("Casualties:\n- 58 killed\n- 213 injured"): in
// hard-wrapped text a line may start with a dash inside a sentence.
bool OpensListItem(const Doc& doc, size_t i, size_t next) {
  if (!IsListMarker(doc, doc.tokens[next])) return false;
  const std::string_view last = doc.token_text(i);
  return last == ":" || last == ";" || IsListMarker(doc, doc.tokens[LineStart(doc, i)]);
}

// Does a sentence end right after token i (before token next)?
bool EndsAfter(const Doc& doc, size_t i, size_t next) {
  const Token& t = doc.tokens[i];
  const Token& n = doc.tokens[next];
  if (n.paragraph_start) return true;
  const std::string_view text = doc.token_text(t);
  // A kept-period abbreviation: "Gen." never ends a sentence; "U.S." may.
  if (t.kind == TokenKind::kWord && text.size() > 1 && text.back() == '.' && i == next - 1) {
    if (IsTitleAbbreviation(t.lower)) return false;
    return n.capitalized && IsSentenceStarter(n.lower);
  }
  return CanOpenSentence(doc, n) || IsListMarker(doc, n);
}

}  // namespace

void SegmentSentences(Doc& doc) {
  doc.sentences.clear();
  const size_t n = doc.tokens.size();
  size_t start = 0;
  uint32_t paragraph = 0;
  auto close = [&](size_t end) {
    // The bullet is no part of the item's sentence (nor of its evidence).
    if (start + 1 < end && IsListMarker(doc, doc.tokens[start])) ++start;
    if (end <= start) return;
    Sentence s;
    s.token_begin = static_cast<uint32_t>(start);
    s.token_end = static_cast<uint32_t>(end);
    s.begin = doc.tokens[start].begin;
    s.end = doc.tokens[end - 1].end;
    s.paragraph = paragraph;
    doc.sentences.push_back(s);
    start = end;
  };
  for (size_t i = 0; i < n; ++i) {
    if (i > start && doc.tokens[i].paragraph_start) close(i);
    if (doc.tokens[i].paragraph_start && i > 0) ++paragraph;
    const std::string_view text = doc.token_text(i);
    const bool terminal = IsTerminal(text) ||
                          (doc.tokens[i].kind == TokenKind::kWord && text.size() > 1 && text.back() == '.');
    size_t j = i + 1;
    if (terminal) {
      while (j < n && !doc.tokens[j].paragraph_start &&
             (doc.tokens[j].kind == TokenKind::kQuoteClose || IsClosingBracket(doc.token_text(j)))) {
        ++j;
      }
    } else if (j < n && doc.tokens[j].line_start && !doc.tokens[j].paragraph_start &&
               (OpensListItem(doc, i, j) ||
                (IsHeadlineLine(doc, LineStart(doc, i), i) && CanOpenSentence(doc, doc.tokens[j])))) {
      close(j);
      continue;
    }
    if (!terminal) continue;
    if (j >= n) {
      close(n);
      break;
    }
    if (EndsAfter(doc, i, j)) {
      close(j);
      i = j - 1;
    }
  }
  close(n);
}

}  // namespace crosscheck

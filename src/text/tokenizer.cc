#include "text/tokenizer.h"

#include <utf8proc.h>

#include "text/abbreviations.h"
#include "text/utf8_decode.h"

namespace crosscheck {

namespace {

// ASCII fast paths in front of utf8_decode.h (out of line there): the same
// results, without a call per byte of mostly-ASCII news text.
inline char32_t Decode(std::string_view s, size_t pos, size_t* len) {
  if (pos < s.size() && static_cast<unsigned char>(s[pos]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(s[pos]);
  }
  return DecodeAt(s, pos, len);
}
inline bool Letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsLetter(c);
}
inline bool Digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return IsDigit(c);
}
inline bool Upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return IsUpper(c);
}
inline bool Space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return IsSpace(c);
}
inline bool Apostrophe(char32_t c) { return c == '\'' || (c >= 0x80 && IsApostrophe(c)); }
inline char AsciiLower(unsigned char b) {
  return static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
}

class TokenizerRun {
 public:
  explicit TokenizerRun(Doc& doc) : doc_(doc), text_(doc.text()) {}

  void Run() {
    doc_.tokens.clear();
    // News runs about 5 to 6 bytes per token; reserving avoids moving every
    // Token (four strings) as the vector grows.
    doc_.tokens.reserve(text_.size() / 4 + 16);
    size_t pos = 0;
    int newlines = 2;  // the text start counts as a paragraph start
    bool space = false;
    while (pos < text_.size()) {
      size_t len = 0;
      const char32_t c = Decode(text_, pos, &len);
      if (Space(c)) {
        if (c == '\n') {
          ++newlines;
          single_quote_open_ = false;  // a single quotation does not run across lines
        }
        space = true;
        pos += len;
        continue;
      }
      // Built in place: a Token holds four strings, too dear to move.
      Token& t = doc_.tokens.emplace_back();
      t.begin = static_cast<uint32_t>(pos);
      t.space_before = space;
      t.line_start = newlines > 0;
      t.paragraph_start = newlines >= 2;
      pos = ScanToken(pos, c, len, t);
      t.end = static_cast<uint32_t>(pos);
      Finish(t);
      ++done_;
      newlines = 0;
      space = false;
    }
  }

 private:
  char32_t At(size_t pos, size_t* len) const {
    if (pos >= text_.size()) {
      *len = 0;
      return 0;
    }
    return Decode(text_, pos, len);
  }
  bool IsAlnum(char32_t c) const { return Letter(c) || Digit(c); }

  // Returns the end of the token that starts at `pos` with character `c`.
  size_t ScanToken(size_t pos, char32_t c, size_t len, Token& t) {
    if (IsAlnum(c)) return ScanWord(pos, t);
    if (IsDoubleQuote(c)) {
      t.kind = QuoteKind(c, pos);
      return pos + len;
    }
    if (Apostrophe(c)) {
      // A clitic glued to the previous word ("Kenya 's" written with a space is rare).
      const size_t clitic = CliticEnd(pos);
      if (clitic && !t.space_before && done_ > 0) {
        t.kind = TokenKind::kWord;
        return clitic;
      }
      const bool opens = t.space_before || done_ == 0 || c == 0x2018;
      // "the doctors' committee", "27 migrants' bodies": after a word in -s,
      // with no single quotation open, the apostrophe marks a possessive.
      if (!opens && !single_quote_open_ && PossessiveAfterPlural(pos + len)) {
        t.kind = TokenKind::kWord;
        return pos + len;
      }
      single_quote_open_ = opens;
      t.kind = opens ? TokenKind::kQuoteOpen : TokenKind::kQuoteClose;
      return pos + len;
    }
    if (c == '.' && text_.compare(pos, 3, "...") == 0) {
      t.kind = TokenKind::kPunct;
      return pos + 3;
    }
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    const bool punct = (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO) || IsDash(c);
    t.kind = punct ? TokenKind::kPunct : TokenKind::kSymbol;
    return pos + len;
  }

  TokenKind QuoteKind(char32_t c, size_t pos) const {
    if (c == 0x201C || c == 0x201E || c == 0x00AB) return TokenKind::kQuoteOpen;
    if (c == 0x201D || c == 0x00BB) return TokenKind::kQuoteClose;
    // A straight quote opens after a space, the text start or an opening bracket or dash.
    if (pos == 0) return TokenKind::kQuoteOpen;
    size_t prev = pos - 1;
    while (prev > 0 && (static_cast<unsigned char>(text_[prev]) & 0xC0) == 0x80) --prev;
    size_t len = 0;
    const char32_t p = Decode(text_, prev, &len);
    const bool opens = Space(p) || p == '(' || p == '[' || IsDash(p) || p == ':';
    return opens ? TokenKind::kQuoteOpen : TokenKind::kQuoteClose;
  }

  // True when the text before `after_quote`'s apostrophe ends a word in s
  // and a space and a lower-case word follow it.
  bool PossessiveAfterPlural(size_t after_quote) const {
    if (doc_.tokens.size() < 2) return false;
    const Token& prev = doc_.tokens[doc_.tokens.size() - 2];
    if (prev.kind != TokenKind::kWord || prev.end <= prev.begin || (text_[prev.end - 1] | 0x20) != 's') return false;
    size_t len = 0;
    if (!Space(At(after_quote, &len))) return false;
    const size_t next = after_quote + len;
    return next < text_.size() && text_[next] >= 'a' && text_[next] <= 'z';
  }

  // End of a clitic ('s 're 've 'll 'd 'm) starting at the apostrophe at pos, or 0.
  size_t CliticEnd(size_t pos) const {
    size_t len = 0;
    At(pos, &len);
    size_t q = pos + len;
    size_t letters_end = q;
    int n = 0;
    while (true) {
      size_t l = 0;
      const char32_t c = At(letters_end, &l);
      if (!l || !Letter(c)) break;
      letters_end += l;
      ++n;
    }
    if (n == 0 || n > 2) return 0;
    std::string tail(text_.substr(q, letters_end - q));
    for (auto& ch : tail) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (tail == "s" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d" || tail == "m") {
      return letters_end;
    }
    return 0;
  }

  size_t ScanWord(size_t start, Token& t) {
    if ((text_[start] | 0x20) == 'n' && EndsWithN_T(start + 1)) {  // the "n't" clitic
      size_t l = 0;
      At(start + 1, &l);
      t.kind = TokenKind::kWord;
      return start + 1 + l + 1;
    }
    size_t pos = start;
    bool first_digit = false;
    bool has_letter = false;
    {
      size_t l = 0;
      first_digit = Digit(At(pos, &l));
    }
    while (pos < text_.size()) {
      size_t l = 0;
      const char32_t c = At(pos, &l);
      if (IsAlnum(c)) {
        has_letter |= Letter(c);
        pos += l;
        continue;
      }
      size_t l2 = 0;
      const char32_t next = At(pos + l, &l2);
      if (!l2) break;
      const bool prev_digit = pos > start && std::isdigit(static_cast<unsigned char>(text_[pos - 1]));
      if ((c == '-' || c == 0x2010 || c == 0x2011) && IsAlnum(next)) {
        pos += l;
        continue;
      }
      if ((c == '.' || c == ',') && prev_digit && Digit(next) && first_digit) {
        if (c == ',' && !ThreeDigitsThenBoundary(pos + 1)) break;
        pos += l;
        continue;
      }
      if (Apostrophe(c) && Letter(next) && !CliticEnd(pos) && !EndsWithN_T(pos)) {
        pos += l;
        continue;
      }
      break;
    }
    // "don't" -> "do" + "n't": leave the n for the clitic token.
    if (EndsWithN_T(pos) && pos - start > 1) --pos;
    // "1jul11", "8th" are words; "2021-10-08", "14,000", "5.93" are numbers.
    t.kind = first_digit && !has_letter ? TokenKind::kNumber : TokenKind::kWord;
    if (first_digit) return pos;
    return TakeAbbreviationPeriod(start, pos);
  }

  bool ThreeDigitsThenBoundary(size_t pos) const {
    for (int i = 0; i < 3; ++i) {
      if (pos + i >= text_.size() || !std::isdigit(static_cast<unsigned char>(text_[pos + i]))) return false;
    }
    return pos + 3 >= text_.size() || !std::isdigit(static_cast<unsigned char>(text_[pos + 3]));
  }


  // True when text at pos is "'t" preceded by n ("don't", "can't").
  bool EndsWithN_T(size_t pos) const {
    if (pos == 0 || pos >= text_.size()) return false;
    if ((text_[pos - 1] | 0x20) != 'n') return false;
    size_t l = 0;
    if (!Apostrophe(At(pos, &l))) return false;
    size_t l2 = 0;
    const char32_t t = At(pos + l, &l2);
    if ((t | 0x20) != 't') return false;
    size_t l3 = 0;
    const char32_t after = At(pos + l + l2, &l3);
    return !l3 || !Letter(after);
  }

  size_t TakeAbbreviationPeriod(size_t start, size_t end) {
    if (end >= text_.size() || text_[end] != '.') return end;
    // Dotted acronym: U.N. U.S.A. e.g.
    size_t p = end;
    int groups = 1;
    while (p + 2 < text_.size() + 1 && text_[p] == '.' && p + 1 < text_.size() &&
           std::isalpha(static_cast<unsigned char>(text_[p + 1])) &&
           (p + 2 >= text_.size() || !std::isalnum(static_cast<unsigned char>(text_[p + 2])))) {
      p += 2;
      ++groups;
    }
    if (groups > 1 && end - start == 1) return (p < text_.size() && text_[p] == '.') ? p + 1 : p;
    std::string lower(text_.substr(start, end - start));
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const bool initial = end - start == 1 && std::isupper(static_cast<unsigned char>(text_[start]));
    if (initial || IsKnownAbbreviation(lower)) return end + 1;
    return end;
  }

  void Finish(Token& t) {
    const std::string_view raw = text_.substr(t.begin, t.end - t.begin);
    size_t len = 0;
    t.capitalized = Upper(Decode(raw, 0, &len));
    t.lower = LowerFolded(raw);
  }

  Doc& doc_;
  std::string_view text_;
  size_t done_ = 0;  // tokens finished; the one being scanned is already in doc_.tokens
  bool single_quote_open_ = false;  // an opening ' (or \u2018) has no closing one yet
};

}  // namespace

// Lower-cases and folds typographic apostrophes and quotes to ASCII, so
// lexicon lookups see one spelling.
std::string LowerFolded(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  size_t pos = 0;
  while (pos < raw.size()) {
    const unsigned char b = static_cast<unsigned char>(raw[pos]);
    if (b < 0x80) {
      out.push_back(AsciiLower(b));  // what std::tolower does in the "C" locale
      ++pos;
      continue;
    }
    size_t len = 0;
    char32_t c = DecodeAt(raw, pos, &len);
    if (IsApostrophe(c)) {
      out.push_back('\'');
    } else if (IsDoubleQuote(c)) {
      out.push_back('"');
    } else if (IsDash(c)) {
      out.push_back('-');
    } else {
      c = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
      utf8proc_uint8_t buf[4];
      const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
      out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
    }
    pos += len;
  }
  return out;
}

void Tokenize(Doc& doc) { TokenizerRun(doc).Run(); }

bool IsTitleAbbreviation(std::string_view lower_with_period) {
  if (lower_with_period.empty() || lower_with_period.back() != '.') return false;
  return IsTitleWord(lower_with_period.substr(0, lower_with_period.size() - 1));
}

}  // namespace crosscheck

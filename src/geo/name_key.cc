#include "geo/name_key.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace crosscheck::geo {
namespace {

// Letters that Unicode does not decompose into a base letter plus marks, and
// punctuation that writers use interchangeably in transliterated names.
const char* SpecialFold(int32_t cp) {
  switch (cp) {
    case 0x0131: return "i";   // dotless i
    case 0x0142: case 0x0141: return "l";
    case 0x00F8: case 0x00D8: return "o";
    case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: return "d";
    case 0x00FE: case 0x00DE: return "th";
    case 0x00DF: return "ss";
    case 0x00E6: case 0x00C6: return "ae";
    case 0x0153: case 0x0152: return "oe";
    case 0x0127: case 0x0126: return "h";
    case 0x0140: case 0x013F: return "l";
    case 0x0167: case 0x0166: return "t";
    case 0x0138: return "k";
    case 0x014B: case 0x014A: return "n";
    case 0x0259: case 0x018F: case 0x025B: case 0x0190: return "e";
    case 0x0254: case 0x0186: return "o";
    case 0x0192: return "f";
    case 0x02BB: case 0x02BC: case 0x02BE: case 0x02BF: case 0x2018:
    case 0x2019: case 0x201B: case 0x00B4: case 0x2032: case 0x0060:
      return "'";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2212: return "-";
    default: return nullptr;
  }
}

void AppendUtf8(int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Appends the folded form of one code point.
void AppendFolded(int32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  if (const char* s = SpecialFold(cp)) {
    out->append(s);
    return;
  }
  std::array<utf8proc_int32_t, 16> buf;
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT);
  const auto n = utf8proc_decompose_char(cp, buf.data(), buf.size(), options, &boundclass);
  if (n < 0 || static_cast<size_t>(n) > buf.size()) {
    AppendUtf8(cp, out);
    return;
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    const int32_t c = buf[static_cast<size_t>(i)];
    if (c < 0x80) {
      out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else if (const char* s = SpecialFold(c)) {
      out->append(s);
    } else {
      AppendUtf8(c, out);
    }
  }
}

// Calls fn(code_point) for each code point; invalid bytes come through as
// U+FFFD so the caller never loops forever.
template <typename Fn>
void ForEachCodePoint(std::string_view s, Fn fn) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      cp = 0xFFFD;
      n = 1;
    }
    fn(cp);
    p += n;
    left -= n;
  }
}

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string FoldToAscii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  ForEachCodePoint(utf8, [&](int32_t cp) { AppendFolded(cp, &out); });
  return out;
}

bool IsLatinScript(std::string_view utf8) {
  bool latin = true;
  ForEachCodePoint(utf8, [&](int32_t cp) {
    const auto cat = utf8proc_category(cp);
    const bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    if (!letter) return;
    const bool ok = cp < 0x250 || (cp >= 0x2B0 && cp < 0x300) ||
                    (cp >= 0x1E00 && cp < 0x1F00) || (cp >= 0x2C60 && cp < 0x2C80) ||
                    (cp >= 0xA720 && cp < 0xA800);
    if (!ok) latin = false;
  });
  return latin;
}

// Arabic names end in a tā' marbūṭa that English spells with or without an
// "h": "Zuwarah" / "Zuwara", "Misratah" / "Misrata", "Jeddah" / "Jedda".
// French-style spellings write the same vowel "ou": "Tajoura" / "Tajura",
// "Misurata" / "Misourata", "Ouagadougou". Both spellings get "u".
void FoldFinalAh(std::string* word) {
  if (word->size() >= 5 && word->ends_with("ah")) word->pop_back();
  for (size_t at = word->find("ou"); at != std::string::npos; at = word->find("ou", at)) word->erase(at + 0, 1);
}

std::vector<NamePiece> SplitPieces(std::string_view utf8) {
  // A plain ASCII word (letters and digits only) is one piece: the general
  // path below would give the same, with two scratch buffers more.
  if (!utf8.empty() && std::all_of(utf8.begin(), utf8.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      })) {
    std::vector<NamePiece> one(1);
    one[0].word.resize(utf8.size());
    for (size_t i = 0; i < utf8.size(); ++i) {
      one[0].word[i] = utf8[i] >= 'A' && utf8[i] <= 'Z' ? static_cast<char>(utf8[i] + 32) : utf8[i];
    }
    one[0].upper = utf8[0] >= 'A' && utf8[0] <= 'Z';
    FoldFinalAh(&one[0].word);
    return one;
  }
  // Fold code point by code point so each piece remembers whether its first
  // letter was upper-case in the source.
  std::string folded;
  std::vector<bool> upper;  // per byte of `folded`
  const bool ascii = std::all_of(utf8.begin(), utf8.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {  // the common case, without a call per character
    folded.resize(utf8.size());
    upper.resize(utf8.size());
    for (size_t i = 0; i < utf8.size(); ++i) {
      const char c = utf8[i];
      upper[i] = c >= 'A' && c <= 'Z';
      folded[i] = upper[i] ? static_cast<char>(c + 32) : (c == '`' ? '\'' : c);
    }
  } else {
    ForEachCodePoint(utf8, [&](int32_t cp) {
    const size_t before = folded.size();
    AppendFolded(cp, &folded);
    const bool is_upper = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
                          utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
    upper.resize(folded.size(), false);
    if (folded.size() > before) upper[before] = is_upper;
    });
  }
  std::vector<NamePiece> pieces;
  NamePiece cur;
  auto flush = [&] {
    if (!cur.word.empty()) pieces.push_back(std::move(cur));
    cur = NamePiece();
  };
  for (size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (IsWordChar(c)) {
      if (cur.word.empty()) cur.upper = upper[i];
      cur.word.push_back(c);
    } else if (c == '\'' && !cur.word.empty() && i + 1 < folded.size() &&
               IsWordChar(folded[i + 1])) {
      continue;  // inner apostrophe: "Sana'a" is one word
    } else {
      flush();
      if (c == '-' && !pieces.empty() && i + 1 < folded.size() && IsWordChar(folded[i + 1]))
        pieces.back().hyphen_after = true;
    }
  }
  flush();
  for (NamePiece& piece : pieces) FoldFinalAh(&piece.word);
  return pieces;
}

bool IsEnglishArticleForm(std::string_view word) {
  return word == "as" || word == "at" || word == "an";
}

namespace {
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kSun = {{
      {"ad", "d"}, {"adh", "dh"}, {"an", "n"}, {"ar", "r"}, {"as", "s"}, {"ash", "sh"},
      {"at", "t"}, {"ath", "th"}, {"az", "z"}, {"ed", "d"}, {"en", "n"}, {"er", "r"},
      {"es", "s"}, {"esh", "sh"}, {"et", "t"}, {"ez", "z"},
}};
}  // namespace

bool IsArticleForm(std::string_view word) {
  if (word == "al" || word == "el") return true;
  for (const auto& entry : kSun) {
    if (word == entry.first) return true;
  }
  return false;
}

bool IsArticle(std::string_view word, std::string_view next) {
  if (next.empty()) return false;
  if (word == "al" || word == "el") return true;
  for (const auto& [form, consonant] : kSun) {
    if (word == form) return next.starts_with(consonant) && next.size() > consonant.size();
  }
  return false;
}

NameKey MakeNameKey(std::string_view name) {
  std::vector<NamePiece> pieces = SplitPieces(name);
  NameKey out;
  size_t start = 0;
  if (pieces.size() > 1 && pieces[0].word == "the") {
    start = 1;
    out.had_article = true;
  }
  for (size_t i = start; i < pieces.size(); ++i) {
    const std::string_view next = i + 1 < pieces.size() ? std::string_view(pieces[i + 1].word) : "";
    if (IsArticle(pieces[i].word, next)) {
      out.had_article = true;
      continue;
    }
    if (!out.key.empty()) out.key.push_back(' ');
    out.key += pieces[i].word;
    ++out.words;
  }
  return out;
}

}  // namespace crosscheck::geo

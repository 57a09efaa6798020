#include "io/utf8.h"

#include <cstdint>
#include <cstdio>

namespace crosscheck {
namespace {

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when the
// bytes there are not one (Unicode 15, table 3-7).
size_t SequenceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) -> uint8_t { return i + k < s.size() ? uint8_t(s[i + k]) : 0; };
  auto cont = [&](size_t k, uint8_t lo = 0x80, uint8_t hi = 0xBF) {
    uint8_t b = at(k);
    return i + k < s.size() && b >= lo && b <= hi;
  };
  uint8_t b0 = at(0);
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // no surrogates
  if (b0 >= 0xE1 && b0 <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Decodes the (already validated) sequence at s[i].
char32_t DecodeAt(std::string_view s, size_t i, size_t len) {
  auto b = [&](size_t k) { return char32_t(uint8_t(s[i + k])); };
  switch (len) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default:
      return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
}

bool IsUnicodeSpace(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Control characters that have no business in prose. Tab, LF, VT, FF and CR
// do occur in real text files.
bool IsStrayControl(char32_t c) {
  return (c < 0x20 && !(c >= 0x09 && c <= 0x0D)) || c == 0x7F;
}

Status InvalidUtf8(std::string_view raw, size_t offset, std::string_view origin) {
  size_t line = 1;
  for (size_t i = 0; i < offset; ++i) line += raw[i] == '\n';
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", unsigned(uint8_t(raw[offset])));
  return Status::InvalidInput(std::string(origin) + ":" + std::to_string(line) +
                              ": invalid UTF-8 at byte offset " + std::to_string(offset) + " (" +
                              hex +
                              "); convert the file to UTF-8 first (e.g. iconv -f WINDOWS-1252 "
                              "-t UTF-8)");
}

// Binary files usually have NUL bytes; some (or mis-encoded UTF-16) do not
// but are full of control characters. A stray control in prose is tolerated.
Status CheckNotBinary(std::string_view text, std::string_view origin) {
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    return Status::InvalidInput(std::string(origin) +
                                ": looks like binary data, not text (NUL byte at offset " +
                                std::to_string(nul) + ")");
  }
  size_t chars = 0, controls = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len = SequenceLength(text, i);
    ++chars;
    controls += len == 0 || IsStrayControl(DecodeAt(text, i, len));
    i += len == 0 ? 1 : len;
  }
  if (controls >= 4 && controls * 20 > chars) {
    return Status::InvalidInput(std::string(origin) + ": looks like binary data, not text (" +
                                std::to_string(controls) + " control characters in " +
                                std::to_string(chars) + ")");
  }
  return Status::Ok();
}

}  // namespace

std::optional<size_t> FindInvalidUtf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    size_t len = SequenceLength(bytes, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

bool IsBlank(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t len = SequenceLength(text, i);
    if (len == 0 || !IsUnicodeSpace(DecodeAt(text, i, len))) return false;
    i += len;
  }
  return true;
}

Result<std::string> NormalizeText(std::string_view raw, std::string_view origin) {
  // NUL first: a binary file would otherwise be reported as bad UTF-8.
  if (raw.find('\0') != std::string_view::npos) return CheckNotBinary(raw, origin);
  if (auto bad = FindInvalidUtf8(raw)) return InvalidUtf8(raw, *bad, origin);
  if (Status s = CheckNotBinary(raw, origin); !s.ok()) return s;

  std::string_view body = raw;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  std::string out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\r') {
      out.push_back(body[i]);
    } else {
      out.push_back('\n');
      if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
    }
  }
  if (IsBlank(out)) return Status::InvalidInput(std::string(origin) + ": empty report");
  return out;
}

std::string FoldPunctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t len = SequenceLength(text, i);
    if (len <= 1) {  // ASCII, or a bad byte copied through untouched
      out.push_back(text[i++]);
      continue;
    }
    char32_t c = DecodeAt(text, i, len);
    switch (c) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        out.push_back('\'');
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
        out.push_back('"');
        break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        out.push_back('-');
        break;
      case 0x2026:
        out += "...";
        break;
      case 0x00A0: case 0x2007: case 0x202F:
        out.push_back(' ');
        break;
      default:
        out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace crosscheck

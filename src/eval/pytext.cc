// Python text semantics: str(), repr(), str.lower(), str.split() and the
// norm() of score.py built from them.
//
// Unicode tables come from utf8proc, whose Unicode version may differ by one
// release from the Python running score.py; names in news reports do not use
// the code points that changed.
#include <charconv>
#include <cmath>
#include <cstdio>

#include <utf8proc.h>

#include "eval/pyvalue.h"

namespace crosscheck::py {
namespace {

std::vector<utf8proc_int32_t> Decode(std::string_view s) {
  std::vector<utf8proc_int32_t> cps;
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i), s.size() - i, &cp);
    if (n <= 0) {  // not reachable for parsed JSON; keep the byte's value
      cp = static_cast<unsigned char>(s[i]);
      n = 1;
    }
    cps.push_back(cp);
    i += static_cast<size_t>(n);
  }
  return cps;
}

void Append(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Py_UNICODE_ISSPACE: what str.split() with no argument splits on.
bool IsPySpace(utf8proc_int32_t c) {
  if (c < 128) return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool IsCased(utf8proc_int32_t c) {
  auto cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         utf8proc_tolower(c) != c || utf8proc_toupper(c) != c;
}

bool IsCaseIgnorable(utf8proc_int32_t c) {
  auto cat = utf8proc_category(c);
  if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME || cat == UTF8PROC_CATEGORY_CF ||
      cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_SK) {
    return true;
  }
  // Word_Break MidLetter, MidNumLet and Single_Quote.
  switch (c) {
    case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4: case 0x2018:
    case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07:
    case 0xFF0E: case 0xFF1A:
      return true;
    default:
      return false;
  }
}

// CPython's handle_capital_sigma: Σ lowers to ς at the end of a word.
utf8proc_int32_t LowerSigma(const std::vector<utf8proc_int32_t>& cps, size_t i) {
  ptrdiff_t j = static_cast<ptrdiff_t>(i) - 1;
  while (j >= 0 && IsCaseIgnorable(cps[j])) --j;
  bool final_sigma = j >= 0 && IsCased(cps[j]);
  if (final_sigma && i + 1 < cps.size()) {
    size_t k = i + 1;
    while (k < cps.size() && IsCaseIgnorable(cps[k])) ++k;
    final_sigma = k == cps.size() || !IsCased(cps[k]);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

bool IsPrintable(utf8proc_int32_t c) {
  if (c == ' ') return true;
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

std::string ReprString(std::string_view s) {
  auto cps = Decode(s);
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (auto c : cps) {
    char buf[16];
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && !IsPrintable(c))) {
      const char* fmt = c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x";
      std::snprintf(buf, sizeof buf, fmt, static_cast<unsigned>(c));
      out += buf;
    } else {
      Append(out, c);
    }
  }
  out += quote;
  return out;
}

// repr(float): the shortest round-trip digits, positional when the decimal
// exponent is in (-4, 16], else d.ddde+XX (CPython's float_repr_style short).
std::string ReprFloat(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  size_t e = sci.find('e');
  std::string digits = sci.substr(0, e);
  if (digits.size() > 1) digits.erase(1, 1);  // drop the '.'
  int exp10 = std::stoi(sci.substr(e + 1));
  int decpt = exp10 + 1;
  int n = static_cast<int>(digits.size());
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + "0." + std::string(-decpt, '0') + digits;
    if (decpt >= n) return sign + digits + std::string(decpt - n, '0') + ".0";
    return sign + digits.substr(0, decpt) + "." + digits.substr(decpt);
  }
  std::string mant = digits.substr(0, 1);
  if (n > 1) mant += "." + digits.substr(1);
  std::snprintf(buf, sizeof buf, "e%c%02d", exp10 < 0 ? '-' : '+', std::abs(exp10));
  return sign + mant + buf;
}

}  // namespace

std::string Repr(const Json& v) {
  if (v.is_string()) return ReprString(v.get_ref<const std::string&>());
  if (v.is_array()) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + Repr(v[i]);
    return out + "]";
  }
  if (v.is_object()) {
    std::string out = "{";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it, first = false) {
      out += (first ? "" : ", ") + ReprString(it.key()) + ": " + Repr(*it);
    }
    return out + "}";
  }
  return Str(v);
}

std::string Str(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "None";
    case Json::value_t::boolean: return v.get<bool>() ? "True" : "False";
    case Json::value_t::number_integer: return std::to_string(v.get<int64_t>());
    case Json::value_t::number_unsigned: return std::to_string(v.get<uint64_t>());
    case Json::value_t::number_float: return ReprFloat(v.get<double>());
    case Json::value_t::string: return v.get<std::string>();
    default: return Repr(v);
  }
}

std::string Lower(std::string_view s) {
  auto cps = Decode(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    auto c = cps[i];
    if (c == 0x130) {  // İ: the one unconditional multi-code-point lowercase
      out += "i\xCC\x87";
    } else if (c == 0x3A3) {
      Append(out, LowerSigma(cps, i));
    } else {
      Append(out, utf8proc_tolower(c));
    }
  }
  return out;
}

std::optional<std::string> Norm(const Json& v) {
  if (v.is_null()) return std::nullopt;
  std::string s = Lower(Str(v));
  // str.replace('the ', ''): every non-overlapping occurrence, left to right.
  std::string cut;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 4, "the ") == 0) {
      i += 4;
    } else {
      cut += s[i++];
    }
  }
  // ' '.join(str.split())
  std::string out;
  std::string word;
  for (auto c : Decode(cut)) {
    if (IsPySpace(c)) {
      if (!word.empty()) out += (out.empty() ? "" : " ") + word;
      word.clear();
    } else {
      Append(word, c);
    }
  }
  if (!word.empty()) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace crosscheck::py

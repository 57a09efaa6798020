// Python values: truthiness, equality, ordering, hashing, iteration, .get().
#include "eval/pyvalue.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include <utf8proc.h>

namespace crosscheck::py {
namespace {

std::string TypeName(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "NoneType";
    case Json::value_t::boolean: return "bool";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "int";
    case Json::value_t::number_float: return "float";
    case Json::value_t::string: return "str";
    case Json::value_t::array: return "list";
    case Json::value_t::object: return "dict";
    default: return "object";
  }
}

bool IsIntegral(const Json& v) {
  return v.is_boolean() || v.is_number_integer();  // number_integer covers unsigned
}

// Python's list comparison: the first unequal items decide, else the lengths.
bool CompareLists(const Json& a, const Json& b, bool or_equal) {
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (!Eq(a[i], b[i])) return or_equal ? Le(a[i], b[i]) : Lt(a[i], b[i]);
  }
  return or_equal ? a.size() <= b.size() : a.size() < b.size();
}

bool Compare(const Json& a, const Json& b, bool or_equal) {
  if (IsNumber(a) && IsNumber(b)) {
    long double x = AsLongDouble(a), y = AsLongDouble(b);
    return or_equal ? x <= y : x < y;
  }
  if (a.is_string() && b.is_string()) {
    // Byte order of UTF-8 is code point order, which is what Python compares.
    const auto& x = a.get_ref<const std::string&>();
    const auto& y = b.get_ref<const std::string&>();
    return or_equal ? x <= y : x < y;
  }
  if (a.is_array() && b.is_array()) return CompareLists(a, b, or_equal);
  throw Error("TypeError: '" + std::string(or_equal ? "<=" : "<") + "' not supported between instances of '" +
              TypeName(a) + "' and '" + TypeName(b) + "'");
}

// Decimal digits of an integral long double (exact: it came from an int64,
// uint64 or an integral double).
std::string IntegralDigits(long double x) {
  if (std::fabs(x) < 9.2e18L) return std::to_string(static_cast<long long>(x));
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.0Lf", x);
  return buf;
}

}  // namespace

const Json& Null() {
  static const Json v = nullptr;
  return v;
}
const Json& EmptyList() {
  static const Json v = Json::array();
  return v;
}
const Json& EmptyString() {
  static const Json v = "";
  return v;
}

bool Truthy(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return false;
    case Json::value_t::boolean: return v.get<bool>();
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return AsLongDouble(v) != 0;
    case Json::value_t::string: return !v.get_ref<const std::string&>().empty();
    case Json::value_t::array:
    case Json::value_t::object: return !v.empty();
    default: return false;
  }
}

bool IsNumber(const Json& v) { return v.is_number() || v.is_boolean(); }

bool IsPosInf(const Json& v) {
  return v.is_number_float() && v.get<double>() == std::numeric_limits<double>::infinity();
}

long double AsLongDouble(const Json& v) {
  if (v.is_boolean()) return v.get<bool>() ? 1 : 0;
  if (v.is_number_unsigned()) return static_cast<long double>(v.get<uint64_t>());
  if (v.is_number_integer()) return static_cast<long double>(v.get<int64_t>());
  return static_cast<long double>(v.get<double>());
}

bool Eq(const Json& a, const Json& b) {
  if (IsNumber(a) && IsNumber(b)) return AsLongDouble(a) == AsLongDouble(b);
  if (a.type() != b.type()) return false;
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!Eq(a[i], b[i])) return false;
    }
    return true;
  }
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto jt = b.find(it.key());
      if (jt == b.end() || !Eq(*it, *jt)) return false;
    }
    return true;
  }
  return a == b;  // null, string
}

bool Lt(const Json& a, const Json& b) { return Compare(a, b, false); }
bool Le(const Json& a, const Json& b) { return Compare(a, b, true); }

std::string Key(const Json& v) {
  if (v.is_null()) return "N";
  if (v.is_string()) return "s" + v.get<std::string>();
  if (IsNumber(v)) {
    long double x = AsLongDouble(v);
    if (IsIntegral(v) || (std::isfinite(x) && x == std::floor(x))) return "#" + IntegralDigits(x);
    return "#" + Str(v);
  }
  throw Error("TypeError: unhashable type: '" + TypeName(v) + "'");
}

std::vector<Json> Iter(const Json& v) {
  std::vector<Json> out;
  if (v.is_array()) {
    out.assign(v.begin(), v.end());
  } else if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) out.emplace_back(it.key());
  } else if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    size_t i = 0;
    while (i < s.size()) {
      utf8proc_int32_t cp;
      auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i), s.size() - i, &cp);
      size_t len = n > 0 ? static_cast<size_t>(n) : 1;
      out.emplace_back(s.substr(i, len));
      i += len;
    }
  } else {
    throw Error("TypeError: '" + TypeName(v) + "' object is not iterable");
  }
  return out;
}

const Json& Get(const Json& obj, const char* key, const Json& dflt) {
  if (!obj.is_object()) throw Error("AttributeError: '" + TypeName(obj) + "' object has no attribute 'get'");
  auto it = obj.find(key);
  return it == obj.end() ? dflt : *it;
}

const Json& Index(const Json& obj, const char* key) {
  if (!obj.is_object()) throw Error("TypeError: " + TypeName(obj) + " indices must be integers");
  auto it = obj.find(key);
  if (it == obj.end()) throw Error(std::string("KeyError: '") + key + "'");
  return *it;
}

}  // namespace crosscheck::py

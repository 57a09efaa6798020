#include "io/date.h"

namespace crosscheck {
namespace {

bool Digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

bool IsIsoDate(std::string_view v) {
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
  std::string_view y = v.substr(0, 4), m = v.substr(5, 2), d = v.substr(8, 2);
  if (!Digits(y) || !Digits(m) || !Digits(d)) return false;
  int year = ToInt(y), month = ToInt(m), day = ToInt(d);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

Result<std::string> NormalizePublishedDate(std::string_view value, std::string_view origin) {
  std::string_view date = value;
  // A date-time keeps its date only if a time really follows the separator.
  if (value.size() > 11 && (value[10] == 'T' || value[10] == ' ') && Digits(value.substr(11, 2))) {
    date = value.substr(0, 10);
  }
  if (IsIsoDate(date)) return std::string(date);
  return Status::InvalidInput(std::string(origin) + ": unknown date format '" + std::string(value) +
                              "' (expected YYYY-MM-DD)");
}

}  // namespace crosscheck

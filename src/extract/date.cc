#include "extract/date.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace crosscheck {

namespace {

std::chrono::year_month_day ToYmd(const Date& d) {
  return std::chrono::year_month_day{std::chrono::year{d.y},
                                     std::chrono::month{static_cast<unsigned>(d.m)},
                                     std::chrono::day{static_cast<unsigned>(d.d)}};
}

Date FromYmd(const std::chrono::year_month_day& ymd) {
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// Splits on spaces and commas; "Oct." stays one piece.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

// "10", "10th", "1st": the day number, or 0.
int DayNumber(std::string_view w) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (w.size() > 2 && w.ends_with(suffix)) {
      w.remove_suffix(2);
      break;
    }
  }
  if (w.empty() || w.size() > 2) return 0;
  int n = 0;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

int YearNumber(std::string_view w) {
  if (w.size() != 4) return 0;
  int n = 0;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

// "2021-10-10" or "2021/10/10", and a timestamp's date part.
bool ParseNumericDate(std::string_view s, Date* out) {
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) s = s.substr(0, 10);
  if (s.size() != 10 || (s[4] != '-' && s[4] != '/') || s[7] != s[4]) return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  out->y = std::stoi(std::string(s.substr(0, 4)));
  out->m = std::stoi(std::string(s.substr(5, 2)));
  out->d = std::stoi(std::string(s.substr(8, 2)));
  return true;
}

bool ParseWordDate(std::string_view text, Date* out) {
  std::vector<std::string> w = Words(text);
  if (!w.empty() && WeekdayFromName(w[0]) != 0) w.erase(w.begin());
  if (w.size() == 4 && w[1] == "of") w.erase(w.begin() + 1);  // "10th of October 2021"
  if (w.size() != 3) return false;
  if (int m = MonthFromName(w[1]); m && DayNumber(w[0]) && YearNumber(w[2])) {
    *out = Date{YearNumber(w[2]), m, DayNumber(w[0])};  // 10 October 2021
    return true;
  }
  if (int m = MonthFromName(w[0]); m && DayNumber(w[1]) && YearNumber(w[2])) {
    *out = Date{YearNumber(w[2]), m, DayNumber(w[1])};  // October 10, 2021
    return true;
  }
  return false;
}

}  // namespace

bool IsValid(const Date& date) {
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && ToYmd(date).ok();
}

std::string FormatIso(const Date& date) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.y, date.m, date.d);
  return buf;
}

int Weekday(const Date& date) {
  return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{ToYmd(date)}}.iso_encoding());
}

Date AddDays(const Date& date, int days) {
  return FromYmd(std::chrono::sys_days{ToYmd(date)} + std::chrono::days{days});
}

int DaysInMonth(int y, int m) {
  const std::chrono::year_month_day_last last{
      std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(m)} / std::chrono::last};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

int MonthFromName(std::string_view lower) {
  if (lower.ends_with('.')) lower.remove_suffix(1);
  if (lower == "sept") return 9;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i] || (lower.size() == 3 && kMonths[i].starts_with(lower))) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

int WeekdayFromName(std::string_view lower) {
  if (lower.ends_with('.')) lower.remove_suffix(1);
  for (size_t i = 0; i < kWeekdays.size(); ++i) {
    if (lower == kWeekdays[i] || (lower.size() == 3 && kWeekdays[i].starts_with(lower))) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

Result<Date> ParseDate(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  Date date;
  if (!ParseNumericDate(text, &date) && !ParseWordDate(text, &date)) {
    return Status::InvalidInput("unknown date format '" + std::string(text) +
                                "' (expected 2021-10-10, 10 October 2021 or October 10, 2021)");
  }
  if (!IsValid(date)) {
    return Status::InvalidInput("no such date '" + std::string(text) + "'");
  }
  return date;
}

}  // namespace crosscheck

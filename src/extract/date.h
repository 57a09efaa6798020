// Date: a calendar day, with the arithmetic time expressions need.
//
// A plain {y, m, d} triple; the arithmetic goes through
// std::chrono::year_month_day, so it is proleptic Gregorian and exact.
// Functions taking a Date expect a valid one (IsValid); ParseDate only
// returns valid dates.
#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck {

struct Date {
  int y = 0, m = 0, d = 0;
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool IsValid(const Date& date);

// "2021-10-08".
std::string FormatIso(const Date& date);

// ISO weekday: 1 = Monday ... 7 = Sunday.
int Weekday(const Date& date);

Date AddDays(const Date& date, int days);

// Number of days in month m of year y (28..31).
int DaysInMonth(int y, int m);

// Month number of an English month name or abbreviation, lower case, with or
// without a final period ("october", "oct", "oct.", "sept"); 0 if none.
int MonthFromName(std::string_view lower);

// ISO weekday of an English weekday name ("friday", "fri"); 0 if none.
int WeekdayFromName(std::string_view lower);

// Accepts "2021-10-10" (optionally followed by "T..." or " hh:mm" as in a
// timestamp), "2021/10/10", "10 October 2021", "October 10, 2021",
// "Oct. 10, 2021", "Oct 10 2021", "10th October 2021", with an optional
// leading weekday ("Sunday, 10 October 2021"). Anything else, or an
// impossible day ("2021-02-30"), is InvalidInput naming the text.
Result<Date> ParseDate(std::string_view text);

}  // namespace crosscheck

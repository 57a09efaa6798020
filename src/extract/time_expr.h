// Time expressions: "on Friday", "late on Tuesday", "yesterday", "last week",
// "two days ago", "May 25", "in July 2017", "2021-10-08", "between March 2022
// and June 2023" (one period from the start of the first to the end of the
// second).
//
// Each expression is resolved against an anchor date (the report's
// `published` day): a weekday is the most recent such day on or before the
// anchor ("Friday" in a report of Sunday 2021-10-10 is 2021-10-08; "Sunday"
// is the anchor itself), "last week" is Monday..Sunday of the week before
// the anchor's, a day and month without a year is the most recent such date
// not after the anchor (a day within the next 31 days is taken as announced:
// "the vote on October 26" in a report of October 16), "since Friday" runs
// from that day to the anchor. A single day fills `date`; a period (a week, a
// month, a year) fills `start` and `end` (inclusive). Without an anchor only
// expressions that carry their own year are resolved; the rest keep their
// text with no dates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/date.h"
#include "text/doc.h"

namespace crosscheck {

struct TimeExpr {
  std::optional<Date> date;
  std::optional<Date> start, end;
  std::string text;  // exact source text, e.g. "late on Tuesday", "in July 2017"
  uint32_t token_begin = 0;
  uint32_t token_end = 0;  // exclusive
};

// All time expressions inside tokens [token_begin, token_end), left to right,
// not overlapping.
std::vector<TimeExpr> FindTimeExprs(const Doc& doc, size_t token_begin, size_t token_end,
                                    std::optional<Date> anchor);

}  // namespace crosscheck

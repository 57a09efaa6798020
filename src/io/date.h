// The one date shape crosscheck accepts for a report's `published` field.
#pragma once

#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck {

// Accepts "YYYY-MM-DD" (a real calendar date, years 1000-9999) and, as a
// convenience for feeds, an ISO 8601 date-time "YYYY-MM-DDT..." or
// "YYYY-MM-DD hh:mm...", which is cut to its date part (the time zone is not
// applied). Returns the YYYY-MM-DD string, or InvalidInput
// "<origin>: unknown date format '<value>' (expected YYYY-MM-DD)".
Result<std::string> NormalizePublishedDate(std::string_view value, std::string_view origin);

// True for a calendar-valid "YYYY-MM-DD" and nothing else.
bool IsIsoDate(std::string_view value);

}  // namespace crosscheck

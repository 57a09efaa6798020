// Query parameters of the read endpoints, checked and bounded.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "crosscheck/status.h"
#include "store/store.h"

namespace crosscheck::server {

inline constexpr size_t kMaxPageSize = 1000;

// ?type=&place=&from=&to=&source=&contradicted=1&limit=&offset= as for
// `crosscheck incidents`. Dates must be YYYY-MM-DD; limit 1..1000 (default
// 50); a parameter this endpoint does not know is an error, so a typo is
// not silently ignored (`also_allowed` names the caller's own parameters).
Result<IncidentFilter> IncidentFilterFrom(const httplib::Request& req,
                                          std::initializer_list<std::string_view> also_allowed = {});
// ?incident=&document=&type=&source=&stance=&limit=&offset=
Result<ClaimFilter> ClaimFilterFrom(const httplib::Request& req);
// A count parameter: digits only, at most `max`; `fallback` when absent.
Result<size_t> CountParam(const httplib::Request& req, const char* name, size_t fallback, size_t max);

}  // namespace crosscheck::server

// Reads the TSV data files: a header line naming format and version, "#"
// comment lines, and tab-separated rows. Errors name the file and line.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck {

// Calls `row` for each data row with its fields and line number. `header`
// is the exact first line expected ("#crosscheck-lexicon 1 triggers").
// `row` returns a non-empty error text to reject the row.
Status ReadTsvFile(const std::string& path, const std::string& header,
                   const std::function<std::string(const std::vector<std::string>&, size_t)>& row,
                   std::string* content_hash = nullptr);

}  // namespace crosscheck

// The CSV export: one incident a row, ACLED-like columns (export_row.h says
// what each holds), RFC 4180 quoting and CRLF line ends.
#pragma once

#include <string>
#include <string_view>

#include "store/export_row.h"

namespace crosscheck {

// "event_date,type,agent,...,notes\r\n"
std::string CsvHeader();
// One row, CRLF-terminated.
std::string CsvRow(const IncidentRow& row);
// A field quoted when it holds a comma, a double quote, CR or LF (quotes
// doubled inside), as RFC 4180 says; otherwise as is.
std::string CsvField(std::string_view value);

}  // namespace crosscheck

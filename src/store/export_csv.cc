#include "store/export_csv.h"

#include <cstdio>

namespace crosscheck {

namespace {

std::string Number(const std::optional<int64_t>& n) { return n ? std::to_string(*n) : ""; }

// Six decimals is about 0.1 m: the gazetteer's own precision.
std::string Coordinate(const std::optional<double>& x) {
  if (!x) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", *x);
  return buf;
}

}  // namespace

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::string CsvHeader() {
  return "event_date,type,agent,victims,location,country,latitude,longitude,count_min,count_max,sources,"
         "contradictions,notes\r\n";
}

std::string CsvRow(const IncidentRow& row) {
  const std::string fields[] = {row.event_date, row.type,           row.agent,          row.victims,
                                row.location,   row.country,        Coordinate(row.latitude),
                                Coordinate(row.longitude),          Number(row.count_min),
                                Number(row.count_max),              row.sources,        row.contradictions,
                                row.notes};
  std::string out;
  bool first = true;  // not out.empty(): an empty first field still needs its comma
  for (const auto& f : fields) {
    if (!first) out += ',';
    out += CsvField(f);
    first = false;
  }
  return out + "\r\n";
}

}  // namespace crosscheck

#include "geo/gazetteer_format.h"

#include <charconv>
#include <cstdio>

namespace crosscheck::geo {
namespace {

std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '|') c = ' ';
  }
  return out;
}

bool ParseDouble(std::string_view s, double* out) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ParseInt(std::string_view s, int64_t* out) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ParseKind(std::string_view s, PlaceKind* out) {
  for (PlaceKind k : {PlaceKind::kCountry, PlaceKind::kAdmin1, PlaceKind::kCity, PlaceKind::kLocal,
                      PlaceKind::kNatural}) {
    if (s == PlaceKindName(k)) {
      *out = k;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kCity: return "city";
    case PlaceKind::kLocal: return "local";
    case PlaceKind::kNatural: return "natural";
  }
  return "city";
}

std::vector<std::string_view> SplitFields(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

Result<PlaceRow> ParsePlaceRow(std::string_view line, const std::string& where) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::vector<std::string_view> f = SplitFields(line, '\t');
  if (f.size() != 10) {
    return Status::InvalidInput(where + ": expected 10 tab-separated columns, found " +
                                std::to_string(f.size()));
  }
  PlaceRow row;
  row.id = std::string(f[0]);
  if (row.id.empty()) return Status::InvalidInput(where + ": empty id");
  if (!ParseKind(f[1], &row.kind)) {
    return Status::InvalidInput(where + ": unknown kind '" + std::string(f[1]) +
                                "' (expected country, admin1, city, local or natural)");
  }
  row.name = std::string(f[2]);
  if (row.name.empty()) return Status::InvalidInput(where + ": empty name");
  if (!f[3].empty()) {
    for (std::string_view a : SplitFields(f[3], '|')) {
      if (!a.empty()) row.aliases.emplace_back(a);
    }
  }
  row.country = std::string(f[4]);
  row.parent = std::string(f[5]);
  if (!f[6].empty() || !f[7].empty()) {
    if (!ParseDouble(f[6], &row.lat) || !ParseDouble(f[7], &row.lon) || row.lat < -90 ||
        row.lat > 90 || row.lon < -180 || row.lon > 180) {
      return Status::InvalidInput(where + ": bad coordinates '" + std::string(f[6]) + "', '" +
                                  std::string(f[7]) + "'");
    }
    row.has_coords = true;
  }
  if (!f[8].empty() && !ParseInt(f[8], &row.population)) {
    return Status::InvalidInput(where + ": bad population '" + std::string(f[8]) + "'");
  }
  row.feature = std::string(f[9]);
  return row;
}

std::string FormatPlaceRow(const PlaceRow& row) {
  std::string out = Clean(row.id);
  out += '\t';
  out += PlaceKindName(row.kind);
  out += '\t';
  out += Clean(row.name);
  out += '\t';
  for (size_t i = 0; i < row.aliases.size(); ++i) {
    if (i > 0) out += '|';
    out += Clean(row.aliases[i]);
  }
  out += '\t' + Clean(row.country) + '\t' + Clean(row.parent) + '\t';
  if (row.has_coords) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.5f\t%.5f", row.lat, row.lon);
    out += buf;
  } else {
    out += '\t';
  }
  out += '\t';
  if (row.population > 0) out += std::to_string(row.population);
  out += '\t' + Clean(row.feature);
  return out;
}

}  // namespace crosscheck::geo

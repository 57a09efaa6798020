// The gazetteer's TSV row format, shared by the generator (which writes
// data/gazetteer/geonames.tsv) and the loader (which reads it and the
// hand-written local.tsv and natural.tsv). doc/gazetteer.md describes the format.
//
// A file starts with the header line "#crosscheck-gazetteer 1"; further lines
// starting with '#' are comments; blank lines are skipped. Each row has ten
// tab-separated columns:
//   id  kind  name  aliases  country  parent  lat  lon  population  feature
// `aliases` is '|'-separated; `parent`, `lat`, `lon`, `feature` may be empty.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::geo {

inline constexpr std::string_view kGazetteerHeader = "#crosscheck-gazetteer 1";
inline constexpr std::string_view kDemonymHeader = "#crosscheck-demonyms 1";
inline constexpr std::string_view kCommonWordsHeader = "#crosscheck-common-words 1";

// kNatural: seas, gulfs, straits, lakes, rivers and deserts (natural.tsv).
// They may lie in no one country, so their country column may be empty.
enum class PlaceKind : uint8_t { kCountry, kAdmin1, kCity, kLocal, kNatural };

std::string_view PlaceKindName(PlaceKind kind);

struct PlaceRow {
  std::string id;
  PlaceKind kind = PlaceKind::kCity;
  std::string name;
  std::vector<std::string> aliases;
  std::string country;  // ISO 3166-1 alpha-2
  std::string parent;   // id of the enclosing place, empty for countries
  bool has_coords = false;
  double lat = 0;
  double lon = 0;
  int64_t population = 0;
  std::string feature;  // GeoNames feature code (PPLC, PPLA, ...) or free text
};

// Parses one data line. `where` ("file:line") prefixes error messages.
Result<PlaceRow> ParsePlaceRow(std::string_view line, const std::string& where);

// Formats a row as one TSV line without the trailing newline. Tabs, newlines
// and '|' inside fields are replaced by spaces.
std::string FormatPlaceRow(const PlaceRow& row);

// Splits `s` on `sep`, keeping empty fields.
std::vector<std::string_view> SplitFields(std::string_view s, char sep);

}  // namespace crosscheck::geo

// The GeoJSON export (RFC 7946): a FeatureCollection with one Point feature
// per incident, at its place's gazetteer coordinates, with the CSV columns
// and geo_precision as properties (a country-level incident sits at the
// country's capital with geo_precision 3, as ACLED does it). Written piece by piece so that a large export is streamed:
//   out << GeoJsonBegin(); for each: out << (n++ ? ",\n" : "") << feature->dump(); out << GeoJsonEnd();
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "store/export_row.h"

namespace crosscheck {

std::string GeoJsonBegin();
std::string GeoJsonEnd();
// The feature for one incident, or nullopt when its place has no coordinates.
std::optional<nlohmann::json> GeoJsonFeature(const IncidentRow& row);

}  // namespace crosscheck

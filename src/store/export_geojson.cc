#include "store/export_geojson.h"

namespace crosscheck {

using nlohmann::json;

std::string GeoJsonBegin() { return "{\"type\": \"FeatureCollection\", \"features\": [\n"; }

std::string GeoJsonEnd() { return "\n]}\n"; }

std::optional<json> GeoJsonFeature(const IncidentRow& row) {
  if (!row.latitude || !row.longitude) return std::nullopt;
  auto number_or_null = [](const std::optional<int64_t>& n) { return n ? json(*n) : json(); };
  json properties = {{"id", row.id},
                     {"event_date", row.event_date},
                     {"type", row.type},
                     {"agent", row.agent},
                     {"victims", row.victims},
                     {"location", row.location},
                     {"country", row.country},
                     {"geo_precision", row.geo_precision},
                     {"count_min", number_or_null(row.count_min)},
                     {"count_max", number_or_null(row.count_max)},
                     {"sources", row.sources},
                     {"contradictions", row.contradictions},
                     {"notes", row.notes}};
  // GeoJSON positions are [longitude, latitude].
  return json{{"type", "Feature"},
              {"id", row.id},
              {"geometry", {{"type", "Point"}, {"coordinates", {*row.longitude, *row.latitude}}}},
              {"properties", std::move(properties)}};
}

}  // namespace crosscheck

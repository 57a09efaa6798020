// One incident as a flat, ACLED-like record, for the CSV and GeoJSON exports.
//
// RowFromIncident reads the JSON that Store::GetIncident returns (the
// incident's claims inline, each with its place, count, agent, victims and
// document) and nothing else, so it is a pure function that the tests can
// feed by hand. What the record holds:
//   event_date  the incident's first own date; empty when no claim dates it
//               (notes then say when it was first reported);
//   agent, victims, sources: distinct values over the asserting claims,
//               "; "-joined in first-seen order;
//   location    the incident's place (its most specific one);
//   country     that place's country name (place.country_name when the
//               caller added it, else its outermost parent, else its ISO
//               code); latitude/longitude from the same place, when known;
//   geo_precision as ACLED codes it: 1 a town or a place inside one, 2 a
//               region, 3 a whole country (whose point is its capital);
//   count_min/count_max: the lowest lower bound and the highest upper bound
//               over asserting claims with a definite count (vague counts
//               such as "some" or a bare plural are left out; an open upper
//               bound leaves count_max empty);
//   contradictions: "kind: speaker A vs speaker B", "; "-joined;
//   notes       id, facility, what each source says, first report date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace crosscheck {

struct IncidentRow {
  std::string id;
  std::string event_date;
  std::string type;
  std::string agent;
  std::string victims;
  std::string location;
  std::string country;
  std::optional<double> latitude, longitude;
  int geo_precision = 0;  // 0 when there is no place
  std::optional<int64_t> count_min, count_max;
  std::string sources;
  std::string contradictions;
  std::string notes;
};

IncidentRow RowFromIncident(const nlohmann::json& incident);

}  // namespace crosscheck

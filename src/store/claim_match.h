// Comparing claims across reports, from their SPEC section 4 JSON.
//
// The in-report rules live in resolve/incidents.cc over the extractor's
// internal Claim; across reports the store only has the JSON, so this file
// reduces a claim to ClaimFacts and mirrors those rules on them:
//  - two claims can be one incident when nothing conflicts (same type; places
//    equal or one inside the other; dates overlapping within kDayTolerance;
//    facility names equal ignoring case and articles, or one naming a part of
//    the other; a one-word facility such as "the camp" counts as unnamed)
//    and something anchors them (a place or a facility both name);
//  - contradictions are counted as in one report: count ranges that do not
//    overlap (neither vague), different causes, asserts vs denies, different
//    named agents for harm.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace crosscheck {

inline constexpr int kDayTolerance = 2;
// A claim with no date of its own happened at most this many days before its
// report was published.
inline constexpr int kUndatedLookback = 7;

struct ClaimFacts {
  std::string type, stance;
  std::string speaker;  // who says it, comparable across reports (see SpeakerKey)
  bool has_count = false, approx = false;
  std::optional<int64_t> count_min, count_max;
  std::string cause;
  std::string agent;  // lower-case canonical name; "" when none
  bool agent_is_entity = false;
  std::string place_id, place_name;  // place_name lower case
  std::vector<std::string> place_parents;  // lower case
  std::string facility;  // NormalizeFacility
  std::optional<int> day_lo, day_hi;  // days since 1970-01-01
};

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD..."; nullopt if not one.
std::optional<int> DayNumber(std::string_view iso);
std::string IsoFromDay(int day);

// Lower case, leading "the/a/an" dropped, spaces collapsed.
std::string NormalizeFacility(std::string_view name);

// The facts of `claim` from the extraction whose "document" and "entities"
// are given (entities: the extraction's array, to name speakers).
ClaimFacts FactsFromJson(const nlohmann::json& claim, const nlohmann::json& document,
                         const nlohmann::json& entities);

struct Fit {
  bool compatible = true;
  int anchors = 0;  // how strongly they point at one event: 0 = nothing shared
};
Fit CompareForIncident(const ClaimFacts& a, const ClaimFacts& b);

// Contradiction kinds ("count", "cause", "occurrence", "agent") between two
// claims of one incident.
std::vector<std::string> CrossContradictions(const ClaimFacts& a, const ClaimFacts& b);

}  // namespace crosscheck

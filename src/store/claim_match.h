// Comparing claims across reports, from their SPEC section 4 JSON.
//
// The in-report rules live in resolve/incidents.cc over the extractor's
// internal Claim; across reports the store only has the JSON, so this file
// reduces a claim to ClaimFacts and mirrors those rules on them:
//  - two claims can be one incident when nothing conflicts (same type; places
//    equal or one inside the other, by the chain of parents, so a city is not
//    taken for the region of the same name; dates overlapping within
//    kDayTolerance; facility names equal ignoring case and articles, or one
//    naming a part of the other; a one-word facility such as "the camp"
//    counts as unnamed; a toll over a stated period longer than
//    kLongestEventDays, "since January", only with another such toll) and
//    something anchors them strongly enough for how
//    well their dates are known (RequiredAnchor): a named facility both name
//    is the strongest anchor, then the same town, then a place inside the
//    other or the same country. Victims named alike add to an existing
//    anchor (to choose between incidents) but never anchor alone;
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
// Day ranges at most this wide count as a known date ("on Tuesday",
// "between the 10th and the 12th"); wider ones (an undated claim's window
// before publication, "last month") only place the event roughly in time.
inline constexpr int kPreciseDays = 3;
// A stated period longer than this is a toll of many events (as in
// resolve/incidents.cc).
inline constexpr int kLongestEventDays = 7;

// Anchor strengths (Fit::anchors adds them up over claim pairs).
inline constexpr int kAnchorNested = 1;    // one place inside the other, or the same country
inline constexpr int kAnchorSamePlace = 2; // the same town, district or local place
inline constexpr int kAnchorFacility = 3;  // the same named facility
inline constexpr int kAnchorVictims = 1;   // the same victims, on top of another anchor

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
  std::string victims;   // VictimsKey
  std::optional<int> day_lo, day_hi;  // days since 1970-01-01
  // The claim states a period longer than one event lasts ("since January"):
  // a toll of many events, one incident with no single-event claim.
  bool period_tally = false;
};

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD..."; nullopt if not one.
std::optional<int> DayNumber(std::string_view iso);
std::string IsoFromDay(int day);

// Lower case, leading "the/a/an" dropped, spaces collapsed.
std::string NormalizeFacility(std::string_view name);

// Lower case, last word, a plural "s" dropped: "Eritrean migrants" and "the
// migrant" are "migrant"; "" when none.
std::string VictimsKey(std::string_view victims);

// How strong an anchor two claims need to be one incident, from how well
// their dates are known: precise dates on both sides need only a shared
// place (kAnchorNested); a rough date on either side needs the same town
// (kAnchorSamePlace); no date at all on either side (no own date and no
// publication date) needs a named facility (kAnchorFacility).
int RequiredAnchor(const ClaimFacts& a, const ClaimFacts& b);

// The facts of `claim` from the extraction whose "document" and "entities"
// are given (entities: the extraction's array, to name speakers).
ClaimFacts FactsFromJson(const nlohmann::json& claim, const nlohmann::json& document,
                         const nlohmann::json& entities);

struct Fit {
  bool compatible = true;
  int anchors = 0;  // how strongly they point at one event: 0 = not enough shared
};
Fit CompareForIncident(const ClaimFacts& a, const ClaimFacts& b);

// Contradiction kinds ("count", "cause", "occurrence", "agent") between two
// claims of one incident.
std::vector<std::string> CrossContradictions(const ClaimFacts& a, const ClaimFacts& b);

}  // namespace crosscheck

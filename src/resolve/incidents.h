// Incidents within one report, and the contradictions inside each.
//
// Claims of one event type are one incident unless their dates are more
// than a day apart, or they name places in different countries, or two
// towns more than kSameIncidentKm apart (a sea, a region or a country fits
// any town in it). Inside an incident, two claims by different speakers contradict:
//  - count: both give counts, neither vague ("some", a bare plural) nor a
//    partial tally ("so far", "confirmed", "bodies recovered") below the
//    other, and the ranges do not overlap;
//  - cause: both give a cause and the causes differ;
//  - occurrence: one asserts the event, the other denies it;
//  - agent: both name agents and they differ, or the denial targets the
//    agent of a passive ("no truth that any migrant was killed by X"), or
//    the speaker denies its own role ("the army denied responsibility")
//    while the other names an agent.
#pragma once

#include <string>
#include <vector>

#include "extract/claim.h"

namespace crosscheck {

// Farther apart than this, two towns are two incidents. A gazetteer point
// can lie far from where a sprawling place's news happens (GeoNames puts
// "Lekki" 77 km from Lagos, its toll gate is 15 km out), so the bound is
// generous: it still keeps apart most towns a news round-up names.
inline constexpr double kSameIncidentKm = 100;

enum class ContradictionKind { kCount, kCause, kOccurrence, kAgent };
const char* ContradictionKindName(ContradictionKind k);

struct Contradiction {
  ContradictionKind kind;
  size_t a, b;  // claim indices
};

struct Incident {
  std::string id;
  std::string type;
  std::vector<size_t> claims;  // claim indices
  std::vector<Contradiction> contradictions;
};

// With `entities` (the report's), a person and the organization it speaks
// for ("Justice Ministry spokesman X" and "the ministry") are one side: their
// claims never contradict each other, as a speaker's own never do.
std::vector<Incident> GroupIncidents(const std::vector<Claim>& claims, const std::vector<Entity>* entities = nullptr);

// The contradiction between two claims of one incident, if any (exposed for tests
// and for the store, which compares claims across reports the same way).
std::vector<ContradictionKind> Contradicts(const Claim& a, const Claim& b);

}  // namespace crosscheck

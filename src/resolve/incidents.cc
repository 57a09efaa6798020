#include "resolve/incidents.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "extract/date.h"

namespace crosscheck {

const char* ContradictionKindName(ContradictionKind k) {
  switch (k) {
    case ContradictionKind::kCount: return "count";
    case ContradictionKind::kCause: return "cause";
    case ContradictionKind::kOccurrence: return "occurrence";
    case ContradictionKind::kAgent: return "agent";
  }
  return "count";
}

namespace {

// "some", "several", a bare plural: too vague to contradict a number.
bool Vague(const CountValue& c) { return c.approx && !c.max && c.min.value_or(0) <= 2; }

int64_t Low(const CountValue& c) { return c.min.value_or(0); }
int64_t High(const CountValue& c) { return c.max.value_or(std::numeric_limits<int64_t>::max()); }

bool CountsConflict(const CountValue& a, const CountValue& b) {
  if (Vague(a) || Vague(b)) return false;
  const bool a_below = High(a) < Low(b);
  const bool b_below = High(b) < Low(a);
  if (!a_below && !b_below) return false;
  // A partial tally below a larger total is a lower bound, not a conflict.
  if (a_below && a.partial) return false;
  if (b_below && b.partial) return false;
  return true;
}

std::optional<Date> DayOf(const Claim& c) {
  if (!c.when || c.when->date.empty()) return std::nullopt;
  auto d = ParseDate(c.when->date);
  if (!d.ok()) return std::nullopt;
  return *d;
}

// "more than 1,300 killed since January": a toll over weeks or more sums
// many events; it is not a count of any one of them.
bool PeriodTally(const Claim& c) {
  constexpr int kLongestEventDays = 7;
  if (!c.when || c.when->start.empty() || c.when->end.empty()) return false;
  auto start = ParseDate(c.when->start), end = ParseDate(c.when->end);
  return start.ok() && end.ok() && AddDays(*start, kLongestEventDays) < *end;
}

// Great-circle distance in km.
double DistanceKm(const PlaceValue& a, const PlaceValue& b) {
  constexpr double kRadians = 3.14159265358979323846 / 180.0;
  const double dlat = (b.lat - a.lat) * kRadians, dlon = (b.lon - a.lon) * kRadians;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kRadians) * std::cos(b.lat * kRadians) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

// A report that goes on to other news ("In Kano, police arrested 14
// people") names places far apart; one incident's claims name the town, its
// suburbs, its region, its country or the sea off it.
bool PlacesCompatible(const std::optional<PlaceValue>& a, const std::optional<PlaceValue>& b) {
  if (!a || !b || a->place == b->place) return true;
  if (!a->country.empty() && !b->country.empty() && a->country != b->country) return false;
  if (!a->point || !b->point || !a->has_coords || !b->has_coords) return true;
  return DistanceKm(*a, *b) <= kSameIncidentKm;
}

// Claims of one type are one event unless their days are more than a day
// apart or their places are too far apart.
bool Compatible(const Claim& a, const Claim& b) {
  if (a.type != b.type) return false;
  // Older events recalled as background are not this one.
  if (a.earlier_event != b.earlier_event) return false;
  if (PeriodTally(a) != PeriodTally(b)) return false;
  if (!PlacesCompatible(a.place, b.place)) return false;
  auto da = DayOf(a), db = DayOf(b);
  if (da && db) return *da == *db || AddDays(*da, 1) == *db || AddDays(*db, 1) == *da;
  return true;
}

// Whom a claim's victims are: civilians (0), state forces (1) or non-state
// fighters (2). Tallies of different sides are never one disputed figure.
int SideOf(const Claim& c) {
  if (c.victims_are_armed_group) return 2;
  return c.victims_are_forces ? 1 : 0;
}

bool SameAgent(const Claim& a, const Claim& b) {
  if (a.agent_entity >= 0 && b.agent_entity >= 0) return a.agent_entity == b.agent_entity;
  return a.agent == b.agent;
}

}  // namespace

std::vector<ContradictionKind> Contradicts(const Claim& a, const Claim& b) {
  std::vector<ContradictionKind> kinds;
  if (a.type != b.type || SameSpeaker(a.speaker, b.speaker)) return kinds;
  const bool a_denies = a.stance == Stance::kDenies;
  const bool b_denies = b.stance == Stance::kDenies;
  if (a_denies != b_denies) {
    // A denial about the soldiers killed says nothing of the attackers
    // killed: only claims about the same side can contradict (as counts do, below).
    if (SideOf(a) != SideOf(b) && !a.victims.empty() && !b.victims.empty()) return kinds;
    const Claim& denial = a_denies ? a : b;
    const Claim& other = a_denies ? b : a;
    if (denial.agent_from_by_phrase && !other.agent.empty() && SameAgent(denial, other)) {
      kinds.push_back(ContradictionKind::kAgent);
    } else if (denial.denies_agency) {
      // "The army denied responsibility": the event is not in dispute, who did it
      // is, when the other side names an agent.
      if (!other.agent.empty()) kinds.push_back(ContradictionKind::kAgent);
    } else {
      kinds.push_back(ContradictionKind::kOccurrence);
    }
    return kinds;
  }
  if (a_denies) return kinds;  // two denials agree
  // Seven police officers hurt and twenty rioters hurt are two tallies, not one disputed.
  // A tally with no victims named is of the people harmed, not of the
  // forces ("security forces killed all five attackers" is another tally).
  const bool same_side = SideOf(a) == SideOf(b);
  if (same_side && a.count && b.count && CountsConflict(*a.count, *b.count)) kinds.push_back(ContradictionKind::kCount);
  // Only causes the sources stated can disagree; one taken from the
  // speaker's earlier sentence may belong to another group of victims.
  if (!a.cause.empty() && !b.cause.empty() && a.cause != b.cause && a.cause != "unknown" && b.cause != "unknown" &&
      !a.cause_from_context && !b.cause_from_context) {
    kinds.push_back(ContradictionKind::kCause);
  }
  // Who did it is disputed for harm done, not for arrests or rescues that many hands make.
  const bool harm = a.type == "kill" || a.type == "injure" || a.type == "abuse" || a.type == "deport";
  // "Ethiopian soldiers" and "security forces" may well be one force.
  const bool both_generic = a.agent_generic_force && b.agent_generic_force;
  if (harm && same_side && !both_generic && !a.agent.empty() && !b.agent.empty() && !SameAgent(a, b) && a.agent_entity >= 0 && b.agent_entity >= 0) {
    kinds.push_back(ContradictionKind::kAgent);
  }
  return kinds;
}

std::vector<Incident> GroupIncidents(const std::vector<Claim>& claims, const std::vector<Entity>* entities) {
  // The organization a speaker stands for: its own entity, or the one a
  // person is affiliated with.
  const auto side = [&](const Claim& c) {
    if (c.speaker.kind != Speaker::kEntity || !entities || c.speaker.entity < 0 ||
        static_cast<size_t>(c.speaker.entity) >= entities->size()) {
      return -1;
    }
    const int affiliation = (*entities)[static_cast<size_t>(c.speaker.entity)].affiliation;
    return affiliation >= 0 ? affiliation : c.speaker.entity;
  };
  std::vector<Incident> incidents;
  for (size_t i = 0; i < claims.size(); ++i) {
    Incident* home = nullptr;
    for (auto& inc : incidents) {
      if (inc.type != claims[i].type) continue;
      bool fits = true;
      for (size_t j : inc.claims) fits &= Compatible(claims[j], claims[i]);
      if (fits) {
        home = &inc;
        break;
      }
    }
    if (!home) {
      incidents.push_back({"i" + std::to_string(incidents.size() + 1), claims[i].type, {}, {}});
      home = &incidents.back();
    }
    for (size_t j : home->claims) {
      if (side(claims[j]) >= 0 && side(claims[j]) == side(claims[i])) continue;
      for (auto kind : Contradicts(claims[j], claims[i])) home->contradictions.push_back({kind, j, i});
    }
    home->claims.push_back(i);
  }
  return incidents;
}

}  // namespace crosscheck

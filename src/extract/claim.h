// The extraction stage's output types: entities and claims of one report,
// with token spans into its Doc. Serialized by json_writer.h (SPEC section 4).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/lexicon.h"

namespace crosscheck {

enum class EntityType : uint8_t { kPerson, kOrganization, kGroup, kPlace };
const char* EntityTypeName(EntityType t);

struct Entity {
  std::string id;                    // "e1", "e2", ... in order of first mention
  std::string name;                  // fullest name seen
  EntityType type = EntityType::kOrganization;
  std::vector<std::string> aliases;  // every other way the text names it
  std::vector<std::string> roles;    // "Justice Minister", "spokesman for the city police"
  int affiliation = -1;              // index of another entity, or -1
  int place = -1;                    // for places: gazetteer place index
  size_t first_token = 0;            // where it is first mentioned
};

struct CountValue {
  std::optional<int64_t> min, max;
  bool approx = false;
  std::string text;
  bool partial = false;  // only what was seen or confirmed so far: a lower bound
};

struct TimeValue {
  std::string date;        // ISO date, or empty
  std::string start, end;  // ISO range, or empty
  std::string text;
};

struct PlaceValue {
  int place = -1;  // gazetteer index
  std::string name;
  // What incident grouping needs to tell two places apart without the
  // gazetteer: the country, whether the place is a point (a town, a camp)
  // rather than an area (a country, a region, a sea), and where it is.
  std::string country;
  bool point = false;
  bool has_coords = false;
  double lat = 0, lon = 0;
};

// Who makes a claim: an entity, `unnamed` or the `narrator`.
struct Speaker {
  enum Kind : uint8_t { kEntity, kUnnamed, kNarrator } kind = kNarrator;
  int entity = -1;
};

inline bool SameSpeaker(const Speaker& a, const Speaker& b) {
  if (a.kind != b.kind) return false;
  return a.kind != Speaker::kEntity || a.entity == b.entity;
}

struct Claim {
  std::string id;
  Speaker speaker;
  Stance stance = Stance::kAsserts;
  std::string type;
  std::optional<CountValue> count;
  std::string victims;
  bool victims_are_forces = false;  // "seven police officers": the other side of a clash
  bool victims_are_armed_group = false;  // "40 attackers", "rebels": non-state fighters, a side of their own
  // The agent is a description of state forces, no name: "Ethiopian
  // soldiers", "security forces"; two such descriptions may be one force.
  bool agent_generic_force = false;
  std::string agent;
  int agent_entity = -1;
  bool agent_from_by_phrase = false;  // "killed by X": a denial then targets the agent
  // "The army denied responsibility for the killings": the speaker denies
  // being the agent, not that the event happened (agent = the speaker).
  bool denies_agency = false;
  std::string cause;
  // The cause an attack names ("fired on", "shelled"), which has no cause slot
  // of its own: passed on to the killings and injuries its speaker reports
  // next (cause_context.h), never written out.
  std::string context_cause;
  bool cause_from_context = false;  // `cause` was passed on from an earlier sentence
  bool earlier_event = false;       // told as background: "Previously, the UN had documented ..." (earlier_events.h)
  std::optional<PlaceValue> place;
  // The sentence names where, but the gazetteer does not know it ("in the
  // village of Diallassagou"): no place is taken from the claims around.
  bool place_unknown_to_gazetteer = false;
  std::string facility;
  std::optional<TimeValue> when;
  size_t sentence = 0;
  uint32_t span_begin = 0, span_end = 0;  // byte offsets of the evidence in the text
  size_t trigger = 0;                      // token index of the event word
};

}  // namespace crosscheck

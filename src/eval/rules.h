// The matching rules of score.py: when a system claim matches a gold claim
// and when one slot value is right. Each function mirrors the Python function
// of the same name (speaker_keys, claim_match, slot_ok, ...), including its
// evaluation order, so it throws py::Error exactly where score.py raises.
//
// Internal to crosscheck_eval; use Score() from score.h.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "eval/pyvalue.h"

namespace crosscheck::eval {

using Json = nlohmann::json;
// A Python set of norm() results; nullopt stands for None.
using KeySet = std::set<std::optional<std::string>>;

// All names by which a speaker (or place, or agent) may be recognised: its
// normalized name plus the name and aliases (minus he/she/they) of every
// entity whose id or name it matches. None, "narrator" and "unnamed" stand
// for themselves.
KeySet SpeakerKeys(const Json& speaker, const Json& entities);

// type and stance equal, evidence spans overlap, speakers share a key, and
// the count ranges overlap where gold gives one.
bool ClaimMatch(const Json& gold_claim, const Json& gold, const Json& sys_claim, const Json& sys);

// Whether the system value `sys_value` of `slot` (count, cause, place, when,
// agent, victims) agrees with the gold value `gold_value` (not null).
bool SlotOk(const std::string& slot, const Json& gold_value, const Json& sys_value, const Json& gold,
            const Json& sys);

}  // namespace crosscheck::eval

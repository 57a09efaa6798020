// Scoring extracted claims against a gold annotation (SPEC section 5).
//
// A port of score() in /work/shared/tools/score.py, which is the reference:
// for any pair of JSON documents the counts here are identical to the
// Python's (score_test.cc checks that against score.py itself). In short:
//  - gold claims are taken in order; each takes the first unused system claim
//    with equal type and stance, overlapping evidence spans, a shared speaker
//    key (name or alias, "narrator", "unnamed") and overlapping count ranges;
//  - optional gold claims are not required, and a system claim matching one
//    is not a false positive;
//  - slots count, cause, place, when, agent, victims are scored on matched
//    claims where gold gives them;
//  - system contradictions come from incidents[].contradictions and the top
//    level contradictions; one naming n claims stands for all its pairs; a
//    pair matches a gold contradiction of the same kind over the gold claims
//    the two system claims matched.
//
// Thread-safe: pure functions of their arguments.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "crosscheck/status.h"

namespace crosscheck {

// The slots in score.py's order (the order reports print them in).
const std::vector<std::string>& ScoreSlots();

struct ScoreCounts {
  int tp = 0, fp = 0, fn = 0;     // claims
  int ctp = 0, cfp = 0, cfn = 0;  // contradictions
  // slot -> (correct, scored); always holds every slot of ScoreSlots().
  std::map<std::string, std::pair<int, int>> slots = EmptySlots();
  // ids of required gold claims no system claim matched, in gold order.
  std::vector<std::string> missed;

  static std::map<std::string, std::pair<int, int>> EmptySlots();
};

// Scores `system` (SPEC section 4 output) against `gold`. Fails with
// InvalidInput exactly where score.py would raise (e.g. no "claims" in gold,
// a string where an object belongs, a span with one number); the message
// names the Python exception.
Result<ScoreCounts> TryScore(const nlohmann::json& gold, const nlohmann::json& system);

// TryScore, with all-zero counts (every gold claim missed is NOT reported)
// for inputs score.py cannot score. Prefer TryScore where errors matter.
ScoreCounts Score(const nlohmann::json& gold, const nlohmann::json& system);

// Adds one report's counts to a running total (missed ids are not summed,
// as in score.py's add()).
void Add(ScoreCounts& total, const ScoreCounts& one);

}  // namespace crosscheck

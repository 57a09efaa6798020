// Printing scores the way score.py prints them, and as JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "eval/score.h"

namespace crosscheck {

// score.py's prf(): precision, recall and F1, 0.0 where a denominator is 0.
struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};
Prf ClaimPrf(const ScoreCounts& c);
Prf ContradictionPrf(const ScoreCounts& c);

// One line, no trailing newline, exactly as score.py's report() prints it:
// "<label>: claims P=0.50 R=1.00 F1=0.67 (tp=1 fp=1 fn=0) contradictions
//  P=0.00 R=0.00 (tp=0 fp=0 fn=0) slots count=1/1 cause=0/0 ..." (one line).
std::string FormatReport(const ScoreCounts& counts, const std::string& label);

// score.py's last line: "F1 0.667" (claim F1 with three decimals).
std::string FormatF1(const ScoreCounts& counts);

// {"tp":..,"fp":..,"fn":..,"ctp":..,"cfp":..,"cfn":..,
//  "slots":{"count":[correct,scored],...},"missed":[..],
//  "precision":..,"recall":..,"f1":..,
//  "contradiction_precision":..,"contradiction_recall":..}
nlohmann::json ToJson(const ScoreCounts& counts);

}  // namespace crosscheck

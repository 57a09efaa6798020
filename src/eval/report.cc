// Formatting follows score.py byte for byte: Python's f"{x:.2f}" rounds the
// binary double half-to-even, as glibc's printf does.
#include "eval/report.h"

#include <cstdio>

namespace crosscheck {
namespace {

Prf ComputePrf(int tp, int fp, int fn) {
  Prf r;
  if (tp + fp != 0) r.precision = static_cast<double>(tp) / (tp + fp);
  if (tp + fn != 0) r.recall = static_cast<double>(tp) / (tp + fn);
  if (r.precision + r.recall != 0) r.f1 = 2 * r.precision * r.recall / (r.precision + r.recall);
  return r;
}

std::string Printf(const char* fmt, auto... args) {
  int n = std::snprintf(nullptr, 0, fmt, args...);
  std::string out(static_cast<size_t>(n), '\0');
  std::snprintf(out.data(), out.size() + 1, fmt, args...);
  return out;
}

}  // namespace

Prf ClaimPrf(const ScoreCounts& c) { return ComputePrf(c.tp, c.fp, c.fn); }
Prf ContradictionPrf(const ScoreCounts& c) { return ComputePrf(c.ctp, c.cfp, c.cfn); }

std::string FormatReport(const ScoreCounts& c, const std::string& label) {
  Prf p = ClaimPrf(c), cp = ContradictionPrf(c);
  std::string line = label + Printf(": claims P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d) ", p.precision, p.recall,
                                    p.f1, c.tp, c.fp, c.fn);
  line += Printf("contradictions P=%.2f R=%.2f (tp=%d fp=%d fn=%d) slots", cp.precision, cp.recall, c.ctp, c.cfp,
                 c.cfn);
  for (const auto& s : ScoreSlots()) {
    auto it = c.slots.find(s);
    auto [ok, n] = it == c.slots.end() ? std::pair<int, int>{0, 0} : it->second;
    line += Printf(" %s=%d/%d", s.c_str(), ok, n);
  }
  return line;
}

std::string FormatF1(const ScoreCounts& c) { return Printf("F1 %.3f", ClaimPrf(c).f1); }

nlohmann::json ToJson(const ScoreCounts& c) {
  Prf p = ClaimPrf(c), cp = ContradictionPrf(c);
  nlohmann::json slots = nlohmann::json::object();
  for (const auto& [s, an] : c.slots) slots[s] = {an.first, an.second};
  return {{"tp", c.tp},        {"fp", c.fp},          {"fn", c.fn},
          {"ctp", c.ctp},      {"cfp", c.cfp},        {"cfn", c.cfn},
          {"slots", slots},    {"missed", c.missed},  {"precision", p.precision},
          {"recall", p.recall}, {"f1", p.f1},         {"contradiction_precision", cp.precision},
          {"contradiction_recall", cp.recall}};
}

}  // namespace crosscheck

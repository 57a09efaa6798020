// score.py's score(): greedy claim matching, slot tallies, contradictions.
//
// Python dict keys and frozensets are modelled with py::Key strings, so
// equal ids (1, 1.0, True) collide as they do in Python. Object identity
// (id(claim) in score.py) becomes the system claim's index.
#include "eval/score.h"

#include <algorithm>
#include <optional>
#include <set>

#include "eval/pyvalue.h"
#include "eval/rules.h"

namespace crosscheck {
namespace {

using py::Get;
using py::Json;

// A kind and a frozenset of claim keys.
using Contradiction = std::pair<std::string, std::set<std::string>>;

struct Pair {
  Json gold_id;    // the first key object, as a Python dict keeps it
  size_t sys_index;
};

std::vector<Contradiction> GoldContradictions(const Json& gold, bool optional) {
  std::vector<Contradiction> out;
  for (const auto& x : py::Iter(Get(gold, "contradictions", py::EmptyList()))) {
    if (py::Truthy(Get(x, "optional")) != optional) continue;
    Contradiction c{py::Key(py::Index(x, "kind")), {}};
    for (const auto& id : py::Iter(py::Index(x, "claims"))) c.second.insert(py::Key(id));
    out.push_back(std::move(c));
  }
  return out;
}

std::set<Contradiction> SystemContradictions(const Json& sys, const std::vector<Json>& sclaims,
                                             const std::map<std::string, Pair>& pairs) {
  std::map<size_t, const Json*> sid_to_gid;
  for (const auto& [key, p] : pairs) sid_to_gid[p.sys_index] = &p.gold_id;
  std::map<std::string, size_t> by_sid;  // later claims with the same id win
  for (size_t j = 0; j < sclaims.size(); ++j) by_sid[py::Key(Get(sclaims[j], "id"))] = j;
  auto gold_of = [&](const Json& sid) -> const Json* {
    auto it = by_sid.find(py::Key(sid));
    if (it == by_sid.end()) return nullptr;
    auto g = sid_to_gid.find(it->second);
    return g == sid_to_gid.end() ? nullptr : g->second;
  };

  std::vector<Json> found;
  for (const auto& inc : py::Iter(Get(sys, "incidents", py::EmptyList()))) {
    for (auto& x : py::Iter(Get(inc, "contradictions", py::EmptyList()))) found.push_back(std::move(x));
  }
  for (auto& x : py::Iter(Get(sys, "contradictions", py::EmptyList()))) found.push_back(std::move(x));

  std::set<Contradiction> out;
  for (const auto& x : found) {
    std::vector<Json> cl;
    for (auto& c : py::Iter(Get(x, "claims", py::EmptyList()))) {
      if (py::Truthy(c)) cl.push_back(std::move(c));
    }
    for (size_t i = 0; i < cl.size(); ++i) {
      for (size_t k = i + 1; k < cl.size(); ++k) {
        const Json* ga = gold_of(cl[i]);
        const Json* gb = gold_of(cl[k]);
        std::set<std::string> pair;
        if (ga && gb && py::Truthy(*ga) && py::Truthy(*gb)) {
          pair = {py::Key(*ga), py::Key(*gb)};
        } else {  // ('sys', a_): a key no gold id can equal
          pair = {"t" + py::Key(cl[i]), "t" + py::Key(cl[k])};
        }
        out.insert({py::Key(Get(x, "kind")), std::move(pair)});
      }
    }
  }
  return out;
}

void ScoreContradictions(const Json& gold, const Json& sys, const std::vector<Json>& sclaims,
                         const std::map<std::string, Pair>& pairs, ScoreCounts& out) {
  std::set<Contradiction> found = SystemContradictions(sys, sclaims, pairs);
  std::vector<Contradiction> gcon = GoldContradictions(gold, false);
  std::vector<Contradiction> gopt = GoldContradictions(gold, true);
  auto in = [](const std::vector<Contradiction>& v, const Contradiction& c) {
    return std::find(v.begin(), v.end(), c) != v.end();
  };
  for (const auto& c : gcon) out.ctp += found.count(c) ? 1 : 0;
  for (const auto& c : found) out.cfp += !in(gcon, c) && !in(gopt, c) ? 1 : 0;
  out.cfn = static_cast<int>(gcon.size()) - out.ctp;
}

ScoreCounts ScoreOrThrow(const Json& gold, const Json& sys) {
  std::vector<Json> gclaims = py::Iter(py::Index(gold, "claims"));
  std::vector<Json> sclaims = py::Iter(Get(sys, "claims", py::EmptyList()));
  std::vector<bool> used(sclaims.size(), false);
  std::map<std::string, Pair> pairs;
  for (const auto& gc : gclaims) {
    for (size_t j = 0; j < sclaims.size(); ++j) {
      if (!used[j] && eval::ClaimMatch(gc, gold, sclaims[j], sys)) {
        used[j] = true;
        const Json& id = py::Index(gc, "id");
        auto [it, fresh] = pairs.try_emplace(py::Key(id), Pair{id, j});
        if (!fresh) it->second.sys_index = j;  // pairs[id] = sc keeps the first key
        break;
      }
    }
  }
  auto matched = [&](const Json& g) { return pairs.count(py::Key(py::Index(g, "id"))) > 0; };

  ScoreCounts out;
  int required = 0, opt_matched = 0;
  for (const auto& g : gclaims) {
    if (py::Truthy(Get(g, "optional"))) continue;
    ++required;
    if (matched(g)) {
      ++out.tp;
    } else {
      out.missed.push_back(py::Str(py::Index(g, "id")));
    }
  }
  for (const auto& g : gclaims) {
    if (py::Truthy(Get(g, "optional")) && matched(g)) ++opt_matched;
  }
  out.fp = static_cast<int>(sclaims.size()) - out.tp - opt_matched;
  out.fn = required - out.tp;

  for (const auto& g : gclaims) {
    auto it = pairs.find(py::Key(py::Index(g, "id")));
    if (it == pairs.end()) continue;
    const Json& sc = sclaims[it->second.sys_index];
    if (!py::Truthy(sc)) continue;
    for (const auto& s : ScoreSlots()) {
      const Json& gv = Get(g, s.c_str());
      if (gv.is_null()) continue;
      auto& [ok, n] = out.slots[s];
      ++n;
      ok += eval::SlotOk(s, gv, Get(sc, s.c_str()), gold, sys) ? 1 : 0;
    }
  }
  ScoreContradictions(gold, sys, sclaims, pairs, out);
  return out;
}

}  // namespace

const std::vector<std::string>& ScoreSlots() {
  static const std::vector<std::string> slots = {"count", "cause", "place", "when", "agent", "victims"};
  return slots;
}

std::map<std::string, std::pair<int, int>> ScoreCounts::EmptySlots() {
  std::map<std::string, std::pair<int, int>> m;
  for (const auto& s : ScoreSlots()) m[s] = {0, 0};
  return m;
}

Result<ScoreCounts> TryScore(const nlohmann::json& gold, const nlohmann::json& system) {
  try {
    return ScoreOrThrow(gold, system);
  } catch (const py::Error& e) {
    return Status::InvalidInput(std::string("score.py would fail: ") + e.what());
  } catch (const nlohmann::json::exception& e) {  // a bug here, not bad input
    return Status::Internal(std::string("scoring: ") + e.what());
  }
}

ScoreCounts Score(const nlohmann::json& gold, const nlohmann::json& system) {
  auto r = TryScore(gold, system);
  return r.ok() ? std::move(r).value() : ScoreCounts{};
}

void Add(ScoreCounts& total, const ScoreCounts& one) {
  total.tp += one.tp;
  total.fp += one.fp;
  total.fn += one.fn;
  total.ctp += one.ctp;
  total.cfp += one.cfp;
  total.cfn += one.cfn;
  for (const auto& [slot, an] : one.slots) {
    total.slots[slot].first += an.first;
    total.slots[slot].second += an.second;
  }
}

}  // namespace crosscheck

// Agreement with the reference: scores many gold/system pairs with both
// score.py (through python3) and Score(), and requires identical figures and
// identical report lines. The pairs are the fixture gold files scored against
// themselves and against seeded perturbations of themselves (claims dropped,
// types and stances changed, spans shifted, counts moved, speakers renamed to
// aliases, slot values reshaped), plus hand-made edge cases, some of which
// make score.py raise (then TryScore must fail too).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "eval/report.h"
#include "eval/score.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Reads score.py's score(), add() and report() for every pair i in DIR.
constexpr const char* kDriver = R"PY(
import json, sys, io, contextlib, importlib.util
spec = importlib.util.spec_from_file_location('score_ref', sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
d, n = sys.argv[2], int(sys.argv[3])
def zero(): return dict(tp=0, fp=0, fn=0, ctp=0, cfp=0, cfn=0, slots={k: [0, 0] for k in m.SLOTS})
def line(t, label):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf): f = m.report(t, label)
    return buf.getvalue().rstrip('\n'), f"F1 {f:.3f}"
out, total = [], zero()
for i in range(n):
    g = json.load(open(f'{d}/{i}.gold.json', encoding='utf-8'))
    s = json.load(open(f'{d}/{i}.sys.json', encoding='utf-8'))
    try:
        r = m.score(g, s)
    except Exception as e:
        out.append({'ok': False, 'error': repr(e)}); continue
    one = zero(); m.add(one, r); m.add(total, r)
    l, f1 = line(one, f'case{i}')
    out.append({'ok': True, 'tp': r['tp'], 'fp': r['fp'], 'fn': r['fn'], 'ctp': r['ctp'], 'cfp': r['cfp'],
                'cfn': r['cfn'], 'slots': r['slots'], 'missed': [str(x) for x in r['missed']],
                'line': l, 'f1': f1})
l, f1 = line(total, 'TOTAL')
json.dump({'cases': out, 'total_line': l, 'total_f1': f1}, sys.stdout)
)PY";

const std::vector<std::string> kTypes = {"kill", "injure", "arrest", "detain", "escape", "raid", "abuse"};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

// One seeded perturbation of a gold file into a system output.
class Perturber {
 public:
  Perturber(const json& gold, unsigned seed, double rate) : gold_(gold), rng_(seed), rate_(rate) {}

  json Make() {
    json sys = {{"entities", gold_.value("entities", json::array())}, {"claims", json::array()}};
    int n = 0;
    std::map<std::string, std::string> rename;
    for (json c : gold_["claims"]) {
      if (Hit()) continue;  // dropped
      c.erase("optional");
      std::string sid = Hit() ? "s" + std::to_string(++n) : c["id"].get<std::string>();
      rename[c["id"].get<std::string>()] = sid;
      c["id"] = sid;
      if (Hit()) c["type"] = kTypes[Pick(kTypes.size())];
      if (Hit()) c["stance"] = c["stance"] == "asserts" ? "denies" : "asserts";
      if (Hit()) ShiftSpan(c);
      if (Hit()) MoveCount(c);
      if (Hit()) RenameSpeaker(c);
      if (Hit()) ReshapeSlots(c);
      sys["claims"].push_back(c);
    }
    if (Hit()) std::reverse(sys["claims"].begin(), sys["claims"].end());
    if (Hit()) sys["entities"] = json::array();
    AddContradictions(sys, rename);
    return sys;
  }

 private:
  bool Hit() { return std::uniform_real_distribution<double>(0, 1)(rng_) < rate_; }
  size_t Pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  int Between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

  void ShiftSpan(json& c) {
    auto& sp = c["evidence"]["span"];
    int b = sp[0], e = sp[1];
    switch (Pick(4)) {
      case 0: sp = {e, e + 10}; break;           // touches the end: no overlap
      case 1: sp = {b - 10, b + 1}; break;       // one code point of overlap
      case 2: sp = {b + Between(-80, 80), e + Between(-80, 80)}; break;
      default: sp = {b - 5, b}; break;           // touches the start
    }
  }

  void MoveCount(json& c) {
    json& cnt = c["count"];
    if (!cnt.is_object()) {
      cnt = {{"min", Between(1, 40)}, {"max", nullptr}};
      return;
    }
    for (const char* bound : {"min", "max"}) {
      if (!cnt.contains(bound) || cnt[bound].is_null()) {
        if (Hit()) cnt[bound] = Between(1, 300);
        continue;
      }
      int v = cnt[bound];
      switch (Pick(9)) {
        case 6: cnt[bound] = v * 103 / 100; break;  // just outside 2 % for large v
        case 7: cnt[bound] = v - v / 50; break;     // exactly 2 % below when v divides
        case 8: cnt[bound] = v * 1.021; break;
        case 0: cnt[bound] = v + 1; break;
        case 1: cnt[bound] = v - 2; break;
        case 2: cnt[bound] = v + v / 50; break;   // inside 2 %
        case 3: cnt[bound] = v * 2; break;
        case 4: cnt[bound] = nullptr; break;
        default: cnt[bound] = v * 1.0 + 0.5; break;  // a float
      }
    }
    if (Hit()) c.erase("count");
  }

  void RenameSpeaker(json& c) {
    for (const auto& e : gold_.value("entities", json::array())) {
      if (e.value("id", "") != c.value("speaker", "")) continue;
      auto aliases = e.value("aliases", json::array());
      if (!aliases.empty() && Hit()) {
        c["speaker"] = aliases[Pick(aliases.size())];
      } else {
        c["speaker"] = Pick(2) ? json(e["name"]) : json{{"name", e["name"]}, {"id", "x" + std::to_string(Pick(9))}};
      }
      return;
    }
    c["speaker"] = std::vector<json>{"narrator", "unnamed", nullptr, "the Narrator"}[Pick(4)];
  }

  void ReshapeSlots(json& c) {
    if (c.contains("place") && c["place"].is_string()) {
      std::string p = c["place"];
      c["place"] = Pick(2) ? json{{"name", "Somewhere"}, {"parents", {p, "Elsewhere"}}} : json("near " + p);
    }
    if (c.contains("agent") && c["agent"].is_string()) {
      c["agent"] = Pick(2) ? json{{"text", "the " + c["agent"].get<std::string>()}} : json("someone else");
    }
    if (c.contains("when") && c["when"].is_object()) {
      json w = c["when"];
      if (w.contains("date")) {
        std::string d = w["date"];
        c["when"] = Pick(2) ? json(d) : json{{"start", d.substr(0, 8) + "01"}, {"end", d.substr(0, 8) + "28"}};
      } else {
        c["when"] = json{{"date", w.value("start", "2000-01-01")}};
      }
    }
    if (c.contains("victims") && c["victims"].is_string()) {
      c["victims"] = Pick(2) ? json("THE " + c["victims"].get<std::string>()) : json(nullptr);
    }
    if (Hit()) c["cause"] = std::vector<std::string>{"shooting", "stampede", "fire"}[Pick(3)];
  }

  void AddContradictions(json& sys, const std::map<std::string, std::string>& rename) {
    json found = json::array();
    for (const auto& x : gold_.value("contradictions", json::array())) {
      if (Hit()) continue;
      json y = {{"kind", Hit() ? json("cause") : x["kind"]}, {"claims", json::array()}};
      for (const auto& id : x["claims"]) {
        auto it = rename.find(id.get<std::string>());
        y["claims"].push_back(it == rename.end() ? id : json(it->second));
      }
      if (Hit() && !sys["claims"].empty()) y["claims"].push_back(sys["claims"][0]["id"]);  // a third claim
      found.push_back(y);
    }
    if (Hit()) {
      sys["contradictions"] = found;
    } else {
      sys["incidents"] = {{{"id", "i1"}, {"claims", json::array()}, {"contradictions", found}}};
    }
  }

  const json& gold_;
  std::mt19937 rng_;
  double rate_;
};

// Pairs no fixture produces: Python corner cases, and inputs score.py rejects.
std::vector<std::pair<json, json>> EdgeCases() {
  auto claim = [](json id, json speaker, json span) {
    return json{{"id", id}, {"speaker", speaker}, {"stance", "asserts"}, {"type", "kill"},
                {"evidence", {{"span", span}}}};
  };
  json ents = {{{"id", "p"}, {"name", "ΣΑΣ Ολυμπος"}, {"aliases", {"İstanbul Office", "THEY", "the  Office"}}}};
  std::vector<std::pair<json, json>> out;
  out.push_back({{{"entities", ents}, {"claims", {claim("g1", "p", {0, 5})}}},
                 {{"claims", {claim("s", "σας ολυμπος", {4, 9})}}}});
  out.push_back({{{"entities", ents}, {"claims", {claim("g1", "p", {0, 5})}}},
                 {{"claims", {claim("s", "i̇stanbul office", {4, 9})}}}});
  out.push_back({{{"entities", ents}, {"claims", {claim("g1", "p", {0, 5})}}},
                 {{"claims", {claim("s", "they", {4, 9})}}}});
  json she = {{{"id", "w"}, {"name", "Ana Ruiz"}, {"aliases", {"She", "He", "Ms Ruiz"}}}};
  out.push_back({{{"entities", she}, {"claims", {claim("g1", "w", {0, 5})}}},
                 {{"claims", {claim("s", "she", {4, 9})}}, {"entities", she}}});
  // Numeric and duplicate ids, float spans, bool counts.
  out.push_back({{{"claims", {claim(1, "narrator", {0, 5}), claim(1.0, "narrator", {10, 15}), claim(2, "unnamed", {0, 3})}},
                  {"contradictions", {{{"kind", "count"}, {"claims", {1, 2}}}}}},
                 {{"claims", {claim("a", nullptr, {0.5, 2}), claim("b", "narrator", {12, 13}), claim("c", "unnamed", {1, 2})}},
                  {"contradictions", {{{"kind", "count"}, {"claims", {"b", "c", "", nullptr}}}}}}});
  json g = claim("g1", "narrator", {0, 5});
  g["count"] = {{"min", true}, {"max", 3.5}};
  json s = claim("s", "narrator", {0, 5});
  s["count"] = {{"min", 0}, {"max", 4}};
  out.push_back({{{"claims", {g}}}, {{"claims", {s}}}});
  // A string span is a tuple of characters in Python.
  out.push_back({{{"claims", {claim("g1", "narrator", "ab")}}}, {{"claims", {claim("s", "narrator", "ac")}}}});
  // Raises: gold without claims; a one-number span; a string gold `when`;
  // a named speaker with null entities; a string compared with a number.
  out.push_back({json::object(), {{"claims", json::array()}}});
  out.push_back({{{"claims", {claim("g1", "narrator", {0, 5})}}}, {{"claims", {claim("s", "narrator", {3})}}}});
  json gw = claim("g1", "narrator", {0, 5});
  gw["when"] = "2020-01-01";
  json sw = claim("s", "narrator", {0, 5});
  sw["when"] = "2020-01-01";
  out.push_back({{{"claims", {gw}}}, {{"claims", {sw}}}});
  out.push_back({{{"entities", nullptr}, {"claims", {claim("g1", "Bob", {0, 5})}}}, {{"claims", {claim("s", "Bob", {0, 5})}}}});
  out.push_back({{{"claims", {claim("g1", "narrator", {0, 5})}}}, {{"claims", {claim("s", "narrator", {"0", 9})}}}});
  return out;
}

std::vector<std::pair<json, json>> AllCases(const fs::path& fixtures) {
  std::vector<fs::path> golds;
  for (const auto& e : fs::recursive_directory_iterator(fixtures)) {
    if (e.path().filename() == "gold.json") golds.push_back(e.path());
  }
  std::sort(golds.begin(), golds.end());
  std::vector<std::pair<json, json>> cases;
  unsigned seed = 1;
  for (const auto& p : golds) {
    json gold = json::parse(ReadFile(p));
    json self = gold;
    cases.push_back({gold, self});
    for (double rate : {0.1, 0.3, 0.5}) {
      for (int k = 0; k < 4; ++k) cases.push_back({gold, Perturber(gold, seed++, rate).Make()});
    }
  }
  for (auto& c : EdgeCases()) cases.push_back(std::move(c));
  return cases;
}

TEST(Agreement, IdenticalToScorePy) {
  const char* shared = std::getenv("CROSSCHECK_SHARED");
  if (!shared || !fs::exists(fs::path(shared) / "tools/score.py")) {
    GTEST_SKIP() << "no score.py at $CROSSCHECK_SHARED/tools/score.py (CROSSCHECK_SHARED="
                 << (shared ? shared : "unset") << "): cannot compare with the reference scorer";
  }
  if (std::system("python3 -c 'import json' >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "python3 not available: cannot run the reference scorer";
  }
  fs::path dir = fs::temp_directory_path() / ("crosscheck_eval_agree_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto cases = AllCases(fs::path(shared) / "fixtures");
  for (size_t i = 0; i < cases.size(); ++i) {
    WriteFile(dir / (std::to_string(i) + ".gold.json"), cases[i].first.dump(1, ' ', true));
    WriteFile(dir / (std::to_string(i) + ".sys.json"), cases[i].second.dump(1, ' ', true));
  }
  WriteFile(dir / "driver.py", kDriver);
  std::string cmd = "python3 " + (dir / "driver.py").string() + " " + (fs::path(shared) / "tools/score.py").string() +
                    " " + dir.string() + " " + std::to_string(cases.size()) + " > " + (dir / "out.json").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  json ref = json::parse(ReadFile(dir / "out.json"));
  fs::remove_all(dir);

  ScoreCounts total;
  int errors = 0, matched = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    const json& want = ref["cases"][i];
    auto got = TryScore(cases[i].first, cases[i].second);
    SCOPED_TRACE("case " + std::to_string(i) + "\ngold: " + cases[i].first.dump() + "\nsys: " + cases[i].second.dump());
    ASSERT_EQ(got.ok(), want["ok"].get<bool>()) << (got.ok() ? want.value("error", "") : got.status().message());
    if (!got.ok()) {
      ++errors;
      continue;
    }
    const ScoreCounts& c = got.value();
    EXPECT_EQ(FormatReport(c, "case" + std::to_string(i)), want["line"].get<std::string>());
    EXPECT_EQ(FormatF1(c), want["f1"].get<std::string>());
    EXPECT_EQ(c.missed, want["missed"].get<std::vector<std::string>>());
    EXPECT_EQ(c.fp, want["fp"].get<int>());  // also in the line, but fp can go negative
    matched += c.tp;
    Add(total, c);
  }
  EXPECT_EQ(FormatReport(total, "TOTAL"), ref["total_line"].get<std::string>());
  EXPECT_EQ(FormatF1(total), ref["total_f1"].get<std::string>());
  EXPECT_GE(errors, 5);      // the edge cases that make score.py raise
  EXPECT_GT(matched, 100);   // the perturbations left plenty to match
}

}  // namespace
}  // namespace crosscheck

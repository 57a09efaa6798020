// Hand-made gold/system pairs, one rule of score.py each.
#include "eval/score.h"

#include <gtest/gtest.h>

#include <vector>

#include "eval/pyvalue.h"
#include "eval/report.h"

namespace crosscheck {
namespace {

using nlohmann::json;

json Claim(const std::string& id, const json& speaker, const std::string& type, int begin, int end) {
  return {{"id", id}, {"speaker", speaker}, {"stance", "asserts"}, {"type", type},
          {"evidence", {{"span", {begin, end}}}}};
}

// Claims are taken as a vector: a braced list of one json would be an array
// under g++ but a copy of that one element under clang (CWG 2137).
json Gold(const std::vector<json>& claims, json entities = json::array(), json contradictions = json::array()) {
  return {{"entities", entities}, {"claims", claims}, {"contradictions", contradictions}};
}

json System(const std::vector<json>& claims, json entities = json::array()) { return {{"entities", entities}, {"claims", claims}}; }

ScoreCounts MustScore(const json& gold, const json& sys) {
  auto r = TryScore(gold, sys);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? r.value() : ScoreCounts{};
}

TEST(Score, SpeakerByAliasButNotByPronoun) {
  json people = {{{"id", "m"}, {"name", "Khalid Amer"}, {"aliases", {"Amer", "The minister", "he"}}}};
  json gold = Gold({Claim("g1", "m", "kill", 10, 20)}, people);
  // The system names the speaker by an alias of its own entity list.
  json sys = System({Claim("s1", "x", "kill", 15, 30)},
                    {{{"id", "x"}, {"name", "the minister"}, {"aliases", json::array()}}});
  auto c = MustScore(gold, sys);
  EXPECT_EQ(c.tp, 1);
  EXPECT_EQ(c.fp, 0);
  // "he" is no key: a system speaker called "he" matches nobody.
  auto d = MustScore(gold, System({Claim("s1", "he", "kill", 15, 30)}));
  EXPECT_EQ(d.tp, 0);
  EXPECT_EQ(d.fn, 1);
  EXPECT_EQ(d.missed, std::vector<std::string>{"g1"});
}

TEST(Score, NarratorAndUnnamedOnlyMatchThemselves) {
  json gold = Gold({Claim("g1", "narrator", "raid", 0, 10), Claim("g2", "unnamed", "raid", 20, 30)});
  json sys = System({Claim("a", nullptr, "raid", 0, 10), Claim("b", "unnamed", "raid", 0, 10),
                     Claim("c", "narrator", "raid", 20, 30)});
  auto c = MustScore(gold, sys);
  EXPECT_EQ(c.tp, 1);  // a (no speaker = narrator) matches g1; g2 finds no unnamed claim on its span
  EXPECT_EQ(c.fp, 2);
  EXPECT_EQ(c.missed, std::vector<std::string>{"g2"});
}

TEST(Score, SpansMustOverlapHalfOpen) {
  json gold = Gold({Claim("g1", "narrator", "kill", 10, 20)});
  EXPECT_EQ(MustScore(gold, System({Claim("s", "narrator", "kill", 20, 25)})).tp, 0);  // touching
  EXPECT_EQ(MustScore(gold, System({Claim("s", "narrator", "kill", 0, 10)})).tp, 0);
  EXPECT_EQ(MustScore(gold, System({Claim("s", "narrator", "kill", 19, 25)})).tp, 1);
  EXPECT_EQ(MustScore(gold, System({Claim("s", "narrator", "kill", 0, 11)})).tp, 1);
  json no_span = Claim("s", "narrator", "kill", 0, 0);
  no_span["evidence"] = nullptr;
  EXPECT_EQ(MustScore(gold, System({no_span})).tp, 0);
}

TEST(Score, TypeAndStanceMustBeEqual) {
  json gold = Gold({Claim("g1", "narrator", "kill", 10, 20)});
  json denies = Claim("s", "narrator", "kill", 10, 20);
  denies["stance"] = "denies";
  EXPECT_EQ(MustScore(gold, System({denies})).tp, 0);
  EXPECT_EQ(MustScore(gold, System({Claim("s", "narrator", "injure", 10, 20)})).tp, 0);
}

TEST(Score, CountRangesOverlapWithOpenBounds) {
  json g = Claim("g1", "narrator", "kill", 0, 10);
  g["count"] = {{"min", 6}, {"max", nullptr}};
  json gold = Gold({g});
  auto with_count = [](json count) {
    json s = Claim("s", "narrator", "kill", 0, 10);
    s["count"] = count;
    return System({s});
  };
  EXPECT_EQ(MustScore(gold, with_count({{"min", 1}, {"max", 1}})).tp, 0);       // [1,1] vs [6,inf)
  EXPECT_EQ(MustScore(gold, with_count({{"min", nullptr}, {"max", 6}})).tp, 1);  // (0,6] touches
  EXPECT_EQ(MustScore(gold, with_count({{"min", 100}, {"max", 200}})).tp, 1);
  EXPECT_EQ(MustScore(gold, with_count(nullptr)).tp, 0);  // gold has a count, system none
  // No gold count: any system count will do.
  EXPECT_EQ(MustScore(Gold({Claim("g1", "narrator", "kill", 0, 10)}), with_count({{"min", 3}})).tp, 1);
}

TEST(Score, OptionalClaimsAreNeitherRequiredNorFalsePositives) {
  json opt = Claim("g2", "narrator", "arrest", 30, 40);
  opt["optional"] = true;
  json gold = Gold({Claim("g1", "narrator", "kill", 0, 10), opt});
  auto c = MustScore(gold, System({Claim("a", "narrator", "arrest", 30, 40)}));
  EXPECT_EQ(c.tp, 0);
  EXPECT_EQ(c.fp, 0);
  EXPECT_EQ(c.fn, 1);
}

TEST(Score, GreedyMatchingTakesTheFirstUnusedSystemClaim) {
  json gold = Gold({Claim("g1", "narrator", "kill", 0, 10), Claim("g2", "narrator", "kill", 5, 20)});
  // s1 overlaps both golds; g1 takes it first, g2 then gets s2.
  auto c = MustScore(gold, System({Claim("s1", "narrator", "kill", 5, 8), Claim("s2", "narrator", "kill", 15, 18)}));
  EXPECT_EQ(c.tp, 2);
  EXPECT_EQ(c.fp, 0);
}

TEST(Score, CountSlotToleranceIsOneOrTwoPercent) {
  auto pair = [](json gcount, json scount) {
    json g = Claim("g1", "narrator", "kill", 0, 10);
    g["count"] = gcount;
    json s = Claim("s", "narrator", "kill", 0, 10);
    s["count"] = scount;
    return MustScore(Gold({g}), System({s})).slots["count"];
  };
  using P = std::pair<int, int>;
  // (The ranges must overlap for the claims to match at all.)
  EXPECT_EQ(pair({{"min", 6}, {"max", 6}}, {{"min", 5}, {"max", 7}}), P(1, 1));
  EXPECT_EQ(pair({{"min", 6}, {"max", 6}}, {{"min", 6}, {"max", 8}}), P(0, 1));
  EXPECT_EQ(pair({{"min", 1000}, {"max", 1000}}, {{"min", 980}, {"max", 1020}}), P(1, 1));
  EXPECT_EQ(pair({{"min", 1000}, {"max", 1000}}, {{"min", 979}, {"max", 1000}}), P(0, 1));
  EXPECT_EQ(pair({{"min", 6}, {"max", nullptr}}, {{"min", 6}, {"max", 100000}}), P(0, 1));  // inf only == inf
  EXPECT_EQ(pair({{"min", 6}, {"max", nullptr}}, {{"min", 5}}), P(1, 1));
}

TEST(Score, PlaceMatchesParentsAndSubstrings) {
  json ents = {{{"id", "grg"}, {"name", "Gargaresh"}}};
  auto place = [&](json sval) {
    json g = Claim("g1", "narrator", "raid", 0, 10);
    g["place"] = "grg";
    json s = Claim("s", "narrator", "raid", 0, 10);
    s["place"] = sval;
    return MustScore(Gold({g}, ents), System({s})).slots["place"].first;
  };
  EXPECT_EQ(place("Gargaresh"), 1);
  EXPECT_EQ(place("the Gargaresh district"), 1);  // substring
  EXPECT_EQ(place(json{{"name", "Street 5"}, {"parents", {"Gargaresh", "Tripoli"}}}), 1);
  EXPECT_EQ(place(json{{"name", "Tripoli"}, {"parents", {"Libya"}}}), 0);
  EXPECT_EQ(place(nullptr), 0);
}

TEST(Score, WhenAcceptsDateOrRange) {
  auto when = [](json gval, json sval) {
    json g = Claim("g1", "narrator", "raid", 0, 10);
    g["when"] = gval;
    json s = Claim("s", "narrator", "raid", 0, 10);
    s["when"] = sval;
    return MustScore(Gold({g}), System({s})).slots["when"].first;
  };
  json day = {{"date", "2021-10-08"}};
  EXPECT_EQ(when(day, {{"date", "2021-10-08"}}), 1);
  EXPECT_EQ(when(day, "2021-10-08"), 1);
  EXPECT_EQ(when(day, {{"start", "2021-10-01"}, {"end", "2021-10-09"}}), 1);
  EXPECT_EQ(when(day, {{"start", "2021-10-09"}, {"end", "2021-10-10"}}), 0);
  EXPECT_EQ(when(json{{"start", "2021-10-01"}}, {{"date", "1999-01-01"}}), 1);  // gold gives no date
}

TEST(Score, AgentAndVictimsCompareNormalizedText) {
  auto slot = [](const std::string& name, json gval, json sval) {
    json g = Claim("g1", "narrator", "kill", 0, 10);
    g[name] = gval;
    json s = Claim("s", "narrator", "kill", 0, 10);
    s[name] = sval;
    return MustScore(Gold({g}), System({s})).slots[name].first;
  };
  EXPECT_EQ(slot("agent", "The  Coast Guard", json{{"text", "coast guard"}}), 1);
  EXPECT_EQ(slot("agent", "Libyan coast guard", "coast guard"), 1);
  EXPECT_EQ(slot("agent", "police", "army"), 0);
  EXPECT_EQ(slot("victims", "migrants", "MIGRANTS"), 1);
  EXPECT_EQ(slot("victims", "migrants", ""), 0);
  EXPECT_EQ(slot("cause", "shooting", "stampede"), 0);
}

TEST(Score, ContradictionsExpandToPairsAndMapToGoldClaims) {
  json gold = Gold({Claim("g1", "narrator", "kill", 0, 10), Claim("g2", "unnamed", "kill", 20, 30),
                    Claim("g3", "narrator", "kill", 40, 50)},
                   json::array(),
                   {{{"kind", "count"}, {"claims", {"g1", "g2"}}},
                    {{"kind", "cause"}, {"claims", {"g2", "g3"}}, {"optional", true}},
                    {{"kind", "agent"}, {"claims", {"g1", "g3"}}}});
  json sys = System({Claim("a", "narrator", "kill", 0, 10), Claim("b", "unnamed", "kill", 20, 30),
                     Claim("c", "narrator", "kill", 40, 50)});
  // One contradiction over three claims = three pairs: (a,b) is right,
  // (b,c) and (a,c) are wrong for kind count.
  sys["incidents"] = {{{"claims", {"a", "b", "c"}}, {"contradictions", {{{"kind", "count"}, {"claims", {"a", "b", "c"}}}}}}};
  // Top-level contradictions count too; the optional gold one is no FP.
  sys["contradictions"] = {{{"kind", "cause"}, {"claims", {"c", "b"}}}, {{"kind", "count"}, {"claims", {"b", "a"}}}};
  auto c = MustScore(gold, sys);
  EXPECT_EQ(c.ctp, 1);
  EXPECT_EQ(c.cfp, 2);
  EXPECT_EQ(c.cfn, 1);
}

TEST(Score, ContradictionOverUnmatchedClaimsIsAFalsePositive) {
  json gold = Gold({Claim("g1", "narrator", "kill", 0, 10)}, json::array(),
                   {{{"kind", "count"}, {"claims", {"g1", "g2"}}}});
  json sys = System({Claim("a", "narrator", "kill", 0, 10)});
  sys["contradictions"] = {{{"kind", "count"}, {"claims", {"a", "zz"}}}};
  auto c = MustScore(gold, sys);
  EXPECT_EQ(c.ctp, 0);
  EXPECT_EQ(c.cfp, 1);
  EXPECT_EQ(c.cfn, 1);
}

TEST(Score, FailsWhereScorePyRaises) {
  EXPECT_FALSE(TryScore(json::object(), System({})).ok());  // gold without claims
  json g = Claim("g1", "narrator", "kill", 0, 10);
  json s = Claim("s", "narrator", "kill", 0, 10);
  s["evidence"]["span"] = {5};  // b[1] IndexError
  EXPECT_FALSE(TryScore(Gold({g}), System({s})).ok());
  EXPECT_EQ(Score(json::object(), System({})).tp, 0);
}

TEST(Score, AddSumsEverythingButMissed) {
  ScoreCounts a, b;
  a.tp = 1;
  a.slots["count"] = {1, 2};
  b.tp = 2;
  b.cfn = 3;
  b.slots["count"] = {0, 1};
  b.missed = {"g9"};
  Add(a, b);
  EXPECT_EQ(a.tp, 3);
  EXPECT_EQ(a.cfn, 3);
  EXPECT_EQ(a.slots["count"], std::make_pair(1, 3));
  EXPECT_TRUE(a.missed.empty());
}

TEST(Report, FormatsLikeScorePy) {
  ScoreCounts c;
  c.tp = 2;
  c.fp = 1;
  c.fn = 1;
  c.ctp = 1;
  c.cfn = 1;
  c.slots["count"] = {1, 2};
  EXPECT_EQ(FormatReport(c, "TOTAL"),
            "TOTAL: claims P=0.67 R=0.67 F1=0.67 (tp=2 fp=1 fn=1) contradictions P=1.00 R=0.50 "
            "(tp=1 fp=0 fn=1) slots count=1/2 cause=0/0 place=0/0 when=0/0 agent=0/0 victims=0/0");
  EXPECT_EQ(FormatF1(c), "F1 0.667");
  EXPECT_EQ(FormatF1(ScoreCounts{}), "F1 0.000");
  EXPECT_EQ(ToJson(c)["slots"]["count"], json({1, 2}));
}

TEST(PyValue, NormLowersDropsTheAndSquashesSpace) {
  EXPECT_EQ(py::Norm("The  Interior\tMinistry "), "interior ministry");
  EXPECT_EQ(py::Norm("breathe the air"), "breaair");  // every "the ", even inside words
  EXPECT_EQ(py::Norm(nullptr), std::nullopt);
  EXPECT_EQ(py::Norm(6), "6");
  EXPECT_EQ(py::Norm(1.5e16), "1.5e+16");
  EXPECT_EQ(py::Norm(json{{"a", 1}}), "{'a': 1}");
  // Final sigma and the dotted capital I, as Python's str.lower() does them.
  EXPECT_EQ(py::Lower("\xCE\xA3\xCE\x91\xCE\xA3 \xC4\xB0"), "\xCF\x83\xCE\xB1\xCF\x82 i\xCC\x87");
}

TEST(PyValue, EqualityAndKeysFollowPython) {
  EXPECT_TRUE(py::Eq(1, 1.0));
  EXPECT_TRUE(py::Eq(true, 1));
  EXPECT_FALSE(py::Eq("1", 1));
  EXPECT_EQ(py::Key(1), py::Key(1.0));
  EXPECT_NE(py::Key(1), py::Key("1"));
  EXPECT_THROW(py::Key(json::array()), py::Error);
  EXPECT_THROW(py::Lt("a", 1), py::Error);
  EXPECT_TRUE(py::Lt(json({1, 2}), json({1, 3})));
}

}  // namespace
}  // namespace crosscheck

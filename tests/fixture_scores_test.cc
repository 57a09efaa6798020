// Quality on the fixtures in ../shared/fixtures, scored as SPEC section 5 (the
// same scorer as `crosscheck eval`). The thresholds are what the extractor
// reaches today; they only ever go up. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "crosscheck/extractor.h"
#include "shared_dir.h"
#include "eval/report.h"
#include "eval/score.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

using testing::SharedDir;

const Extractor& Shared() {
  static Extractor extractor = [] {
    auto e = Extractor::Create(CROSSCHECK_DATA_DIR);
    EXPECT_TRUE(e.ok()) << e.status().message();
    return std::move(e).value();
  }();
  return extractor;
}

std::string ReadText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  return text;
}

// Extracts and scores one fixture folder; also returns the system JSON.
ScoreCounts ScoreFixture(const fs::path& dir, nlohmann::json* system_out = nullptr) {
  const nlohmann::json gold = nlohmann::json::parse(ReadText(dir / "gold.json"));
  Report report;
  report.text = ReadText(dir / "article.txt");
  report.published = gold["document"].value("published", "");
  report.source = gold["document"].value("source", "");
  auto system = Shared().Extract(report);
  EXPECT_TRUE(system.ok()) << system.status().message();
  if (system_out) *system_out = *system;
  return Score(gold, system.ok() ? *system : nlohmann::json::object());
}

#define SKIP_WITHOUT_SHARED(path)                                                          \
  if (!fs::exists(path)) GTEST_SKIP() << "no fixtures at " << (path) << " (../shared absent)"

TEST(FixtureScores, SeedReachesClaimF1AndFindsTheSodaMazenContradictions) {
  const fs::path seed = SharedDir() / "fixtures" / "seed";
  SKIP_WITHOUT_SHARED(seed);
  nlohmann::json system;
  const ScoreCounts s = ScoreFixture(seed, &system);
  EXPECT_GE(ClaimPrf(s).f1, 1.0) << FormatReport(s, "seed");
  EXPECT_EQ(s.cfn, 0) << FormatReport(s, "seed");

  // The count and cause contradictions between the IOM head and the minister, with both sentences.
  std::map<std::string, std::string> speaker_name, evidence;
  for (const auto& e : system["entities"]) speaker_name[e["id"]] = e["name"];
  for (const auto& c : system["claims"]) {
    evidence[c["id"]] = c["evidence"]["text"];
    speaker_name[c["id"]] = speaker_name[c["speaker"].get<std::string>()];
  }
  std::set<std::string> kinds;
  for (const auto& inc : system["incidents"]) {
    for (const auto& k : inc["contradictions"]) {
      std::set<std::string> who = {speaker_name[k["claims"][0]], speaker_name[k["claims"][1]]};
      if (who == std::set<std::string>{"Federico Soda", "Khaled Mazen"} &&
          (k["kind"] == "count" || k["kind"] == "cause")) {
        kinds.insert(k["kind"]);
        EXPECT_NE(evidence[k["claims"][0]].find("shot dead"), std::string::npos);
        EXPECT_NE(evidence[k["claims"][1]].find("only one person"), std::string::npos);
      }
    }
  }
  EXPECT_TRUE(kinds.count("count"));
  EXPECT_TRUE(kinds.count("cause"));
}

TEST(FixtureScores, DevSetReachesClaimF1AndContradictionRecall) {
  const fs::path dev = SharedDir() / "fixtures" / "dev";
  SKIP_WITHOUT_SHARED(dev);
  ScoreCounts total;
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(dev)) {
    if (fs::exists(entry.path() / "gold.json")) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  for (const auto& d : dirs) Add(total, ScoreFixture(d));
  EXPECT_GE(ClaimPrf(total).f1, 0.949) << FormatReport(total, "dev");
  EXPECT_GE(ContradictionPrf(total).recall, 1.0) << FormatReport(total, "dev");
  EXPECT_GE(ContradictionPrf(total).precision, 0.833) << FormatReport(total, "dev");
  // Slots the parse reads (agent, victims), the gazetteer and the place
  // context fill (place), and the cause context carries (cause).
  EXPECT_GE(total.slots["agent"].first, 35) << FormatReport(total, "dev");
  EXPECT_GE(total.slots["victims"].first, 46) << FormatReport(total, "dev");
  EXPECT_GE(total.slots["place"].first, 37) << FormatReport(total, "dev");
  EXPECT_GE(total.slots["cause"].first, 11) << FormatReport(total, "dev");
  EXPECT_GE(total.slots["count"].first, 47) << FormatReport(total, "dev");
  EXPECT_GE(total.slots["when"].first, 23) << FormatReport(total, "dev");
}

}  // namespace
}  // namespace crosscheck

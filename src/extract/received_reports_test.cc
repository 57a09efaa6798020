// Reports an office received (session 13): "There were reports that 12
// people died" is the reports' claim (a number had not counted as a word
// of the content, so the two words before the noun had been taken for it);
// "received credible reports that ..." is unnamed, and "unconfirmed
// reports" hedge it; "14 men detained by armed groups had been summarily
// executed" is what the reports say, not the narrator's background (an
// adverb after the auxiliary had made the main verb look like a reduced
// relative). Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(ReceivedReports, ThereWereReportsThatIsTheReportsClaim) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "There were reports that 12 people died.\n";
    const auto x = Extract(*p, text);
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill && kill->count) << text;
    EXPECT_EQ(kill->count->min, 12);
    EXPECT_EQ(kill->stance, Stance::kAsserts);
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "unnamed");
    const std::string hedged = "There were unconfirmed reports that 12 people died.\n";
    const auto uncertain = FirstClaim(Extract(*p, hedged), "kill");
    ASSERT_TRUE(uncertain.has_value()) << hedged;
    EXPECT_EQ(uncertain->stance, Stance::kUncertain);
  }
}

TEST(ReceivedReports, ReportsReceivedSpeakForThemselvesAllTheWayToTheMainVerb) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "The office also received credible reports that 14 men detained by armed groups had been summarily "
        "executed in March.\n";
    const auto x = Extract(*p, text);
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill && kill->count) << text;
    EXPECT_EQ(kill->count->min, 14);
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "unnamed");
    EXPECT_EQ(SpeakerOfClaim(x, "arrest"), "unnamed");
  }
}

}  // namespace
}  // namespace crosscheck

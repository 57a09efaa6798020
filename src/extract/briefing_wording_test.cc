// A spokesperson's briefing (session 13): "..., a spokesperson told
// reporters in Paris on Friday" keeps its claim (the addressee and the
// place had been read as what was said) and Friday is when it was told, not
// when it happened; "told reporters 10 migrants were arrested" and "told
// AFP 10 migrants ..." count the 10 (the number had been read into the
// addressee, and after an acronym as a label like "Route 66"). Invented
// sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(BriefingWording, ATrailingBriefingKeepsItsClaimAndItsDayIsNotTheEvents) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"Ten people were killed, a spokesperson told reporters in Paris on Friday.\n",
                                   "Ten people were killed, spokesperson Ana Lindqvist told reporters in Geneva on "
                                   "Friday.\n"}) {
      const auto x = Extract(*p, text);
      const auto kill = FirstClaim(x, "kill");
      ASSERT_TRUE(kill && kill->count) << text;
      EXPECT_EQ(kill->count->min, 10) << text;
      EXPECT_FALSE(kill->when.has_value()) << text;
      EXPECT_NE(SpeakerOfClaim(x, "kill"), "narrator") << text;
    }
    // Inside what is told, the day is the event's.
    const std::string inside = "Police told reporters that 12 migrants were killed on Friday.\n";
    const auto kill = FirstClaim(Extract(*p, inside), "kill");
    ASSERT_TRUE(kill && kill->when) << inside;
  }
}

TEST(BriefingWording, ANumberAfterTheAddresseeOpensWhatIsTold) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"Police told reporters 10 migrants were arrested.\n",
                                   "Police told AFP 10 migrants were arrested.\n",
                                   "A spokesperson told reporters ten migrants were arrested.\n"}) {
      const auto arrest = FirstClaim(Extract(*p, text), "arrest");
      ASSERT_TRUE(arrest && arrest->count) << text;
      EXPECT_EQ(arrest->count->min, 10) << text;
      EXPECT_EQ(arrest->count->max, 10) << text;
      EXPECT_EQ(arrest->victims, "migrants") << text;
    }
  }
}

}  // namespace
}  // namespace crosscheck

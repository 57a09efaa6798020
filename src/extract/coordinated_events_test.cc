// Two events in one clause joined by "and": a fixed pattern that completes
// before the second verb ("shot dead ... and wounded"), a one-word pattern
// that does not ("shot two men and wounded a third" is one shooting that
// wounded), and the second verb's subject, which is the first's. Sentences
// written for these tests; both pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(CoordinatedEvents, ACompletedPatternEndsBeforeTheSecondVerb) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Soldiers shot dead three protesters and wounded dozens in Khartoum on Tuesday, "
                               "a doctors' committee said.");
    const auto kill = FirstClaim(x, "kill");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(injure.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 3);
    EXPECT_EQ(kill->agent, "Soldiers");
    EXPECT_EQ(injure->agent, "Soldiers");
    ASSERT_TRUE(injure->count.has_value());
    EXPECT_GE(injure->count->min, 24);
  }
}

TEST(CoordinatedEvents, AOneWordPatternKeepsTheGappedReading) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police shot two men and wounded a third in Lagos on Monday, witnesses said.");
    EXPECT_FALSE(FirstClaim(x, "kill").has_value());
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->agent, "Police");
    ASSERT_TRUE(injure->count.has_value());
    EXPECT_EQ(injure->count->min, 2);
  }
}

TEST(CoordinatedEvents, TheSecondVerbSharesTheFirstsSubject) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Guards shot five detainees dead and injured seven others, the agency said.");
    const auto kill = FirstClaim(x, "kill");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(kill->count->min, 5);
    EXPECT_EQ(kill->agent, "Guards");
    EXPECT_EQ(injure->count->min, 7);
    EXPECT_EQ(injure->agent, "Guards");
  }
}

TEST(CoordinatedEvents, APassiveFirstVerbLendsNoAgent) {
  for (const Pipeline* p : BothPipelines()) {
    // The by-phrase belongs to the killing; "and fled" is what the migrants did.
    const auto x = Extract(*p, "Two migrants were killed by guards and dozens fled the camp, officials said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "guards");
  }
}

}  // namespace
}  // namespace crosscheck

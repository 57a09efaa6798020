// A relative clause between a noun and its verb ("Police who raided the
// camp arrested 40 people", "The soldiers who killed two men were
// arrested", "Monitors who toured the centre found ...") leaves the noun
// the subject of both verbs. People crammed into cells are overcrowding.
// Invented sentences; both pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(RelativeClause, TheNounBeforeItDoesTheMainVerb) {
  for (const Pipeline* p : BothPipelines()) {
    const auto arrest = FirstClaim(Extract(*p, "Police who raided the camp arrested 40 people.\n"), "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->agent, "Police");
    const auto raid = FirstClaim(Extract(*p, "Police who raided the camp arrested 40 people.\n"), "raid");
    ASSERT_TRUE(raid.has_value());
    EXPECT_EQ(raid->agent, "Police");
  }
}

TEST(RelativeClause, TheNounBeforeItUndergoesTheMainPassive) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The soldiers who killed the two men were arrested.\n");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->victims, "soldiers");
    // The relative clause keeps its own object.
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->victims, "men");
  }
}

TEST(RelativeClause, WhoStandsForTheVisitors) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Monitors who toured the detention centre in Zawiya last week found 900 migrants crammed "
                           "into cells built for 300, the mission said.\n");
    const auto visit = FirstClaim(x, "visit");
    ASSERT_TRUE(visit.has_value());
    EXPECT_EQ(visit->agent, "Monitors");
    const auto crowded = FirstClaim(x, "overcrowding");
    ASSERT_TRUE(crowded.has_value());
    ASSERT_TRUE(crowded->count.has_value());
    EXPECT_EQ(crowded->count->min, 900);
    // A boat is no facility: crammed into it is no overcrowding claim.
    EXPECT_FALSE(FirstClaim(Extract(*p, "About 120 migrants were packed into the boat.\n"), "overcrowding").has_value());
  }
}

}  // namespace
}  // namespace crosscheck

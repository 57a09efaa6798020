// Wording of crackdown reports: people "accused of" something inside the
// outlet's own clause ("Police detained 11 refugees accused of inciting
// violence"); "they" after them is the refugees, not "accused"; "treated for
// injuries at a clinic run by a charity" counts the treated and names no
// doer; a country after "from" is where people came from ("their exodus
// from Myanmar"); "hit in the leg" is an injury. Invented sentences; both
// pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(CrackdownWording, AReducedAccusedOfLeavesTheClauseTheOutlets) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police detained 11 refugees accused of inciting violence. They were released on Saturday.\n");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->speaker.kind, Speaker::kNarrator);
    ASSERT_TRUE(arrest->count.has_value());
    EXPECT_EQ(arrest->count->min, 11);
    const auto release = FirstClaim(x, "release");
    ASSERT_TRUE(release.has_value());
    EXPECT_EQ(release->victims, "refugees");
    // What they are accused of stays alleged, by nobody named.
    const auto y = Extract(*p, "Police arrested three men accused of killing a guard.\n");
    const auto kill = FirstClaim(y, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->speaker.kind, Speaker::kUnnamed);
  }
}

TEST(CrackdownWording, TreatedForInjuriesAtAClinicRunByACharity) {
  for (const Pipeline* p : BothPipelines()) {
    const auto injure = FirstClaim(
        Extract(*p, "At least 17 refugees were treated for injuries at a clinic run by a medical charity.\n"), "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->victims, "refugees");
    ASSERT_TRUE(injure->count.has_value());
    EXPECT_EQ(injure->count->min, 17);
    EXPECT_EQ(injure->agent, "");
    // The by-phrase of the event itself stays its agent.
    const auto beaten = FirstClaim(Extract(*p, "Three migrants were beaten at the centre by guards.\n"), "abuse");
    ASSERT_TRUE(beaten.has_value());
    EXPECT_EQ(beaten->agent, "guards");
  }
}

TEST(CrackdownWording, ACountryAfterFromIsWherePeopleCameFrom) {
  for (const Pipeline* p : BothPipelines()) {
    const auto abuse = FirstClaim(
        Extract(*p, "Police fired rubber bullets at refugees marking the anniversary of their exodus from Myanmar.\n"),
        "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_FALSE(abuse->place.has_value()) << abuse->place->name;
    // A list of countries after a noun for people is where they are from,
    // whatever the event: no one leaves two.
    const auto rescue = FirstClaim(
        Extract(*p, "Four survivors, three men and a woman from Guinea and Mali, were picked up by a fishing boat.\n"),
        "rescue");
    ASSERT_TRUE(rescue.has_value());
    EXPECT_FALSE(rescue->place.has_value()) << rescue->place->name;
    // People deported from a country left it there.
    const auto deport = FirstClaim(Extract(*p, "Some 150 migrants were deported from Libya.\n"), "deport");
    ASSERT_TRUE(deport.has_value());
    ASSERT_TRUE(deport->place.has_value());
    EXPECT_EQ(deport->place->name, "Libya");
  }
}

TEST(CrackdownWording, HitInTheLegIsAnInjury) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_TRUE(FirstClaim(Extract(*p, "A protester was hit in the leg.\n"), "injure").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The region was hit in the back of a slump.\n"), "injure").has_value());
  }
}

}  // namespace
}  // namespace crosscheck

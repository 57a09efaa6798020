// Words around an event that are not the event or its speaker: a rescue
// ship that takes no one aboard, a participle before "to" that hedges
// ("a grave believed to contain"), a capitalized word of a name ("Islamic
// State") that is no verb of saying, the day a report was published, the
// medium a statement was heard on ("said on state television") and an
// office that speaks.
// Sentences written for these tests; both pipelines must agree.
#include <gtest/gtest.h>

#include <optional>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(CraftAndHedge, ARescueShipRescuesOnlyWhenItTakesPeople) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "The charity said its rescue ship had been ordered to a distant port."), "rescue"));
    EXPECT_FALSE(FirstClaim(Extract(*p, "Search and rescue capacity must increase, the agency said."), "rescue"));
    const auto x = Extract(*p, "Its rescue ship picked up 40 migrants off Libya, the charity said.");
    const auto rescue = FirstClaim(x, "rescue");
    ASSERT_TRUE(rescue.has_value());
    EXPECT_EQ(rescue->count->min, 40);
  }
}

TEST(CraftAndHedge, AParticipleBeforeToHedgesAndANameIsNoVerb) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Iraqi authorities have exhumed the remains of at least 60 people from a mass grave near "
                           "Sinjar believed to contain victims of Islamic State, a local official said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "unnamed");  // not "Sinjar", who believes nothing
    EXPECT_EQ(kill->count->min, 60);
  }
}

TEST(CraftAndHedge, SaidToTheHearerSpeaksAndSaidToBeHedges) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Police said to reporters that two men were arrested."), "arrest"), "Police");
    const auto x = Extract(*p, "The minister is said to have ordered the arrests of 20 activists.");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->stance, Stance::kUncertain);
  }
}

TEST(CraftAndHedge, TheDayAReportWasPublishedIsNotTheEventsDay) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Greek authorities pushed back at least 1,000 asylum seekers to Turkey, according to a "
                           "report by the Norwegian Refugee Council published on Wednesday.");
    const auto deport = FirstClaim(x, "deport");
    ASSERT_TRUE(deport.has_value());
    EXPECT_FALSE(deport->when.has_value()) << deport->when->text;
  }
}

TEST(CraftAndHedge, TheMediumAfterTheVerbOfSayingIsNoContent) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"Jihadists killed 34 soldiers, the ministry said on state television.",
                             "Jihadists killed 34 soldiers, the ministry said in a statement read on state television.",
                             "Jihadists killed 34 soldiers, the group said on its Telegram channel."}) {
      const auto x = Extract(*p, text);
      const auto kill = FirstClaim(x, "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_EQ(kill->count->min, 34) << text;
      EXPECT_NE(SpeakerOfClaim(x, "kill"), "narrator") << text;
    }
  }
}

TEST(CraftAndHedge, AVerbParticleIsNoPartOfTheFacility) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Security forces killed at least 600 people when they broke up two protest camps.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->facility, "two protest camps");
  }
}

TEST(CraftAndHedge, ADatelinesDateIsNoEventDateWithTheAgencyInBrackets) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "CAIRO, Aug 14 (AP) - Security forces killed at least 600 people, the ministry said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_FALSE(kill->when.has_value()) << kill->when->text;
  }
}

TEST(CraftAndHedge, AnOfficeThatSpeaksIsNoFacility) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Gang members killed at least 70 people, the U.N. human rights office said on Tuesday.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->facility, "");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "U.N. human rights office");
  }
}

}  // namespace
}  // namespace crosscheck

// Words around an event that are not the event or its speaker: a rescue
// ship that takes no one aboard, a participle before "to" that hedges
// ("a grave believed to contain"), a capitalized word of a name ("Islamic
// State") that is no verb of saying, and the day a report was published.
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

}  // namespace
}  // namespace crosscheck

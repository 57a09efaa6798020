// What surrounds an event's words in wire copy: an elided "were" after a
// counted phrase ("and 40 others wounded"), the weapon of a "by" phrase,
// a negated compound ("no hunger striker"), a push-back with a long object,
// "harmed", a region named with its noun ("Kaduna state") and the larger
// place that says which town is meant ("Boni in central Mali").
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

TEST(InstrumentAndRegion, ACountedPhraseAfterAndHasTheSpeakerOfTheFirstClause) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "At least 14 people were killed and 40 others wounded when shells struck a market, "
                           "medical sources said.");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "unnamed");
    EXPECT_EQ(SpeakerOfClaim(x, "injure"), "unnamed");  // not the narrator's background
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->count->min, 40);
  }
}

TEST(InstrumentAndRegion, AWeaponAfterByIsTheCauseNotTheAgent) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The police chief said that no protester had been killed by live ammunition.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->stance, Stance::kDenies);
    EXPECT_EQ(kill->agent, "");
    EXPECT_EQ(kill->cause, "shooting");
    EXPECT_FALSE(kill->count.has_value());               // "no protester" counts nobody
    EXPECT_FALSE(FirstClaim(x, "abuse").has_value());   // the ammunition is how they died
    const auto y = Extract(*p, "Witnesses said police killed two protesters with live ammunition.");
    ASSERT_TRUE(FirstClaim(y, "kill").has_value());
    EXPECT_EQ(FirstClaim(y, "kill")->agent, "police");
    EXPECT_FALSE(FirstClaim(y, "abuse").has_value());
  }
}

TEST(InstrumentAndRegion, ANegatedCompoundCountsNobody) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The ministry said no hunger striker had been mistreated.");
    const auto abuse = FirstClaim(x, "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_EQ(abuse->stance, Stance::kDenies);
    EXPECT_FALSE(abuse->count.has_value());
    const auto y = Extract(*p, "Police said no more than 20 protesters were arrested.");
    ASSERT_TRUE(FirstClaim(y, "arrest").has_value());
    EXPECT_EQ(FirstClaim(y, "arrest")->count->max, 20);  // "no more than" is a count
  }
}

TEST(InstrumentAndRegion, ForcedBackAcrossTheBorderAndHarmed) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Border guards forced about 30 asylum seekers back across the border into Belarus on "
                           "Wednesday, a volunteer group said.");
    const auto deport = FirstClaim(x, "deport");
    ASSERT_TRUE(deport.has_value());
    EXPECT_EQ(deport->count->min, 27);  // "about 30"
    const auto y = Extract(*p, "\"No civilians were harmed,\" the ministry spokesman said.");
    const auto injure = FirstClaim(y, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->stance, Stance::kDenies);
    EXPECT_FALSE(FirstClaim(Extract(*p, "The dam will harm the river, activists said."), "injure").has_value());
  }
}

TEST(InstrumentAndRegion, ARegionWithItsNounIsAPlaceAndNoVerbOfSaying) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Gunmen killed 12 villagers in Kaduna state on Thursday.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "narrator");  // "Kaduna" does not "state"
    ASSERT_TRUE(kill->place.has_value());
    EXPECT_EQ(kill->place->name, "Kaduna");
    ASSERT_TRUE(kill->when.has_value());  // "on Thursday" is the killing's day
    EXPECT_EQ(kill->when->date, "2024-05-02");
  }
}

TEST(InstrumentAndRegion, TheLargerPlaceNamedAfterATownRulesOutReadingsElsewhere) {
  for (const Pipeline* p : BothPipelines()) {
    // GeoNames lists "Boni" among the names of Bonn.
    const auto x = Extract(*p, "Jihadists killed 15 soldiers near the town of Boni in central Mali, the army said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->place.has_value());
    EXPECT_EQ(kill->place->name, "Mali");
    const auto y = Extract(*p, "Gunmen abducted 20 pupils from a school in Kuriga, Kaduna State, residents said.");
    ASSERT_TRUE(FirstClaim(y, "arrest").has_value());
    ASSERT_TRUE(FirstClaim(y, "arrest")->place.has_value());
    EXPECT_EQ(FirstClaim(y, "arrest")->place->name, "Kaduna");
  }
}

}  // namespace
}  // namespace crosscheck

// Outcomes that do not add up or are not the event (survivors beside the
// dead, bodies pulled from rubble), words for dying and for people that the
// grammar missed ("suffocated", "anyone"), a quotation around a count, a
// place after the speaker's noun ("Survivors of a shipwreck off Pylos"),
// and a town's alternate name that is an armed group's ("Hamas" for Hamm).
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

TEST(OutcomeAndAlias, SurvivorsAreNotAddedToTheDead) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Guards found 12 bodies and 45 survivors in the truck, an official said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->count->min, 12);
    EXPECT_EQ(kill->count->max, 12);
    // Coordinated victims still add up.
    const auto y = Extract(*p, "Gunmen killed seven soldiers and 15 police officers, the army said.");
    ASSERT_TRUE(FirstClaim(y, "kill").has_value());
    EXPECT_EQ(FirstClaim(y, "kill")->count->min, 22);
  }
}

TEST(OutcomeAndAlias, BodiesAreRecoveredNotRescued) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Rescuers were still pulling bodies from the rubble, the civil defence said.");
    EXPECT_FALSE(FirstClaim(x, "rescue").has_value());
    EXPECT_TRUE(FirstClaim(x, "kill").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "Rescuers pulled 12 survivors from the rubble, he said."), "rescue"));
  }
}

TEST(OutcomeAndAlias, SuffocatedMigrantsAreCounted) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Eleven migrants suffocated to death inside a truck, the Red Crescent said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 11);
    EXPECT_EQ(kill->cause, "asphyxiation");
  }
}

TEST(OutcomeAndAlias, AQuotedCountIsStillTheCount) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The military said that \"at least 19 fighters\" were killed.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 19);
  }
}

TEST(OutcomeAndAlias, AnyoneIsSomebodyToShootButNoNumber) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "A police spokesman denied that anyone had been shot with live rounds.");
    const auto abuse = FirstClaim(x, "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_EQ(abuse->stance, Stance::kDenies);
    EXPECT_FALSE(abuse->count.has_value());
  }
}

TEST(OutcomeAndAlias, APlaceAfterTheSpeakersNounIsNotTheSpeaker) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Survivors of a shipwreck off Pylos told investigators that the coastguard had towed "
                           "their boat.");
    const std::string speaker = SpeakerOfClaim(x, "intercept");
    EXPECT_EQ(speaker.find("Pylos"), std::string::npos) << speaker;
    EXPECT_NE(speaker.find("Survivors"), std::string::npos) << speaker;
  }
}

TEST(OutcomeAndAlias, AnAlternateNameOfATownAbroadIsNoPlace) {
  for (const Pipeline* p : BothPipelines()) {
    // GeoNames lists "Hamas" among the names of Hamm, Germany.
    const auto x = Extract(*p,
                           "Gaza's health ministry said 30 people were killed in Gaza City. The Israeli military "
                           "said it had struck a Hamas command centre and that 19 fighters were killed in Gaza.");
    for (const auto& c : x.claims) {
      if (!c.place) continue;
      EXPECT_NE(c.place->name, "Hamm");
    }
  }
}

}  // namespace
}  // namespace crosscheck

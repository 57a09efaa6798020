// Figures and groups: "all but N" counts the rest of a whole; a figure
// disputed in a relative clause is still the outlet's; compound nouns name the
// group ("asylum seekers"); a passive gerund adjunct ("after being hit")
// happens to the main clause's subject; "reports of" an event are unnamed
// sources; force used against people is abuse; people picked up by a
// vessel are rescued. Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::ParsingPipeline;
using testing::SpeakerOfClaim;

void ExpectCount(const std::optional<Claim>& c, int64_t n, const std::string& text) {
  ASSERT_TRUE(c.has_value()) << text;
  ASSERT_TRUE(c->count.has_value()) << text;
  EXPECT_EQ(c->count->min, n) << text;
  EXPECT_EQ(c->count->max, n) << text;
}

TEST(FiguresAndGroups, AllButCountsTheRestOfTheWhole) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string before = "Police said 87 people had been detained and that all but 12 had since been released.\n";
    ExpectCount(FirstClaim(Extract(*p, before), "release"), 75, before);
    const std::string of = "All but two of the 40 passengers were rescued.\n";
    ExpectCount(FirstClaim(Extract(*p, of), "rescue"), 38, of);
    // With no whole given, the number is not the count of those freed.
    const std::string alone = "The army said all but three hostages were freed.\n";
    const auto freed = FirstClaim(Extract(*p, alone), "release");
    ASSERT_TRUE(freed.has_value());
    EXPECT_FALSE(freed->count && freed->count->max == 3);
  }
}

TEST(FiguresAndGroups, AHedgeBetweenTwoNumbersWidensTheCountNotTheStance) {
  for (const Pipeline* p : BothPipelines()) {
    const auto kill = FirstClaim(Extract(*p, "Dozens, possibly hundreds, were killed.\n"), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->stance, Stance::kAsserts);
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 24);
    EXPECT_EQ(kill->count->max, 999);
    // A hedge on the event still hedges it.
    const auto hedged = FirstClaim(Extract(*p, "Soldiers possibly killed two men.\n"), "kill");
    ASSERT_TRUE(hedged.has_value());
    EXPECT_EQ(hedged->stance, Stance::kUncertain);
  }
}

TEST(FiguresAndGroups, AFigureDisputedInARelativeClauseStaysTheOutletsReport) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Guards rounded up 300 asylum seekers at the camp, a figure the ministry disputed.\n";
    const auto x = Extract(*p, text);
    int asserted = 0, denied = 0;
    for (const Claim& c : x.claims) {
      if (c.type != "arrest") continue;
      if (c.stance == Stance::kAsserts) {
        ++asserted;
        EXPECT_EQ(c.speaker.kind, Speaker::kNarrator) << text;
        ExpectCount(c, 300, text);
      }
      denied += c.stance == Stance::kDenies;
    }
    EXPECT_EQ(asserted, 1) << text;
    EXPECT_EQ(denied, 1) << text;
    // An accusation summed up the same way is the accuser's, not the outlet's.
    const auto y = Extract(*p, "Soldiers killed five villagers on Monday, an accusation the army denied.\n");
    for (const Claim& c : y.claims) EXPECT_NE(c.stance, Stance::kAsserts);
  }
}

TEST(FiguresAndGroups, ACompoundNounNamesTheGroup) {
  const auto x = Extract(ParsingPipeline(), "Aid workers were detained by soldiers on Monday.\n");
  const auto arrest = FirstClaim(x, "arrest");
  ASSERT_TRUE(arrest.has_value());
  EXPECT_EQ(arrest->victims, "Aid workers");
  const auto seekers = FirstClaim(Extract(ParsingPipeline(), "Police detained 40 asylum seekers in the raid.\n"), "arrest");
  ASSERT_TRUE(seekers.has_value());
  EXPECT_EQ(seekers->victims, "asylum seekers");
  // A nationality is no part of the group's name.
  const auto boys = FirstClaim(Extract(ParsingPipeline(), "Police detained two Afghan teenagers.\n"), "arrest");
  ASSERT_TRUE(boys.has_value());
  EXPECT_EQ(boys->victims, "teenagers");
}

TEST(FiguresAndGroups, APassiveGerundAdjunctHappensToTheSubject) {
  const std::string text = "At least 14 people were taken to hospital after being hit with batons.\n";
  const auto abuse = FirstClaim(Extract(ParsingPipeline(), text), "abuse");
  ASSERT_TRUE(abuse.has_value());
  EXPECT_EQ(abuse->victims, "people");
  ASSERT_TRUE(abuse->count.has_value());
  EXPECT_EQ(abuse->count->min, 14);
}

TEST(FiguresAndGroups, ReportsOfAnEventAreUnnamedSources) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The agency said it was concerned by reports of ill-treatment at the centre.\n");
    EXPECT_EQ(SpeakerOfClaim(x, "abuse"), "unnamed");
    // Confirming the reports is the speaker's own saying.
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Police confirmed reports of two deaths in the camp.\n"), "kill"), "Police");
  }
}

TEST(FiguresAndGroups, ForceUsedAgainstPeopleIsAbuse) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"Riot police used force against the protesters on Friday.\n",
                             "Guards hit detainees with metal rods, the report said.\n"}) {
      EXPECT_TRUE(FirstClaim(Extract(*p, text), "abuse").has_value()) << text;
    }
    // Force in general, or a force, is none.
    EXPECT_FALSE(FirstClaim(Extract(*p, "The security forces were deployed to the border.\n"), "abuse").has_value());
  }
}

TEST(FiguresAndGroups, PickedUpByAVesselIsARescueOfTheGroupBeforeItsBreakdown) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "Five survivors, four men and a girl from Mali and Chad, were picked up by a fishing boat on Monday.\n";
    const auto rescue = FirstClaim(Extract(*p, text), "rescue");
    ASSERT_TRUE(rescue.has_value());
    EXPECT_EQ(rescue->victims, "survivors");
    ExpectCount(rescue, 5, text);
    // Picked up by police is no rescue.
    EXPECT_FALSE(FirstClaim(Extract(*p, "Three suspects were picked up by police on Friday.\n"), "rescue").has_value());
  }
}

}  // namespace
}  // namespace crosscheck

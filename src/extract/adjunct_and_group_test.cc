// What stands after a trailing "X said": an adjunct of the saying ("said
// in one of the deadliest incidents"), coordinated speakers ("residents and
// a rights group said"), a town abroad that names an armed group ("Fano
// fighters") and descriptions of state forces that may be one force; a
// rights group's name, and a country that only says where people are from.
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

TEST(AdjunctAndGroup, APrepositionAfterATrailingSayingIsNotItsContent) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {
             "Soldiers killed 80 civilians in the town, a rights group said in one of the deadliest incidents.",
             "Soldiers killed 80 civilians in the town, residents and a rights group said, in one of the deadliest "
             "incidents since the fighting began.",
         }) {
      const auto x = Extract(*p, text);
      const auto kill = FirstClaim(x, "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_EQ(kill->count->min, 80) << text;
      EXPECT_NE(SpeakerOfClaim(x, "kill"), "narrator") << text;
    }
  }
}

TEST(AdjunctAndGroup, ATownAbroadBeforeFightersIsAnArmedGroup) {
  for (const Pipeline* p : BothPipelines()) {
    // Fano is also a town in Italy.
    const auto x = Extract(*p,
                           "The Ethiopian Human Rights Commission said 45 people were killed in Bahir Dar by "
                           "Ethiopian security forces after a clash with Fano fighters.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->place.has_value());
    EXPECT_EQ(kill->place->country, "ET");
  }
}

TEST(AdjunctAndGroup, TwoDescriptionsOfStateForcesRaiseNoAgentDispute) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Ethiopian soldiers killed more than 80 civilians in Bahir Dar, residents said. The rights "
                           "commission said at least 45 people had been killed in Bahir Dar by security forces.");
    ASSERT_EQ(x.incidents.size(), 1u);
    EXPECT_TRUE(x.incidents[0].contradictions.empty());
  }
}

TEST(AdjunctAndGroup, ARightsGroupIsTheGroupAndANationalityIsNoPlace) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Malaysia deported 150 Myanmar nationals on Friday, rights groups said. Fortify Rights "
                           "said six of them were refugees. Three detainees died at the depot last year, the "
                           "group said.");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "Fortify Rights");  // the last group named, not "rights groups"
    const auto deport = FirstClaim(x, "deport");
    ASSERT_TRUE(deport.has_value());
    ASSERT_TRUE(deport->place.has_value());
    EXPECT_EQ(deport->place->name, "Malaysia");  // not Myanmar, where the people are from
  }
}

// "Ethiopia's Amhara region": the region is a place of its own, not part
// of one name with the country.
TEST(AdjunctAndGroup, ARegionAfterItsCountrysPossessiveIsAPlace) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Ten people were killed at a camp in Ethiopia's Amhara region, officials said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->place.has_value());
    EXPECT_EQ(kill->place->name, "Amhara");
  }
}

// "said five people had died and blamed the refugees": the accusation is
// the same speaker's second statement; the deaths stay claimed.
TEST(AdjunctAndGroup, AnAccusationAfterAndKeepsTheSpeakersFirstClaim) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "A government spokesman said only five people had died and blamed the refugees for "
                               "starting the violence.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 5);
  }
}

// "close to the border with Algeria": the neighbour is not the place.
TEST(AdjunctAndGroup, TheCountryAcrossABorderIsNotThePlace) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The bodies of 20 migrants were found in northern Niger, officials said. Five more "
                               "migrants died of thirst close to the border with Algeria, an official said.");
    int kills = 0;
    for (const auto& c : x.claims) {
      if (c.type != "kill") continue;
      ++kills;
      ASSERT_TRUE(c.place.has_value());
      EXPECT_EQ(c.place->country, "NE");
    }
    EXPECT_EQ(kills, 2);
  }
}

// "..., survivors told aid workers, the UN agency said": two sayings in a
// row, each after a comma; the content before them is claimed.
TEST(AdjunctAndGroup, TwoTrailingSayingsKeepTheContentBeforeThem) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Forty-one migrants are feared dead after their boat sank, survivors told aid "
                               "workers, the UN refugee agency said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 41);
  }
}

// "a day after delegates of the Red Cross visited": the preposition the
// parse may hang on the subject is no part of the agent's name.
TEST(AdjunctAndGroup, AnAgentStartsAfterAPreposition) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Authorities released 300 migrants, a day after delegates of the International "
                               "Committee of the Red Cross (ICRC) visited the facility.");
    const auto visit = FirstClaim(x, "visit");
    ASSERT_TRUE(visit.has_value());
    EXPECT_FALSE(visit->agent.starts_with("after")) << visit->agent;
  }
}

TEST(AdjunctAndGroup, ReArrestedIsArrested) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Rights groups said at least 50 of those released had been re-arrested within hours.");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    ASSERT_TRUE(arrest->count.has_value());
    EXPECT_EQ(arrest->count->min, 50);
  }
}

}  // namespace
}  // namespace crosscheck

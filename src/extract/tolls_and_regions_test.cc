// Session 10, on invented reports: a common word that names a region before
// "state" is that region ("Plateau state"); an alternate spelling of a town
// abroad is no place unless the sentence names its country; "since January"
// is a period up to publication, also after "the state"; the attackers who
// storm a named village are not its victims; "lost their lives", "claimed
// the lives of" and "the number of dead rose to" are deaths ("lost his life
// savings" is not). Both pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(Regions, ACommonWordBeforeStateNamesTheRegion) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x =
        Extract(*p, "Gunmen killed nine farmers in a village in Plateau state in central Nigeria, police said.\n");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->place.has_value());
    EXPECT_EQ(kill->place->name, "Plateau");
    EXPECT_EQ(kill->place->country, "NG");
  }
}

TEST(Regions, AnAliasOfATownAbroadNeedsItsCountryNamed) {
  for (const Pipeline* p : BothPipelines()) {
    // GeoNames lists "Bassa" as another name of Passau, Germany.
    const auto x = Extract(*p,
                           "Gunmen killed nine farmers in Nigeria's Plateau state on Sunday, police said.\n\n"
                           "The attack took place in Bassa local government area, where 20 people were "
                           "killed last month.\n");
    for (const auto& c : x.claims) {
      if (c.place) {
        EXPECT_NE(c.place->country, "DE") << c.place->name;
      }
    }
  }
}

TEST(Tolls, SinceJanuaryIsAPeriodUpToPublication) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"Police have arrested 300 people since January, the ministry said.\n",
                             "More than 300 people have been arrested in the state since January.\n"}) {
      const auto x = Extract(*p, text);  // published 2024-05-02
      const auto arrest = FirstClaim(x, "arrest");
      ASSERT_TRUE(arrest.has_value()) << text;
      ASSERT_TRUE(arrest->when.has_value()) << text;
      EXPECT_EQ(arrest->when->start, "2024-01-01") << text;
      EXPECT_EQ(arrest->when->end, "2024-05-02") << text;
    }
  }
}

TEST(Tolls, ATollSinceJanuaryIsNotTheAttacksCount) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Police said eight people were killed in the attack on Sunday.\n\n"
                           "A rights group said more than 1,300 people had been killed in the region since "
                           "January.\n");
    size_t contradictions = 0;
    for (const auto& incident : x.incidents) contradictions += incident.contradictions.size();
    EXPECT_EQ(contradictions, 0u);
  }
}

TEST(Tolls, LivesLostAndTheNumberOfDeadAreDeaths) {
  for (const Pipeline* p : BothPipelines()) {
    const struct {
      const char* text;
      int64_t count;
    } cases[] = {{"Seven migrants lost their lives when the boat sank.\n", 7},
                 {"The fire claimed the lives of 12 inmates.\n", 12},
                 {"The number of dead has climbed to 112, officials said.\n", 112}};
    for (const auto& c : cases) {
      const auto kill = FirstClaim(Extract(*p, c.text), "kill");
      ASSERT_TRUE(kill.has_value()) << c.text;
      ASSERT_TRUE(kill->count.has_value()) << c.text;
      EXPECT_EQ(kill->count->min, c.count) << c.text;
    }
    EXPECT_FALSE(FirstClaim(Extract(*p, "The trader lost his life savings in the crash.\n"), "kill").has_value());
  }
}

TEST(Tolls, TheyWhoWereAmongTheDeadDied) {
  for (const Pipeline* p : BothPipelines()) {
    const struct {
      const char* text;
      const char* type;
      int64_t count;
    } cases[] = {{"A farmer said his wife and two children were among the dead.\n", "kill", 3},
                 {"Two journalists were among those killed, the union said.\n", "kill", 2},
                 {"Among the wounded were four children, doctors said.\n", "injure", 4}};
    for (const auto& c : cases) {
      const auto claim = FirstClaim(Extract(*p, c.text), c.type);
      ASSERT_TRUE(claim.has_value()) << c.text;
      ASSERT_TRUE(claim->count.has_value()) << c.text;
      EXPECT_EQ(claim->count->min, c.count) << c.text;
    }
  }
}

TEST(Attackers, TheyWhoStormANamedVillageAreNotItsVictims) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The attackers stormed Kwall village at night, shooting at residents as they fled.\n");
    for (const auto& c : x.claims) EXPECT_NE(c.victims, "attackers") << c.type;
  }
}

}  // namespace
}  // namespace crosscheck

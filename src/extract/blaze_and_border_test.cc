// A fire at a detention centre (session 12): "a fire at" is a noun, not the
// verb of "fired at" (no abuse, cause fire); "hospitalized" is an injury
// unless an illness is named; a country's border is no place of the event,
// nor is "America" after "Central and South"; an adjective of the future
// ("imminent deportation") makes no event; a long "including" list is a
// subset of the count before it; a facility in a further clause of the
// saying ("and that two of them were taken to hospital") is that clause's.
// Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(BlazeAndBorder, FireAfterAnArticleIsABlaze) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "A fire at a migrant detention centre killed 39 people on Monday night.\n";
    const auto x = Extract(*p, text);
    EXPECT_FALSE(FirstClaim(x, "abuse").has_value()) << text;
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value()) << text;
    EXPECT_EQ(kill->cause, "fire") << text;
    // The verb is still shooting.
    const std::string fired = "Soldiers fired at protesters, killing two.\n";
    const auto shot = FirstClaim(Extract(*p, fired), "kill");
    ASSERT_TRUE(shot.has_value()) << fired;
    EXPECT_EQ(shot->cause, "shooting") << fired;
  }
}

TEST(BlazeAndBorder, HospitalizedIsInjuredUnlessIll) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string hurt = "Another 29 were hospitalized in serious condition.\n";
    const auto injure = FirstClaim(Extract(*p, hurt), "injure");
    ASSERT_TRUE(injure && injure->count) << hurt;
    EXPECT_EQ(injure->count->min, 29);
    const std::string ill = "Six children were hospitalized with cholera.\n";
    EXPECT_FALSE(FirstClaim(Extract(*p, ill), "injure").has_value()) << ill;
  }
}

TEST(BlazeAndBorder, BordersAndContinentsAreNoPlaces) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string border = "A fire near the U.S. border killed 39 migrants, officials said.\n";
    const auto kill = FirstClaim(Extract(*p, border), "kill");
    ASSERT_TRUE(kill.has_value()) << border;
    EXPECT_FALSE(kill->place.has_value()) << kill->place->name;
    const std::string continent = "Police detained 68 men from Central and South America in Texas.\n";
    const auto arrest = FirstClaim(Extract(*p, continent), "arrest");
    ASSERT_TRUE(arrest && arrest->place) << continent;
    EXPECT_EQ(arrest->place->name, "Texas");
  }
}

TEST(BlazeAndBorder, FutureAdjectiveMakesNoEvent) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"The migrants protested against their imminent deportation.\n",
                                   "Activists warned of the planned deportation of 300 refugees.\n"}) {
      EXPECT_FALSE(FirstClaim(Extract(*p, text), "deport").has_value()) << text;
    }
    const std::string done = "The deportation of 300 refugees drew protests.\n";
    EXPECT_TRUE(FirstClaim(Extract(*p, done), "deport").has_value()) << done;
  }
}

TEST(BlazeAndBorder, LongIncludingListIsASubset) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "Prosecutors said five people, including three INM officials and a private security guard, had been "
        "arrested.\n";
    const auto arrest = FirstClaim(Extract(*p, text), "arrest");
    ASSERT_TRUE(arrest && arrest->count) << text;
    EXPECT_EQ(arrest->count->min, 5) << text;
    EXPECT_EQ(arrest->count->max, 5) << text;
    EXPECT_EQ(arrest->victims, "people") << text;
  }
}

TEST(BlazeAndBorder, FacilityOfAFurtherClauseIsThatClauses) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "Coast guard officials said they rescued 22 migrants from the raft, and that two of them were taken to "
        "hospital with injuries.\n";
    const auto x = Extract(*p, text);
    const auto rescue = FirstClaim(x, "rescue");
    ASSERT_TRUE(rescue.has_value()) << text;
    EXPECT_TRUE(rescue->facility.empty()) << rescue->facility;
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(injure.has_value()) << text;
    EXPECT_EQ(injure->facility, "hospital") << text;
  }
}

}  // namespace
}  // namespace crosscheck

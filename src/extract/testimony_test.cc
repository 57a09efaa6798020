// Testimony of abuse as rights groups publish it: "guards denied them food"
// (a deprivation, not a denial of anything said), "they" in a witness's
// words (the guards just named rather than the group that gathered the
// testimony), "we" in an officer's words (the force he serves), "a man from
// Guinea" (where he is from, not where he died) and
// "Mamadou, a 24-year-old" (a person, whatever his name suggests). Sentences
// written for these tests; both pipelines must agree unless noted.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

constexpr const char* kTestimony =
    "Migrants held at a detention site near Sfax say guards beat them with sticks and denied them food, "
    "according to testimonies gathered by Human Rights Watch.\n\n"
    "\"They beat us every day. One man from Guinea died after they hit him on the head,\" said Mamadou, a "
    "24-year-old from Senegal.\n\n"
    "At least 30 migrants were deported to the border in April, the group said.\n";

TEST(Testimony, DeniedThemFoodDeniesNothingSaid) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, kTestimony);
    for (const auto& c : x.claims) EXPECT_NE(c.stance, Stance::kDenies) << c.type;
    const auto abuse = FirstClaim(x, "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_EQ(abuse->agent, "guards");
  }
}

TEST(Testimony, DeniedEntryIsNoDenial) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Border guards denied entry to 40 asylum seekers and detained 12 of them, the UN "
                               "refugee agency said.");
    for (const auto& c : x.claims) EXPECT_NE(c.stance, Stance::kDenies) << c.type;
  }
}

TEST(Testimony, TheyInAWitnessesWordsAreTheForcesJustNamed) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, kTestimony);
    int abuses = 0;
    for (const auto& c : x.claims) {
      if (c.type != "abuse") continue;
      ++abuses;
      EXPECT_EQ(c.agent, "guards");
    }
    EXPECT_GE(abuses, 2);
  }
}

TEST(Testimony, APersonIsNotTheyInHisOwnWords) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "\"They beat us every day,\" said Mamadou, a 24-year-old from Senegal.");
    const auto abuse = FirstClaim(x, "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_NE(abuse->agent, "Mamadou");
  }
}

TEST(Testimony, WeInAnOfficersQuoteIsTheForceTheOfficerServes) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "\"We arrested 54 of them for their involvement in the violence,\" said Mohammad "
                               "Kamrul Hossain, a police commander in Ukhia.");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->agent, "police");
    EXPECT_EQ(SpeakerOfClaim(x, "arrest"), "Mohammad Kamrul Hossain");
  }
}

TEST(Testimony, APersonFromACountryIsNotWhereTheEventWas) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, kTestimony);
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    if (kill->place) {
      EXPECT_EQ(kill->place->country, "TN");
    }
  }
}

TEST(Testimony, MigrantsDeportedFromACountryWereThere) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police said 45 migrants from Libya were deported on Monday.");
    const auto deport = FirstClaim(x, "deport");
    ASSERT_TRUE(deport.has_value());
    ASSERT_TRUE(deport->place.has_value());
    EXPECT_EQ(deport->place->country, "LY");
  }
}

TEST(Testimony, ANameDescribedAsOnePersonIsAPerson) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, kTestimony);
    EXPECT_EQ(SpeakerOfClaim(x, "deport"), "Human Rights Watch");
    for (const auto& e : x.entities) {
      if (e.name == "Mamadou") {
        EXPECT_EQ(e.type, EntityType::kPerson);
      }
    }
  }
}

}  // namespace
}  // namespace crosscheck

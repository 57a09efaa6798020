// Wording of military communiqués and armed groups' claims: "neutralised"
// fighters are killed, soldiers "taken prisoner" are seized, "25 bodies of
// soldiers were brought to the hospital" counts 25 dead; "an al
// Qaeda-linked group" and "a Hamas-run ministry" are bodies of their own;
// "Hamas" is no alternate spelling of the German town Hamm. Invented
// sentences; both pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(Communique, NeutralisedFightersAreKilled) {
  for (const Pipeline* p : BothPipelines()) {
    const auto kill = FirstClaim(Extract(*p, "The army said 40 terrorists were neutralised.\n"), "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 40);
    // A threat or inflation is no one.
    EXPECT_FALSE(FirstClaim(Extract(*p, "The army neutralised the threat.\n"), "kill").has_value());
  }
}

TEST(Communique, PeopleTakenPrisonerAreSeizedAndCounted) {
  for (const Pipeline* p : BothPipelines()) {
    const auto arrest = FirstClaim(Extract(*p, "The group said it had taken three soldiers prisoner.\n"), "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->victims, "soldiers");
    ASSERT_TRUE(arrest->count.has_value());
    EXPECT_EQ(arrest->count->min, 3);
  }
}

TEST(Communique, BodiesBroughtToAHospitalAreTheDeadTheyNumber) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"At least 25 bodies were brought to the hospital.\n",
                             "25 bodies of soldiers had been brought to the hospital.\n",
                             "At least 25 bodies of soldiers were found.\n"}) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      ASSERT_TRUE(kill->count.has_value()) << text;
      EXPECT_EQ(kill->count->min, 25) << text;
    }
    EXPECT_FALSE(FirstClaim(Extract(*p, "The advisory body was taken over by the ministry.\n"), "kill").has_value());
  }
}

TEST(Communique, ANameMadeAnAdjectiveDescribesABodyOfItsOwn) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "An al Qaeda-linked group said its fighters had killed 30 soldiers.\n"), "kill"),
              "al Qaeda-linked group");
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "A Hamas-run ministry said 12 people were killed.\n"), "kill"),
              "Hamas-run ministry");
  }
}

TEST(Communique, AnAlternateSpellingOfATownAbroadIsNoPlaceWithoutItsCountry) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Hamas said 12 people were killed in Gaza.\n");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "Hamas");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->place.has_value());
    EXPECT_EQ(kill->place->name, "Gaza");
  }
}

TEST(Communique, StateAfterANameTheGazetteerLacksIsNoSaying) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Fighters stormed the village of Wad Hamid in Gezira state on Wednesday, killing at least "
                           "100 people, a local resistance committee said.\n");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "local resistance committee");
    ASSERT_TRUE(kill->when.has_value());
    EXPECT_EQ(kill->when->date, "2024-05-01");
    // "stated that" still says.
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Liberty stated that 12 people were killed.\n"), "kill"), "Liberty");
  }
}

TEST(Communique, APostIsNoSayingAfterAnIndefiniteNoun) {
  for (const Pipeline* p : BothPipelines()) {
    // "an army post" said nothing, so "the army" is the army, not an unnamed source.
    const auto x = Extract(*p,
                           "The group said its fighters had killed 30 soldiers in an assault on an army post, a toll "
                           "the army rejected.\n");
    bool army_denies = false;
    for (const Claim& c : x.claims) {
      army_denies |= c.stance == Stance::kDenies && c.speaker.kind == Speaker::kEntity &&
                     x.entities[c.speaker.entity].name == "army";
    }
    EXPECT_TRUE(army_denies);
  }
}

TEST(Communique, ADenialAboutTheSoldiersKilledLeavesTheAttackersKilledAlone) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "The group said its fighters had killed 30 soldiers, a toll the army rejected. The army "
                           "said 40 attackers were neutralised.\n");
    // The denial disputes the soldiers' deaths only: never the attackers'.
    for (const Incident& inc : x.incidents) {
      for (const Contradiction& k : inc.contradictions) {
        const Claim& a = x.claims[k.a];
        const Claim& b = x.claims[k.b];
        EXPECT_FALSE(a.victims != b.victims && (a.victims == "attackers" || b.victims == "attackers"))
            << a.victims << " / " << b.victims;
      }
    }
  }
}

}  // namespace
}  // namespace crosscheck

// A village attack told by residents (session 13): "we buried 64 people"
// counts the dead and names no killer; a verb after "and" and an object
// shares the subject of the verb before ("the attackers looted the market
// and shot two traders"); "Another said" is an unnamed witness; "another 10
// people" after ", and" is a tally of its own, and a conjunct with its own
// verb opens the next clause; "took part in the killings" and "were
// responsible for the deaths" name who did it; "no one holding a visa had
// been expelled" is denied; "Gunmen" and "Security forces" are plain forces,
// not names. Invented sentences.
#include <gtest/gtest.h>

#include "extract/lower_case.h"
#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::ParsingPipeline;
using testing::SpeakerOfClaim;

TEST(VillageAttack, TheBuriedAreTheDeadAndTheBuriersNoKillers) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"\"We buried 64 people yesterday,\" one of them said.\n",
                                   "Villagers buried 64 victims of the attack on Sunday.\n"}) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill && kill->count) << text;
      EXPECT_EQ(kill->count->min, 64) << text;
      EXPECT_EQ(kill->agent, "") << text;
    }
    for (const std::string text : {"Five miners were buried alive.\n", "The two sides agreed to bury the hatchet.\n",
                                   "Rescuers pulled 3 people buried under the rubble.\n"}) {
      EXPECT_FALSE(FirstClaim(Extract(*p, text), "kill").has_value()) << text;
    }
  }
}

TEST(VillageAttack, AVerbAfterAndSharesTheSubjectBefore) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"The attackers looted the market and shot two traders.\n",
                                   "Another said the attackers had set fire to the market and shot people.\n"}) {
      const auto x = Extract(*p, text);
      const auto abuse = FirstClaim(x, "abuse");
      ASSERT_TRUE(abuse.has_value()) << text;
      EXPECT_EQ(LowerCase(abuse->agent), "the attackers") << text;
    }
  }
}

TEST(VillageAttack, AnotherWhoSpeaksIsAnUnnamedWitness) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Another said soldiers had shot two men.\n";
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, text), "abuse"), "unnamed") << text;
  }
}

TEST(VillageAttack, AnotherTallyAfterACommaAndIsItsOwn) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "The attack killed four soldiers and two civilians, and another 10 people were wounded.\n";
    const auto x = Extract(*p, text);
    const auto kill = FirstClaim(x, "kill");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(kill && kill->count && injure && injure->count) << text;
    EXPECT_EQ(kill->count->min, 6);
    EXPECT_EQ(injure->count->min, 10);  // had been 12
    const std::string two = "Two soldiers and another 10 people were killed.\n";
    const auto both = FirstClaim(Extract(*p, two), "kill");
    ASSERT_TRUE(both && both->count) << two;
    EXPECT_EQ(both->count->min, 12);
    const std::string report = "Police reported the arrest of 12 people, and another report said 3 people died.\n";
    const auto arrest = FirstClaim(Extract(*p, report), "arrest");
    ASSERT_TRUE(arrest && arrest->count) << report;
    EXPECT_EQ(arrest->count->min, 12);  // had been 13: "another report" is no one arrested
  }
}

TEST(VillageAttack, TakingPartInTheKillingsNamesWhoDidIt) {
  // Read from the parse: the event is the phrase of "take part in", "be
  // responsible for".
  const Pipeline& p = ParsingPipeline();
  const std::pair<std::string, std::string> cases[] = {
      {"Militiamen had taken part in reprisal killings of herders.\n", "Militiamen"},
      {"Soldiers were involved in the killing of 12 herders.\n", "Soldiers"},
      {"Police were responsible for the deaths of 12 protesters.\n", "Police"},
  };
  for (const auto& [text, agent] : cases) {
    const auto kill = FirstClaim(Extract(p, text), "kill");
    ASSERT_TRUE(kill.has_value()) << text;
    EXPECT_EQ(kill->agent, agent) << text;
  }
}

TEST(VillageAttack, ANegativeSubjectWithAModifierDeniesTheEvent) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"The ministry said no one holding a valid visa had been expelled.\n",
                                   "The ministry said no migrants in the centre had been beaten.\n"}) {
      const auto x = Extract(*p, text);
      ASSERT_FALSE(x.claims.empty()) << text;
      EXPECT_EQ(x.claims.back().stance, Stance::kDenies) << text;
    }
    const std::string text = "There was no water, and migrants were beaten.\n";
    const auto abuse = FirstClaim(Extract(*p, text), "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_EQ(abuse->stance, Stance::kAsserts);
  }
}

TEST(VillageAttack, PlainForceNounsAreGenericWhateverTheirCase) {
  // "Gunmen" and "the attackers", "Security forces" and "officers" may be
  // one force: no dispute over who did it (an irregular plural and a
  // capital at the start of a sentence had made them names).
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"Gunmen killed 12 villagers.\n", "Security forces shot dead 3 protesters.\n",
                                   "The attackers killed 12 villagers.\n"}) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_TRUE(kill->agent_generic_force) << text;
    }
    const std::string named = "Fano fighters killed 12 villagers.\n";
    const auto kill = FirstClaim(Extract(*p, named), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_FALSE(kill->agent_generic_force);  // a name before the force noun
  }
}

}  // namespace
}  // namespace crosscheck

// Perpetrators as wire reports name them: a participle that describes them
// ("Armed men", "masked gunmen") and a by-phrase whose noun is also a cause
// ("by gunmen", "by a sniper"); and an -ing verb that is no facility noun
// ("people sheltering in a school"). Sentences written for these tests;
// both pipelines must agree.
#include <gtest/gtest.h>

#include <optional>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(AgentWording, AParticipleAfterANationalityOrBeforeAGroupDescribesIt) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The Malian armed forces said 12 soldiers were killed.");
    ASSERT_EQ(x.claims.size(), 1u);
    ASSERT_EQ(x.claims[0].speaker.kind, Speaker::kEntity);
    EXPECT_EQ(x.entities[x.claims[0].speaker.entity].name, "Malian armed forces");
    const auto kill = FirstClaim(Extract(*p, "Armed groups killed 12 villagers."), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "Armed groups");
    // A plural nationality is a subject, and the participle its verb.
    const auto arrest = FirstClaim(Extract(*p, "Soldiers arrested 12 Malians."), "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->agent, "Soldiers");
  }
}

TEST(AgentWording, CoordinatedSubjectsActTogether) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"On Monday, soldiers and police killed two men.", "On Monday soldiers and police killed two men.",
                             "Soldiers and police killed two men."}) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_TRUE(kill->agent == "soldiers and police" || kill->agent == "Soldiers and police") << text << ": " << kill->agent;
    }
    // Two clauses joined by "and" are not two actors.
    const auto release = FirstClaim(
        Extract(*p, "No one was killed by members of the ministry and the ministry had released many migrants."),
        "release");
    ASSERT_TRUE(release.has_value());
    EXPECT_EQ(release->agent, "the ministry");
  }
}

TEST(AgentWording, AParticipleOpeningThePhraseDescribesThePeople) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Armed men abducted three aid workers from a clinic.");
    const auto taken = FirstClaim(x, "arrest");
    ASSERT_TRUE(taken.has_value());
    EXPECT_EQ(taken->agent, "Armed men");
    const auto y = Extract(*p, "TRIPOLI, May 3 - Masked gunmen shot dead two guards.");
    const auto kill = FirstClaim(y, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "Masked gunmen");
    // After a subject the participle is the verb: the protesters are the victims.
    const auto z = Extract(*p, "Police arrested protesters in the capital.");
    const auto arrest = FirstClaim(z, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->agent, "Police");
    EXPECT_EQ(arrest->victims, "protesters");
  }
}

TEST(AgentWording, ByGunmenIsAnAgentAndACause) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Two guards were shot dead by masked gunmen.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "masked gunmen");
    EXPECT_EQ(kill->cause, "shooting");
    const auto y = Extract(*p, "Two guards were killed by gunfire.");
    const auto shot = FirstClaim(y, "kill");
    ASSERT_TRUE(shot.has_value());
    EXPECT_EQ(shot->agent, "");  // gunfire is no one
    EXPECT_EQ(shot->cause, "shooting");
  }
}

TEST(AgentWording, TearGasIsTheCauseOnlyWhenNothingElseIsNamed) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Security forces fired live bullets and tear gas at supporters, killing at least three "
                           "people, police said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->cause, "shooting");
    const auto y = Extract(*p, "Two children died after inhaling tear gas, their parents said.");
    const auto gassed = FirstClaim(y, "kill");
    ASSERT_TRUE(gassed.has_value());
    EXPECT_EQ(gassed->cause, "asphyxiation");
  }
}

TEST(AgentWording, AnIngVerbIsNoFacilityNoun) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "An air strike killed at least 12 people sheltering in a school in central Gaza.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->facility.find("sheltering"), std::string::npos) << kill->facility;
  }
}

// "its rescue ship was helping 40 migrants": the ship's owner rescues.
TEST(AgentWording, TheOwnerOfACraftActs) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The charity SOS Mediterranee said its rescue ship was helping 40 migrants off Libya.");
    const auto rescue = FirstClaim(x, "rescue");
    ASSERT_TRUE(rescue.has_value());
    EXPECT_EQ(rescue->agent, "SOS Mediterranee");
  }
}

// "Soldiers fired on the crowd": firing on is done by its subject, whatever
// it is fired on ("were fired on by police" stays passive).
TEST(AgentWording, WhoFiresOnACrowdIsTheAgentNotTheVictim) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Soldiers fired on the crowd near the checkpoint, a nurse said.");
    const auto abuse = FirstClaim(x, "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_EQ(abuse->agent, "Soldiers");
    EXPECT_NE(abuse->victims, "Soldiers");
    const auto passive = FirstClaim(Extract(*p, "Protesters were fired on by police, a nurse said."), "abuse");
    ASSERT_TRUE(passive.has_value());
    EXPECT_EQ(passive->agent, "police");
    EXPECT_EQ(passive->victims, "Protesters");
  }
}

}  // namespace
}  // namespace crosscheck

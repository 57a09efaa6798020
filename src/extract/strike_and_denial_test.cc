// An air strike on a prison (session 12): "denied striking the prison",
// "denied targeting civilians" deny doing the harm reported before; people
// "awaiting deportation" are not deported; "rescue workers" are no rescue,
// and bodies pulled from the rubble are the dead, not the rescued; "said
// ..., but denied that excessive force had been used" is the same
// speaker's denial; whoever footage shows or witnesses saw doing it did it,
// and "Footage" is no speaker's name. Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::ClaimWith;
using testing::Extract;
using testing::FirstClaim;

TEST(StrikeAndDenial, DeniedAttackingDeniesTheHarm) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string denial : {"The coalition denied striking the prison.",
                                     "The coalition denied targeting civilians."}) {
      const std::string text = "An air strike on a prison killed at least 66 detainees, a charity said. " + denial + "\n";
      const auto x = Extract(*p, text);
      const auto denied = ClaimWith(x, "kill", Stance::kDenies);
      ASSERT_TRUE(denied.has_value()) << text;
      EXPECT_EQ(denied->agent, "coalition") << text;
    }
    // Alone, with nothing reported before, it denies nothing.
    const std::string alone = "The coalition denied targeting civilians.\n";
    EXPECT_TRUE(Extract(*p, alone).claims.empty()) << alone;
  }
}

TEST(StrikeAndDenial, AwaitingDeportationIsNoDeportation) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Many of those held at the centre were migrants awaiting deportation, the charity said.\n";
    EXPECT_FALSE(FirstClaim(Extract(*p, text), "deport").has_value()) << text;
    const std::string facing = "Hundreds of migrants facing deportation went on hunger strike.\n";
    const auto x = Extract(*p, facing);
    EXPECT_FALSE(FirstClaim(x, "deport").has_value()) << facing;
    EXPECT_TRUE(FirstClaim(x, "protest").has_value()) << facing;
  }
}

TEST(StrikeAndDenial, RescueWorkersPullingBodiesRescueNoOne) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Rescue workers were still pulling bodies from the rubble on Saturday.\n";
    const auto x = Extract(*p, text);
    EXPECT_FALSE(FirstClaim(x, "rescue").has_value()) << text;
    EXPECT_TRUE(FirstClaim(x, "kill").has_value()) << text;
    const std::string saved = "Rescuers pulled 12 survivors from the rubble.\n";
    EXPECT_TRUE(FirstClaim(Extract(*p, saved), "rescue").has_value()) << saved;
  }
}

TEST(StrikeAndDenial, ButDeniedAndEventNounAfterThat) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "The ministry said it had opened an investigation into the images, but denied that excessive force had been "
        "used.\n";
    const auto x = Extract(*p, text);
    ASSERT_TRUE(ClaimWith(x, "abuse", Stance::kDenies).has_value()) << text;
    EXPECT_EQ(testing::SpeakerOfClaim(x, "abuse"), "ministry") << text;
    // A noun trigger of several words opens with its own modifier, after
    // "that" or at the start of a sentence.
    const std::string initial = "Excessive force was used against migrants.\n";
    EXPECT_TRUE(FirstClaim(Extract(*p, initial), "abuse").has_value()) << initial;
    // A bare verb form before a noun still modifies it.
    const std::string breakout = "The breakout projects gains to 103 in June, an analyst said.\n";
    EXPECT_FALSE(FirstClaim(Extract(*p, breakout), "escape").has_value()) << breakout;
  }
}

TEST(StrikeAndDenial, WhoIsSeenDoingItDoesIt) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Footage posted online showed border police beating migrants lying on the ground.\n";
    const auto x = Extract(*p, text);
    const auto abuse = FirstClaim(x, "abuse");
    ASSERT_TRUE(abuse.has_value()) << text;
    EXPECT_EQ(abuse->agent, "border police") << text;
    // Footage is no organization that speaks.
    for (const Entity& e : x.entities) EXPECT_NE(e.name, "Footage");
    const std::string saw = "Witnesses saw soldiers beating two men.\n";
    const auto beaten = FirstClaim(Extract(*p, saw), "abuse");
    ASSERT_TRUE(beaten.has_value()) << saw;
    EXPECT_EQ(beaten->agent, "soldiers") << saw;
  }
}

}  // namespace
}  // namespace crosscheck

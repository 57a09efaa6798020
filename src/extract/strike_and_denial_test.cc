// An air strike on a prison (session 12): "denied striking the prison",
// "denied targeting civilians" deny doing the harm reported before; people
// "awaiting deportation" are not deported; "rescue workers" are no rescue,
// and bodies pulled from the rubble are the dead, not the rescued.
// Invented sentences.
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

}  // namespace
}  // namespace crosscheck

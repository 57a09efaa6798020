// A saying that is negated ("could not confirm", "have yet to confirm",
// "did not deny") leaves its content open: the speaker neither asserts nor
// denies it. Invented sentences; both pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(NegatedSaying, UnconfirmedContentIsUncertain) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"Police could not confirm that anyone had been killed.\n",
                             "Authorities have yet to confirm the deaths of three migrants.\n",
                             "Officials said they were unable to confirm that 40 people were killed.\n",
                             "The army did not deny that soldiers had killed two men.\n"}) {
      const auto x = Extract(*p, text);
      const auto kill = FirstClaim(x, "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_EQ(kill->stance, Stance::kUncertain) << text;
      EXPECT_NE(SpeakerOfClaim(x, "kill"), "narrator") << text;
    }
  }
}

TEST(NegatedSaying, APlainSayingStillAsserts) {
  for (const Pipeline* p : BothPipelines()) {
    const auto kill = FirstClaim(Extract(*p, "Police confirmed that two men were killed.\n"), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->stance, Stance::kAsserts);
  }
}

}  // namespace
}  // namespace crosscheck

// Wording of pushback and shipwreck reports: an account a speaker "called
// completely false" in a relative clause is denied; "never engaged in
// pushbacks" denies them; "left us to die" tells of no death; "all rescue
// operations were lawful" is no rescue; "since 2020" runs from that year's
// first day. Invented sentences; both pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::ClaimWith;
using testing::Extract;
using testing::FirstClaim;


TEST(PushbackWording, AnAccountCalledFalseInARelativeClauseIsDenied) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Survivors said coast guard officers towed their dinghy back into Turkish waters, an "
                           "account the coast guard called \"completely false\".\n");
    EXPECT_TRUE(ClaimWith(x, "intercept", Stance::kAsserts).has_value());
    EXPECT_TRUE(ClaimWith(x, "intercept", Stance::kDenies).has_value());
  }
}

TEST(PushbackWording, NeverEngagingInAnEventDeniesIt) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"The ministry said its patrol boats had never engaged in pushbacks.\n",
                             "The ministry said its patrol boats had \"never engaged in pushbacks\".\n"}) {
      const auto deport = FirstClaim(Extract(*p, text), "deport");
      ASSERT_TRUE(deport.has_value()) << text;
      EXPECT_EQ(deport->stance, Stance::kDenies) << text;
    }
  }
}

TEST(PushbackWording, LeftToDieAndAllOperationsAreNoEvents) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "\"They took our engine and left us to die,\" a woman said.\n"), "kill").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The ministry said all rescue operations were carried out lawfully.\n"), "rescue")
                     .has_value());
    // All the bodies, though, are some bodies found.
    EXPECT_TRUE(FirstClaim(Extract(*p, "All the bodies were recovered.\n"), "kill").has_value());
  }
}

TEST(PushbackWording, SinceAYearRunsFromItsFirstDay) {
  for (const Pipeline* p : BothPipelines()) {
    const auto deport = FirstClaim(
        Extract(*p, "Rights groups say Greece has pushed back thousands of asylum seekers since 2020.\n"), "deport");
    ASSERT_TRUE(deport.has_value());
    ASSERT_TRUE(deport->when.has_value());
    EXPECT_EQ(deport->when->start, "2020-01-01");
    EXPECT_EQ(deport->when->end, "2024-05-02");
  }
}

}  // namespace
}  // namespace crosscheck

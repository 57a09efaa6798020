// Groups of people as reports name them: a count before a list ("about 60
// Sudanese, Chadians and Nigeriens"), an appositive that describes the
// group named before it ("The detainees, about 60 ..., had been held"), and
// an agent given in quotation marks after "by". Sentences written for these
// tests; both pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(AppositiveAndList, ACountBeforeAListCountsThemAll) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police said about 60 Sudanese, Chadians and Nigeriens were detained in the raid.");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    ASSERT_TRUE(arrest->count.has_value());
    EXPECT_EQ(arrest->count->min, 54);
    EXPECT_EQ(arrest->count->max, 66);
    EXPECT_EQ(arrest->victims, "Sudanese, Chadians and Nigeriens");
  }
}

TEST(AppositiveAndList, AnAppositiveDescribesTheGroupBeforeIt) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The detainees, about 60 Chadians, Malians and Nigeriens, had been held for ransom by "
                               "\xE2\x80\x9C" "a notorious smuggler,\xE2\x80\x9D the agency said.");
    const auto detain = FirstClaim(x, "detain");
    ASSERT_TRUE(detain.has_value());
    ASSERT_TRUE(detain->count.has_value());
    EXPECT_EQ(detain->count->min, 54);
    EXPECT_EQ(detain->victims, "detainees");
    EXPECT_EQ(detain->agent, "a notorious smuggler");
  }
}

// SPEC: coordinated counts add up; a list with its own numbers is no list
// under one count.
TEST(AppositiveAndList, CoordinatedCountsStillAddUp) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Gunmen killed three soldiers and two civilians in the attack, officials said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 5);
  }
}

}  // namespace
}  // namespace crosscheck

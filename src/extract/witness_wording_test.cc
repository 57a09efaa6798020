// What witnesses and hospitals report: every event of a witness's sentence
// is the witness's ("and a dozen injured", "when police dispersed a
// crowd" are no background of somebody else's), and deaths told as
// "succumbed to their injuries". Sentences written for these tests; both
// pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(WitnessWording, EveryEventOfAWitnessesSentenceIsTheirs) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Three people were shot dead and a dozen injured when police dispersed a crowd of "
                           "residents protesting against evictions, witnesses said.");
    ASSERT_GE(x.claims.size(), 3u);
    for (const auto& c : x.claims) EXPECT_EQ(c.speaker.kind, Speaker::kUnnamed) << c.type;
    const auto injured = FirstClaim(x, "injure");
    ASSERT_TRUE(injured.has_value());
    EXPECT_EQ(injured->count->min, 12);
  }
}

TEST(WitnessWording, SuccumbingToInjuriesIsDying) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Two more people succumbed to their injuries in hospital, doctors said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->count->min, 2);
    EXPECT_FALSE(FirstClaim(x, "injure").has_value());
    EXPECT_TRUE(Extract(*p, "The government succumbed to pressure.").claims.empty());
  }
}

TEST(WitnessWording, AParticipleAfterAndSharesAPassiveFurtherBack) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Twelve aid workers were detained by the militia on 18 May and released two days later.");
    const auto release = FirstClaim(x, "release");
    ASSERT_TRUE(release.has_value());
    EXPECT_EQ(release->victims, "workers");
    EXPECT_EQ(release->agent, "");  // the workers released no one
    EXPECT_FALSE(release->count.has_value() && release->count->min == 2) << "two days are no people";
    // An object after the second verb makes it active.
    const auto y = Extract(*p, "Police were deployed in the city and arrested 40 protesters.");
    const auto arrest = FirstClaim(y, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->count->min, 40);
  }
}

TEST(WitnessWording, APronounObjectIsPeople) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "\"They beat us with sticks and took our phones,\" said Abdi, a former detainee.");
    EXPECT_TRUE(FirstClaim(x, "abuse").has_value());
  }
}

TEST(WitnessWording, ASpokesmanForAnOrganizationSpeaks) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "A spokesman for the centre's operator said no detainee had ever been mistreated.");
    const auto abuse = FirstClaim(x, "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_EQ(abuse->stance, Stance::kDenies);
    EXPECT_NE(abuse->speaker.kind, Speaker::kNarrator);
  }
}

TEST(WitnessWording, TheSubjectBeforeSeveralPlacePhrasesActs) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police in the northern city of Kano arrested 14 people suspected of involvement.");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->agent, "Police");
  }
}

}  // namespace
}  // namespace crosscheck

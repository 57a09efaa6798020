// Speakers and stances that hang on a word after the verb: a verdict that
// makes "called" a denial ("called the figures speculative"), a purpose
// that keeps an event from having happened ("deployed to rescue them"), and
// a place after an unnamed speaker's noun ("a police officer in Assam
// state"), which names no one.
// Sentences written for these tests; both pipelines must agree.
#include <gtest/gtest.h>

#include <optional>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

int CountOfStance(const Extraction& x, const std::string& type, Stance stance) {
  int n = 0;
  for (const auto& c : x.claims) n += c.type == type && c.stance == stance;
  return n;
}

TEST(VerdictAndPurpose, CallingTheFiguresFalseDeniesThem) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "The rights commission said 22 people had died in the protests. The interior minister "
                           "called the commission's figures \"speculative\".");
    EXPECT_EQ(CountOfStance(x, "kill", Stance::kAsserts), 1);
    EXPECT_EQ(CountOfStance(x, "kill", Stance::kDenies), 1);
    // Without a verdict, "called" is an ordinary verb.
    const auto y = Extract(*p, "Police said 22 people had died. The minister called the police chief to the scene.");
    EXPECT_EQ(CountOfStance(y, "kill", Stance::kDenies), 0);
  }
}

TEST(VerdictAndPurpose, APurposeHasNotHappened) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "Police said soldiers had been deployed to rescue the hostages."), "rescue"));
    EXPECT_TRUE(FirstClaim(Extract(*p, "Police said soldiers were deployed and rescued 20 hostages."), "rescue"));
    // An attempt is still coded: "migrants trying to make their way through a fence" escape.
    EXPECT_TRUE(FirstClaim(Extract(*p, "Dozens of migrants were seen trying to escape through a gap in the fence."),
                           "escape"));
  }
}

TEST(VerdictAndPurpose, APlaceAfterAnUnnamedSpeakerNamesNoOne) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "A senior police officer in Assam state said the men had been held in a detention "
                           "centre for a year.");
    EXPECT_EQ(SpeakerOfClaim(x, "detain"), "unnamed");
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "An official in Tripoli said 12 migrants were arrested."), "arrest"), "unnamed");
  }
}

}  // namespace
}  // namespace crosscheck

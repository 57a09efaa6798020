// Causes from context (cause_context.cc), on invented reports.
#include "extract/cause_context.h"

#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

Extraction Extract(const std::string& text) { return testing::Extract(testing::ShallowPipeline(), text); }

std::string CauseOf(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type == type) return c.cause.empty() ? "(none)" : c.cause;
  }
  return "(no claim)";
}

TEST(CauseContext, TheSameSpeakerGoesOnAboutTheSameShooting) {
  auto x = Extract("Guards shot dead six migrants near Kufra, the IOM said.\n\n"
                   "About ten others were wounded, the IOM said.");
  EXPECT_EQ(CauseOf(x, "kill"), "shooting");
  EXPECT_EQ(CauseOf(x, "injure"), "shooting");
}

TEST(CauseContext, AnAttackPassesItsCauseToTheInjuriesAfterIt) {
  auto x = Extract("A local source said smugglers fired on the migrants as they fled.\n\n"
                   "Twelve of them were wounded, the source said.");
  EXPECT_EQ(CauseOf(x, "injure"), "shooting");
}

TEST(CauseContext, APassedOnCauseRaisesNoCauseContradiction) {
  auto x = Extract("The UN said 20 migrants were injured by torture.\n\n"
                   "A local source said smugglers fired on the migrants as they fled.\n\n"
                   "Ten of them were wounded, the source said.");
  size_t injuries = 0, cause_contradictions = 0;
  for (const auto& c : x.claims) injuries += c.type == "injure";
  for (const auto& incident : x.incidents) {
    for (const auto& k : incident.contradictions) cause_contradictions += k.kind == ContradictionKind::kCause;
  }
  EXPECT_EQ(injuries, 2u);
  EXPECT_EQ(cause_contradictions, 0u) << "the source never said how the twenty were hurt";
}

TEST(CauseContext, AnotherSpeakersCauseIsNotLentToAClaimThatGaveNone) {
  auto x = Extract("Guards shot dead six migrants near Kufra, the IOM said.\n\n"
                   "The interior minister said one migrant was injured.");
  EXPECT_EQ(CauseOf(x, "kill"), "shooting");
  EXPECT_EQ(CauseOf(x, "injure"), "(none)");
}

TEST(CauseContext, ACauseIsNotCarriedFarOrOntoOtherKindsOfEvent) {
  auto x = Extract("Guards shot dead six migrants near Kufra, police said.\n\n"
                   "Police said the camp held 300 people.\n\nPolice said food was short.\n\n"
                   "Police said the roads were closed.\n\nPolice said 12 people were injured in Sabha.\n\n"
                   "Police said they arrested 20 smugglers.");
  EXPECT_EQ(CauseOf(x, "kill"), "shooting");
  EXPECT_EQ(CauseOf(x, "injure"), "(none)");
  EXPECT_EQ(CauseOf(x, "arrest"), "(none)");
}

}  // namespace
}  // namespace crosscheck

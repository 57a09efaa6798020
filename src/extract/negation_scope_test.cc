// Negation scope read from the dependency parse (negation_scope.h), on
// sentences written for these tests. Each case the word-window rule alone
// gets wrong is run without the parse too, to show the difference.
#include "extract/negation_scope.h"

#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

const Pipeline& WithParse() { return testing::ParsingPipeline(); }
const Pipeline& Shallow() { return testing::ShallowPipeline(); }
using testing::Extract;

// The stance of the one claim of `type`, or "none".
std::string StanceOf(const Extraction& x, const std::string& type) {
  const Claim* found = nullptr;
  for (const auto& c : x.claims) {
    if (c.type != type) continue;
    EXPECT_EQ(found, nullptr) << "two " << type << " claims";
    found = &c;
  }
  if (!found) return "none";
  return found->stance == Stance::kDenies    ? "denies"
         : found->stance == Stance::kAsserts ? "asserts"
                                             : "other";
}

TEST(NegationScope, ANegationInARelativeClauseStaysThere) {
  const std::string text =
      "Police said on Monday that the migrants who did not flee were shot dead by guards at the "
      "camp.";
  EXPECT_EQ(StanceOf(Extract(WithParse(), text), "kill"), "asserts");
  EXPECT_EQ(StanceOf(Extract(Shallow(), text), "kill"), "denies");
}

TEST(NegationScope, ANegatedObjectDeniesItsVerbButNotTheSceneAround) {
  const std::string text = "Police said the gunmen killed no one during the raid on the village.";
  const Extraction parsed = Extract(WithParse(), text);
  EXPECT_EQ(StanceOf(parsed, "kill"), "denies");
  EXPECT_EQ(StanceOf(parsed, "raid"), "asserts");
  for (const auto& c : parsed.claims) {
    if (c.type != "kill") continue;
    EXPECT_FALSE(c.count) << "no one is nobody to count, not the gunmen: " << c.count->text;
    EXPECT_EQ(c.agent, "the gunmen");
  }
  const Extraction shallow = Extract(Shallow(), text);
  EXPECT_EQ(StanceOf(shallow, "kill"), "asserts");
  EXPECT_EQ(StanceOf(shallow, "raid"), "denies");
}

TEST(NegationScope, ANegatedSubjectCarriesOverToACoordinatedVerb) {
  const std::string text = "The police said no one was killed or injured during the march.";
  const Extraction parsed = Extract(WithParse(), text);
  EXPECT_EQ(StanceOf(parsed, "kill"), "denies");
  EXPECT_EQ(StanceOf(parsed, "injure"), "denies");
  EXPECT_EQ(StanceOf(Extract(Shallow(), text), "injure"), "asserts");
}

// "no protesters", "nobody": the denial states no number (not "2 or more", not 1).
TEST(NegationScope, ANegatedNounCountsNobody) {
  for (const Pipeline* p : {&WithParse(), &Shallow()}) {
    for (const char* text : {"A spokesman said no protesters were killed on Tuesday.",
                             "The ministry said that nobody died in the fire."}) {
      const Extraction x = Extract(*p, text);
      ASSERT_EQ(StanceOf(x, "kill"), "denies") << text;
      for (const auto& c : x.claims) EXPECT_FALSE(c.count) << text << ": " << c.count->text;
    }
  }
}

// "any refugees" in a denial: no number either (it was "2 or more").
TEST(NegationScope, AGenericNounInADenialCountsNobody) {
  for (const Pipeline* p : {&WithParse(), &Shallow()}) {
    const Extraction x = Extract(*p, "The government denied that any refugees had been forcibly returned.");
    ASSERT_EQ(StanceOf(x, "deport"), "denies");
    for (const auto& c : x.claims) EXPECT_FALSE(c.count) << c.count->text;
  }
}

TEST(NegationScope, ANegationOfTheGoverningVerbReachesItsComplement) {
  for (const Pipeline* p : {&WithParse(), &Shallow()}) {
    EXPECT_EQ(
        StanceOf(Extract(*p, "The navy said it did not try to intercept the boat."), "intercept"),
        "denies");
  }
}

TEST(NegationScope, ANegationOfAnotherVerbLeavesTheEventAsserted) {
  const std::string text =
      "Residents said the soldiers did not shoot anyone but arrested six youths in the market.";
  for (const Pipeline* p : {&WithParse(), &Shallow()})
    EXPECT_EQ(StanceOf(Extract(*p, text), "arrest"), "asserts");
}

}  // namespace
}  // namespace crosscheck

// Victims named by reference to a group named before: "others", and a bare
// number coordinated with a counted noun (slots.cc, ArgumentAt). Sentences
// written for these tests; both pipelines read them alike (no parse needed).
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::Extract;

std::string VictimsOf(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type == type) return c.victims;
  }
  return "no claim";
}

TEST(VictimGroup, OthersAreMoreOfTheGroupNamedBefore) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "The agency said four fishermen had been killed and two others wounded off the coast.");
    EXPECT_EQ(VictimsOf(x, "injure"), "fishermen");
    EXPECT_EQ(VictimsOf(x, "kill"), "fishermen");
  }
}

TEST(VictimGroup, ABareNumberSharesTheNounOfItsCoordinatedClause) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "Three students died and over 15 were injured when police fired on the march.");
    EXPECT_EQ(VictimsOf(x, "injure"), "students");
  }
}

TEST(VictimGroup, ABareNumberDoesNotReachIntoAnotherSentence) {
  const auto x = Extract(testing::ShallowPipeline(), "Teachers marched on Monday. Over 15 were injured, police said.");
  EXPECT_EQ(VictimsOf(x, "injure"), "");
}

}  // namespace
}  // namespace crosscheck

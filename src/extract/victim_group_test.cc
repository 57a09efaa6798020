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

TEST(VictimGroup, OthersAreNotTheSpeakers) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p,
                           "Eleven migrants drowned when their boat capsized, officials said. Survivors said about 20 "
                           "others were still missing.");
    EXPECT_NE(VictimsOf(x, "missing"), "Survivors");
    EXPECT_NE(VictimsOf(x, "missing"), "no claim");
  }
}

TEST(VictimGroup, ABareNumberSharesTheNounOfItsCoordinatedClause) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "Three students died and over 15 were injured when police fired on the march.");
    EXPECT_EQ(VictimsOf(x, "injure"), "students");
  }
}

// "Six migrants killed" (no object) is a reduced passive; a number, a count
// phrase or a modified person noun after the verb is its object, so the
// noun before it is the agent.
TEST(VictimGroup, ANumberAfterTheVerbIsItsObject) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    for (const char* text : {"Soldiers killed six migrants on Friday, police said.",
                             "Gunmen killed at least 20 villagers, police said.",
                             "Guards shot dead dozens of migrants, police said."}) {
      const auto x = Extract(*p, text);
      ASSERT_EQ(x.claims.size(), 1u) << text;
      EXPECT_NE(x.claims[0].victims, "Soldiers") << text;
      EXPECT_TRUE(x.claims[0].victims == "migrants" || x.claims[0].victims == "villagers") << text;
      EXPECT_FALSE(x.claims[0].agent.empty()) << text;
    }
    const auto x = Extract(*p, "Police killed unarmed protesters in Lagos.");
    EXPECT_EQ(VictimsOf(x, "kill"), "protesters");
    const auto headline = Extract(*p, "Two migrants killed in Zuwara on Friday.");
    EXPECT_EQ(VictimsOf(headline, "kill"), "migrants");
  }
}

TEST(VictimGroup, ASubsetInAnAppositiveDoesNotCountTheWhole) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "Eleven migrants, including four women, died of thirst in the desert, the IOM said.");
    ASSERT_FALSE(x.claims.empty());
    EXPECT_EQ(VictimsOf(x, "kill"), "migrants");
    ASSERT_TRUE(x.claims[0].count);
    EXPECT_EQ(x.claims[0].count->min, 11);
  }
}

TEST(VictimGroup, APluralNationalityNamesPeople) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    EXPECT_EQ(VictimsOf(Extract(*p, "Greek authorities deported 40 Afghans to Turkey on Tuesday."), "deport"), "Afghans");
  }
}

TEST(VictimGroup, ABareNumberDoesNotReachIntoAnotherSentence) {
  const auto x = Extract(testing::ShallowPipeline(), "Teachers marched on Monday. Over 15 were injured, police said.");
  EXPECT_EQ(VictimsOf(x, "injure"), "");
}

}  // namespace
}  // namespace crosscheck

// Event words of the taxonomy and the agents next to them (triggers.tsv,
// slots.cc), on sentences written for these tests.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::Extract;

const Claim* FindType(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type == type) return &c;
  }
  return nullptr;
}

TEST(EventWords, ExecutionsHangingsLynchingsAndBurningAlive) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    struct Case {
      const char* text;
      int count;
      const char* cause;
    };
    for (const Case& c : {Case{"Two men were hanged in the city prison.", 2, "hanging"},
                          Case{"A mob lynched a suspected thief.", 1, ""},
                          Case{"Soldiers burned alive two villagers.", 2, "fire"},
                          Case{"Rights groups documented the executions of 12 protesters.", 12, ""}}) {
      const auto x = Extract(*p, c.text);
      const Claim* kill = FindType(x, "kill");
      ASSERT_NE(kill, nullptr) << c.text;
      ASSERT_TRUE(kill->count.has_value()) << c.text;
      EXPECT_EQ(kill->count->min, c.count) << c.text;
      EXPECT_EQ(kill->cause, c.cause) << c.text;
    }
    // A name, a deal and a painting are none.
    for (const char* text : {"Merrill Lynch analysts said shares fell.",
                             "The move is subject to execution of a definitive agreement by shareholders.",
                             "The painting was hanged in the gallery."}) {
      EXPECT_EQ(FindType(Extract(*p, text), "kill"), nullptr) << text;
    }
  }
}

TEST(EventWords, AOneWordSentenceIsALabelNotAnEvent) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    // A table's cells, one per line, as the HTML reader gives them.
    EXPECT_TRUE(Extract(*p, "Dead\n\n8\n\nInjured\n\n23\n").claims.empty());
    EXPECT_NE(FindType(Extract(*p, "Eight dead.\n"), "kill"), nullptr);
  }
}

TEST(EventWords, AbductionsAreSeizuresOfPeople) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "Gunmen kidnapped 14 aid workers near the border on Monday, the UN said.");
    const Claim* c = FindType(x, "arrest");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->count->min, 14);
    EXPECT_EQ(c->agent, "Gunmen");
  }
}

// Shooting people is force used on them; when its sentence also kills or
// wounds them, it is how they died, not another event.
TEST(EventWords, ShootingPeople) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    auto x = Extract(*p, "Soldiers shot three protesters in Lagos, witnesses said.");
    const Claim* c = FindType(x, "abuse");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->count->min, 3);
    EXPECT_EQ(c->agent, "Soldiers");
    // "shot at the protesters": a person after "at" is the target of an active verb.
    x = Extract(*p, "Police shot at the protesters on Friday.");
    c = FindType(x, "abuse");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->agent, "Police");
    EXPECT_EQ(c->victims, "protesters");
    x = Extract(*p, "Officials said that no refugees had been shot at the border.");
    c = FindType(x, "abuse");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->stance, Stance::kDenies);
    x = Extract(*p, "Two protesters were killed, one of them shot in the head, medics said.");
    EXPECT_NE(FindType(x, "kill"), nullptr);
    EXPECT_EQ(FindType(x, "abuse"), nullptr);
    x = Extract(*p, "Police shot tear gas at the crowd.");
    EXPECT_EQ(FindType(x, "abuse"), nullptr) << "no people were shot";
  }
}

TEST(EventWords, ADatelineDashIsNoPartOfTheAgent) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "NAIROBI, June 4 (Reuters) - Kenyan police shot dead four refugees at the camp.");
    const Claim* c = FindType(x, "kill");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->agent, "Kenyan police");
  }
}

// "X said it had rescued 25 people": the pronoun is the speaker.
TEST(EventWords, APronounAgentInAReportedClauseIsTheSpeaker) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    auto x = Extract(*p, "The Libyan coast guard said it had rescued 25 people.");
    const Claim* c = FindType(x, "rescue");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->agent, "Libyan coast guard");
    x = Extract(*p, "\"We rescued 40 people,\" the captain said.");
    c = FindType(x, "rescue");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->agent, "") << "an unnamed speaker names no agent";
  }
}

TEST(EventWords, APassiveAfterAnEventNounOwnsItsByPhrase) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "The abduction of three journalists in the capital was condemned by the union.");
    const Claim* c = FindType(x, "arrest");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->agent, "") << "the union condemned, it did not abduct";
    EXPECT_EQ(c->victims, "journalists");
  }
  // An event noun's own by-phrase still names the agent.
  const auto x = Extract(testing::ShallowPipeline(), "Witnesses described the killing of two farmers by soldiers.");
  const Claim* c = FindType(x, "kill");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->agent, "soldiers");
}

}  // namespace
}  // namespace crosscheck

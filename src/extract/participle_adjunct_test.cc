// An -ing clause after a comma ("Gunmen stormed a village, killing 23
// people") has the subject of the sentence's first clause as its agent, and
// its object as the victims (slots.cc, AgentOfParticipleAdjunct). Sentences
// written for these tests; both pipelines read them alike.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::Extract;

const Claim* ClaimOf(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type == type) return &c;
  }
  return nullptr;
}

TEST(ParticipleAdjunct, TheFirstClausesSubjectActs) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    auto x = Extract(*p, "Gunmen stormed a village in the north, killing 23 people.");
    const Claim* kill = ClaimOf(x, "kill");
    ASSERT_NE(kill, nullptr);
    EXPECT_EQ(kill->agent, "Gunmen");
    EXPECT_EQ(kill->victims, "people");
    x = Extract(*p, "Police fired tear gas and live rounds at demonstrators, wounding dozens, witnesses said.");
    const Claim* injure = ClaimOf(x, "injure");
    ASSERT_NE(injure, nullptr);
    EXPECT_EQ(injure->agent, "Police");
  }
}

TEST(ParticipleAdjunct, AThingThatCannotActIsNoAgent) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "A bomb exploded in a crowded market, killing 12 people.");
    const Claim* kill = ClaimOf(x, "kill");
    ASSERT_NE(kill, nullptr);
    EXPECT_EQ(kill->agent, "");
  }
}

}  // namespace
}  // namespace crosscheck

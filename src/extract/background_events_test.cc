// What is not a claim of its own (events.cc): a protest named as the
// setting of another event, and cue words inside names. Sentences written
// for these tests; both pipelines read them alike.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::Extract;

std::vector<std::string> Types(const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& c : x.claims) out.push_back(c.type);
  return out;
}

const std::vector<const Pipeline*>& BothPipelines() {
  static const std::vector<const Pipeline*> both = {&testing::ParsingPipeline(), &testing::ShallowPipeline()};
  return both;
}

TEST(BackgroundEvents, AProtestAsTheSettingOfAnotherEventIsNoClaim) {
  using V = std::vector<std::string>;
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_EQ(Types(Extract(*p, "Police killed two students during a rally against fuel prices, medics said.")),
              V{"kill"});
    EXPECT_EQ(Types(Extract(*p, "Police have arrested 40 people since protests erupted last week, lawyers said.")),
              V{"arrest"});
    // With no other event in its clause, a protest is a claim.
    EXPECT_EQ(Types(Extract(*p, "Thousands of students rallied in the capital on Friday, organisers said.")),
              V{"protest"});
  }
}

TEST(BackgroundEvents, ACueWordInsideANameIsNoCue) {
  // "Bani" has the lemma "ban", an irrealis cue ("ban protests"), but it is
  // part of a town's name here.
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Medics said two dozen people were taken to the hospital in Bani Suwayf with injuries.");
    ASSERT_EQ(Types(x), std::vector<std::string>{"injure"});
    EXPECT_EQ(x.claims[0].count->min, 24);
  }
}

}  // namespace
}  // namespace crosscheck

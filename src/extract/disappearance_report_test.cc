// A report of abductions and a crackdown (session 13): "was abducted by
// armed men and found dead" is the abducted one's death, not the armed
// men's; "treated 200 people for injuries, many of them gunshot wounds"
// counts the 200 (a count past a comma is of something else); "Most were
// abducted" counts no one; "the wounded", "the dead and wounded" are two or
// more; "every report of a missing person" states no event. Invented
// sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(DisappearanceReport, TheSharedSubjectIsNotTheFirstVerbsAgent) {
  for (const Pipeline* p : BothPipelines()) {
    const std::pair<std::string, int64_t> cases[] = {
        {"Ahmed Ali was abducted by armed men and found dead.\n", 1},
        {"Two journalists were abducted by armed men and later found dead.\n", 2},
    };
    for (const auto& [text, dead] : cases) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill && kill->count) << text;
      EXPECT_EQ(kill->count->min, dead) << text;
      EXPECT_EQ(kill->count->max, dead) << text;
      EXPECT_EQ(kill->victims.find("men"), std::string::npos) << text;
    }
    const auto missing = FirstClaim(Extract(*p, "40 people remain missing and are believed drowned.\n"), "kill");
    ASSERT_TRUE(missing && missing->count);
    EXPECT_EQ(missing->count->min, 40);  // the subject shared across "and" still counts
  }
}

TEST(DisappearanceReport, ACountPastACommaIsOfSomethingElse) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {
             "Hospitals treated more than 200 people for injuries, many of them gunshot wounds, the group said.\n",
             "Hospitals treated more than 200 people for injuries, some of them serious.\n",
         }) {
      const auto injure = FirstClaim(Extract(*p, text), "injure");
      ASSERT_TRUE(injure && injure->count) << text;
      EXPECT_EQ(injure->count->min, 201) << text;
    }
    const auto toll = FirstClaim(Extract(*p, "The death toll rose to 108, officials said.\n"), "kill");
    ASSERT_TRUE(toll && toll->count);
    EXPECT_EQ(toll->count->min, 108);
  }
}

TEST(DisappearanceReport, AShareOfPeopleNamedBeforeCountsNoOne) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"The group said most were abducted from their homes at night.\n",
                                   "Some were killed.\n"}) {
      const auto x = Extract(*p, text);
      ASSERT_FALSE(x.claims.empty()) << text;
      EXPECT_FALSE(x.claims.front().count.has_value()) << text;  // had been exactly one
    }
    const auto all = FirstClaim(Extract(*p, "All 12 were killed.\n"), "kill");
    ASSERT_TRUE(all && all->count);
    EXPECT_EQ(all->count->min, 12);
  }
}

TEST(DisappearanceReport, TheWoundedAreTwoOrMore) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"The wounded were taken to hospital.\n",
                                   "Some of the dead and wounded at both sites were removed by the military.\n"}) {
      const auto injure = FirstClaim(Extract(*p, text), "injure");
      ASSERT_TRUE(injure && injure->count) << text;
      EXPECT_EQ(injure->count->min, 2) << text;
      EXPECT_FALSE(injure->count->max.has_value()) << text;
      EXPECT_TRUE(injure->count->approx) << text;
    }
  }
}

TEST(DisappearanceReport, EveryReportOfAnEventStatesNone) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"Police were investigating every report of a missing person.\n",
                                   "Each case of abuse will be investigated.\n"}) {
      EXPECT_TRUE(Extract(*p, text).claims.empty()) << text;
    }
    const auto abuse = FirstClaim(Extract(*p, "Police said every one of the 12 migrants had been beaten.\n"), "abuse");
    ASSERT_TRUE(abuse && abuse->count);
    EXPECT_EQ(abuse->count->min, 12);
  }
}

}  // namespace
}  // namespace crosscheck

// Times from an event anaphor (time_context.cc), on invented reports.
#include "extract/time_context.h"

#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;

// The date of the first claim of `type` (reports are published 2024-05-02, a Thursday).
std::string DateOf(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type == type) return c.when ? c.when->date : "(none)";
  }
  return "(no claim)";
}

TEST(TimeContext, ATimeBeforeAndIsTheEarlierVerbs) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police detained 300 people on Monday and released them on Wednesday.\n");
    EXPECT_EQ(DateOf(x, "arrest"), "2024-04-29");
    EXPECT_EQ(DateOf(x, "release"), "2024-05-01");
    // One time before a list of verbs still dates them all.
    const auto y = Extract(*p, "On Monday police detained and beat 30 protesters.\n");
    EXPECT_EQ(DateOf(y, "arrest"), "2024-04-29");
    EXPECT_EQ(DateOf(y, "abuse"), "2024-04-29");
  }
}

TEST(TimeContext, ATimeBeforeTheSubjectIsNoPartOfIt) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"On Monday police detained 30 protesters.\n", "Last Friday police detained 30 protesters.\n",
                             "Yesterday police detained 30 protesters.\n"}) {
      const auto x = Extract(*p, text);
      ASSERT_EQ(x.claims.size(), 1u) << text;
      EXPECT_EQ(x.claims[0].agent, "police") << text;
    }
  }
}

TEST(TimeContext, TheClashOnADayDatesTheDeathsToldJustBefore) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "Three inmates died and 15 were hurt when guards broke up a hunger strike, the prison "
                         "service said.\n\nThe clash on Tuesday followed a week of protests in the prison.");
    EXPECT_EQ(DateOf(x, "kill"), "2024-04-30");
    EXPECT_EQ(DateOf(x, "injure"), "2024-04-30");
  }
}

TEST(TimeContext, TheFightingBrokeOutOnADayInWhatASpeakerSays) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "At least 17 people were killed in clashes at a camp, the agency said.\n\n"
                         "UNHCR said the fighting broke out at the Kumer camp on Monday after militiamen attacked "
                         "refugees.");
    EXPECT_EQ(DateOf(x, "kill"), "2024-04-29");
  }
}

TEST(TimeContext, AClaimWithItsOwnTimeKeepsIt) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "Three inmates died on Monday, the prison service said.\n\n"
                         "The clash on Tuesday followed a week of protests in the prison.");
    EXPECT_EQ(DateOf(x, "kill"), "2024-04-29");
  }
}

TEST(TimeContext, ATimeLaterInTheSentenceIsNoAnaphorsTime) {
  for (const Pipeline* p : BothPipelines()) {
    // "on Tuesday" belongs to the announcement, not to "the clash".
    auto x = Extract(*p, "Three inmates died, the prison service said.\n\n"
                         "The clash was condemned by the minister on Tuesday.");
    EXPECT_EQ(DateOf(x, "kill"), "(none)");
  }
}

TEST(TimeContext, OnlyTheSentenceJustBeforeIsDated) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "Three inmates died, the prison service said. The prison holds 3,000 men.\n\n"
                         "The clash on Tuesday followed a week of protests in the prison.");
    EXPECT_EQ(DateOf(x, "kill"), "(none)");
  }
}

TEST(TimeContext, YesterdayInAQuotationIsTheDayBeforeTheSaying) {
  for (const Pipeline* p : BothPipelines()) {
    // Said on Tuesday 2024-04-30: the speaker's yesterday is Monday.
    auto quoted = Extract(*p, "\"Soldiers killed my brother yesterday,\" Amina said on Tuesday.");
    EXPECT_EQ(DateOf(quoted, "kill"), "2024-04-29");
    // In reported speech the words are the reporter's: yesterday is Wednesday.
    auto reported = Extract(*p, "Amina said on Tuesday that soldiers killed her brother yesterday.");
    EXPECT_EQ(DateOf(reported, "kill"), "2024-05-01");
  }
}

}  // namespace
}  // namespace crosscheck

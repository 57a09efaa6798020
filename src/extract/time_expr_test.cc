#include "extract/time_expr.h"

#include <gtest/gtest.h>

#include "text/analyze.h"

namespace crosscheck {
namespace {

const Date kSunday{2021, 10, 10};  // anchor: Sunday 2021-10-10
const Date kWednesday{2021, 10, 13};

std::vector<TimeExpr> Find(const std::string& text, std::optional<Date> anchor = kSunday) {
  const Doc doc = Analyze(text);
  return FindTimeExprs(doc, 0, doc.tokens.size(), anchor);
}

// The single expression in `text`: its text and its date or "start..end".
std::string One(const std::string& text, std::optional<Date> anchor = kSunday) {
  auto found = Find(text, anchor);
  if (found.size() != 1) return "found " + std::to_string(found.size());
  const TimeExpr& t = found[0];
  std::string out = t.text + " = ";
  if (t.date) out += FormatIso(*t.date);
  if (t.start) out += FormatIso(*t.start) + ".." + FormatIso(*t.end);
  return out;
}

TEST(TimeExpr, WeekdaysAreTheLatestOnOrBeforeTheAnchor) {
  EXPECT_EQ(One("It happened Friday."), "Friday = 2021-10-08");
  EXPECT_EQ(One("It happened on Saturday."), "on Saturday = 2021-10-09");
  EXPECT_EQ(One("It happened on Sunday."), "on Sunday = 2021-10-10");
  EXPECT_EQ(One("It happened on Monday."), "on Monday = 2021-10-04");
  EXPECT_EQ(One("Shots rang out on Friday night."), "on Friday night = 2021-10-08");
  EXPECT_EQ(One("Shots rang out late on Tuesday."), "late on Tuesday = 2021-10-05");
  EXPECT_EQ(One("Shots rang out Tuesday evening."), "Tuesday evening = 2021-10-05");
  EXPECT_EQ(One("Friday's raid left two dead."), "Friday's = 2021-10-08");
  EXPECT_EQ(One("It happened last Sunday."), "last Sunday = 2021-10-03");
  EXPECT_EQ(One("They meet next Friday."), "next Friday = 2021-10-15");
}

TEST(TimeExpr, WeekdayWithExplicitDate) {
  EXPECT_EQ(One("It happened on Friday, October 8."), "on Friday, October 8 = 2021-10-08");
}

TEST(TimeExpr, RelativeDays) {
  EXPECT_EQ(One("It happened yesterday."), "yesterday = 2021-10-09");
  EXPECT_EQ(One("It happened yesterday morning."), "yesterday morning = 2021-10-09");
  EXPECT_EQ(One("It happened today."), "today = 2021-10-10");
  EXPECT_EQ(One("They will march tonight."), "tonight = 2021-10-10");
  EXPECT_EQ(One("It happened last night."), "last night = 2021-10-09");
  EXPECT_EQ(One("It happened two days ago."), "two days ago = 2021-10-08");
  EXPECT_EQ(One("It happened 3 days ago."), "3 days ago = 2021-10-07");
  EXPECT_EQ(One("It happened a week ago."), "a week ago = 2021-10-03");
  EXPECT_EQ(One("It happened the day before yesterday."), "the day before yesterday = 2021-10-08");
}

TEST(TimeExpr, Periods) {
  EXPECT_EQ(One("It happened last week."), "last week = 2021-09-27..2021-10-03");
  EXPECT_EQ(One("It happened earlier this week.", kWednesday),
            "earlier this week = 2021-10-11..2021-10-12");
  EXPECT_EQ(One("It happened this week.", kWednesday), "this week = 2021-10-11..2021-10-13");
  EXPECT_EQ(One("It happened last month."), "last month = 2021-09-01..2021-09-30");
  EXPECT_EQ(One("It happened last month.", Date{2021, 1, 5}),
            "last month = 2020-12-01..2020-12-31");
  EXPECT_EQ(One("It happened last year."), "last year = 2020-01-01..2020-12-31");
  EXPECT_EQ(One("It happened earlier this month."), "earlier this month = 2021-10-01..2021-10-09");
  EXPECT_EQ(One("It happened last weekend.", kWednesday), "last weekend = 2021-10-09..2021-10-10");
}

TEST(TimeExpr, RangesBetweenTwoDates) {
  EXPECT_EQ(One("Guards killed hundreds between March 2020 and June 2021."),
            "between March 2020 and June 2021 = 2020-03-01..2021-06-30");
  EXPECT_EQ(One("Police arrested 40 people from May 1 to May 9."), "from May 1 to May 9 = 2021-05-01..2021-05-09");
  // A second date before the first is no range: the first alone stands.
  EXPECT_EQ(One("It ran from June 2021 to March 2020."), "from June 2021 to March 2020 = 2021-06-01..2021-06-30");
  // "from" without a date after it is no time.
  EXPECT_EQ(One("Migrants from Mali arrived."), "found 0");
}

TEST(TimeExpr, ExplicitDates) {
  EXPECT_EQ(One("It happened on May 25."), "on May 25 = 2021-05-25");
  EXPECT_EQ(One("It happened on 25 May."), "on 25 May = 2021-05-25");
  EXPECT_EQ(One("It happened on 8 August."), "on 8 August = 2021-08-08");
  EXPECT_EQ(One("It happened on 8th August."), "on 8th August = 2021-08-08");
  EXPECT_EQ(One("It happened on August 8, 2017."), "on August 8, 2017 = 2017-08-08");
  EXPECT_EQ(One("It happened on Aug. 8, 2017."), "on Aug. 8, 2017 = 2017-08-08");
  EXPECT_EQ(One("It happened on 8 August 2017."), "on 8 August 2017 = 2017-08-08");
  EXPECT_EQ(One("It happened on 2021-10-08."), "2021-10-08 = 2021-10-08");
  // Without a year: the most recent such date not after the anchor.
  EXPECT_EQ(One("It happened on December 3."), "on December 3 = 2020-12-03");
  EXPECT_EQ(One("It happened on October 10."), "on October 10 = 2021-10-10");
  // A day within the coming month is an announced date, not last year's.
  EXPECT_EQ(One("The vote is due on October 26."), "on October 26 = 2021-10-26");
}

TEST(TimeExpr, Months) {
  EXPECT_EQ(One("It happened in July 2017."), "in July 2017 = 2017-07-01..2017-07-31");
  EXPECT_EQ(One("It happened in July."), "in July = 2021-07-01..2021-07-31");
  EXPECT_EQ(One("It happened in November."), "in November = 2020-11-01..2020-11-30");
  EXPECT_EQ(One("It happened in early July."), "in early July = 2021-07-01..2021-07-31");
  EXPECT_EQ(One("It happened in 2017."), "in 2017 = 2017-01-01..2017-12-31");
}

TEST(TimeExpr, WithoutAnchorKeepsTextOnly) {
  auto found = Find("It happened on Friday and on 8 August 2017.", std::nullopt);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "on Friday");
  EXPECT_FALSE(found[0].date);
  EXPECT_EQ(found[1].text, "on 8 August 2017");
  EXPECT_EQ(found[1].date, (Date{2017, 8, 8}));  // carries its own year
}

TEST(TimeExpr, TokenRangeAndSeveral) {
  const Doc doc = Analyze("On Friday police came; on Saturday they left.");
  auto all = FindTimeExprs(doc, 0, doc.tokens.size(), kSunday);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].token_begin, 0u);
  EXPECT_EQ(all[0].token_end, 2u);
  EXPECT_EQ(all[1].date, (Date{2021, 10, 9}));
  auto second_half = FindTimeExprs(doc, 4, doc.tokens.size(), kSunday);
  ASSERT_EQ(second_half.size(), 1u);
  EXPECT_EQ(second_half[0].text, "on Saturday");
}

TEST(TimeExpr, VagueDaysAgo) {
  EXPECT_EQ(One("It happened a couple of days ago."),
            "a couple of days ago = 2021-10-07..2021-10-09");
  EXPECT_EQ(One("It happened a few days ago."), "a few days ago = 2021-10-03..2021-10-08");
}

TEST(TimeExpr, SinceRunsToTheAnchor) {
  EXPECT_EQ(One("Dozens have died since August 8."), "since August 8 = 2021-08-08..2021-10-10");
  EXPECT_EQ(One("Unrest grew after the May 25 vote."), "after the May 25 = 2021-05-25..2021-10-10");
  EXPECT_EQ(One("Protests have continued since Monday.", kWednesday),
            "since Monday = 2021-10-11..2021-10-13");
  EXPECT_EQ(One("Some 900 people have died since the start of the year."),
            "since the start of the year = 2021-01-01..2021-10-10");
  EXPECT_EQ(One("The war has killed 15,000 people since April last year."),
            "since April last year = 2020-04-01..2021-10-10");
  EXPECT_EQ(One("Arrests have doubled since the beginning of the year.", kWednesday),
            "since the beginning of the year = 2021-01-01..2021-10-13");
  EXPECT_EQ(One("Some 900 people have died since the start of 2020."), "since the start of 2020 = 2020-01-01..2021-10-10");
  EXPECT_EQ(One("Arrests have doubled since the beginning of March."),
            "since the beginning of March = 2021-03-01..2021-10-10");
  EXPECT_TRUE(Find("Some 900 people have died since the start of the war.").empty());
}

TEST(TimeExpr, DaysOfOneMonthAndTheNightBefore) {
  EXPECT_EQ(One("Police detained 300 people on March 12-14."), "on March 12-14 = 2021-03-12..2021-03-14");
  EXPECT_EQ(One("Police detained 300 people between March 12 and 14."), "March 12 and 14 = 2021-03-12..2021-03-14");
  EXPECT_EQ(One("It ran from March 12 to 14, 2020."), "March 12 to 14, 2020 = 2020-03-12..2020-03-14");
  // A later day of another month is no range of this one: two dates.
  const auto two = Find("It happened on March 12 to 14 April.");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].text, "on March 12");
  EXPECT_EQ(two[1].text, "14 April");
  EXPECT_EQ(One("Two men were shot dead overnight."), "overnight = 2021-10-09..2021-10-10");
}

TEST(TimeExpr, TheWeekendIsTheLastOneUpToTheAnchor) {
  EXPECT_EQ(One("Guards intercepted 600 migrants over the weekend.", kWednesday),
            "over the weekend = 2021-10-09..2021-10-10");
  EXPECT_EQ(One("Police arrested 12 smugglers at the weekend.", kWednesday),
            "at the weekend = 2021-10-09..2021-10-10");
  // Published on the Sunday itself: Saturday up to that day.
  EXPECT_EQ(One("Two died this weekend."), "this weekend = 2021-10-09..2021-10-10");
  // Published on the Saturday: the weekend so far is that day.
  EXPECT_EQ(One("Two died this weekend.", Date{2021, 10, 9}), "this weekend = 2021-10-09..2021-10-09");
}

TEST(TimeExpr, Possessives) {
  EXPECT_EQ(One("Yesterday's raid left two dead."), "Yesterday's = 2021-10-09");
  EXPECT_EQ(One("Saturday's march was peaceful."), "Saturday's = 2021-10-09");
}

TEST(TimeExpr, NotTimeExpressions) {
  EXPECT_EQ(Find("May God protect them.").size(), 0u);
  EXPECT_EQ(Find("Six people sat down.").size(), 0u);
  EXPECT_EQ(Find("He was held for 25 days.").size(), 0u);
  EXPECT_EQ(Find("The week was long.").size(), 0u);
}

}  // namespace
}  // namespace crosscheck

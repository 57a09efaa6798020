#include "extract/date.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

std::string Iso(std::string_view text) {
  auto d = ParseDate(text);
  return d.ok() ? FormatIso(*d) : "error: " + d.status().message();
}

TEST(Date, ParsesCommonForms) {
  EXPECT_EQ(Iso("2021-10-10"), "2021-10-10");
  EXPECT_EQ(Iso("2021/10/10"), "2021-10-10");
  EXPECT_EQ(Iso("2021-10-10T08:30:00Z"), "2021-10-10");
  EXPECT_EQ(Iso("10 October 2021"), "2021-10-10");
  EXPECT_EQ(Iso("10th October 2021"), "2021-10-10");
  EXPECT_EQ(Iso("October 10, 2021"), "2021-10-10");
  EXPECT_EQ(Iso("Oct. 10, 2021"), "2021-10-10");
  EXPECT_EQ(Iso("Oct 10 2021"), "2021-10-10");
  EXPECT_EQ(Iso("Sept. 3, 2020"), "2020-09-03");
  EXPECT_EQ(Iso("Sunday, 10 October 2021"), "2021-10-10");
  EXPECT_EQ(Iso("  2021-10-10 "), "2021-10-10");
}

TEST(Date, RejectsOtherTextWithAClearError) {
  for (std::string_view bad : {"", "yesterday", "10/10/2021", "2021-02-30", "October 2021",
                               "32 October 2021", "2021-13-01"}) {
    auto d = ParseDate(bad);
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.status().code(), StatusCode::kInvalidInput);
    EXPECT_NE(d.status().message().find(std::string(bad)), std::string::npos);
  }
}

TEST(Date, Arithmetic) {
  const Date sunday{2021, 10, 10};
  EXPECT_EQ(Weekday(sunday), 7);
  EXPECT_EQ(Weekday(Date{2021, 10, 4}), 1);
  EXPECT_EQ(AddDays(sunday, -2), (Date{2021, 10, 8}));
  EXPECT_EQ(AddDays(Date{2021, 3, 1}, -1), (Date{2021, 2, 28}));
  EXPECT_EQ(AddDays(Date{2020, 12, 31}, 1), (Date{2021, 1, 1}));
  EXPECT_EQ(DaysInMonth(2020, 2), 29);
  EXPECT_EQ(DaysInMonth(2021, 2), 28);
  EXPECT_TRUE(IsValid(sunday));
  EXPECT_FALSE(IsValid(Date{2021, 2, 29}));
  EXPECT_LT((Date{2021, 10, 8}), sunday);
}

TEST(Date, Names) {
  EXPECT_EQ(MonthFromName("october"), 10);
  EXPECT_EQ(MonthFromName("oct."), 10);
  EXPECT_EQ(MonthFromName("sept"), 9);
  EXPECT_EQ(MonthFromName("octopus"), 0);
  EXPECT_EQ(WeekdayFromName("friday"), 5);
  EXPECT_EQ(WeekdayFromName("fri."), 5);
  EXPECT_EQ(WeekdayFromName("fryday"), 0);
}

}  // namespace
}  // namespace crosscheck

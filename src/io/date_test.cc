#include "io/date.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(PublishedDate, AcceptsCalendarDates) {
  EXPECT_TRUE(IsIsoDate("2021-10-10"));
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_FALSE(IsIsoDate("2021-13-01"));
  EXPECT_FALSE(IsIsoDate("2021-1-01"));
  EXPECT_FALSE(IsIsoDate("21-10-10"));
}

TEST(PublishedDate, CutsDateTimeToDate) {
  Result<std::string> d = NormalizePublishedDate("2021-10-10T08:30:00+02:00", "f");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(*d, "2021-10-10");
  EXPECT_EQ(*NormalizePublishedDate("2021-10-10 08:30", "f"), "2021-10-10");
}

TEST(PublishedDate, RejectsOtherShapesWithMessage) {
  Result<std::string> d = NormalizePublishedDate("10/10/2021", "feed.jsonl:3");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message(),
            "feed.jsonl:3: unknown date format '10/10/2021' (expected YYYY-MM-DD)");
  EXPECT_FALSE(NormalizePublishedDate("2021-10-10Tnoon", "f").ok());
}

}  // namespace
}  // namespace crosscheck

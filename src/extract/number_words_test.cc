#include "extract/number_words.h"

#include <gtest/gtest.h>

#include "text/analyze.h"

namespace crosscheck {
namespace {

std::optional<int64_t> ValueOf(const std::string& text) {
  const Doc doc = Analyze(text);
  auto m = ParseNumberAt(doc, 0, doc.tokens.size());
  if (!m) return std::nullopt;
  EXPECT_EQ(m->end, doc.tokens.size()) << text;
  return m->value;
}

TEST(NumberWords, SingleWords) {
  EXPECT_EQ(NumberWordValue("six"), 6);
  EXPECT_EQ(NumberWordValue("nineteen"), 19);
  EXPECT_EQ(NumberWordValue("twenty-eight"), 28);
  EXPECT_EQ(NumberWordValue("hundred"), 100);
  EXPECT_FALSE(NumberWordValue("covid-19"));
  EXPECT_FALSE(NumberWordValue("six-year-old"));
  EXPECT_FALSE(NumberWordValue("someone"));
}

TEST(NumberWords, Numerals) {
  EXPECT_EQ(ParseNumeral("14,000")->integer, 14000);
  EXPECT_EQ(ParseNumeral("1,234,567")->integer, 1234567);
  EXPECT_TRUE(ParseNumeral("5.93")->has_fraction);
  EXPECT_FALSE(ParseNumeral("1,2"));
  EXPECT_FALSE(ParseNumeral("14,00"));
  EXPECT_FALSE(ParseNumeral("2021-10-08"));
  EXPECT_FALSE(ParseNumeral("8th"));
}

TEST(NumberWords, Phrases) {
  EXPECT_EQ(ValueOf("two hundred and fifty"), 250);
  EXPECT_EQ(ValueOf("one hundred fifty"), 150);
  EXPECT_EQ(ValueOf("twenty two"), 22);
  EXPECT_EQ(ValueOf("a hundred"), 100);
  EXPECT_EQ(ValueOf("three million"), 3000000);
  EXPECT_EQ(ValueOf("two thousand five hundred"), 2500);
  EXPECT_EQ(ValueOf("1.5 million"), 1500000);
  EXPECT_EQ(ValueOf("3 million"), 3000000);
  EXPECT_EQ(ValueOf("5.93 mln"), 5930000);
  EXPECT_EQ(ValueOf("14 thousand"), 14000);
  EXPECT_FALSE(ValueOf("5.93"));
  EXPECT_FALSE(ValueOf("a man"));
}

TEST(NumberWords, StopsAtNonNumberWords) {
  const Doc doc = Analyze("six seven");  // two numbers, not "sixty-seven"
  auto m = ParseNumberAt(doc, 0, doc.tokens.size());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, 6);
  EXPECT_EQ(m->end, 1u);
}

}  // namespace
}  // namespace crosscheck

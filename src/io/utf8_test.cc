#include "io/utf8.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(NormalizeText, DropsBomAndNormalizesLineEnds) {
  Result<std::string> r = NormalizeText("\xEF\xBB\xBFOne line.\r\nTwo\rthree\n", "a.txt");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r, "One line.\nTwo\nthree\n");
}

TEST(NormalizeText, KeepsTypographicQuotesAndOnlyOneBom) {
  std::string in = "\xEF\xBB\xBF\xEF\xBB\xBF\xE2\x80\x9CNo,\xE2\x80\x9D she said.";
  Result<std::string> r = NormalizeText(in, "a.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, in.substr(3));
}

TEST(NormalizeText, InvalidUtf8NamesLineAndByteOffset) {
  // Latin-1 "caf\xE9" on the second line: the bad byte is byte 14.
  Result<std::string> r = NormalizeText("Line one\nA caf\xE9 here.", "notes.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(r.status().message().find("notes.txt:2:"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("byte offset 14"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("0xE9"), std::string::npos);
}

TEST(NormalizeText, RejectsOverlongSurrogateAndTruncatedSequences) {
  EXPECT_FALSE(NormalizeText("ok \xC0\xAF", "x").ok());          // overlong '/'
  EXPECT_FALSE(NormalizeText("ok \xED\xA0\x80", "x").ok());      // U+D800
  EXPECT_FALSE(NormalizeText("ok \xF4\x90\x80\x80", "x").ok());  // above U+10FFFF
  EXPECT_FALSE(NormalizeText("ok \xE2\x80", "x").ok());          // cut short
  EXPECT_TRUE(NormalizeText("ok \xF0\x9F\x98\x80", "x").ok());   // emoji
}

TEST(NormalizeText, RejectsEmptyAndWhitespaceOnly) {
  for (std::string_view in : {std::string_view(""), std::string_view(" \n\t\r\n"),
                              std::string_view("\xEF\xBB\xBF\xC2\xA0 \n")}) {
    Result<std::string> r = NormalizeText(in, "blank.txt");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().message(), "blank.txt: empty report");
  }
}

TEST(NormalizeText, RejectsBinary) {
  Result<std::string> nul = NormalizeText(std::string("PK\x03\x04\0\0\xFF", 7), "x.txt");
  ASSERT_FALSE(nul.ok());
  EXPECT_NE(nul.status().message().find("binary"), std::string::npos) << nul.status().message();

  std::string controls = "ab\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F cd";
  Result<std::string> ctl = NormalizeText(controls, "y.txt");
  ASSERT_FALSE(ctl.ok());
  EXPECT_NE(ctl.status().message().find("binary"), std::string::npos);
}

TEST(NormalizeText, ToleratesAStrayControlCharacter) {
  std::string text = "A long enough paragraph of ordinary prose\x07 with one bell in it.\f";
  EXPECT_TRUE(NormalizeText(text, "z.txt").ok());
}

TEST(FoldPunctuation, MapsQuotesAndDashes) {
  EXPECT_EQ(FoldPunctuation("\xE2\x80\x98it\xE2\x80\x99s\xE2\x80\x99"), "'it's'");
  EXPECT_EQ(FoldPunctuation("\xE2\x80\x9Cyes\xE2\x80\x9D"), "\"yes\"");
  EXPECT_EQ(FoldPunctuation("a\xE2\x80\x93" "b\xE2\x80\x94" "c"), "a-b-c");
  EXPECT_EQ(FoldPunctuation("caf\xC3\xA9 wait\xE2\x80\xA6"), "caf\xC3\xA9 wait...");
}

TEST(FindInvalidUtf8, ReportsFirstBadByte) {
  EXPECT_FALSE(FindInvalidUtf8("plain ascii").has_value());
  EXPECT_EQ(FindInvalidUtf8("ab\x80\x80"), std::optional<size_t>(2));
}

}  // namespace
}  // namespace crosscheck

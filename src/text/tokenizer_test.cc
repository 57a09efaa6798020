#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

std::vector<std::string> Tokens(const std::string& text) {
  Doc doc(text);
  Tokenize(doc);
  std::vector<std::string> out;
  for (const auto& t : doc.tokens) out.emplace_back(doc.token_text(t));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, SplitsPunctuationAndKeepsNumbers) {
  EXPECT_EQ(Tokens("Police said 14,000 people, 5.93 mln."),
            (V{"Police", "said", "14,000", "people", ",", "5.93", "mln."}));
}

TEST(Tokenizer, JoinsInnerHyphensAndSplitsDashes) {
  EXPECT_EQ(Tokens("Twenty-eight al-Fashir \xE2\x80\x94 end"),
            (V{"Twenty-eight", "al-Fashir", "\xE2\x80\x94", "end"}));
}

TEST(Tokenizer, SplitsClitics) {
  EXPECT_EQ(Tokens("Kenya's police don't know O'Brien"),
            (V{"Kenya", "'s", "police", "do", "n't", "know", "O'Brien"}));
  EXPECT_EQ(Tokens("Sudan\xE2\x80\x99s army"), (V{"Sudan", "\xE2\x80\x99s", "army"}));
}

TEST(Tokenizer, KeepsAbbreviationPeriods) {
  EXPECT_EQ(Tokens("Gen. Haftar met the U.N. envoy J. Smith on Jan. 5."),
            (V{"Gen.", "Haftar", "met", "the", "U.N.", "envoy", "J.", "Smith", "on", "Jan.", "5", "."}));
}

TEST(Tokenizer, TypesQuotes) {
  Doc doc("He said \"no\" and \xE2\x80\x9Cyes\xE2\x80\x9D.");
  Tokenize(doc);
  ASSERT_EQ(doc.tokens.size(), 10u);
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kQuoteOpen);
  EXPECT_EQ(doc.tokens[4].kind, TokenKind::kQuoteClose);
  EXPECT_EQ(doc.tokens[6].kind, TokenKind::kQuoteOpen);
  EXPECT_EQ(doc.tokens[8].kind, TokenKind::kQuoteClose);
}

TEST(Tokenizer, MarksParagraphAndLineStarts) {
  Doc doc("Headline here\n\nFirst line\nsecond");
  Tokenize(doc);
  EXPECT_TRUE(doc.tokens[0].paragraph_start);
  EXPECT_TRUE(doc.tokens[2].paragraph_start);
  EXPECT_FALSE(doc.tokens[4].paragraph_start);
  EXPECT_TRUE(doc.tokens[4].line_start);
}

TEST(Tokenizer, FoldsTypographicApostropheInLowerForm) {
  Doc doc("Int\xE2\x80\x99l");
  Tokenize(doc);
  ASSERT_EQ(doc.tokens.size(), 1u);
  EXPECT_EQ(doc.tokens[0].lower, "int'l");
}

TEST(Tokenizer, NumbersAndDates) {
  Doc doc("2021-10-08 and 8th");
  Tokenize(doc);
  ASSERT_EQ(doc.tokens.size(), 3u);
  EXPECT_EQ(doc.tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kWord);
}

TEST(Tokenizer, APluralPossessiveApostropheIsNoQuotationMark) {
  auto kinds = [](const std::string& text) {
    Doc doc(text);
    Tokenize(doc);
    std::vector<TokenKind> out;
    for (const auto& t : doc.tokens) out.push_back(t.kind);
    return out;
  };
  // "doctors' committee": a word, so no quotation is taken to close there.
  EXPECT_EQ(kinds("A doctors' committee said")[2], TokenKind::kWord);
  EXPECT_EQ(kinds("27 migrants' bodies")[2], TokenKind::kWord);
  // A single quotation open before it still closes at it.
  const auto quoted = kinds("the so-called 'safe zones' were shelled");
  EXPECT_EQ(quoted[2], TokenKind::kQuoteOpen);
  EXPECT_EQ(quoted[5], TokenKind::kQuoteClose);
}

}  // namespace
}  // namespace crosscheck

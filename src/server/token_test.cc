#include "server/token.h"

#include <gtest/gtest.h>

namespace crosscheck::server {
namespace {

TEST(TokenTest, GeneratedTokensAre64HexDigitsAndDiffer) {
  auto a = GenerateToken();
  auto b = GenerateToken();
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->size(), 64u);
  EXPECT_EQ(a->find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(*a, *b);
}

TEST(TokenTest, OnlyTheExactTokenIsEqual) {
  EXPECT_TRUE(TokensEqual("s3cret-token", "s3cret-token"));
  EXPECT_FALSE(TokensEqual("s3cret-token", "s3cret-tokeN"));
  EXPECT_FALSE(TokensEqual("s3cret-token", "s3cret-toke"));
  EXPECT_FALSE(TokensEqual("s3cret-token", "s3cret-token-and-more"));
  EXPECT_FALSE(TokensEqual("s3cret-token", ""));
  EXPECT_FALSE(TokensEqual("", ""));  // no token configured: nobody writes
  // A guess that repeats the token's start over the wrong length.
  EXPECT_FALSE(TokensEqual("ab", "abab"));
}

TEST(TokenTest, BearerTokenReadsTheAuthorizationHeader) {
  EXPECT_EQ(BearerToken("Bearer abc"), "abc");
  EXPECT_EQ(BearerToken("bearer abc"), "abc");
  EXPECT_EQ(BearerToken("Basic abc"), "");
  EXPECT_EQ(BearerToken("Bearer "), "");
  EXPECT_EQ(BearerToken(""), "");
}

}  // namespace
}  // namespace crosscheck::server

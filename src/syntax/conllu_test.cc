#include "syntax/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace crosscheck::syntax {
namespace {

constexpr const char* kWithExtras =
    "# sent_id = 1\n"
    "# text = They can't go.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tca\tcan\tAUX\tMD\t_\t4\taux\t4:aux\tSpaceAfter=No\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tgo\t_\t_\t_\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n";

TEST(ConlluTest, SkipsMultiwordTokensAndEmptyNodesButKeepsThem) {
  auto parsed = ParseConllu(kWithExtras, "mem");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->size(), 1u);
  const ConlluSentence& s = (*parsed)[0];
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.words[1].form, "ca");
  EXPECT_EQ(s.words[2].form, "n't");
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[4].deprel, "punct");
  EXPECT_EQ(s.comments.size(), 2u);
  std::ostringstream out;
  WriteConllu(out, *parsed);
  EXPECT_EQ(out.str(), kWithExtras);
}

TEST(ConlluTest, AcceptsMissingFinalBlankLineAndUnderscoreHead) {
  auto parsed = ParseConllu("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_", "mem");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->size(), 1u);
  EXPECT_EQ((*parsed)[0].words[0].head, -1);
}

void ExpectError(const std::string& text, const std::string& want) {
  auto parsed = ParseConllu(text, "bad.conllu");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.status().message().find(want), std::string::npos) << parsed.status().message();
}

TEST(ConlluTest, ErrorsNameFileAndLine) {
  ExpectError("# c\n1\tHi\t_\t_\t_\t_\t0\troot\t_\n", "bad.conllu:2: expected 10 tab-separated columns, found 9");
  ExpectError("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n", "bad.conllu:2: word ID 3 out of sequence");
  ExpectError("1\tA\t_\t_\t_\t_\tx\troot\t_\t_\n", "bad.conllu:1: bad HEAD 'x'");
  ExpectError("\n\n1\tA\t_\t_\t_\t_\t5\troot\t_\t_\n", "bad.conllu:3: HEAD 5 beyond");
  ExpectError("one\tA\t_\t_\t_\t_\t0\troot\t_\t_\n", "bad.conllu:1: bad ID 'one'");
}

TEST(ConlluTest, MissingFileIsNotFound) {
  auto r = ReadConllu("/nonexistent/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/x.conllu"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck::syntax

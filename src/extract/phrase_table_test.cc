#include "extract/phrase_table.h"

#include <gtest/gtest.h>

#include "text/analyze.h"

namespace crosscheck {
namespace {

Doc WithLemmas(const std::string& text, std::vector<std::pair<std::string, std::string>> lemmas) {
  Doc doc = Analyze(text);
  for (auto& t : doc.tokens) {
    for (auto& [form, lemma] : lemmas) {
      if (t.lower == form) t.lemma = lemma;
    }
  }
  return doc;
}

TEST(PhraseTable, LongestMatchWinsAndLemmasMatch) {
  PhraseTable table;
  table.Add(ParsePattern("shoot").value(), 0);
  table.Add(ParsePattern("shoot dead").value(), 1);
  Doc doc = WithLemmas("six were shot dead", {{"shot", "shoot"}});
  auto m = table.LongestAt(doc, 2, doc.tokens.size());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, 1u);
  EXPECT_EQ(m->end, 4u);
}

TEST(PhraseTable, ExactItemsIgnoreLemmas) {
  PhraseTable table;
  table.Add(ParsePattern("=caught").value(), 0);
  Doc doc = WithLemmas("they catch and caught", {{"caught", "catch"}});
  auto all = table.FindAll(doc, 0, doc.tokens.size());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].begin, 3u);
}

TEST(PhraseTable, OptionalGapAndAlternatives) {
  PhraseTable table;
  table.Add(ParsePattern("shoot ~ and kill").value(), 0);
  table.Add(ParsePattern("=held in|at").value(), 1);
  Doc doc = WithLemmas("police shot and killed two, held at a camp", {{"shot", "shoot"}, {"killed", "kill"}});
  auto all = table.FindAll(doc, 0, doc.tokens.size());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].end - all[0].begin, 3u);
  EXPECT_EQ(all[1].value, 1u);
  Doc gap = WithLemmas("they shot dead and killed", {{"shot", "shoot"}, {"killed", "kill"}});
  EXPECT_TRUE(table.LongestAt(gap, 1, gap.tokens.size()));
}

TEST(PhraseTable, RejectsMalformedPatterns) {
  EXPECT_FALSE(ParsePattern("").ok());
  EXPECT_FALSE(ParsePattern("~ kill").ok());
  EXPECT_FALSE(ParsePattern("kill ~").ok());
}

}  // namespace
}  // namespace crosscheck

#include "text/lemmatizer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace crosscheck {
namespace {

const Lemmatizer& Shipped() {
  static Lemmatizer lem = [] {
    auto r = Lemmatizer::Load(std::string(CROSSCHECK_DATA_DIR) + "/lexicon/lemmas.tsv");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return std::move(r).value();
  }();
  return lem;
}

TEST(Lemmatizer, IrregularAndRegularVerbs) {
  EXPECT_EQ(Shipped().Lemma("fled"), "flee");
  EXPECT_EQ(Shipped().Lemma("shot"), "shoot");
  EXPECT_EQ(Shipped().Lemma("killed"), "kill");
  EXPECT_EQ(Shipped().Lemma("arrested"), "arrest");
  EXPECT_EQ(Shipped().Lemma("stopped"), "stop");
  EXPECT_EQ(Shipped().Lemma("was"), "be");
  EXPECT_EQ(Shipped().Lemma("injured"), "injure");
}

TEST(Lemmatizer, Nouns) {
  EXPECT_EQ(Shipped().Lemma("bodies"), "body");
  EXPECT_EQ(Shipped().Lemma("migrants"), "migrant");
  EXPECT_EQ(Shipped().Lemma("news"), "news");
  EXPECT_EQ(Shipped().Lemma("women"), "woman");
  EXPECT_EQ(Shipped().Lemma("children", "NOUN"), "child");
  // Compounds on an irregular plural that the exception list does not name.
  EXPECT_EQ(Shipped().Lemma("schoolchildren", "NOUN"), "schoolchild");
  EXPECT_EQ(Shipped().Lemma("militiamen", "NOUN"), "militiaman");
}

TEST(Lemmatizer, TagRestrictsPartOfSpeech) {
  EXPECT_EQ(Shipped().Lemma("found", "VERB"), "find");
  EXPECT_EQ(Shipped().Lemma("unknownword"), "unknownword");
}

TEST(Lemmatizer, RejectsForeignFile) {
  const std::string path = ::testing::TempDir() + "/foreign_lemmas.tsv";
  std::ofstream(path) << "hello\n";
  auto r = Lemmatizer::Load(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(":1:"), std::string::npos);
  std::remove(path.c_str());
}

// The per-thread memo must not leak results from one Lemmatizer to another
// (nor to a moved-from one), and must give the same answer on a repeat.
TEST(Lemmatizer, MemoIsPerInstance) {
  const std::string path = ::testing::TempDir() + "/tiny_lemmas.tsv";
  std::ofstream(path) << "#crosscheck-lemmas 1\nw\tv\tpatrol\n";
  auto tiny = Lemmatizer::Load(path);
  ASSERT_TRUE(tiny.ok()) << tiny.status().message();
  EXPECT_EQ(Shipped().Lemma("bodies"), "body");
  EXPECT_EQ(tiny->Lemma("bodies"), "bodies");  // "body" is not in the tiny list
  EXPECT_EQ(tiny->Lemma("patrolled"), "patrol");
  EXPECT_EQ(Shipped().Lemma("bodies"), "body");
  EXPECT_EQ(Shipped().Lemma("bodies"), "body");
  EXPECT_TRUE(tiny->IsKnownWord("patrols"));
  EXPECT_FALSE(tiny->IsKnownWord("migrants"));
  EXPECT_TRUE(Shipped().IsKnownWord("migrants"));
  Lemmatizer moved = std::move(tiny).value();
  EXPECT_EQ(moved.Lemma("patrolled"), "patrol");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace crosscheck

// Training on a tiny treebank, saving, loading and the Doc-level API.
#include "syntax/syntax.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "syntax/tiny_treebank.h"
#include "syntax/train.h"

namespace crosscheck::syntax {
namespace {

namespace fs = std::filesystem;

class TinyTreebankTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // One folder per process: ctest runs each test of this suite in its own process, in parallel.
    dir_ = new std::string((fs::temp_directory_path() / ("crosscheck_syntax_test_" + std::to_string(::getpid()))).string());
    fs::create_directories(*dir_);
    std::ofstream(*dir_ + "/tiny.conllu") << testing::kTinyTreebank;
    TrainSyntaxOptions o;
    o.tagger_epochs = 20;
    o.parser_epochs = 30;
    o.jackknife_folds = 0;  // gold tags: the point is to fit the data
    o.parser_prune = 0;     // the weights of so small a corpus are all small
    std::ostringstream log;
    Status st = TrainSyntax(*dir_ + "/tiny.conllu", "", *dir_ + "/model", o, &log);
    ASSERT_TRUE(st.ok()) << st.message();
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::vector<ConlluSentence> Gold() { return *ParseConllu(testing::kTinyTreebank, "tiny"); }
  static std::string* dir_;
};
std::string* TinyTreebankTest::dir_ = nullptr;

TEST_F(TinyTreebankTest, LearnsTheTreebankPerfectly) {
  auto model = LoadSyntaxModel(*dir_ + "/model");
  ASSERT_TRUE(model.ok()) << model.status().message();
  SyntaxScores s = EvaluateSyntax(*model, Gold());
  EXPECT_EQ(s.words, 57u);
  EXPECT_DOUBLE_EQ(s.upos, 100.0);
  EXPECT_DOUBLE_EQ(s.uas, 100.0);
  EXPECT_DOUBLE_EQ(s.las, 100.0);
}

TEST_F(TinyTreebankTest, LoadedModelReproducesAKnownParse) {
  auto model = LoadSyntaxModel(*dir_ + "/model");
  ASSERT_TRUE(model.ok()) << model.status().message();
  SentenceSyntax a = AnalyzeWords(*model, {"Three", "protesters", "were", "injured", "by", "soldiers", "."});
  EXPECT_EQ(a.head, (std::vector<int>{2, 4, 4, 0, 6, 4, 4}));
  EXPECT_EQ(a.deprel, (std::vector<std::string>{"nummod", "nsubj:pass", "aux:pass", "root", "case",
                                                "obl:agent", "punct"}));
  EXPECT_EQ(a.upos[3], "VERB");
  EXPECT_EQ(a.xpos[3], "VBN");
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_F(TinyTreebankTest, RejectsTruncatedAndForeignFiles) {
  const std::string bad = *dir_ + "/bad";
  fs::create_directories(bad);
  std::string tagger = ReadAll(*dir_ + "/model/tagger.model");
  std::string parser = ReadAll(*dir_ + "/model/parser.model");

  std::ofstream(bad + "/tagger.model", std::ios::binary) << tagger;
  std::ofstream(bad + "/parser.model", std::ios::binary) << parser.substr(0, parser.size() / 2);
  auto truncated = LoadSyntaxModel(bad);
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find(bad + "/parser.model"), std::string::npos);
  EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos);

  std::ofstream(bad + "/parser.model", std::ios::binary) << tagger;  // a tagger is foreign here
  auto foreign = LoadSyntaxModel(bad);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(foreign.status().message().find("not a crosscheck-syntax-parser model"), std::string::npos)
      << foreign.status().message();

  std::ofstream(bad + "/tagger.model", std::ios::binary) << "\x7f" "ELF binary garbage";
  auto garbage = LoadSyntaxModel(bad);
  ASSERT_FALSE(garbage.ok());
  EXPECT_NE(garbage.status().message().find(bad + "/tagger.model"), std::string::npos);

  std::string flipped = parser;
  flipped[flipped.size() - 3] ^= 0x55;
  std::ofstream(bad + "/tagger.model", std::ios::binary) << tagger;
  std::ofstream(bad + "/parser.model", std::ios::binary) << flipped;
  auto corrupt = LoadSyntaxModel(bad);
  ASSERT_FALSE(corrupt.ok());
  EXPECT_NE(corrupt.status().message().find("checksum"), std::string::npos);

  auto missing = LoadSyntaxModel(*dir_ + "/nowhere");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

// Builds a Doc by splitting on spaces, one sentence per call.
void AddSentence(Doc& doc, const std::string& text, size_t offset) {
  Sentence s;
  s.token_begin = static_cast<uint32_t>(doc.tokens.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t sp = text.find(' ', pos);
    if (sp == std::string::npos) sp = text.size();
    Token t;
    t.begin = static_cast<uint32_t>(offset + pos);
    t.end = static_cast<uint32_t>(offset + sp);
    doc.tokens.push_back(t);
    pos = sp + 1;
  }
  s.token_end = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(s);
}

TEST_F(TinyTreebankTest, FillsDocTokens) {
  auto model = LoadSyntaxModel(*dir_ + "/model");
  ASSERT_TRUE(model.ok()) << model.status().message();
  const std::string first = "Police arrested two men on Friday .";
  const std::string second = "Dozens of people fled the village .";
  Doc doc(first + " " + second);
  AddSentence(doc, first, 0);
  AddSentence(doc, second, first.size() + 1);
  Tag(*model, doc);
  EXPECT_EQ(doc.tokens[1].tag, "VERB");
  EXPECT_EQ(doc.tokens[1].head, -1);  // Tag alone does not parse
  Parse(*model, doc);
  EXPECT_EQ(doc.tokens[1].head, -1);
  EXPECT_EQ(doc.tokens[1].dep, "root");
  EXPECT_EQ(doc.tokens[0].head, 1);
  EXPECT_EQ(doc.tokens[0].dep, "nsubj");
  // Second sentence: heads are Doc token indexes, not sentence positions.
  EXPECT_EQ(doc.tokens[7].head, 10);  // Dozens <- fled
  EXPECT_EQ(doc.tokens[7].dep, "nsubj");
  EXPECT_EQ(doc.tokens[10].head, -1);
  EXPECT_EQ(doc.tokens[12].head, 10);  // village <- fled
}

}  // namespace
}  // namespace crosscheck::syntax

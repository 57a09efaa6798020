// Word clusters: learning them from text, path prefixes, the file, and
// training the tiny treebank with them as features.
#include "syntax/word_clusters.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "syntax/cluster_training.h"
#include "syntax/tiny_treebank.h"
#include "syntax/train.h"

namespace crosscheck::syntax {
namespace {

namespace fs = std::filesystem;

std::string TempDir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir.string();
}

// Animals and verbs in fixed slots: "the <animal> <verb> ." and "a <animal> <verb> today .".
std::string ToyText() {
  const char* animals[] = {"cat", "dog", "horse", "goat"};
  const char* verbs[] = {"sleeps", "runs", "eats", "barks"};
  std::string text;
  for (const char* a : animals) {
    for (const char* v : verbs) {
      text += std::string("The ") + a + " " + v + ".\n\n";
      text += std::string("A ") + a + " " + v + " today.\n\n";
    }
  }
  return text;
}

TEST(WordClustersTest, WordsInTheSameContextsShareAPath) {
  const std::string dir = TempDir("crosscheck_clusters_test");
  std::ofstream(dir + "/toy.txt") << ToyText();
  ClusterCorpus corpus;
  ASSERT_TRUE(ReadClusterCorpus(dir + "/toy.txt", &corpus).ok());
  ClusterOptions options;
  options.min_count = 2;
  WordClusters clusters = BuildWordClusters(corpus, options, nullptr);
  auto path = [&](const char* w) { return clusters.Path(WordClusters::Key(w)); };
  EXPECT_NE(path("cat"), 0u);
  EXPECT_EQ(path("cat"), path("dog"));
  EXPECT_EQ(path("goat"), path("horse"));
  EXPECT_EQ(path("runs"), path("barks"));
  EXPECT_NE(path("cat"), path("runs"));
  EXPECT_EQ(path("Cat"), path("cat"));        // keys ignore case
  EXPECT_EQ(path("unicorn"), 0u);             // never seen
  EXPECT_EQ(WordClusters::Key("1,500"), WordClusters::Key("2,000"));  // digits fold to 0

  // Round trip through a file; a foreign file is refused with its name.
  ASSERT_TRUE(clusters.SaveFile(dir + "/clusters.model").ok());
  Result<WordClusters> loaded = WordClusters::LoadFile(dir + "/clusters.model");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->size(), clusters.size());
  EXPECT_EQ(loaded->Path(WordClusters::Key("goat")), path("goat"));
  std::ofstream(dir + "/foreign.model") << "crosscheck-syntax-tagger 2 0 0\n";
  Result<WordClusters> foreign = WordClusters::LoadFile(dir + "/foreign.model");
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.status().message().find(dir + "/foreign.model"), std::string::npos);
  fs::remove_all(dir);
}

TEST(WordClustersTest, PrefixesCutTheFirstBits) {
  const uint32_t path = (5u << 24) | 0b10110;
  EXPECT_EQ(WordClusters::Prefix(path, 3), (3u << 24) | 0b101);
  EXPECT_EQ(WordClusters::Prefix(path, 5), path);
  EXPECT_EQ(WordClusters::Prefix(path, 8), path);  // shorter paths stay whole
}

TEST(WordClustersTest, TinyTreebankIsLearnedPerfectlyWithClusterFeatures) {
  const std::string dir = TempDir("crosscheck_clusters_treebank_test");
  std::ofstream(dir + "/tiny.conllu") << testing::kTinyTreebank;
  ClusterCorpus corpus;
  ASSERT_TRUE(ReadClusterCorpus(dir + "/tiny.conllu", &corpus).ok());
  ClusterOptions co;
  co.min_count = 1;
  WordClusters clusters = BuildWordClusters(corpus, co, nullptr);
  ASSERT_FALSE(clusters.empty());
  ASSERT_TRUE(clusters.SaveFile(dir + "/clusters.model").ok());
  TrainSyntaxOptions o;
  o.tagger_epochs = 20;
  o.parser_epochs = 30;
  o.jackknife_folds = 0;
  o.parser_prune = 0;
  o.clusters_path = dir + "/clusters.model";
  std::ostringstream log;
  Status st = TrainSyntax(dir + "/tiny.conllu", "", dir + "/model", o, &log);
  ASSERT_TRUE(st.ok()) << st.message();
  auto model = LoadSyntaxModel(dir + "/model");
  ASSERT_TRUE(model.ok()) << model.status().message();
  SyntaxScores s = EvaluateSyntax(*model, *ParseConllu(testing::kTinyTreebank, "tiny"));
  EXPECT_DOUBLE_EQ(s.upos, 100.0);
  EXPECT_DOUBLE_EQ(s.las, 100.0);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace crosscheck::syntax

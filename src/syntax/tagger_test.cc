// The tagger's two passes: trained, saved, loaded and used together.
#include "syntax/tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "syntax/tiny_treebank.h"

namespace crosscheck::syntax {
namespace {

namespace fs = std::filesystem;

std::string TempDir() {
  const fs::path dir = fs::temp_directory_path() / ("crosscheck_tagger_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir.string();
}

Result<Tagger> TrainTiny(bool backward) {
  TaggerOptions options;
  options.epochs = 20;
  options.backward = backward;
  const std::vector<ConlluSentence> gold = *ParseConllu(testing::kTinyTreebank, "tiny");
  return TrainTagger(gold, options, nullptr);
}

std::string FirstLine(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

// Every word of the tiny treebank gets its gold tag back.
void ExpectLearnsTiny(const Tagger& tagger) {
  std::vector<int> ids;
  const std::vector<ConlluSentence> gold = *ParseConllu(testing::kTinyTreebank, "tiny");
  for (const ConlluSentence& s : gold) {
    std::vector<std::string_view> words;
    for (const ConlluWord& w : s.words) words.push_back(w.form);
    tagger.Tag(words, &ids);
    ASSERT_EQ(ids.size(), s.words.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      EXPECT_EQ(tagger.TagName(ids[i]), s.words[i].upos + "|" + s.words[i].xpos) << s.words[i].form;
    }
  }
}

TEST(TaggerTest, BothPassesAreTrainedSavedAndLoaded) {
  Result<Tagger> tagger = TrainTiny(true);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  EXPECT_TRUE(tagger->has_backward());
  ExpectLearnsTiny(*tagger);
  const std::string dir = TempDir();
  ASSERT_TRUE(tagger->Save(dir + "/tagger.model").ok());
  EXPECT_EQ(FirstLine(dir + "/tagger.model").rfind("crosscheck-syntax-tagger 4 ", 0), 0u);
  Result<Tagger> loaded = Tagger::Load(dir + "/tagger.model");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_TRUE(loaded->has_backward());
  EXPECT_EQ(loaded->num_weights(), tagger->num_weights());
  ExpectLearnsTiny(*loaded);
  const std::vector<std::string_view> unseen = {"Four", "soldiers", "were", "injured", "by", "men", "."};
  std::vector<int> a, b;
  tagger->Tag(unseen, &a);
  loaded->Tag(unseen, &b);
  EXPECT_EQ(a, b);
  fs::remove_all(dir);
}

TEST(TaggerTest, OneDirectionIsTheVersion3Format) {
  Result<Tagger> tagger = TrainTiny(false);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  EXPECT_FALSE(tagger->has_backward());
  ExpectLearnsTiny(*tagger);
  Result<Tagger> both = TrainTiny(true);
  ASSERT_TRUE(both.ok());
  EXPECT_GT(both->num_weights(), tagger->num_weights());
  const std::string dir = TempDir();
  ASSERT_TRUE(tagger->Save(dir + "/tagger.model").ok());
  // The format of taggers trained before the backward pass existed.
  EXPECT_EQ(FirstLine(dir + "/tagger.model").rfind("crosscheck-syntax-tagger 3 ", 0), 0u);
  Result<Tagger> loaded = Tagger::Load(dir + "/tagger.model");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_FALSE(loaded->has_backward());
  ExpectLearnsTiny(*loaded);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace crosscheck::syntax

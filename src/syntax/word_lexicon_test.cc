// The word lexicon: reading WordNet files with the inflection rules, the
// table inside a model file, and the tagger carrying it.
#include "syntax/word_lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "syntax/conllu.h"
#include "syntax/tagger.h"
#include "syntax/tiny_treebank.h"

namespace crosscheck::syntax {
namespace {

namespace fs = std::filesystem;
using L = WordLexicon;

std::string TempDir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir.string();
}

// A WordNet dict folder in miniature: index lines are "lemma pos ..." after
// a license header of lines starting with spaces; .exc lines "form lemma".
std::string FakeWordNet() {
  const std::string dir = TempDir("crosscheck_wordnet");
  const std::string header = "  1 This software and database is being provided to you\n";
  std::ofstream(dir + "/index.noun") << header << "a_cappella n 1 0 1 0 07046012\n"
                                     << "child n 4 4 @ ~ 4 3 1\ncity n 3 4 @ ~ 3 1 1\n"
                                     << "hero n 3 2 @ ~ 3 1 1\nman n 11 4 @ ~ 11 5 1\nwalk n 7 2 @ ~ 7 3 1\n";
  std::ofstream(dir + "/index.verb") << header << "bake v 2 2 @ ~ 2 2 1\ndie v 11 2 @ ~ 11 7 1\n"
                                     << "reconnoitre v 1 1 @ 1 0 1\nrun v 41 2 @ ~ 41 20 1\n"
                                     << "see v 24 2 @ ~ 24 19 1\nstop v 15 2 @ ~ 15 6 1\n"
                                     << "try v 9 2 @ ~ 9 6 1\nwalk v 10 2 @ ~ 10 6 1\n";
  std::ofstream(dir + "/index.adj") << header << "beautiful a 2 2 & + 2 2 1\nbig a 13 2 & + 13 2 1\n"
                                    << "happy a 4 2 & + 4 3 1\nnice a 5 2 & + 5 3 1\n";
  std::ofstream(dir + "/index.adv") << header << "quickly r 3 0 3 1 1\n";
  std::ofstream(dir + "/noun.exc") << "children child\nmen man\n";
  std::ofstream(dir + "/verb.exc") << "allowed_for allow_for\nran run\nrunning run\nstopped stop\n";
  std::ofstream(dir + "/adj.exc") << "bigger big\nbiggest big\n";
  return dir;
}

void ExpectFakeMasks(const WordLexicon& lex) {
  EXPECT_EQ(lex.Mask("walk"), L::kNoun | L::kVerb);
  EXPECT_EQ(lex.Mask("walks"), L::kNounPlural | L::kVerb3sg);
  EXPECT_EQ(lex.Mask("walked"), L::kVerbPast);
  EXPECT_EQ(lex.Mask("walking"), L::kVerbIng);
  EXPECT_EQ(lex.Mask("Walked"), L::kVerbPast);  // case is ignored
  EXPECT_EQ(lex.Mask("city"), L::kNoun);
  EXPECT_EQ(lex.Mask("cities"), L::kNounPlural);
  EXPECT_EQ(lex.Mask("heroes"), L::kNounPlural);
  EXPECT_EQ(lex.Mask("heros"), L::kNounPlural);
  EXPECT_EQ(lex.Mask("baked"), L::kVerbPast);
  EXPECT_EQ(lex.Mask("baking"), L::kVerbIng);
  EXPECT_EQ(lex.Mask("tried"), L::kVerbPast);
  EXPECT_EQ(lex.Mask("tries"), L::kVerb3sg);
  EXPECT_EQ(lex.Mask("dying"), L::kVerbIng);
  EXPECT_EQ(lex.Mask("seeing"), L::kVerbIng);
  EXPECT_EQ(lex.Mask("reconnoitred"), L::kVerbPast);
  EXPECT_EQ(lex.Mask("nicer"), L::kAdjCmp);
  EXPECT_EQ(lex.Mask("nicest"), L::kAdjSup);
  EXPECT_EQ(lex.Mask("happier"), L::kAdjCmp);
  EXPECT_EQ(lex.Mask("quickly"), L::kAdv);
  // Irregular forms from the .exc lists.
  EXPECT_EQ(lex.Mask("children"), L::kNounPlural);
  EXPECT_EQ(lex.Mask("men"), L::kNounPlural);
  EXPECT_EQ(lex.Mask("ran"), L::kVerbPast);
  EXPECT_EQ(lex.Mask("running"), L::kVerbIng);
  EXPECT_EQ(lex.Mask("stopped"), L::kVerbPast);
  EXPECT_EQ(lex.Mask("bigger"), L::kAdjCmp);
  EXPECT_EQ(lex.Mask("biggest"), L::kAdjSup);
  // Long adjectives take no -er, multi-word entries are skipped, unknown words have no mask.
  EXPECT_EQ(lex.Mask("beautiful"), L::kAdj);
  EXPECT_EQ(lex.Mask("beautifuler"), 0);
  EXPECT_EQ(lex.Mask("a_cappella"), 0);
  EXPECT_EQ(lex.Mask("allowed_for"), 0);
  EXPECT_EQ(lex.Mask("unicorn"), 0);
}

TEST(WordLexiconTest, ReadsWordNetWithInflections) {
  const std::string dir = FakeWordNet();
  Result<WordLexicon> lex = WordLexicon::ReadWordNet(dir);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  ExpectFakeMasks(*lex);

  fs::remove(dir + "/verb.exc");
  Result<WordLexicon> missing = WordLexicon::ReadWordNet(dir);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find(dir + "/verb.exc"), std::string::npos);
  fs::remove_all(dir);
}

TEST(WordLexiconTest, RoundTripsThroughAModelFileAndRejectsBadTables) {
  const std::string dir = FakeWordNet();
  Result<WordLexicon> lex = WordLexicon::ReadWordNet(dir);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  ModelWriter w;
  lex->Save(&w);
  ASSERT_TRUE(w.Save(dir + "/lexicon.model", "test-lexicon", 1).ok());
  Result<ModelReader> r = ModelReader::Open(dir + "/lexicon.model", "test-lexicon", 1);
  ASSERT_TRUE(r.ok()) << r.status().message();
  WordLexicon loaded;
  ASSERT_TRUE(loaded.Load(&*r));
  EXPECT_TRUE(r->AtEnd());
  EXPECT_EQ(loaded.size(), lex->size());
  ExpectFakeMasks(loaded);

  // Keys out of order, a mask with unknown bits, a missing mask column.
  auto load = [&](const std::vector<uint32_t>& keys, const std::vector<uint16_t>* masks) {
    ModelWriter bad;
    bad.PutVector(keys);
    if (masks) bad.PutVector(*masks);
    EXPECT_TRUE(bad.Save(dir + "/bad.model", "test-lexicon", 1).ok());
    Result<ModelReader> br = ModelReader::Open(dir + "/bad.model", "test-lexicon", 1);
    EXPECT_TRUE(br.ok());
    WordLexicon l;
    return br.ok() && l.Load(&*br);
  };
  const std::vector<uint16_t> good_masks = {L::kNoun, L::kVerb};
  const std::vector<uint16_t> odd_masks = {L::kNoun, 1 << 14};
  EXPECT_TRUE(load({5, 9}, &good_masks));
  EXPECT_FALSE(load({9, 5}, &good_masks));
  EXPECT_FALSE(load({5, 9}, &odd_masks));
  EXPECT_FALSE(load({5, 9}, nullptr));
  fs::remove_all(dir);
}

TEST(WordLexiconTest, TaggerFileCarriesTheLexicon) {
  const std::string dir = FakeWordNet();
  Result<WordLexicon> lex = WordLexicon::ReadWordNet(dir);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  TaggerOptions options;
  options.epochs = 20;
  options.lexicon = &*lex;
  Result<Tagger> tagger = TrainTagger(*ParseConllu(testing::kTinyTreebank, "tiny"), options, nullptr);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  ASSERT_TRUE(tagger->Save(dir + "/tagger.model").ok());
  Result<Tagger> loaded = Tagger::Load(dir + "/tagger.model");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->lexicon().size(), lex->size());
  ExpectFakeMasks(loaded->lexicon());
  std::vector<int> a, b;
  const std::vector<std::string_view> words = {"Three", "men", "walked", "by", "the", "cities", "."};
  tagger->Tag(words, &a);
  loaded->Tag(words, &b);
  EXPECT_EQ(a, b);

  // A later version is refused with the versions this build reads.
  std::ofstream(dir + "/future.model") << "crosscheck-syntax-tagger 5 0 cbf29ce484222325\n";
  Result<Tagger> future = Tagger::Load(dir + "/future.model");
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(future.status().message().find("reads versions 2-4"), std::string::npos) << future.status().message();
  fs::remove_all(dir);
}

// The real thing, where installed (Debian's wordnet-base puts it here).
TEST(WordLexiconTest, ReadsTheInstalledWordNet) {
  const std::string dir = "/usr/share/wordnet";
  if (!fs::exists(dir + "/index.noun")) GTEST_SKIP() << "WordNet not installed in " << dir;
  Result<WordLexicon> lex = WordLexicon::ReadWordNet(dir);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_GT(lex->size(), 100000u);
  EXPECT_EQ(lex->Mask("glaucous"), L::kAdj);
  EXPECT_EQ(lex->Mask("geese"), L::kNounPlural);
  EXPECT_TRUE(lex->Mask("went") & L::kVerbPast);
  EXPECT_TRUE(lex->Mask("reconnoitred") & L::kVerbPast);
  EXPECT_TRUE(lex->Mask("walks") & L::kVerb3sg);
  EXPECT_TRUE(lex->Mask("walks") & L::kNounPlural);
}

}  // namespace
}  // namespace crosscheck::syntax

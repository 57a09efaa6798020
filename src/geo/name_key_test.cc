#include "geo/name_key.h"

#include <gtest/gtest.h>

namespace crosscheck::geo {
namespace {

TEST(FoldToAscii, StripsAccentsAndFoldsSpecialLetters) {
  EXPECT_EQ(FoldToAscii("Mişrātah"), "misratah");
  EXPECT_EQ(FoldToAscii("Łódź"), "lodz");
  EXPECT_EQ(FoldToAscii("Øresund Straße"), "oresund strasse");
  EXPECT_EQ(FoldToAscii("Tājūrā’"), "tajura'");
}

TEST(IsLatinScript, RejectsOtherScripts) {
  EXPECT_TRUE(IsLatinScript("Ţubruq"));
  EXPECT_TRUE(IsLatinScript("Sana‘a"));
  EXPECT_FALSE(IsLatinScript("طرابلس"));
  EXPECT_FALSE(IsLatinScript("Тобрук"));
}

TEST(SplitPieces, KeepsCaseAndHyphens) {
  const std::vector<NamePiece> p = SplitPieces("al-Khums");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].word, "al");
  EXPECT_FALSE(p[0].upper);
  EXPECT_TRUE(p[0].hyphen_after);
  EXPECT_EQ(p[1].word, "khums");
  EXPECT_TRUE(p[1].upper);
}

TEST(MakeNameKey, ArticleHyphenAndApostropheVariantsShareAKey) {
  EXPECT_EQ(MakeNameKey("Al-Khums").key, "khums");
  EXPECT_EQ(MakeNameKey("al Khums").key, "khums");
  EXPECT_EQ(MakeNameKey("El Khums").key, "khums");
  EXPECT_EQ(MakeNameKey("Az Zāwīyah").key, "zawiya");  // and a final "ah" is "a" (below)
  EXPECT_EQ(MakeNameKey("ash-Shati").key, "shati");
  EXPECT_EQ(MakeNameKey("Ra's Lānūf").key, "ras lanuf");
  EXPECT_EQ(MakeNameKey("Sana'a").key, "sanaa");
  EXPECT_EQ(MakeNameKey("Abu-Dhabi").key, "abu dhabi");
  EXPECT_EQ(MakeNameKey("Souq al-Juma").key, "suq juma");
  // French-style "ou" spells the vowel English writes "u".
  EXPECT_EQ(MakeNameKey("Tajoura").key, MakeNameKey("Tajura").key);
  EXPECT_EQ(MakeNameKey("Misourata").key, MakeNameKey("Misurata").key);
  EXPECT_EQ(MakeNameKey("The Hague").key, "hague");
}

TEST(MakeNameKey, ArticleOnlyBeforeItsConsonant) {
  EXPECT_EQ(MakeNameKey("As Sulaymaniyah").key, "sulaymaniya");
  EXPECT_EQ(MakeNameKey("As Bani").key, "as bani");  // "as" + b: not an article
  const NameKey k = MakeNameKey("El Salvador");
  EXPECT_EQ(k.key, "salvador");
  EXPECT_TRUE(k.had_article);
  EXPECT_EQ(k.words, 1);
  EXPECT_FALSE(MakeNameKey("Salvador").had_article);
  EXPECT_EQ(MakeNameKey("Al").key, "al");  // nothing left to name: kept
}

TEST(MakeNameKey, FinalAhAndAShareAKey) {
  EXPECT_EQ(MakeNameKey("Zuwarah").key, MakeNameKey("Zuwara").key);
  EXPECT_EQ(MakeNameKey("Mişrātah").key, MakeNameKey("Misrata").key);
  EXPECT_EQ(MakeNameKey("Jeddah").key, "jedda");
  EXPECT_EQ(MakeNameKey("Utah").key, "utah");  // too short to be a transliteration
  EXPECT_EQ(SplitPieces("Zuwarah")[0].word, "zuwara");
}

}  // namespace
}  // namespace crosscheck::geo

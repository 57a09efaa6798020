#include "geo/make_gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "geo/gazetteer.h"

namespace crosscheck::geo {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(SelectAliases, KeepsLatinSpellingVariantsAndDropsCodesAndScripts) {
  const std::vector<std::string> a = SelectAliases(
      "Tobruk", "Antipyrgos,TOB,Tobrouk,Tobruk,Tubruq,tbrq,Ţubruq,Тобрук,طبرق", 10);
  EXPECT_TRUE(Contains(a, "Tubruq"));   // ASCII spelling preferred over "Ţubruq"
  EXPECT_FALSE(Contains(a, "Tobruk"));   // same key as the name
  EXPECT_FALSE(Contains(a, "Tobrouk"));  // so is the French "ou" spelling
  EXPECT_FALSE(Contains(a, "TOB"));
  EXPECT_FALSE(Contains(a, "tbrq"));
  EXPECT_FALSE(Contains(a, "Antipyrgos"));  // distant, listed once
  EXPECT_EQ(a.front(), "Tubruq");            // two accent forms rank first
  EXPECT_EQ(SelectAliases("Tobruk", "Tobrouk,Tubruq,Tobroek,Tobruch", 2).size(), 2u);
}

TEST(CountryAliases, CommonEnglishNames) {
  EXPECT_TRUE(Contains(CountryAliases("GB"), "Britain"));
  EXPECT_TRUE(Contains(CountryAliases("CD"), "DR Congo"));
  EXPECT_TRUE(CountryAliases("LY").empty());
}

TEST(LoadEnglishWords, LowerCaseWordNetLemmasAndFunctionWords) {
  if (!std::filesystem::exists("/usr/share/wordnet/data.noun")) {
    GTEST_SKIP() << "WordNet not installed in /usr/share/wordnet";
  }
  Result<std::unordered_set<std::string>> w = LoadEnglishWords("/usr/share/wordnet");
  ASSERT_TRUE(w.ok()) << w.status().message();
  EXPECT_TRUE(w->count("police"));
  EXPECT_TRUE(w->count("mobile"));
  EXPECT_TRUE(w->count("of"));
  EXPECT_FALSE(w->count("benghazi"));
}

// The generator end to end on a three-file GeoNames extract written here.
TEST(MakeGazetteer, WritesAFolderTheLoaderAccepts) {
  if (!std::filesystem::exists("/usr/share/wordnet/data.noun")) {
    GTEST_SKIP() << "WordNet not installed in /usr/share/wordnet";
  }
  const auto dir = std::filesystem::temp_directory_path() /
                   ("crosscheck_make_gazetteer_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "in");
  std::ofstream(dir / "in/countryInfo.txt")
      << "#ISO\tISO3\n"
         "LY\tLBY\t434\tLY\tLibya\tTripoli\t1759540\t6678567\tAF\t.ly\tLYD\tDinar\t218\t\t\t"
         "ar-LY,it,en,ber\t2215636\tTN,DZ,NE,TD,SD,EG\t\n";
  std::ofstream(dir / "in/admin1CodesASCII.txt") << "LY.77\tTripoli\tTripoli\t2210245\n";
  std::ofstream(dir / "in/cities15000.txt")
      << "2210247\tTripoli\tTripoli\tTarabulus,Tripolo,TIP,طرابلس\t32.88743\t13.18733\tP\tPPLC\t"
         "LY\t\t77\t\t\t\t1302947\t\t28\tAfrica/Tripoli\t2024-01-01\n";
  MakeGazetteerOptions options{(dir / "in").string(), "/usr/share/wordnet", dir.string()};
  const Status s = MakeGazetteer(options);
  ASSERT_TRUE(s.ok()) << s.message();
  std::ofstream(dir / "demonyms.tsv") << "#crosscheck-demonyms 1\nLibyan\tLY\n";
  Result<Gazetteer> g = Gazetteer::Load(dir.string());
  ASSERT_TRUE(g.ok()) << g.status().message();
  const Place* tripoli = g->FindByName("Tripolo");
  ASSERT_NE(tripoli, nullptr);
  EXPECT_EQ(tripoli->id, "gn:2210247");
  ASSERT_EQ(g->parents(*tripoli).size(), 2u);
  EXPECT_EQ(g->parents(*tripoli)[1]->name, "Libya");
  EXPECT_TRUE(g->FindCountry("LY")->has_coords);  // the capital's point
  std::filesystem::remove_all(dir);
}

// "South" (a region of Cameroon) keys as "suth" (name_key.h folds "ou"),
// which is no English word; the spelling as written is, so "South
// Hospital" must not match the region.
TEST(MakeGazetteer, ACommonWordIsJudgedAsWrittenNotByItsKey) {
  if (!std::filesystem::exists("/usr/share/wordnet/data.noun")) {
    GTEST_SKIP() << "WordNet not installed in /usr/share/wordnet";
  }
  const auto dir = std::filesystem::temp_directory_path() /
                   ("crosscheck_make_gazetteer_common_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "in");
  std::ofstream(dir / "in/countryInfo.txt")
      << "#ISO\tISO3\n"
         "CM\tCMR\t120\tCM\tCameroon\tYaounde\t475440\t29229000\tAF\t.cm\tXAF\tFranc\t237\t\t\t"
         "en-CM,fr-CM\t2233387\tTD,CF,NG,GQ,GA,CG\t\n";
  std::ofstream(dir / "in/admin1CodesASCII.txt") << "CM.14\tSouth\tSouth\t2221789\n";
  std::ofstream(dir / "in/cities15000.txt") << "";
  MakeGazetteerOptions options{(dir / "in").string(), "/usr/share/wordnet", dir.string()};
  const Status s = MakeGazetteer(options);
  ASSERT_TRUE(s.ok()) << s.message();
  std::ifstream in(dir / "common_words.txt");
  std::string line;
  bool south = false;
  while (std::getline(in, line)) south |= line == "south";
  EXPECT_TRUE(south);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace crosscheck::geo

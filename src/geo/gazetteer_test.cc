#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "geo/test_doc.h"

namespace crosscheck::geo {
namespace {

using testing::MakeDoc;
using testing::TokenIndex;

// The committed data in the source tree, loaded once for the suite.
class GazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Gazetteer> g = Gazetteer::Load(CROSSCHECK_DATA_DIR "/gazetteer");
    ASSERT_TRUE(g.ok()) << g.status().message();
    gazetteer_ = new Gazetteer(std::move(g).value());
  }
  static void TearDownTestSuite() {
    delete gazetteer_;
    gazetteer_ = nullptr;
  }
  const Gazetteer& g() { return *gazetteer_; }

  // The place matched at `word` in `text`, or null.
  const Place* At(const std::string& text, std::string_view word, size_t* tokens = nullptr,
                  std::string_view country = {}) {
    const Doc doc = MakeDoc(text);
    const auto m = g().MatchAt(doc, TokenIndex(doc, word), country);
    if (tokens != nullptr) *tokens = m ? m->tokens : 0;
    return m ? m->place : nullptr;
  }

  static Gazetteer* gazetteer_;
};
Gazetteer* GazetteerTest::gazetteer_ = nullptr;

TEST_F(GazetteerTest, LoadsCountriesRegionsCitiesAndLocalPlaces) {
  EXPECT_GT(g().places().size(), 30000u);
  const Place* libya = g().FindCountry("LY");
  ASSERT_NE(libya, nullptr);
  EXPECT_EQ(libya->name, "Libya");
  EXPECT_EQ(libya->kind, PlaceKind::kCountry);
  EXPECT_EQ(libya->parent, nullptr);
  const Place* evin = g().FindById("local:tehran-evin-prison");
  ASSERT_NE(evin, nullptr);
  EXPECT_EQ(evin->country_name, "Iran");
}

TEST_F(GazetteerTest, ParentsRunFromCityToRegionToCountry) {
  const Place* benghazi = g().FindByName("Benghazi");
  ASSERT_NE(benghazi, nullptr);
  EXPECT_EQ(benghazi->kind, PlaceKind::kCity);
  EXPECT_EQ(benghazi->country_code, "LY");
  EXPECT_GT(benghazi->population, 500000);
  EXPECT_TRUE(benghazi->has_coords);
  EXPECT_NEAR(benghazi->lat, 32.1, 0.2);
  const std::vector<const Place*> up = g().parents(*benghazi);
  ASSERT_EQ(up.size(), 2u);
  EXPECT_EQ(up[0]->kind, PlaceKind::kAdmin1);
  EXPECT_EQ(up[0]->name, "Banghazi");
  EXPECT_EQ(up[1]->name, "Libya");

  const Place* evin = g().FindById("local:tehran-evin-prison");
  const std::vector<const Place*> chain = g().parents(*evin);
  ASSERT_EQ(chain.size(), 3u);
  EXPECT_EQ(chain[0]->name, "Tehran");
  EXPECT_EQ(chain[2]->name, "Iran");
}

TEST_F(GazetteerTest, RegionNamedLikeItsCityMeansTheCity) {
  const Place* tripoli = g().FindByName("Tripoli");
  ASSERT_NE(tripoli, nullptr);
  EXPECT_EQ(tripoli->kind, PlaceKind::kCity);
  EXPECT_EQ(tripoli->country_code, "LY");  // the capital outranks Tripoli, Lebanon
  EXPECT_TRUE(tripoli->is_capital());
  EXPECT_EQ(tripoli->parent->kind, PlaceKind::kAdmin1);
  const Place* zawiyah = g().FindByName("Az Zawiyah");
  ASSERT_NE(zawiyah, nullptr);
  EXPECT_EQ(zawiyah->kind, PlaceKind::kCity);
}

TEST_F(GazetteerTest, Demonyms) {
  ASSERT_NE(g().FindDemonym("Libyan"), nullptr);
  EXPECT_EQ(g().FindDemonym("Libyan")->country_code, "LY");
  EXPECT_EQ(g().FindDemonym("Libyans")->country_code, "LY");
  EXPECT_EQ(g().FindDemonym("nigerian")->country_code, "NG");
  EXPECT_EQ(g().FindDemonym("Sudanese")->country_code, "SD");
  EXPECT_EQ(g().FindDemonym("Eritreans")->country_code, "ER");
  EXPECT_EQ(g().FindDemonym("Congolese")->country_code, "CD");
  EXPECT_EQ(g().FindDemonym("South Sudanese")->country_code, "SS");
  EXPECT_EQ(g().FindDemonym("Tuesday"), nullptr);

  const Doc doc = MakeDoc("Dozens of South Sudanese refugees arrived.");
  const auto m = g().MatchDemonymAt(doc, TokenIndex(doc, "South"));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->first->country_code, "SS");
  EXPECT_EQ(m->second, 2u);
}

TEST_F(GazetteerTest, LongestMultiWordMatch) {
  size_t tokens = 0;
  const Place* p = At("Fighting resumed in Bani Walid on Friday.", "Bani", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Bani Walid");
  EXPECT_EQ(tokens, 2u);

  p = At("He flew to Abu Dhabi yesterday.", "Abu", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country_code, "AE");
  EXPECT_EQ(tokens, 2u);

  p = At("Refugees crossed from South Sudan into Uganda.", "South", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::kCountry);
  EXPECT_EQ(p->country_code, "SS");
  EXPECT_EQ(tokens, 2u);

  p = At("Crowds gathered in Tahrir Square again.", "Tahrir", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::kLocal);
  EXPECT_EQ(tokens, 2u);

  // A camp far from any town of 15,000 hangs under its region.
  p = At("Aid reached the Kutupalong camp on Friday.", "Kutupalong", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->feature, "CMP");
  ASSERT_FALSE(g().parents(*p).empty());
  EXPECT_EQ(g().parents(*p).back()->name, "Bangladesh");
}

TEST_F(GazetteerTest, SeasLakesRiversAndDesertsAreNaturalPlaces) {
  size_t tokens = 0;
  const Place* p = At("The boat capsized in the Mediterranean on Monday.", "Mediterranean", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::kNatural);
  EXPECT_EQ(p->name, "Mediterranean Sea");
  EXPECT_TRUE(p->country_code.empty()) << "a sea shared by many countries belongs to none";
  EXPECT_TRUE(g().parents(*p).empty());

  p = At("Twelve people drowned in the Gulf of Aden.", "Gulf", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Gulf of Aden");
  EXPECT_EQ(tokens, 3u) << "the gulf, not the city of Aden";

  // At the start of a sentence, where a town whose name is an English word
  // would not match, a sea still does.
  p = At("Aegean crossings rose again in May.", "Aegean");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Aegean Sea");

  // The sea, whichever country the report is about; "Red Sea state" is the region.
  p = At("Fishermen found the bodies in the Red Sea.", "Red", &tokens, "SD");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::kNatural);
  p = At("Clashes spread to Red Sea state on Sunday.", "Red", &tokens, "SD");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, PlaceKind::kAdmin1);
  EXPECT_EQ(p->country_code, "SD");

  // A place inside one country has it as parent.
  p = At("Migrants were stopped on the Bosphorus.", "Bosphorus");
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(g().parents(*p).size(), 1u);
  EXPECT_EQ(g().parents(*p)[0]->name, "Turkey");
}

TEST_F(GazetteerTest, ArticleHyphenAndPossessiveVariants) {
  size_t tokens = 0;
  for (const char* text : {"Boats left al-Khums at dawn.", "Boats left Al-Khums at dawn.",
                           "Boats left El Khums at dawn."}) {
    const Doc doc = MakeDoc(text);
    const auto m = g().MatchAt(doc, 2);
    ASSERT_TRUE(m.has_value()) << text;
    EXPECT_EQ(m->place->name, "Al Khums") << text;
  }
  const Place* p = At("Boats left Khoms at dawn.", "Khoms", &tokens, "LY");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Al Khums");

  p = At("the coast guard said Libya's ports were closed", "Libya's", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Libya");
  EXPECT_EQ(tokens, 1u);

  // A possessive inside a name belongs to it; after a name it ends the name.
  p = At("Fire swept a camp near Cox's Bazar on Sunday", "Cox's", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Cox's Bazar");
  EXPECT_EQ(tokens, 2u);

  p = At("a Tripoli-based group", "Tripoli-based", &tokens);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country_code, "LY");

  p = At("They reached Misurata by road.", "Misurata");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Misratah");

  // GeoNames spells it "Zuwarah" with no "Zuwara" among the aliases.
  p = At("Boats left Zuwara at dawn.", "Zuwara");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Zuwarah");
}

TEST_F(GazetteerTest, CommonWordsNeedCapitalsImportanceAndMidSentence) {
  EXPECT_EQ(At("Police said three men were held.", "Police"), nullptr);
  EXPECT_EQ(At("officers of the Mobile unit", "Mobile"), nullptr);   // 180k people: too few
  EXPECT_EQ(At("Male detainees were moved.", "Male"), nullptr);     // sentence start
  EXPECT_EQ(At("Nice weather returned.", "Nice"), nullptr);         // sentence start
  EXPECT_EQ(At("Out Of Time", "Of"), nullptr);
  EXPECT_EQ(At("they stayed in tripoli", "tripoli"), nullptr);     // not capitalized

  const Place* male = At("The minister flew to Male on Monday.", "Male");
  ASSERT_NE(male, nullptr);
  EXPECT_EQ(male->country_code, "MV");
  const Place* nice = At("An attack in Nice killed two.", "Nice");
  ASSERT_NE(nice, nullptr);
  EXPECT_EQ(nice->country_code, "FR");
  // Countries are exempt, even at the start of a sentence.
  const Place* chad = At("Chad closed its border.", "Chad");
  ASSERT_NE(chad, nullptr);
  EXPECT_EQ(chad->kind, PlaceKind::kCountry);
}

TEST_F(GazetteerTest, SentenceStartFromDocSentences) {
  const Doc doc = MakeDoc("Officials spoke. \"Male prisoners were freed.", /*fill_sentences=*/true);
  EXPECT_FALSE(g().MatchAt(doc, TokenIndex(doc, "Male")).has_value());
}

TEST_F(GazetteerTest, AcronymAliasesNeedCapitals) {
  const Place* uk = At("talks with the UK ended", "UK");
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(uk->country_code, "GB");
  EXPECT_EQ(At("talks with the Uk ended", "Uk"), nullptr);
}

TEST_F(GazetteerTest, ShortCapitalsOpeningAParagraphAreAPlaceOnlyAsADateline) {
  // "UN" is also a town; the acronym opening a paragraph is not it.
  ASSERT_NE(At("they met in Un last year", "Un"), nullptr);
  EXPECT_EQ(At("UN monitors toured the centre", "UN"), nullptr);
  EXPECT_EQ(At("monitors of the UN toured the centre", "UN"), nullptr);
  // A dateline is: the name, then a comma or a dash.
  EXPECT_NE(At("UN, Jan 5 - Monitors toured the centre", "UN"), nullptr);
}

TEST_F(GazetteerTest, ArticleAgreementBreaksTies) {
  const Place* country = At("Gangs in El Salvador were targeted.", "El");
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(country->country_code, "SV");
  const Place* city = At("Protests spread to Salvador today.", "Salvador");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->country_code, "BR");
}

// Writes the files of a minimal gazetteer folder.
class BadDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("crosscheck_geo_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    Write("common_words.txt", "#crosscheck-common-words 1\nmobile\n");
    Write("demonyms.tsv", "#crosscheck-demonyms 1\nUtopian\tUT\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  Status LoadStatus() {
    Result<Gazetteer> g = Gazetteer::Load(dir_.string());
    return g.ok() ? Status::Ok() : g.status();
  }
  std::filesystem::path dir_;
};

constexpr const char* kGoodRows =
    "gn:1\tcountry\tUtopia\t\tUT\t\t\t\t1000\tPCLI\n"
    "gn:2\tcity\tMobile\t\tUT\tgn:1\t1.5\t2.5\t90000\tPPLC\n";

TEST_F(BadDataTest, MinimalFolderLoads) {
  Write("geonames.tsv", std::string("#crosscheck-gazetteer 1\n") + kGoodRows);
  Result<Gazetteer> g = Gazetteer::Load(dir_.string());
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->FindByName("Mobile")->name, "Mobile");  // FindByName skips the common-word rule
  EXPECT_EQ(g->FindDemonym("Utopians")->name, "Utopia");
}

TEST_F(BadDataTest, UnknownHeaderVersionIsRejectedWithFileAndLine) {
  Write("geonames.tsv", std::string("#crosscheck-gazetteer 2\n") + kGoodRows);
  const Status s = LoadStatus();
  EXPECT_EQ(s.code(), StatusCode::kUnsupported);
  EXPECT_NE(s.message().find("geonames.tsv:1"), std::string::npos) << s.message();
  Write("geonames.tsv", kGoodRows);  // no header at all
  EXPECT_EQ(LoadStatus().code(), StatusCode::kUnsupported);
}

TEST_F(BadDataTest, MalformedRowsNameFileAndLine) {
  Write("geonames.tsv", std::string("#crosscheck-gazetteer 1\n") + kGoodRows + "gn:3\ttown\tX\n");
  Status s = LoadStatus();
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_NE(s.message().find("geonames.tsv:4"), std::string::npos) << s.message();

  Write("geonames.tsv", std::string("#crosscheck-gazetteer 1\n") + kGoodRows +
                            "gn:3\tcity\tX\t\tUT\tgn:99\t\t\t\tPPL\n");
  s = LoadStatus();
  EXPECT_NE(s.message().find("unknown parent"), std::string::npos) << s.message();

  Write("geonames.tsv", std::string("#crosscheck-gazetteer 1\n") + kGoodRows);
  Write("local.tsv", "#crosscheck-gazetteer 1\ngn:2\tlocal\tDup\t\tUT\tgn:1\t\t\t\t\n");
  s = LoadStatus();
  EXPECT_NE(s.message().find("local.tsv:2: duplicate id"), std::string::npos) << s.message();

  Write("local.tsv", "#crosscheck-gazetteer 1\n");
  // A natural place may have no country, but its id must say what it is.
  Write("natural.tsv", "#crosscheck-gazetteer 1\nnatural:lake\tnatural\tLake Utopia\t\t\t\t1\t2\t\tLK\n");
  s = LoadStatus();
  EXPECT_TRUE(s.ok()) << s.message();
  Write("natural.tsv", "#crosscheck-gazetteer 1\nlocal:lake\tnatural\tLake Utopia\t\t\t\t1\t2\t\tLK\n");
  s = LoadStatus();
  EXPECT_NE(s.message().find("natural.tsv:2: id 'local:lake'"), std::string::npos) << s.message();
  Write("natural.tsv", "#crosscheck-gazetteer 1\nnatural:gulf\tnatural\tGulf\t\tZZ\t\t\t\t\tGULF\n");
  s = LoadStatus();
  EXPECT_NE(s.message().find("natural.tsv:2: unknown country code 'ZZ'"), std::string::npos) << s.message();
  Write("natural.tsv", "#crosscheck-gazetteer 1\n");
  Write("demonyms.tsv", "#crosscheck-demonyms 1\nMartian\tMA\n");
  s = LoadStatus();
  EXPECT_NE(s.message().find("demonyms.tsv:2: unknown country code"), std::string::npos)
      << s.message();
}

}  // namespace
}  // namespace crosscheck::geo

// How place names are read: the report's country as a prior for ambiguous
// ones (report_country.h), and nationality words that are not places, on
// reports written for these tests.
#include "extract/report_country.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::Extract;

// The country of the place entity spelled `name`, or "none".
std::string CountryOf(const Pipeline& p, const Extraction& x, const std::string& name) {
  for (const auto& e : x.entities) {
    const bool spelled = e.name == name || std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end();
    if (spelled && e.place >= 0) return p.gazetteer().places()[e.place].country_code;
  }
  return "none";
}

TEST(ReportCountry, AnAmbiguousTownIsReadInTheReportsCountry) {
  const Pipeline& p = testing::ShallowPipeline();
  // "Khoms" is also a spelling of Homs, Syria's third city, which is larger.
  const auto libya = Extract(p,
                             "Libyan coast guard officers said 30 migrants drowned off Khoms. The boat had left "
                             "Zuwara two days earlier, officials in Tripoli said.");
  EXPECT_EQ(CountryOf(p, libya, "Khoms"), "LY");
  const auto syria = Extract(p,
                             "Shelling killed 12 civilians in Khoms on Monday, Syrian activists said. Residents "
                             "fled towards Damascus and Aleppo.");
  EXPECT_EQ(CountryOf(p, syria, "Khoms"), "SY");
}

TEST(ReportCountry, AnAmbiguousNameVotesForTheCountryOthersPointTo) {
  const Pipeline& p = testing::ShallowPipeline();
  // "Gaza" is also a province of Mozambique; "Gaza City" is only the city,
  // and "Hamas", an alternate name of Hamm in Germany, casts no vote.
  const auto x = Extract(p,
                         "Gaza's health ministry said 30 people were killed in Gaza City. The Israeli military "
                         "said it had struck a Hamas command centre in Gaza.");
  EXPECT_EQ(CountryOf(p, x, "Gaza City"), "PS");
  EXPECT_EQ(CountryOf(p, x, "Gaza"), "PS");
  EXPECT_EQ(CountryOf(p, x, "Hamas"), "none");
}

TEST(ReportCountry, NoCountryLeadsWithoutTwoVotesAhead) {
  const Pipeline& p = testing::ShallowPipeline();
  auto doc_of = [&](const std::string& text) { return Extract(p, text).doc; };
  EXPECT_EQ(ReportCountry(doc_of("Talks in Khartoum and Nairobi ended on Friday."), p.gazetteer()), "");
  EXPECT_EQ(ReportCountry(doc_of("Police in Nairobi said Kenyan officers had arrested 40 people."), p.gazetteer()),
            "KE");
}

TEST(ReportCountry, ANationalityWordIsNoPlace) {
  // "Somali" is also a region of Ethiopia in the gazetteer.
  const Pipeline& p = testing::ShallowPipeline();
  const auto x = Extract(p, "Somali refugees said guards beat three men at the camp near Kakuma in Kenya.");
  EXPECT_EQ(CountryOf(p, x, "Somali"), "none");
  EXPECT_EQ(CountryOf(p, x, "Kenya"), "KE");
}

}  // namespace
}  // namespace crosscheck

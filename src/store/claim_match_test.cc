#include "store/claim_match.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using nlohmann::json;

const json kDoc = {{"id", "d1"}, {"source", "Coastal Herald"}, {"published", "2024-03-12"}};
const json kEntities = json::array({{{"id", "e1"}, {"name", "IOM"}, {"type", "organization"}}});

json Claim(json extra) {
  json c = {{"id", "c1"}, {"speaker", "narrator"}, {"stance", "asserts"}, {"type", "kill"}};
  if (extra.is_object()) c.update(extra);
  return c;
}

TEST(ClaimMatch, DayNumbersRoundTrip) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("2024-03-01").value() - DayNumber("2024-02-28").value(), 2);
  EXPECT_EQ(IsoFromDay(*DayNumber("2024-02-29")), "2024-02-29");
  EXPECT_FALSE(DayNumber("March 3"));
  EXPECT_FALSE(DayNumber("2024-13-01"));
}

TEST(ClaimMatch, FacilityIgnoresCaseAndArticles) {
  EXPECT_EQ(NormalizeFacility("The  Al-Nour Camp"), "al-nour camp");
  EXPECT_EQ(NormalizeFacility("a detention centre "), "detention centre");
}

TEST(ClaimMatch, SpeakersAreNamedAcrossReports) {
  const auto a = FactsFromJson(Claim({{"speaker", "e1"}}), kDoc, kEntities);
  EXPECT_EQ(a.speaker, "entity:iom");
  const auto b = FactsFromJson(Claim({}), kDoc, kEntities);
  EXPECT_EQ(b.speaker, "narrator:coastal herald");
}

TEST(ClaimMatch, UndatedClaimsLookBackFromPublication) {
  const auto f = FactsFromJson(Claim({}), kDoc, kEntities);
  EXPECT_EQ(f.day_hi, DayNumber("2024-03-12"));
  EXPECT_EQ(f.day_lo, *DayNumber("2024-03-12") - kUndatedLookback);
}

TEST(ClaimMatch, PlaceInsidePlaceIsCompatible) {
  const json city = {{"name", "Kufra"}, {"id", "g1"}, {"parents", {"Libya"}}};
  const json country = {{"name", "Libya"}, {"id", "g0"}, {"parents", json::array()}};
  const json other = {{"name", "Sabha"}, {"id", "g2"}, {"parents", {"Libya"}}};
  const json day = {{"date", "2024-03-10"}};
  const auto a = FactsFromJson(Claim({{"place", city}, {"when", day}}), kDoc, kEntities);
  const auto b = FactsFromJson(Claim({{"place", country}, {"when", day}}), kDoc, kEntities);
  const auto c = FactsFromJson(Claim({{"place", other}, {"when", day}}), kDoc, kEntities);
  EXPECT_TRUE(CompareForIncident(a, b).compatible);
  EXPECT_EQ(CompareForIncident(a, b).anchors, kAnchorNested);
  EXPECT_FALSE(CompareForIncident(a, c).compatible);
}

TEST(ClaimMatch, ATollOverMonthsIsNoIncidentOfOneDay) {
  const json town = {{"name", "Kufra"}, {"id", "g1"}, {"parents", {"Libya"}}};
  const json since_january = {{"start", "2024-01-01"}, {"end", "2024-03-12"}, {"text", "since January"}};
  const auto attack = FactsFromJson(Claim({{"place", town}, {"when", {{"date", "2024-03-10"}}}}), kDoc, kEntities);
  const auto toll = FactsFromJson(Claim({{"place", town}, {"when", since_january}}), kDoc, kEntities);
  EXPECT_TRUE(toll.period_tally);
  EXPECT_FALSE(attack.period_tally);
  EXPECT_FALSE(CompareForIncident(attack, toll).compatible);
  EXPECT_TRUE(CompareForIncident(toll, toll).compatible);
}

TEST(ClaimMatch, SeaNeitherAnchorsNorSeparates) {
  const json sea = {{"name", "Mediterranean Sea"}, {"id", "natural:mediterranean-sea"}, {"country", nullptr},
                    {"parents", json::array()}};
  const json town = {{"name", "Zuwara"}, {"id", "g5"}, {"parents", {"Libya"}}};
  const json other = {{"name", "Sabha"}, {"id", "g2"}, {"parents", {"Libya"}}};
  const json day = {{"date", "2024-03-10"}};
  const auto at_sea = FactsFromJson(Claim({{"place", sea}, {"when", day}}), kDoc, kEntities);
  const auto ashore = FactsFromJson(Claim({{"place", town}, {"when", day}}), kDoc, kEntities);
  const auto inland = FactsFromJson(Claim({{"place", other}, {"when", day}}), kDoc, kEntities);
  EXPECT_TRUE(CompareForIncident(at_sea, ashore).compatible) << "bodies washed ashore from a sinking at sea";
  EXPECT_EQ(CompareForIncident(at_sea, ashore).anchors, 0);
  EXPECT_EQ(CompareForIncident(at_sea, at_sea).anchors, kAnchorNested) << "a whole sea, like a country";
  EXPECT_FALSE(CompareForIncident(ashore, inland).compatible);
}

// Invented places with the shape of a capital that shares its region's name.
const json kCapital = {{"name", "Port Amal"}, {"id", "g10"}, {"parents", {"Port Amal", "Norland"}}};
const json kCapitalRegion = {{"name", "Port Amal"}, {"id", "g11"}, {"parents", {"Norland"}}};
const json kSuburb = {{"name", "Bayside"}, {"id", "g12"}, {"parents", {"Port Amal", "Norland"}}};

TEST(ClaimMatch, ACityIsNotTheRegionOfTheSameName) {
  const json day = {{"date", "2024-03-10"}};
  const auto capital = FactsFromJson(Claim({{"place", kCapital}, {"when", day}}), kDoc, kEntities);
  const auto region = FactsFromJson(Claim({{"place", kCapitalRegion}, {"when", day}}), kDoc, kEntities);
  const auto suburb = FactsFromJson(Claim({{"place", kSuburb}, {"when", day}}), kDoc, kEntities);
  EXPECT_FALSE(CompareForIncident(capital, suburb).compatible) << "two towns of one region";
  EXPECT_FALSE(CompareForIncident(suburb, capital).compatible);
  EXPECT_TRUE(CompareForIncident(suburb, region).compatible);
  EXPECT_TRUE(CompareForIncident(capital, region).compatible);
}

TEST(ClaimMatch, SameNameInAnotherCountryIsAnotherPlace) {
  const json day = {{"date", "2024-03-10"}};
  const json here = {{"name", "Tripoli"}, {"id", "g20"}, {"parents", {"Tripoli", "Libya"}}};
  const json there = {{"name", "Tripoli"}, {"id", "g21"}, {"parents", {"North Governorate", "Lebanon"}}};
  const auto a = FactsFromJson(Claim({{"place", here}, {"when", day}}), kDoc, kEntities);
  const auto b = FactsFromJson(Claim({{"place", there}, {"when", day}}), kDoc, kEntities);
  EXPECT_FALSE(CompareForIncident(a, b).compatible);
  EXPECT_EQ(CompareForIncident(a, a).anchors, kAnchorSamePlace);
}

TEST(ClaimMatch, RoughDatesNeedTheTown) {
  const json doc2 = {{"id", "d2"}, {"source", "Desert Post"}, {"published", "2024-03-13"}};
  const json country = {{"name", "Norland"}, {"id", "g0"}, {"parents", json::array()}};
  // Neither claim has a date of its own: each happened in the week before
  // its report, which is too rough for "somewhere in Norland" to be one event.
  const auto a = FactsFromJson(Claim({{"place", country}}), kDoc, kEntities);
  const auto b = FactsFromJson(Claim({{"place", kSuburb}}), doc2, kEntities);
  EXPECT_TRUE(CompareForIncident(a, b).compatible);
  EXPECT_EQ(CompareForIncident(a, b).anchors, 0);
  EXPECT_EQ(CompareForIncident(b, b).anchors, kAnchorSamePlace) << "the same town is enough";
  const json day = {{"date", "2024-03-11"}};
  const auto dated_a = FactsFromJson(Claim({{"place", country}, {"when", day}}), kDoc, kEntities);
  const auto dated_b = FactsFromJson(Claim({{"place", kSuburb}, {"when", day}}), doc2, kEntities);
  EXPECT_EQ(CompareForIncident(dated_a, dated_b).anchors, kAnchorNested) << "precise dates: the country is enough";
  const json month = {{"start", "2024-03-01"}, {"end", "2024-03-31"}};
  const auto march = FactsFromJson(Claim({{"place", country}, {"when", month}}), kDoc, kEntities);
  EXPECT_EQ(CompareForIncident(march, dated_b).anchors, 0) << "'in March' is as rough as no date";
}

TEST(ClaimMatch, ReportsYearsApartAreDifferentEvents) {
  const json early = {{"id", "d3"}, {"source", "Desert Post"}, {"published", "2019-06-06"}};
  const json late = {{"id", "d4"}, {"source", "Desert Post"}, {"published", "2021-10-30"}};
  const auto a = FactsFromJson(Claim({{"place", kCapital}}), early, kEntities);
  const auto b = FactsFromJson(Claim({{"place", kCapital}}), late, kEntities);
  EXPECT_FALSE(CompareForIncident(a, b).compatible);
}

TEST(ClaimMatch, WithoutAnyDateOnlyAFacilityAnchors) {
  const json undated = {{"id", "d5"}, {"source", "Desert Post"}};
  const json undated2 = {{"id", "d6"}, {"source", "Radio Sahel"}};
  const auto a = FactsFromJson(Claim({{"place", kCapital}}), undated, kEntities);
  const auto b = FactsFromJson(Claim({{"place", kCapital}}), undated2, kEntities);
  EXPECT_FALSE(a.day_lo);
  EXPECT_TRUE(CompareForIncident(a, b).compatible);
  EXPECT_EQ(CompareForIncident(a, b).anchors, 0) << "same town, but nothing says when";
  const auto c = FactsFromJson(Claim({{"place", kCapital}, {"facility", "the Harbour Road prison"}}), undated, kEntities);
  const auto d = FactsFromJson(Claim({{"facility", "Harbour Road prison"}}), undated2, kEntities);
  EXPECT_EQ(CompareForIncident(c, d).anchors, kAnchorFacility);
}

TEST(ClaimMatch, SameVictimsStrengthenButNeverAnchorAlone) {
  EXPECT_EQ(VictimsKey("Eritrean migrants"), "migrant");
  EXPECT_EQ(VictimsKey("the migrant"), "migrant");
  EXPECT_EQ(VictimsKey("Protesters."), "protester");
  EXPECT_EQ(VictimsKey("witness"), "witness") << "a word ending in -ss is not a plural";
  const json day = {{"date", "2024-03-10"}};
  const auto a = FactsFromJson(Claim({{"place", kSuburb}, {"when", day}, {"victims", "migrants"}}), kDoc, kEntities);
  const auto b = FactsFromJson(Claim({{"place", kSuburb}, {"when", day}, {"victims", "migrant"}}), kDoc, kEntities);
  const auto c = FactsFromJson(Claim({{"place", kSuburb}, {"when", day}, {"victims", "soldiers"}}), kDoc, kEntities);
  EXPECT_EQ(CompareForIncident(a, b).anchors, kAnchorSamePlace + kAnchorVictims);
  EXPECT_EQ(CompareForIncident(a, c).anchors, kAnchorSamePlace);
  const auto nowhere = FactsFromJson(Claim({{"when", day}, {"victims", "migrants"}}), kDoc, kEntities);
  EXPECT_EQ(CompareForIncident(nowhere, nowhere).anchors, 0);
}

TEST(ClaimMatch, DatesFarApartAreDifferentEvents) {
  const auto a = FactsFromJson(Claim({{"when", {{"date", "2024-03-10"}}}}), kDoc, kEntities);
  const auto b = FactsFromJson(Claim({{"when", {{"date", "2024-03-12"}}}}), kDoc, kEntities);
  const auto c = FactsFromJson(Claim({{"when", {{"date", "2024-03-20"}}}}), kDoc, kEntities);
  EXPECT_TRUE(CompareForIncident(a, b).compatible);
  EXPECT_FALSE(CompareForIncident(a, c).compatible);
}

TEST(ClaimMatch, NothingSharedIsNoAnchor) {
  const auto a = FactsFromJson(Claim({}), kDoc, kEntities);
  EXPECT_TRUE(CompareForIncident(a, a).compatible);
  EXPECT_EQ(CompareForIncident(a, a).anchors, 0);
}

TEST(ClaimMatch, FacilitiesMustAgree) {
  const auto a = FactsFromJson(Claim({{"facility", "the Al-Nour camp"}}), kDoc, kEntities);
  const auto b = FactsFromJson(Claim({{"facility", "Al-Nour Camp"}}), kDoc, kEntities);
  const auto c = FactsFromJson(Claim({{"facility", "Zawiya prison"}}), kDoc, kEntities);
  EXPECT_GT(CompareForIncident(a, b).anchors, 0);
  EXPECT_FALSE(CompareForIncident(a, c).compatible);
  const auto generic = FactsFromJson(Claim({{"facility", "the camp"}}), kDoc, kEntities);
  EXPECT_TRUE(CompareForIncident(generic, c).compatible);
  EXPECT_EQ(CompareForIncident(generic, a).anchors, 0);
}

TEST(ClaimMatch, CountCauseAndOccurrenceContradictions) {
  const json doc2 = {{"id", "d2"}, {"source", "Desert Post"}, {"published", "2024-03-11"}};
  const auto six = FactsFromJson(
      Claim({{"count", {{"min", 6}, {"max", nullptr}, {"approx", false}}}, {"cause", "shooting"}}), kDoc, kEntities);
  const auto one = FactsFromJson(
      Claim({{"count", {{"min", 1}, {"max", 1}, {"approx", false}}}, {"cause", "stampede"}}), doc2, kEntities);
  const auto some = FactsFromJson(Claim({{"count", {{"min", 2}, {"max", nullptr}, {"approx", true}}}}), doc2, kEntities);
  const auto denial = FactsFromJson(Claim({{"stance", "denies"}}), doc2, kEntities);
  EXPECT_EQ(CrossContradictions(six, one), (std::vector<std::string>{"count", "cause"}));
  EXPECT_TRUE(CrossContradictions(six, some).empty());
  EXPECT_EQ(CrossContradictions(six, denial), (std::vector<std::string>{"occurrence"}));
  EXPECT_TRUE(CrossContradictions(six, six).empty()) << "one speaker does not contradict itself";
}

TEST(ClaimMatch, DenyingOnesOwnRoleDisputesTheAgent) {
  const json doc2 = {{"id", "d2"}, {"source", "Desert Post"}, {"published", "2024-03-11"}};
  const json entities = json::array({{{"id", "e1"}, {"name", "IOM"}, {"type", "organization"}},
                                     {{"id", "e2"}, {"name", "Coast Guard"}, {"type", "organization"}}});
  const auto accused = FactsFromJson(
      Claim({{"speaker", "e1"}, {"agent", {{"entity", "e2"}, {"name", "Coast Guard"}}}}), kDoc, entities);
  const auto unattributed = FactsFromJson(Claim({{"speaker", "e1"}}), kDoc, entities);
  const auto role_denied = FactsFromJson(
      Claim({{"speaker", "e2"}, {"stance", "denies"}, {"agent", {{"entity", "e2"}, {"name", "Coast Guard"}}}}), doc2,
      entities);
  EXPECT_EQ(CrossContradictions(accused, role_denied), (std::vector<std::string>{"agent"}));
  EXPECT_TRUE(CrossContradictions(unattributed, role_denied).empty()) << "nobody said the coast guard did it";
}

}  // namespace
}  // namespace crosscheck

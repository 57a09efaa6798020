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
  const auto a = FactsFromJson(Claim({{"place", city}}), kDoc, kEntities);
  const auto b = FactsFromJson(Claim({{"place", country}}), kDoc, kEntities);
  const auto c = FactsFromJson(Claim({{"place", other}}), kDoc, kEntities);
  EXPECT_TRUE(CompareForIncident(a, b).compatible);
  EXPECT_GT(CompareForIncident(a, b).anchors, 0);
  EXPECT_FALSE(CompareForIncident(a, c).compatible);
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

}  // namespace
}  // namespace crosscheck

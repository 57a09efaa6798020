// Places from context (place_context.cc), on invented reports.
#include "extract/place_context.h"

#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

Extraction Extract(const std::string& text) {
  Report r;
  r.text = text;
  r.published = "2024-05-02";
  auto x = testing::ShallowPipeline().Run(r);
  EXPECT_TRUE(x.ok()) << x.status().message();
  return std::move(x).value();
}

std::string PlaceOf(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type == type) return c.place ? c.place->name : "(none)";
  }
  return "(no claim)";
}

TEST(PlaceContext, AClaimWithoutAPlaceTakesThePlaceOfTheClaimJustBefore) {
  auto x = Extract("Gunmen killed nine villagers near Kaduna on Friday, police said.\n\n"
                   "Eleven others were wounded, a hospital official said.");
  EXPECT_EQ(PlaceOf(x, "kill"), "Kaduna");
  EXPECT_EQ(PlaceOf(x, "injure"), "Kaduna");
}

TEST(PlaceContext, APlaceNamedLaterInTheParagraphIsTaken) {
  auto x = Extract("Eleven people were wounded on Friday. Gunmen killed nine villagers near Kaduna, police said.");
  EXPECT_EQ(PlaceOf(x, "injure"), "Kaduna");
}

TEST(PlaceContext, AClaimWithItsOwnPlaceKeepsIt) {
  auto x = Extract("Gunmen killed nine villagers near Kaduna on Friday.\n\n"
                   "In Kano, police arrested 14 people, a spokesman said.");
  EXPECT_EQ(PlaceOf(x, "arrest"), "Kano");
}

TEST(PlaceContext, APlaceIsNotCarriedFarBackOrFromLaterParagraphs) {
  auto x = Extract("Gunmen killed nine villagers near Kaduna on Friday.\n\n"
                   "The attack drew condemnation.\n\nThe governor spoke.\n\nThe army sent troops.\n\n"
                   "Elsewhere, eleven people were wounded in clashes, officials said.\n\n"
                   "Police later arrested 14 people in Kano.");
  EXPECT_EQ(PlaceOf(x, "kill"), "Kaduna");
  EXPECT_EQ(PlaceOf(x, "injure"), "(none)");
}

TEST(PlaceContext, ThePlaceInATrailingSpeakersDescriptionIsNotTheEvents) {
  auto x = Extract("Three refugees were killed in a fire at the Kakuma refugee camp on Sunday.\n\n"
                   "Aid groups sent doctors. The police sent more officers. The governor visited.\n\n"
                   "\"The camp is badly overcrowded,\" said Amina Yusuf, a spokeswoman for the agency's "
                   "office in Nairobi.");
  EXPECT_EQ(PlaceOf(x, "kill"), "Kakuma refugee camp");
  // "The camp" is the camp named before, far back as it is.
  EXPECT_EQ(PlaceOf(x, "overcrowding"), "Kakuma refugee camp");
}

TEST(PlaceContext, AnIndefiniteFacilityTakesNoPlaceFromFarBack) {
  auto x = Extract("Three refugees were killed in a fire at the Kakuma refugee camp on Sunday.\n\n"
                   "Aid groups sent doctors. The police sent more officers. The governor visited.\n\n"
                   "\"A camp like this is badly overcrowded,\" said Amina Yusuf.");
  EXPECT_EQ(PlaceOf(x, "overcrowding"), "(none)");
}

TEST(PlaceContext, TheLeadsSettingIsThePlaceOfLastResort) {
  auto x = Extract("EL FASHER, 15 May 2024 (OCHA) - Fighting between the army and the Rapid Support Forces in "
                   "and around El Fasher continued for a fifth day.\n"
                   "- At least 58 civilians have been killed since 10 May, according to the Ministry of Health.\n"
                   "- Medical charity MSF said 56 people died at its supported South Hospital.\n");
  EXPECT_EQ(PlaceOf(x, "kill"), "El Fasher");
  for (const auto& c : x.claims) {
    ASSERT_TRUE(c.place.has_value());
    EXPECT_EQ(c.place->name, "El Fasher");
  }
}

TEST(PlaceContext, TheLeadsSettingDoesNotOverrideAPlaceNamedLater) {
  auto x = Extract("Fighting continued in and around El Fasher on Tuesday.\n\n"
                   "In Kano, police arrested 14 people, a spokesman said.");
  EXPECT_EQ(PlaceOf(x, "arrest"), "Kano");
}

}  // namespace
}  // namespace crosscheck

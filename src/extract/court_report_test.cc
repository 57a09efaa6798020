// A court report (session 12): a court that sentences or convicts people
// "for the killing of" others says they did it; a village the gazetteer
// does not know, named after the event word, keeps the court's city from
// being the place (and nothing is inherited for it), and a town the
// gazetteer knows only a part of ("Tin Hama": Hamah in Syria) is no place;
// "10 years in prison" is a term, not a facility; "X welcomed the verdict
// but said" makes X the speaker. Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(CourtReport, SentencedForTheKillingNamesTheKillers) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "A military court in Bamako on Thursday sentenced three soldiers to 10 years in prison for the killing of "
        "12 civilians in the central village of Diallassagou in June 2022.\n";
    const auto kill = FirstClaim(Extract(*p, text), "kill");
    ASSERT_TRUE(kill.has_value()) << text;
    EXPECT_EQ(kill->agent, "three soldiers") << text;
    EXPECT_FALSE(kill->place.has_value()) << kill->place->name;
    EXPECT_TRUE(kill->facility.empty()) << kill->facility;
    const std::string convicted = "A court convicted two police officers of killing a protester.\n";
    const auto killed = FirstClaim(Extract(*p, convicted), "kill");
    ASSERT_TRUE(killed.has_value()) << convicted;
    EXPECT_EQ(killed->agent, "two police officers") << convicted;
  }
}

TEST(CourtReport, PartOfAnUnknownNameIsNoPlace) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "In Mali, gunmen killed 12 villagers in the village of Tin Hama.\n";
    const auto kill = FirstClaim(Extract(*p, text), "kill");
    ASSERT_TRUE(kill && kill->place) << text;
    EXPECT_EQ(kill->place->name, "Mali") << text;
  }
}

TEST(CourtReport, WelcomedButSaidSpeaks) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "The Sahel Rights Observatory, which documented the killings at the time, welcomed the verdict but said at "
        "least 30 people had been killed in the operation.\n";
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, text), "kill"), "Sahel Rights Observatory") << text;
  }
}

}  // namespace
}  // namespace crosscheck

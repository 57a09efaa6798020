// Who speaks and who was hurt in a police shooting and a hospital's count
// (session 13): "His family said" is the family speaking ("family" had been
// skipped as an -ly adverb, losing the speaker); "he was unarmed and had
// been shot" is one person, not the family; "Some 200 people said they
// were beaten" counts the 200; "The Al-Aqsa Martyrs Hospital in
// Deir al-Balah said" is the hospital (a name ending in "Hospital" had been
// typed a person, and the town after "in" taken for the speaker). Invented
// sentences, with real place names.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(FamilyAndHospital, AFamilySpeaks) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "The family said two men had been shot.\n";
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, text), "abuse"), "unnamed") << text;  // had been the narrator
  }
}

TEST(FamilyAndHospital, HeIsOnePersonAndTheSharedSubject) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"His family said he was unarmed and had been shot in the back as he ran away.\n",
                                   "He was shot in the back.\n", "She was beaten by guards.\n"}) {
      const auto abuse = FirstClaim(Extract(*p, text), "abuse");
      ASSERT_TRUE(abuse && abuse->count) << text;
      EXPECT_EQ(abuse->count->min, 1) << text;
      EXPECT_EQ(abuse->count->max, 1) << text;
      EXPECT_EQ(abuse->victims, "") << text;  // not "family"
    }
  }
}

TEST(FamilyAndHospital, TheyWhoSayItAreTheOnesItHappenedTo) {
  for (const Pipeline* p : BothPipelines()) {
    const std::pair<std::string, int64_t> cases[] = {
        {"Some 200 people said they were beaten by guards.\n", 180},
        {"Twelve migrants told reporters they had been beaten.\n", 12},
    };
    for (const auto& [text, least] : cases) {
      const auto abuse = FirstClaim(Extract(*p, text), "abuse");
      ASSERT_TRUE(abuse && abuse->count) << text;  // had counted no one
      EXPECT_EQ(abuse->count->min, least) << text;
      EXPECT_NE(abuse->victims, "reporters") << text;
    }
  }
}

TEST(FamilyAndHospital, AHospitalInATownSpeaks) {
  for (const Pipeline* p : BothPipelines()) {
    const std::pair<std::string, std::string> cases[] = {
        {"The Al-Aqsa Martyrs Hospital in Deir al-Balah said it had received the bodies of 18 people.\n",
         "Al-Aqsa Martyrs Hospital"},
        {"Al-Shifa Hospital in Gaza City said it had received the bodies of 18 people.\n", "Al-Shifa Hospital"},
    };
    for (const auto& [text, speaker] : cases) {
      const auto x = Extract(*p, text);
      EXPECT_EQ(SpeakerOfClaim(x, "kill"), speaker) << text;
      for (const auto& e : x.entities) {
        if (e.name == speaker) {
          EXPECT_EQ(e.type, EntityType::kOrganization) << text;
        }
      }
    }
  }
}

}  // namespace
}  // namespace crosscheck

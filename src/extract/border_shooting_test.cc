// A shooting at a border (session 12): "it said" is the body the sentence
// before opens with; a capital that is urged or blamed is its government,
// not a place; bodies "handed over" are the dead; "when he tried to flee"
// is the one who fled; "In a post, the agency said at least 11 ..." is the
// agency's (the count had been read as an adjunct of the saying, leaving
// "In a post" as what was said). Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(BorderShooting, ItIsTheBodyTheSentenceBeforeOpensWith) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "The foreign ministry of Veldavia rejected the reports. The Eastern Monitoring Mission called for an "
        "investigation. In a post online, it said at least 11 migrants had been killed and urged Tehran to "
        "respect international law.\n";
    const auto x = Extract(*p, text);
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "Eastern Monitoring Mission") << text;
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value()) << text;
    EXPECT_FALSE(kill->place.has_value()) << kill->place->name;
  }
}

TEST(BorderShooting, BodiesHandedOverAreTheDead) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "He said the bodies of nine migrants had been handed over at the crossing.\n";
    const auto kill = FirstClaim(Extract(*p, text), "kill");
    ASSERT_TRUE(kill && kill->count) << text;
    EXPECT_EQ(kill->count->min, 9) << text;
  }
}

TEST(BorderShooting, PronounBeforeAnInfinitiveIsWhoFled) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "A resident said the gunmen arrived on motorcycles and that one worshipper was shot dead when he tried to "
        "flee.\n";
    const auto escape = FirstClaim(Extract(*p, text), "escape");
    ASSERT_TRUE(escape.has_value()) << text;
    EXPECT_NE(escape->victims, "gunmen") << text;
  }
}

TEST(BorderShooting, SaidAtLeastAfterAnOpeningPhrase) {
  for (const Pipeline* p : BothPipelines()) {
    // "at least" after the verb opens the count, not an adjunct of the saying
    // that would make the opening phrase what was said.
    for (const std::string text : {"In a post, the agency said at least 11 migrants had been killed.\n",
                                   "In a statement online, the agency said at least 11 migrants had been killed.\n"}) {
      const auto x = Extract(*p, text);
      EXPECT_EQ(SpeakerOfClaim(x, "kill"), "agency") << text;
    }
    for (const std::string text : {"In a statement, the agency said over 30 people had drowned.\n",
                                   "After the attack, residents said by phone that 30 people had been killed.\n"}) {
      EXPECT_NE(SpeakerOfClaim(Extract(*p, text), "kill"), "no claim") << text;
    }
    const std::string adjunct = "Twelve people were killed, the agency said at a press conference.\n";
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, adjunct), "kill"), "agency") << adjunct;
  }
}

}  // namespace
}  // namespace crosscheck

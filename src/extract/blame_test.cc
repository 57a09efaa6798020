// Blame as reports lay it: an accusation that names no event ("The
// committee blamed the army") names the doer of the harm its speaker just
// reported; "the committee" is the committee described before ("a local
// resistance committee", one body though it has no name); an unnamed
// spokesman of a kind of body ("an army spokesman") speaks for the body of
// that kind named before, so his denial contradicts the committee; and bodies a hospital
// received are dead people. Sentences written for these tests; both
// pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

constexpr const char* kMarket =
    "An airstrike on a crowded market in the town of El Obeid killed at least 43 people on Monday, a local "
    "resistance committee said.\n\n"
    "The committee blamed the Sudanese army. An army spokesman said the military had struck only legitimate "
    "targets and denied that civilians had been killed.\n\n"
    "Medical sources at the main hospital said they had received 38 bodies.\n";

TEST(Blame, AnAccusationWithNoEventNamesTheDoerOfTheHarmJustReported) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, kMarket);
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "the Sudanese army");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "local resistance committee");
  }
}

TEST(Blame, AnotherSpeakersAccusationLendsNoAgent) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Witnesses said an airstrike killed 43 people. The army blamed the rebels.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "");
  }
}

TEST(Blame, AnArmySpokesmansDenialIsTheArmysAndContradictsTheCommittee) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, kMarket);
    const Claim* denial = nullptr;
    for (const auto& c : x.claims) {
      if (c.stance == Stance::kDenies) denial = &c;
    }
    ASSERT_NE(denial, nullptr);
    ASSERT_EQ(denial->speaker.kind, Speaker::kEntity);
    EXPECT_EQ(x.entities[denial->speaker.entity].name, "Sudanese army");
    size_t occurrence = 0;
    for (const auto& incident : x.incidents) {
      for (const auto& c : incident.contradictions) occurrence += c.kind == ContradictionKind::kOccurrence;
    }
    EXPECT_GE(occurrence, 1u);
  }
}

TEST(Blame, BodiesAHospitalReceivedAreDeadPeople) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Medical sources at the main hospital said they had received 38 bodies.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 38);
  }
}

// 'said it "categorically rejects" the allegations and that its officers
// had rescued 250,000 people': a quoted verb of denial is the speaker's, and
// after the denied allegations "and that" opens a claim the speaker asserts.
TEST(Blame, AQuotedRejectionDeniesAndWhatFollowsIsAsserted) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Witnesses said officers threw nine migrants into the sea, three of whom drowned. The "
                           "Greek coast guard said it \"categorically rejects\" the allegations and that its officers "
                           "had rescued more than 250,000 people at sea since 2015.");
    bool denies_kill = false;
    for (const auto& c : x.claims) {
      if (c.type == "kill" && c.stance == Stance::kDenies) denies_kill = true;
      if (c.type == "rescue") {
        EXPECT_EQ(c.stance, Stance::kAsserts);
      }
    }
    EXPECT_TRUE(denies_kill);
    EXPECT_TRUE(FirstClaim(x, "rescue").has_value());
  }
}

}  // namespace
}  // namespace crosscheck

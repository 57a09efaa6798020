// How wire reports say that one source rejects another's account: "rejected
// the rights group's findings", "dismissed the reports as fabricated", "a
// charge police denied", "denied that ... and said ...", and older events
// recalled as background. Sentences written for these tests; both pipelines
// must agree.
#include <gtest/gtest.h>

#include <optional>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::ClaimWith;
using testing::Extract;
using testing::SpeakerOfClaim;

std::string NameOf(const Extraction& x, const Speaker& s) {
  if (s.kind == Speaker::kEntity) return x.entities[s.entity].name;
  return s.kind == Speaker::kUnnamed ? "unnamed" : "narrator";
}

TEST(DenialWording, RejectingAGroupsFindingsDeniesWhatTheGroupReported) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Police shot dead four protesters in the capital on Tuesday, a rights group said.\n\n"
                           "The interior minister rejected the rights group's findings.");
    const auto denial = ClaimWith(x, "kill", Stance::kDenies);
    ASSERT_TRUE(denial.has_value());
    // A minister known only by the role is still one person who speaks.
    EXPECT_EQ(NameOf(x, denial->speaker), "interior minister");
  }
}

TEST(DenialWording, DismissingTheReportsAsFabricatedDeniesThem) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Soldiers killed more than 30 civilians in a drone strike on a market, residents said.\n\n"
                           "The federal government dismissed the reports as fabricated.");
    const auto denial = ClaimWith(x, "kill", Stance::kDenies);
    ASSERT_TRUE(denial.has_value());
    EXPECT_EQ(NameOf(x, denial->speaker), "federal government");
    ASSERT_EQ(x.incidents.size(), 1u);
    ASSERT_EQ(x.incidents[0].contradictions.size(), 1u);
    EXPECT_EQ(x.incidents[0].contradictions[0].kind, ContradictionKind::kOccurrence);
  }
}

TEST(DenialWording, RejectingTheReportDeniesWhatItSaid) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Soldiers executed around 500 people in the town over five days, the U.N. human rights "
                           "office said in a report on Friday. The government rejected the report, saying the "
                           "operation targeted only terrorists.");
    const auto denial = ClaimWith(x, "kill", Stance::kDenies);
    ASSERT_TRUE(denial.has_value());
    EXPECT_EQ(NameOf(x, denial->speaker), "government");
  }
}

TEST(DenialWording, AnAccountOfSomebodyElseNamedIsNotTheClaimDenied) {
  for (const Pipeline* p : BothPipelines()) {
    // The militia rejects the army's account, not the ministry's toll.
    const auto x = Extract(*p,
                           "An air strike killed 12 people in a school, the health ministry said. The army said it "
                           "had targeted fighters in the compound.\n\n"
                           "The militia rejected the army's account as a lie.");
    EXPECT_FALSE(ClaimWith(x, "kill", Stance::kDenies).has_value());
  }
}

TEST(DenialWording, CallingTheFiguresInflatedOrExaggeratedDeniesThem) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* rebuttal : {"Casualty figures given by the opposition are inflated, the minister said.",
                                 "The army said reports of deaths were exaggerated."}) {
      const auto x = Extract(*p, std::string("Troops killed 40 people in the camp, activists said.\n\n") + rebuttal);
      const auto denial = ClaimWith(x, "kill", Stance::kDenies);
      ASSERT_TRUE(denial.has_value()) << rebuttal;
      // The rebuttal asserts no deaths of its own.
      int asserted = 0;
      for (const auto& c : x.claims) asserted += c.type == "kill" && c.stance == Stance::kAsserts;
      EXPECT_EQ(asserted, 1) << rebuttal;
    }
  }
}

TEST(DenialWording, AChargeTheSpeakerDeniedIsADenial) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* text : {"Rights activists said the migrants were beaten in custody, a charge police denied.",
                             "Rights activists said the migrants were beaten in custody, an accusation police denied."}) {
      const auto x = Extract(*p, text);
      const auto denial = ClaimWith(x, "abuse", Stance::kDenies);
      ASSERT_TRUE(denial.has_value()) << text;
      EXPECT_EQ(NameOf(x, denial->speaker), "police") << text;
      const auto asserted = ClaimWith(x, "abuse", Stance::kAsserts);
      ASSERT_TRUE(asserted.has_value()) << text;
      EXPECT_EQ(NameOf(x, asserted->speaker), "Rights activists") << text;
    }
  }
}

TEST(DenialWording, AChargeDeniedSumsUpItsOwnSentenceOnly) {
  for (const Pipeline* p : BothPipelines()) {
    // The charge is the shelling, which makes no claim: the doctors' toll is not denied.
    const auto x = Extract(*p,
                           "At least 56 civilians have been killed in clashes, a doctors' union said on Sunday. The "
                           "militia accused the army of shelling residential areas, a charge the army denied.");
    EXPECT_FALSE(ClaimWith(x, "kill", Stance::kDenies).has_value());
  }
}

TEST(DenialWording, AndSaidAfterADenialIsTheSameSpeakersStatement) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police denied that officers fired and said two protesters died in a stampede.");
    const auto kill = ClaimWith(x, "kill", Stance::kAsserts);
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(NameOf(x, kill->speaker), "Police");
    EXPECT_EQ(kill->cause, "stampede");
    EXPECT_FALSE(ClaimWith(x, "kill", Stance::kDenies).has_value());
  }
}

TEST(DenialWording, ACauseTheSpeakerDeniedIsNotPassedOn) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "The police spokesman denied that officers had used live ammunition and said two "
                           "protesters died when a wall collapsed.");
    const auto kill = ClaimWith(x, "kill", Stance::kAsserts);
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(NameOf(x, kill->speaker), "police spokesman");
    EXPECT_EQ(kill->cause, "accident");  // the wall, not the denied live ammunition
  }
}

TEST(DenialWording, OlderEventsRecalledAsBackgroundAreAnotherIncident) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Soldiers shot dead 40 villagers on Sunday, the governor said.\n\n"
                           "Previously, the United Nations had documented 15 killings in the district.");
    int kills = 0;
    for (const auto& c : x.claims) kills += c.type == "kill";
    ASSERT_EQ(kills, 2);
    for (const auto& inc : x.incidents) EXPECT_TRUE(inc.contradictions.empty()) << inc.id;
    // Without "Previously ... had", the two tolls are one disputed incident.
    const auto y = Extract(*p,
                           "Soldiers shot dead 40 villagers on Sunday, the governor said.\n\n"
                           "The United Nations documented 15 killings in the district.");
    size_t contradictions = 0;
    for (const auto& inc : y.incidents) contradictions += inc.contradictions.size();
    EXPECT_EQ(contradictions, 1u);
  }
}

TEST(DenialWording, AlarmAtReportsLeavesTheClaimToTheReports) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "UN experts expressed alarm at reports that at least 134 civilians were killed in the city.");
    const auto kill = ClaimWith(x, "kill", Stance::kAsserts);
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(NameOf(x, kill->speaker), "unnamed");  // not the outlet, nor the experts who react
    EXPECT_EQ(kill->count->min, 134);
  }
}

}  // namespace
}  // namespace crosscheck

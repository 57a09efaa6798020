// Arguments a clause leaves to its neighbours: the subject of an -ing
// clause past the subject's prepositional phrase ("Guards at a detention
// centre opened fire, killing two"), the subject of an infinitive ("migrants
// trying to escape"), "the official" pointing back to an unnamed official,
// "hundreds more", deaths presupposed by an appeal ("called on them to
// investigate the deaths of two men") and the time of the appeal itself;
// "the agency" and "the charity" pointing back to a name, "those on
// board", "no one", and relative clauses that report an event.
// Sentences written for these tests; both pipelines must agree.
#include <gtest/gtest.h>

#include <optional>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(AppealAndReference, AnIngClauseHasTheSubjectPastItsPrepositionalPhrase) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Guards at a detention centre opened fire on migrants trying to escape, killing two "
                           "and wounding five, the agency said.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "Guards");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->agent, "Guards");
    const auto escape = FirstClaim(x, "escape");
    ASSERT_TRUE(escape.has_value());
    EXPECT_EQ(escape->victims, "migrants");  // who tried to escape, not the guards
  }
}

TEST(AppealAndReference, TheOfficialIsTheUnnamedOfficialBefore) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "A ministry official denied the report. \"There was a fight and two detainees died,\" "
                           "the official said.");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "unnamed");
  }
}

TEST(AppealAndReference, HundredsMoreAreCounted) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Hundreds more are feared missing, the coastguard said.");
    const auto missing = FirstClaim(x, "missing");
    ASSERT_TRUE(missing.has_value());
    EXPECT_EQ(missing->stance, Stance::kUncertain);
    ASSERT_TRUE(missing->count.has_value());
    EXPECT_EQ(missing->count->min, 200);
  }
}

TEST(AppealAndReference, AnAppealPresupposesTheDeathsItNamesButNotItsOwnDay) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "The charity today called on the authorities to investigate the deaths of two men at "
                           "the detention centre last week.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->count->min, 2);
    ASSERT_TRUE(kill->when.has_value());
    EXPECT_EQ(kill->when->start, "2024-04-22");  // last week, not today (2024-05-02)
    // The appeal's own verb stays unasserted, and a bare "the deaths" points back.
    EXPECT_FALSE(FirstClaim(Extract(*p, "The charity called on the police to arrest the guards."), "arrest"));
    EXPECT_FALSE(FirstClaim(Extract(*p, "He gave no details on what caused the deaths."), "kill"));
  }
}

TEST(AppealAndReference, NaturalCausesAreACause) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The institute said the two men died of natural causes.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->cause, "natural");
  }
}

TEST(AppealAndReference, TheAgencyAndTheCharityPointBackToTheirNames) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "The International Organization for Migration said 500 migrants were intercepted. "
                           "Another boat carrying about 60 people was missing, the agency said.");
    EXPECT_EQ(SpeakerOfClaim(x, "missing"), "International Organization for Migration");
    const auto y = Extract(*p,
                           "Sea-Watch, a German charity, said migrants had been beaten during the operation. The "
                           "coast guard rejected the charity's account as \"lies\".");
    int denials = 0;
    for (const auto& c : y.claims) denials += c.type == "abuse" && c.stance == Stance::kDenies;
    EXPECT_EQ(denials, 1);
  }
}

TEST(AppealAndReference, ThoseWithAPhraseOfTheirOwnAndNoOne) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "He said his crews had rescued all those on board and that no one was missing.");
    const auto missing = FirstClaim(x, "missing");
    ASSERT_TRUE(missing.has_value());
    EXPECT_EQ(missing->stance, Stance::kDenies);
    EXPECT_EQ(missing->victims, "");  // nobody, not "crews"
    const auto rescue = FirstClaim(x, "rescue");
    ASSERT_TRUE(rescue.has_value());
    EXPECT_NE(rescue->victims, "crews");
  }
  const auto x = Extract(testing::ParsingPipeline(), "He said his crews had rescued all those on board.");
  ASSERT_TRUE(FirstClaim(x, "rescue").has_value());
  EXPECT_EQ(FirstClaim(x, "rescue")->victims, "those on board");
}

TEST(AppealAndReference, ARelativeClauseReportsAnEventUnlessItNamesThePeopleByIt) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Police fired tear gas to disperse thousands of supporters who marched in the capital "
                           "on Saturday, witnesses said.");
    EXPECT_TRUE(FirstClaim(x, "protest").has_value());
    // "those who fled": the people the arrest is about, no second event.
    const auto y = Extract(*p, "The ministry said police arrested 12 of those who fled the centre.");
    EXPECT_FALSE(FirstClaim(y, "escape").has_value());
    EXPECT_TRUE(FirstClaim(y, "arrest").has_value());
  }
}

}  // namespace
}  // namespace crosscheck

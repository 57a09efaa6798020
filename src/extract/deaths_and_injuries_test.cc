// Two event nouns joined (session 13): "causing the deaths and injuries"
// states both, and the injuries share the shooters (a weak noun with no
// count had been dropped); "..., leaving 12 dead" is the subject's doing;
// "no deaths or injuries" denies both, in the
// word window and in the parse; "no deaths, and 12 injuries" denies only
// the deaths. Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(DeathsAndInjuries, JoinedEventNounsAreBothEvents) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Police then shot at the rioters, causing the deaths and injuries.\n";
    const auto x = Extract(*p, text);
    const auto kill = FirstClaim(x, "kill");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(kill && injure) << text;
    EXPECT_EQ(kill->agent, "Police");
    EXPECT_EQ(injure->agent, "Police");
  }
}

TEST(DeathsAndInjuries, WhatACausingParticipleLeavesIsTheSubjectsDoing) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"Police shot at the rioters, causing the deaths.\n",
                                   "Gunmen attacked the bus, leaving 12 dead.\n"}) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_FALSE(kill->agent.empty()) << text;
    }
    const auto sank = FirstClaim(Extract(*p, "The boat capsized, leaving 12 dead.\n"), "kill");
    ASSERT_TRUE(sank.has_value());
    EXPECT_EQ(sank->agent, "");  // a boat is no one
  }
}

TEST(DeathsAndInjuries, ANegationCoversBothJoinedNouns) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Police said there were no deaths or injuries.\n";
    const auto x = Extract(*p, text);
    const auto kill = FirstClaim(x, "kill");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(kill && injure) << text;
    EXPECT_EQ(kill->stance, Stance::kDenies);
    EXPECT_EQ(injure->stance, Stance::kDenies);
    const std::string counted = "There were no deaths, and 12 injuries.\n";
    const auto twelve = FirstClaim(Extract(*p, counted), "injure");
    ASSERT_TRUE(twelve.has_value()) << counted;
    EXPECT_EQ(twelve->stance, Stance::kAsserts);
  }
}

}  // namespace
}  // namespace crosscheck

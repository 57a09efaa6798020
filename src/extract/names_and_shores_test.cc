// Names and places wire reports take for granted: an armed group named
// only as the modifier of its fighters, "the group" pointing back to it
// (never to the agency of a dateline), and a country's coast or waters as
// the place. Sentences written for these tests; both pipelines must agree.
#include <gtest/gtest.h>

#include <optional>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(NamesAndShores, TheGroupIsTheArmedGroupNamedBeforeNotTheDatelinesAgency) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "MOGADISHU, May 2 (Reuters) - Boko Haram fighters attacked a village on Tuesday, killing "
                           "at least 17 farmers, a local official said. The group said it had killed 40 soldiers.");
    bool group_speaks = false;
    for (const auto& c : x.claims) {
      if (c.speaker.kind == Speaker::kEntity && x.entities[c.speaker.entity].name == "Boko Haram") group_speaks = true;
      if (c.speaker.kind == Speaker::kEntity) {
        EXPECT_NE(x.entities[c.speaker.entity].name, "Reuters");
      }
    }
    EXPECT_TRUE(group_speaks);
    // Its fighters and "it" are one perpetrator: no agent is disputed.
    for (const auto& inc : x.incidents) {
      for (const auto& k : inc.contradictions) EXPECT_NE(k.kind, ContradictionKind::kAgent);
    }
  }
}

TEST(NamesAndShores, TheGroupAfterARightsOrganizationIsThatOrganization) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Guards beat migrants at the centre, Human Rights Watch said on Monday. The group said "
                           "at least 20 detainees were tortured.");
    int by_hrw = 0;
    for (const auto& c : x.claims) {
      by_hrw += c.speaker.kind == Speaker::kEntity && x.entities[c.speaker.entity].name == "Human Rights Watch";
    }
    EXPECT_EQ(by_hrw, 2);
  }
}

TEST(NamesAndShores, ACountrysCoastOrWatersIsTheCountry) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Sixty migrants drowned off the Libyan coast on Sunday.");
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->place.has_value());
    EXPECT_EQ(kill->place->name, "Libya");
    const auto y = Extract(*p, "Greek coast guards pushed back 40 migrants into Turkish waters.");
    const auto deport = FirstClaim(y, "deport");
    ASSERT_TRUE(deport.has_value());
    ASSERT_TRUE(deport->place.has_value());
    EXPECT_EQ(deport->place->name, "Turkey");
  }
}

TEST(NamesAndShores, ToJoinsANameAfterAnOrganizationWord) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police detained at least 30 journalists, the Committee to Protect Journalists said.");
    EXPECT_EQ(testing::SpeakerOfClaim(x, "arrest"), "Committee to Protect Journalists");
  }
}

TEST(NamesAndShores, APossessiveInsideAPlaceNameBelongsToIt) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Police arrested two men in Cox's Bazar on Monday.");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    ASSERT_TRUE(arrest->place.has_value());
    EXPECT_EQ(arrest->place->name, "Cox's Bazar");
  }
}

}  // namespace
}  // namespace crosscheck

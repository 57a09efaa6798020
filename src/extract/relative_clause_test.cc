// A relative clause between a noun and its verb ("Police who raided the
// camp arrested 40 people", "The soldiers who killed two men were
// arrested", "Monitors who toured the centre found ...") leaves the noun
// the subject of both verbs; so does one set off by commas before a
// speaker ("The department, which runs the centre, rejected ..."). People
// crammed into cells are overcrowding; people flown home are repatriated.
// Invented sentences; both pipelines must agree.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(RelativeClause, TheNounBeforeItDoesTheMainVerb) {
  for (const Pipeline* p : BothPipelines()) {
    const auto arrest = FirstClaim(Extract(*p, "Police who raided the camp arrested 40 people.\n"), "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->agent, "Police");
    const auto raid = FirstClaim(Extract(*p, "Police who raided the camp arrested 40 people.\n"), "raid");
    ASSERT_TRUE(raid.has_value());
    EXPECT_EQ(raid->agent, "Police");
  }
}

TEST(RelativeClause, TheNounBeforeItUndergoesTheMainPassive) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The soldiers who killed the two men were arrested.\n");
    const auto arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->victims, "soldiers");
    // The relative clause keeps its own object.
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->victims, "men");
  }
}

TEST(RelativeClause, WhoStandsForTheVisitors) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Monitors who toured the detention centre in Zawiya last week found 900 migrants crammed "
                           "into cells built for 300, the mission said.\n");
    const auto visit = FirstClaim(x, "visit");
    ASSERT_TRUE(visit.has_value());
    EXPECT_EQ(visit->agent, "Monitors");
    const auto crowded = FirstClaim(x, "overcrowding");
    ASSERT_TRUE(crowded.has_value());
    ASSERT_TRUE(crowded->count.has_value());
    EXPECT_EQ(crowded->count->min, 900);
    // A boat is no facility: crammed into it is no overcrowding claim.
    EXPECT_FALSE(FirstClaim(Extract(*p, "About 120 migrants were packed into the boat.\n"), "overcrowding").has_value());
  }
}

TEST(RelativeClause, ASpeakerBeforeOneSetOffByCommasDenies) {
  for (const Pipeline* p : BothPipelines()) {
    for (const char* speaker : {"The Department for Combating Illegal Migration", "The department"}) {
      const auto x = Extract(*p, std::string("Monitors said guards had beaten several men in the centre.\n\n") +
                                     speaker + ", which runs the centre, rejected the findings.\n");
      bool denied = false;
      for (const Claim& c : x.claims) {
        if (c.type != "abuse" || c.stance != Stance::kDenies || c.speaker.kind != Speaker::kEntity) continue;
        denied = true;
        EXPECT_NE(x.entities[c.speaker.entity].name.find("epartment"), std::string::npos) << speaker;
      }
      EXPECT_TRUE(denied) << speaker;
    }
  }
}

TEST(RelativeClause, AnAppositiveSpeakerSpeaksPastAnAdverb) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "JNIM, the group that claimed the attack, also said it had taken three soldiers prisoner.\n");
    EXPECT_EQ(SpeakerOfClaim(x, "arrest"), "JNIM");
  }
}

TEST(RelativeClause, FlownHomeIsARepatriationButFlyingHomeIsNot) {
  for (const Pipeline* p : BothPipelines()) {
    const auto deport = FirstClaim(Extract(*p, "More than 150 Nigerians were flown home on a chartered flight.\n"), "deport");
    ASSERT_TRUE(deport.has_value());
    EXPECT_EQ(deport->victims, "Nigerians");
    EXPECT_FALSE(FirstClaim(Extract(*p, "The minister flew home on Monday.\n"), "deport").has_value());
    // A repatriation of people is one, of money is not.
    EXPECT_TRUE(FirstClaim(Extract(*p, "IOM organised the repatriation of 120 Guineans.\n"), "deport").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The repatriation of profits was restricted.\n"), "deport").has_value());
  }
}

}  // namespace
}  // namespace crosscheck

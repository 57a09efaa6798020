// Bodies described in passing (session 13): "The Coastal Defence Army,
// commanded by Aziz Varo, denied ..." is the army speaking (a
// participle appositive had hidden the speaker, losing the denial);
// "denied having targetted the detention center" denies the strike, however
// the participle is spelled; "based in London", "a Geneva-based agency" say
// where a body is, not where the event was; "Saudi-led", "Houthi-run" are no
// entities of their own, and "a Saudi-led coalition air strike" is the
// coalition's. Invented sentences, real names.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::ClaimWith;
using testing::Extract;
using testing::FirstClaim;

TEST(CommandedAndBased, AParticipleAppositiveLeavesTheSpeaker) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "An air strike killed 40 people, a health official said. The Coastal Defence Army, commanded by "
        "Aziz Varo, denied having targetted the detention center, saying instead that militias had shelled "
        "it.\n";
    const auto x = Extract(*p, text);
    const auto denial = ClaimWith(x, "kill", Stance::kDenies);
    ASSERT_TRUE(denial.has_value()) << text;
    ASSERT_EQ(denial->speaker.kind, Speaker::kEntity);
    EXPECT_EQ(x.entities[denial->speaker.entity].name, "Coastal Defence Army");
  }
}

TEST(CommandedAndBased, APerfectGerundOfAttackingDeniesTheHarm) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string verb : {"having targeted", "having struck", "targeting"}) {
      const std::string text = "An air strike killed 40 people, a health official said. The army denied " + verb +
                               " the detention center.\n";
      const auto denial = ClaimWith(Extract(*p, text), "kill", Stance::kDenies);
      ASSERT_TRUE(denial.has_value()) << text;
      EXPECT_TRUE(denial->denies_agency) << text;
    }
  }
}

TEST(CommandedAndBased, WhereABodyIsBasedIsNotWhereItHappened) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"The charity, based in London, said 12 migrants drowned.\n",
                                   "The Geneva-based agency said 12 migrants drowned.\n"}) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_FALSE(kill->place.has_value()) << text << kill->place->name;
    }
    const std::string off = "A London-based charity said 12 migrants drowned off Libya.\n";
    const auto kill = FirstClaim(Extract(*p, off), "kill");
    ASSERT_TRUE(kill && kill->place) << off;
    EXPECT_EQ(kill->place->name, "Libya");
  }
}

TEST(CommandedAndBased, ANameMadeAModifierIsNoEntity) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Houthi-run media said 12 people were killed.\n";
    for (const auto& e : Extract(*p, text).entities) EXPECT_NE(e.name, "Houthi-run") << text;
    for (const std::string strike : {"A Saudi-led coalition air strike killed 12 people.\n",
                                     "Twelve people were killed in a Saudi-led coalition air strike.\n"}) {
      const auto kill = FirstClaim(Extract(*p, strike), "kill");
      ASSERT_TRUE(kill.has_value()) << strike;
      EXPECT_NE(kill->agent.find("Saudi-led coalition"), std::string::npos) << strike << kill->agent;
    }
  }
}

}  // namespace
}  // namespace crosscheck

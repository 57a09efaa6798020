// Wire wordings of strikes and statements (session 13): a relative clause
// on the statement a saying is "in" says nothing ("..., the agency said in a
// statement that called for calm" had lost its claim); "by Sunday morning"
// is a deadline, not an agent; an office "in Geneva" that calls for
// something is no facility; the object of a participle that describes the
// subject ("a school sheltering displaced families") is no agent; a weapon
// named with a nationality ("an Israeli air strike") is that state's.
// Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;
using testing::SpeakerOfClaim;

TEST(StrikeAndStatement, ARelativeClauseOnTheStatementSaysNothing) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {
             "Twelve people were killed, the agency said in a statement that called for calm.\n",
             "Twelve people were killed, the agency said in a statement which demanded an inquiry.\n",
         }) {
      const auto x = Extract(*p, text);
      const auto kill = FirstClaim(x, "kill");
      ASSERT_TRUE(kill && kill->count) << text;
      EXPECT_EQ(kill->count->min, 12) << text;
      EXPECT_EQ(SpeakerOfClaim(x, "kill"), "agency") << text;
    }
    // "that" opening what is said after the same adjunct still does.
    const std::string content = "The agency said in a statement that armed men killed 12 people.\n";
    const auto kill = FirstClaim(Extract(*p, content), "kill");
    ASSERT_TRUE(kill && kill->count) << content;
    EXPECT_EQ(kill->count->min, 12);
    EXPECT_EQ(kill->agent, "armed men");
  }
}

TEST(StrikeAndStatement, ByATimeIsADeadlineNotAnAgent) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {
             "Medics counted 17 bodies at two hospitals by Sunday morning.\n",
             "Two men were killed by the end of the protest.\n",
         }) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_EQ(kill->agent, "") << text;
    }
    const auto kill = FirstClaim(Extract(*p, "Twelve people were killed by troops on Sunday.\n"), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "troops");
  }
}

TEST(StrikeAndStatement, AnOfficeThatCallsForSomethingIsNoFacility) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "The regional human rights office in Corvala called for an investigation into the killing of 12 "
        "protesters.\n";
    const auto kill = FirstClaim(Extract(*p, text), "kill");
    ASSERT_TRUE(kill.has_value()) << text;
    EXPECT_EQ(kill->facility, "") << text;
    const std::string raid = "Police raided the party office in Lagos and arrested 12 people.\n";
    const auto arrest = FirstClaim(Extract(*p, raid), "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->facility, "the party office");  // an office raided is one
  }
}

TEST(StrikeAndStatement, TheObjectOfADescribingParticipleIsNoAgent) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {
             "A strike on a school sheltering displaced families killed at least 22 people.\n",
             "A missile strike on a hospital housing wounded soldiers killed 9 people.\n",
         }) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_EQ(kill->agent, "") << text;
    }
    const auto kill = FirstClaim(Extract(*p, "Soldiers guarding the camp shot dead two migrants.\n"), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "Soldiers");
  }
}

TEST(StrikeAndStatement, AWeaponNamedWithANationalityIsThatStates) {
  for (const Pipeline* p : BothPipelines()) {
    const std::pair<std::string, std::string> cases[] = {
        {"An Israeli air strike killed 12 people.\n", "Israeli"},
        {"Twelve people were killed in an Israeli air strike.\n", "Israeli"},
        {"Russian shelling killed three civilians in Kherson.\n", "Russian"},
        {"Four people were wounded by Turkish gunfire at the border.\n", "Turkish"},
        {"A Russian army drone strike killed 3 people.\n", "Russian army"},  // with the force it names
    };
    for (const auto& [text, agent] : cases) {
      const auto x = Extract(*p, text);
      ASSERT_FALSE(x.claims.empty()) << text;
      EXPECT_EQ(x.claims.front().agent, agent) << text;
    }
    // A nationality of the victims names no one who acted.
    for (const std::string text : {"Two Israeli soldiers were killed in a rocket attack.\n",
                                   "Sixty Syrian refugees drowned off Lebanon.\n"}) {
      const auto kill = FirstClaim(Extract(*p, text), "kill");
      ASSERT_TRUE(kill.has_value()) << text;
      EXPECT_EQ(kill->agent, "") << text;
    }
  }
}

}  // namespace
}  // namespace crosscheck

// Tallies and references (session 12): event nouns are separate tallies
// ("7 deaths and 90 injuries"); a verb trigger used as a noun counts and
// takes its doer as an event noun does ("made 40 arrests"); a number before a
// unit counts nobody; regions written "North X" for GeoNames' "Northern X";
// a container named after the whole of a longer unknown name; a denial of
// "the accusation" reaches past sentences that claim nothing; "the group"
// that speaks right after a named body is that body; "brought in dead" is
// said of the subject, and so is "gone missing" after "died or"; a clause
// joined after a medial attribution ("..., the agency said, and ...") is the
// speaker's too; "Others said" is an unnamed speaker; a participle phrase
// between the subject and its verb ("migrants held in the camp were
// deported") leaves the subject the victims; the object of one clause and
// the subject of the next do not add up; a time in the speaker's comment
// after a trailing saying is not the event's. Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::ClaimWith;
using testing::Extract;
using testing::FirstClaim;
using testing::ParsingPipeline;
using testing::SpeakerOfClaim;

void ExpectCount(const std::optional<Claim>& c, int64_t lo, std::optional<int64_t> hi, const std::string& text) {
  ASSERT_TRUE(c.has_value()) << text;
  ASSERT_TRUE(c->count.has_value()) << text;
  EXPECT_EQ(c->count->min, lo) << text;
  EXPECT_EQ(c->count->max, hi) << text;
}

TEST(TalliesAndReferences, EventNounsAreSeparateTallies) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string both = "Medics reported 10 deaths and 20 injuries in the town.\n";
    const auto x = Extract(*p, both);
    ExpectCount(FirstClaim(x, "kill"), 10, 10, both);
    ExpectCount(FirstClaim(x, "injure"), 20, 20, both);
    const std::string more = "The group said it had documented 7 deaths and more than 90 injuries.\n";
    ExpectCount(FirstClaim(Extract(*p, more), "injure"), 91, std::nullopt, more);
    // People still add up.
    const std::string people = "Seven soldiers and 15 police officers were killed.\n";
    ExpectCount(FirstClaim(Extract(*p, people), "kill"), 22, 22, people);
  }
}

TEST(TalliesAndReferences, VerbTriggerUsedAsNounCounts) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string made = "Police made 40 arrests on Monday.\n";
    const auto arrest = FirstClaim(Extract(*p, made), "arrest");
    ExpectCount(arrest, 40, 40, made);
    // The subject of the support verb does the arresting (read from the parse).
    if (p == &ParsingPipeline()) {
      EXPECT_EQ(arrest->agent, "Police") << made;
    }
    const std::string more = "Police have made more than 200 arrests since Friday.\n";
    ExpectCount(FirstClaim(Extract(*p, more), "arrest"), 201, std::nullopt, more);
    const std::string of = "The arrests of 12 activists were condemned.\n";
    const auto activists = FirstClaim(Extract(*p, of), "arrest");
    ExpectCount(activists, 12, 12, of);
    EXPECT_EQ(activists->victims, "activists") << of;
    // A later clause's number is not the count of the arrests.
    const std::string later = "Police made 40 arrests and seized 12 guns.\n";
    ExpectCount(FirstClaim(Extract(*p, later), "arrest"), 40, 40, later);
  }
}

TEST(TalliesAndReferences, NumberBeforeUnitCountsNobody) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string weeks = "Traders said the rally of the last two weeks in bond futures was over.\n";
    for (const Claim& c : Extract(*p, weeks).claims) EXPECT_FALSE(c.count.has_value()) << weeks;
    const std::string tonnes = "Last year the government released about 4,900 tonnes of tin to two firms.\n";
    EXPECT_FALSE(FirstClaim(Extract(*p, tonnes), "release").has_value()) << tonnes;
  }
}

TEST(TalliesAndReferences, CompassRegionsAndLongerUnknownNames) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string north = "At least 35 civilians were killed in North Darfur on Wednesday.\n";
    const auto kill = FirstClaim(Extract(*p, north), "kill");
    ASSERT_TRUE(kill && kill->place) << north;
    EXPECT_EQ(kill->place->name, "Northern Darfur");
    EXPECT_EQ(kill->place->country, "SD");
    // "Kufra" alone is a district of Libya; "Kufra Tenga" in North Darfur is not.
    const std::string village =
        "At least 35 civilians were killed when gunmen stormed the village of Kufra Tenga in North Darfur state.\n";
    const auto in_village = FirstClaim(Extract(*p, village), "kill");
    ASSERT_TRUE(in_village && in_village->place) << village;
    EXPECT_EQ(in_village->place->country, "SD") << in_village->place->name;
  }
}

TEST(TalliesAndReferences, DenialReachesPastSentencesThatClaimNothing) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string report =
        "A monitoring group said on Friday that at least 30 villagers were killed when gunmen raided the "
        "village on Wednesday.\n\n"
        "A spokeswoman told reporters that the gunmen wore the uniforms of the Northern Liberation Front. "
        "Residents fled to a nearby town, she said.\n\n"
        "The Northern Liberation Front rejected the accusation.\n";
    const auto denial = ClaimWith(Extract(*p, report), "kill", Stance::kDenies);
    ASSERT_TRUE(denial.has_value()) << report;
  }
}

TEST(TalliesAndReferences, TheGroupIsTheBodyThatJustSpoke) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string report =
        "The Northern Liberation Front rejected the accusation. In a statement posted online, the "
        "armed group said its fighters had killed 12 soldiers in self-defence.\n";
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, report), "kill"), "Northern Liberation Front") << report;
    // With no body named just before, the description names a body of its own.
    const std::string unnamed = "The armed group said its fighters had killed 12 soldiers.\n";
    EXPECT_NE(SpeakerOfClaim(Extract(*p, unnamed), "kill"), "Northern Liberation Front") << unnamed;
  }
}

TEST(TalliesAndReferences, BroughtInDeadCountsTheSubject) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "A hospital official said two teenagers had been brought in dead with bullet wounds.\n";
    const auto kill = FirstClaim(Extract(*p, text), "kill");
    ExpectCount(kill, 2, 2, text);
    EXPECT_EQ(kill->victims, "teenagers") << text;
  }
}

TEST(TalliesAndReferences, GoneMissingSharesTheSubject) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "According to the agency, 1,100 have died or gone missing on the route this year.\n";
    const auto x = Extract(*p, text);
    ExpectCount(FirstClaim(x, "kill"), 1100, 1100, text);
    ExpectCount(FirstClaim(x, "missing"), 1100, 1100, text);
  }
}

TEST(TalliesAndReferences, ClauseAfterMedialAttributionIsTheSpeakers) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {
             "At least 9,800 migrants were intercepted, according to agency figures, and 1,100 died.\n",
             "At least 9,800 migrants were intercepted, the agency said on Monday, and 1,100 died.\n"}) {
      const auto x = Extract(*p, text);
      ExpectCount(FirstClaim(x, "kill"), 1100, 1100, text);
      EXPECT_EQ(SpeakerOfClaim(x, "kill"), SpeakerOfClaim(x, "intercept")) << text;
      EXPECT_NE(SpeakerOfClaim(x, "kill"), "narrator") << text;
    }
  }
}

TEST(TalliesAndReferences, QuantifierSpeakersAreUnnamed) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"Others said 12 people were killed.\n", "Many told reporters that 12 people were killed.\n"}) {
      const auto x = Extract(*p, text);
      EXPECT_EQ(SpeakerOfClaim(x, "kill"), "unnamed") << text;
      EXPECT_TRUE(x.entities.empty()) << x.entities.front().name;
    }
  }
}

TEST(TalliesAndReferences, ParticiplePhraseBetweenSubjectAndVerb) {
  for (const Pipeline* p : BothPipelines()) {
    for (const std::string text : {"150 migrants held in the camp were deported.\n",
                                   "Forty migrants detained at the port were deported on Monday.\n"}) {
      const auto deport = FirstClaim(Extract(*p, text), "deport");
      ASSERT_TRUE(deport && deport->count) << text;
      EXPECT_EQ(deport->victims, "migrants") << text;
    }
  }
}

TEST(TalliesAndReferences, ObjectAndNextSubjectDoNotAddUp) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Refugees tried the crossing and at least 350 have died.\n";
    ExpectCount(FirstClaim(Extract(*p, text), "kill"), 350, std::nullopt, text);
    const std::string objects = "Gunmen killed the driver and 12 passengers.\n";
    ExpectCount(FirstClaim(Extract(*p, objects), "kill"), 13, 13, objects);
  }
}

TEST(TalliesAndReferences, SpeakersCommentIsNoTimeOfTheEvent) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "Since January, at least 350 have died or gone missing, the agency said, calling it the deadliest year "
        "since 2014.\n";
    const auto kill = FirstClaim(Extract(*p, text), "kill");
    ASSERT_TRUE(kill && kill->when) << text;
    EXPECT_EQ(kill->when->start, "2024-01-01") << text;
  }
}

}  // namespace
}  // namespace crosscheck

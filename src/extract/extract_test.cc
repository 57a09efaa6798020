// Behaviour of the whole extraction on short reports written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/pipeline.h"

namespace crosscheck {
namespace {

const Pipeline& Shared() {
  static std::unique_ptr<Pipeline> p = [] {
    auto r = Pipeline::Load(CROSSCHECK_DATA_DIR, DefaultSyntaxModelDir());
    EXPECT_TRUE(r.ok()) << r.status().message();
    return std::move(r).value();
  }();
  return *p;
}

Extraction RunText(const std::string& text, const std::string& published = "2024-03-10") {
  Report r;
  r.text = text;
  r.published = published;
  auto x = Shared().Run(r);
  EXPECT_TRUE(x.ok()) << x.status().message();
  return std::move(x).value();
}

std::string SpeakerName(const Extraction& x, const Claim& c) {
  if (c.speaker.kind == Speaker::kUnnamed) return "unnamed";
  if (c.speaker.kind == Speaker::kNarrator) return "narrator";
  return x.entities[c.speaker.entity].name;
}

const Claim* Find(const Extraction& x, const std::string& type, Stance stance) {
  for (const auto& c : x.claims) {
    if (c.type == type && c.stance == stance) return &c;
  }
  return nullptr;
}

TEST(Extract, ReportingVerbAfterContentAttributesTheSpeaker) {
  auto x = RunText("Two protesters were killed in Mombasa on Friday, police said.");
  const Claim* c = Find(x, "kill", Stance::kAsserts);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SpeakerName(x, *c), "police");
  ASSERT_TRUE(c->count);
  EXPECT_EQ(c->count->min, 2);
  EXPECT_EQ(c->count->max, 2);
  EXPECT_EQ(c->victims, "protesters");
  ASSERT_TRUE(c->when);
  EXPECT_EQ(c->when->date, "2024-03-08");
  ASSERT_TRUE(c->place);
  EXPECT_EQ(c->place->name, "Mombasa");
}

TEST(Extract, SpeakerBeforeThatClauseWithRoleAndAffiliation) {
  auto x = RunText("The head of mission for the International Committee of the Red Cross (ICRC) "
               "Maria Lindqvist said that at least 12 detainees were beaten by guards.");
  const Claim* c = Find(x, "abuse", Stance::kAsserts);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SpeakerName(x, *c), "Maria Lindqvist");
  const Entity& e = x.entities[c->speaker.entity];
  ASSERT_GE(e.affiliation, 0);
  EXPECT_EQ(x.entities[e.affiliation].name, "International Committee of the Red Cross");
  EXPECT_EQ(c->agent, "guards");
}

TEST(Extract, ANameGivenWithItsAcronymIsAnOrganization) {
  // No word of the name says "organization"; the acronym after it does.
  auto x = RunText("Medecins Sans Frontieres (MSF) said 56 people had died. MSF said the hospital was full.");
  const Claim* c = Find(x, "kill", Stance::kAsserts);
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->speaker.kind, Speaker::kEntity);
  const Entity& e = x.entities[c->speaker.entity];
  EXPECT_EQ(e.name, "Medecins Sans Frontieres");
  EXPECT_EQ(e.type, EntityType::kOrganization);
  EXPECT_NE(std::find(e.aliases.begin(), e.aliases.end(), "MSF"), e.aliases.end());
}

TEST(Extract, DenialOfUnnamedReportsYieldsBothClaims) {
  auto x = RunText("Defence Minister Omar Haddad rejected reports that soldiers had killed civilians in the village.");
  const Claim* denial = Find(x, "kill", Stance::kDenies);
  ASSERT_NE(denial, nullptr);
  EXPECT_EQ(SpeakerName(x, *denial), "Omar Haddad");
  const Claim* assertion = Find(x, "kill", Stance::kAsserts);
  ASSERT_NE(assertion, nullptr);
  EXPECT_EQ(SpeakerName(x, *assertion), "unnamed");
  ASSERT_FALSE(x.incidents.empty());
  ASSERT_EQ(x.incidents[0].contradictions.size(), 1u);
  EXPECT_EQ(x.incidents[0].contradictions[0].kind, ContradictionKind::kOccurrence);
}

TEST(Extract, DenialFrameInsideAQuoteContinuesTheLastSpeaker) {
  auto x = RunText("Governor Ali Bako spoke to reporters on Saturday.\n\n"
               "Bako said the camp was calm.\n\n"
               "\"It is not true that anyone was arrested at the camp.\"");
  const Claim* c = Find(x, "arrest", Stance::kDenies);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(SpeakerName(x, *c), "Ali Bako");
}

TEST(Extract, HedgesMakeClaimsUncertain) {
  auto x = RunText("Dozens of migrants reportedly drowned off the coast, a charity said.");
  const Claim* c = Find(x, "kill", Stance::kUncertain);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cause, "drowning");
  ASSERT_TRUE(c->count);
  EXPECT_EQ(c->count->min, 24);
}

TEST(Extract, NarratorAndCountContradictionAcrossSpeakers) {
  auto x = RunText("Aid worker Jane Okafor said at least 30 people were shot dead at the market on Monday.\n\n"
               "The army said only two people died, in a stampede.");
  const Claim* a = nullptr;
  const Claim* b = nullptr;
  for (const auto& c : x.claims) {
    if (c.type != "kill") continue;
    (a ? b : a) = &c;
  }
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->cause, "shooting");
  EXPECT_EQ(b->cause, "stampede");
  ASSERT_EQ(x.incidents.size(), 1u);
  std::vector<ContradictionKind> kinds;
  for (const auto& k : x.incidents[0].contradictions) kinds.push_back(k.kind);
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), ContradictionKind::kCount), kinds.end());
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), ContradictionKind::kCause), kinds.end());
}

TEST(Extract, PronounsAndSurnamesCorefer) {
  auto x = RunText("Police spokesman Daniel Mwangi said 14 people were arrested. "
               "Mwangi added that three were later released. He said none were injured.");
  int people = 0;
  for (const auto& e : x.entities) people += e.type == EntityType::kPerson;
  EXPECT_EQ(people, 1);
  for (const auto& c : x.claims) EXPECT_EQ(SpeakerName(x, c), "Daniel Mwangi") << c.type;
  EXPECT_NE(Find(x, "injure", Stance::kDenies), nullptr);
}

TEST(Extract, AccordingToAttributesEitherSide) {
  auto x = RunText("According to the UN refugee agency, 40 refugees were rescued at sea.");
  const Claim* c = Find(x, "rescue", Stance::kAsserts);
  ASSERT_NE(c, nullptr);
  EXPECT_NE(SpeakerName(x, *c), "narrator");
}

TEST(Extract, CountNounPointsBackAtTheLastCountedEvent) {
  auto x = RunText("The health ministry said 30 people were killed in the clashes.\n\n"
                   "A ministry official, Hana Idris, said: \"The figure did not exceed 30.\"");
  int kills = 0;
  for (const auto& c : x.claims) {
    if (c.type != "kill") continue;
    ++kills;
    ASSERT_TRUE(c.count);
  }
  EXPECT_EQ(kills, 2);
  const Claim& last = x.claims.back();
  EXPECT_EQ(SpeakerName(x, last), "Hana Idris");
  EXPECT_FALSE(last.count->min);
  EXPECT_EQ(last.count->max, 30);
}

TEST(Extract, ReportedSpeechRunsOnWithinItsParagraph) {
  auto x = RunText("Witness Samuel Kiprop said the crowd grew angry. Soldiers then opened fire on the marchers.\n\n"
                   "Three people were wounded.");
  const Claim* abuse = Find(x, "abuse", Stance::kAsserts);
  ASSERT_NE(abuse, nullptr);
  EXPECT_EQ(SpeakerName(x, *abuse), "Samuel Kiprop");
  const Claim* injure = Find(x, "injure", Stance::kAsserts);
  ASSERT_NE(injure, nullptr);
  EXPECT_EQ(SpeakerName(x, *injure), "narrator");
}

TEST(Extract, CountsOfTheOtherSideDoNotContradict) {
  auto x = RunText("Police said 20 protesters were hurt. Organisers said seven police officers were injured.");
  for (const auto& inc : x.incidents) {
    for (const auto& k : inc.contradictions) EXPECT_NE(k.kind, ContradictionKind::kCount);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(Extract, NumberBeforeAParticipleCountsItsNoun) {
  auto x = RunText("Volunteers said they treated about 40 injured marchers at a field clinic.");
  const Claim* c = Find(x, "injure", Stance::kAsserts);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->victims, "marchers");
  ASSERT_TRUE(c->count);
  EXPECT_EQ(c->count->min, 36);  // "about 40": SPEC's 10 % either side
  EXPECT_EQ(c->count->max, 44);
  // A year before the participle is no count: the bare plural stays "2 or more".
  auto y = RunText("In 2019 injured marchers waited for days at the clinic.");
  const Claim* d = Find(y, "injure", Stance::kAsserts);
  ASSERT_NE(d, nullptr);
  ASSERT_TRUE(d->count);
  EXPECT_EQ(d->count->min, 2);
}

TEST(Extract, ObjectAfterACoordinatedTrigger) {
  auto x = RunText("Soldiers shot and killed a farmer near the river on Monday, his brother said.");
  const Claim* c = Find(x, "kill", Stance::kAsserts);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->victims, "farmer");
  ASSERT_TRUE(c->count);
  EXPECT_EQ(c->count->min, 1);
  EXPECT_EQ(c->count->max, 1);
}

TEST(Extract, TwoCountsOfOneTypeInASentenceStayTwoClaims) {
  auto x = RunText("Gunmen killed a teacher in the market on Monday, raising the death toll of the week to 9, "
                   "officials said.");
  std::vector<int64_t> mins;
  for (const auto& c : x.claims) {
    if (c.type == "kill" && c.count && c.count->min) mins.push_back(*c.count->min);
  }
  std::sort(mins.begin(), mins.end());
  EXPECT_EQ(mins, (std::vector<int64_t>{1, 9}));
}

}  // namespace
}  // namespace crosscheck

// Wordings of wire reports that used to mislead extraction: datelines,
// acronyms, a time phrase before ", citing ...", triggers ending in a
// preposition, "strike" and "crowded" in their other senses, forecasts of a
// toll, and phrases after a preposition read as subjects. Sentences written
// for these tests, not taken from the fixtures; both pipelines must agree.
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

TEST(WireReport, ADatelineDashIsNoPartOfTheSpeakersName) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "NAIROBI, July 8 - Kenyan police on Tuesday denied that officers had shot dead three protesters.");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "Kenyan police");
    const auto y = Extract(*p, "KANO, Nigeria, Aug 14 - Gunmen kidnapped around 80 people in Zamfara state, police said.");
    const std::optional<Claim> taken = FirstClaim(y, "arrest");
    ASSERT_TRUE(taken.has_value());
    EXPECT_EQ(taken->agent, "Gunmen");
  }
}

TEST(WireReport, AStateAfterAPlaceIsNoVerbOfSaying) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Gunmen killed 80 people in Zamfara state, police said.");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "police");
  }
}

TEST(WireReport, ATwoLetterAcronymIsNoTown) {
  const auto x = Extract(testing::ParsingPipeline(),
                         "At least 15 refugees were killed in the fire, the UN refugee agency said.");
  const std::optional<Claim> kill = FirstClaim(x, "kill");
  ASSERT_TRUE(kill.has_value());
  EXPECT_FALSE(kill->place.has_value()) << kill->place->name;  // GeoNames has a town "Un"
}

TEST(WireReport, ATimeAfterTheVerbOfSayingKeepsTheContentBeforeIt) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Migrants have been tortured by guards, the office said on Tuesday, citing former detainees.");
    EXPECT_EQ(SpeakerOfClaim(x, "abuse"), "office");
  }
}

TEST(WireReport, APlaceAfterATriggerEndingInAPrepositionIsNoObject) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Migrants held at the centre have been beaten by guards, the office said.");
    const std::optional<Claim> held = FirstClaim(x, "detain");
    ASSERT_TRUE(held.has_value());
    EXPECT_EQ(held->agent, "");  // not "Migrants", and not the next verb's "guards"
    EXPECT_EQ(held->victims, "Migrants");
  }
  // The parse finds the victims of "beaten" across the participle phrase.
  const auto x = Extract(testing::ParsingPipeline(), "Migrants held at the centre have been beaten by guards, the office said.");
  const std::optional<Claim> beaten = FirstClaim(x, "abuse");
  ASSERT_TRUE(beaten.has_value());
  EXPECT_EQ(beaten->agent, "guards");
  EXPECT_EQ(beaten->victims, "Migrants");
}

TEST(WireReport, AStrikeIsAProtestOnlyWhenPeopleStrike) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "Warplanes carried out the strike on the market, a monitor said."), "protest").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "Teachers went on strike on Monday, the union said."), "protest").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "Detainees at the centre began a hunger strike last week, a lawyer said."), "protest").has_value());
  }
}

TEST(WireReport, ACrowdedMarketIsNoOvercrowdedFacility) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "An airstrike on a crowded market killed 17 civilians, a monitor said."), "overcrowding").has_value());
    EXPECT_TRUE(
        FirstClaim(Extract(*p, "The refugee camp is extremely crowded, the camp manager said."), "overcrowding").has_value());
  }
}

TEST(WireReport, AForecastTollIsNoClaim) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "The death toll could rise, rescuers said."), "kill").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The toll is expected to climb, officials said."), "kill").has_value());
    const auto x = Extract(*p, "The death toll stood at 17 and could rise, rescuers said.");
    const std::optional<Claim> kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 17);
  }
}

TEST(WireReport, APhraseAfterAPrepositionIsNoSubject) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "An airstrike on a crowded market in the town of Maarat al-Numan killed 17 civilians, "
                           "a war monitor said on Wednesday.");
    const std::optional<Claim> kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "");
    // "after" opens a clause: its subject acts.
    const auto y = Extract(*p, "The toll climbed to 108 after security forces cleared a sit-in, doctors said.");
    const std::optional<Claim> raid = FirstClaim(y, "raid");
    ASSERT_TRUE(raid.has_value());
    EXPECT_EQ(raid->agent, "security forces");
  }
}

TEST(WireReport, AnAccusationThePlaceHasDeniedIsADenialByItsGovernment) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "ATHENS, Sept 20 - Greek authorities forcibly returned about 150 asylum seekers to Turkey, "
                           "two rights groups said on Friday, an accusation Athens has repeatedly denied.");
    const Claim* asserted = nullptr;
    const Claim* denied = nullptr;
    for (const auto& c : x.claims) {
      if (c.type != "deport") continue;
      (c.stance == Stance::kDenies ? denied : asserted) = &c;
    }
    ASSERT_NE(asserted, nullptr);
    ASSERT_NE(denied, nullptr);
    EXPECT_EQ(x.entities[asserted->speaker.entity].name, "rights groups");  // "two" is no part of the name
    ASSERT_EQ(denied->speaker.kind, Speaker::kEntity);
    EXPECT_EQ(x.entities[denied->speaker.entity].name, "Athens");  // not the dateline's "ATHENS"
    ASSERT_TRUE(asserted->place.has_value());
    EXPECT_EQ(asserted->place->name, "Turkey");  // the speaking capital is not where it happened
  }
}

TEST(WireReport, APluralTheDictionaryDoesNotKnowStillTriggers) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The ministry said no pushbacks took place.");
    ASSERT_EQ(x.claims.size(), 1u);
    EXPECT_EQ(x.claims[0].type, "deport");
    EXPECT_EQ(x.claims[0].stance, Stance::kDenies);
  }
}

TEST(WireReport, AVerbOfSayingSharesTheSubjectOfItsConjunct) {
  const auto x = Extract(testing::ParsingPipeline(),
                         "The Greek migration ministry called the report \"baseless\" and said no pushbacks had taken place.");
  EXPECT_EQ(SpeakerOfClaim(x, "deport"), "Greek migration ministry");
}

TEST(WireReport, ThePeopleACraftCarriesAreCounted) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The coast guard said it had intercepted a dinghy carrying 42 migrants off Lesbos.");
    const std::optional<Claim> intercept = FirstClaim(x, "intercept");
    ASSERT_TRUE(intercept.has_value());
    ASSERT_TRUE(intercept->count.has_value());
    EXPECT_EQ(intercept->count->min, 42);
    EXPECT_EQ(intercept->victims, "migrants");
    // A number before the craft counts the craft, not the people.
    const auto two = FirstClaim(
        Extract(*p, "The coast guard intercepted two rubber boats carrying about 120 migrants off Lesbos."),
        "intercept");
    ASSERT_TRUE(two.has_value());
    ASSERT_TRUE(two->count.has_value());
    EXPECT_EQ(two->count->min, 108);  // "about 120", SPEC's 10 %
  }
}

TEST(WireReport, TheNumberBeforeADeathNounCountsItNotANumberInTheNextClause) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "The commission said it had documented 23 deaths since the protests began, and that more "
                           "than 300 people had been arrested.");
    const std::optional<Claim> kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->count.has_value());
    EXPECT_EQ(kill->count->min, 23);
    EXPECT_EQ(kill->count->max, 23);
    const std::optional<Claim> arrest = FirstClaim(x, "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->count->min, 301);
  }
}

TEST(WireReport, ANamedPersonIsOneVictimOfEachCoordinatedPassive) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Opposition leader Sadiq al-Mahdi was briefly detained and released on Friday, his party said.");
    for (const std::string type : {"arrest", "release"}) {
      const std::optional<Claim> c = FirstClaim(x, type);
      ASSERT_TRUE(c.has_value()) << type;
      ASSERT_TRUE(c->count.has_value()) << type;
      EXPECT_EQ(c->count->min, 1);
      EXPECT_EQ(c->count->max, 1);
      EXPECT_EQ(c->victims, "Sadiq al-Mahdi") << type;
      EXPECT_EQ(c->agent, "") << type;  // not the name the parse shares with "detained"
      ASSERT_TRUE(c->when.has_value()) << type;  // "released on Friday" is when, not when a report came out
      EXPECT_EQ(c->when->date, "2024-04-26") << type;
    }
  }
}

TEST(WireReport, TheLowerCaseArabicArticleIsPartOfAName) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "President Abdel Fattah el-Sisi said al-Qaeda had killed 12 soldiers.");
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "Abdel Fattah el-Sisi");
    const std::optional<Claim> kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->agent, "al-Qaeda");
  }
}

TEST(WireReport, DiseasesAndFiresAreCauses) {
  for (const Pipeline* p : BothPipelines()) {
    const std::optional<Claim> died = FirstClaim(Extract(*p, "It said at least three detainees had died of tuberculosis since January."), "kill");
    ASSERT_TRUE(died.has_value());
    EXPECT_EQ(died->cause, "disease");
    const auto x = Extract(*p, "A massive fire tore through a refugee camp, killing at least 15 people, the agency said.");
    const std::optional<Claim> burned = FirstClaim(x, "kill");
    ASSERT_TRUE(burned.has_value());
    EXPECT_EQ(burned->cause, "fire");
  }
}

TEST(WireReport, WhoOpensFireIsNeverItsVictim) {
  for (const Pipeline* p : BothPipelines()) {
    const std::optional<Claim> fire = FirstClaim(Extract(*p, "Soldiers opened fire on the crowd, witnesses said."), "abuse");
    ASSERT_TRUE(fire.has_value());
    EXPECT_EQ(fire->agent, "Soldiers");
    EXPECT_EQ(fire->victims, "");
  }
}

TEST(WireReport, TheSpeakerIsTheBodyNotTheOrganizationBeforeIt) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Two people were shot dead, the UN human rights office said."), "kill"),
              "UN human rights office");
    // Nothing between the name and the noun: it points back to the name.
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "The UN agency said two people were shot dead."), "kill"), "UN");
    // A participle phrase after the speaker is no speaker of its own.
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Medics linked to the protest movement said two people were shot dead."), "kill"),
              "Medics");
  }
}

TEST(WireReport, ASuspectedOffenderIsNoHedgeOnTheEvent) {
  for (const Pipeline* p : BothPipelines()) {
    const std::optional<Claim> arrest =
        FirstClaim(Extract(*p, "Security forces arrested three suspected traffickers, the ministry said."), "arrest");
    ASSERT_TRUE(arrest.has_value());
    EXPECT_EQ(arrest->stance, Stance::kAsserts);
    EXPECT_EQ(arrest->count->min, 3);
    // The event itself suspected stays uncertain.
    const std::optional<Claim> kill = FirstClaim(Extract(*p, "Police are investigating the suspected killing of two migrants."), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->stance, Stance::kUncertain);
  }
}

TEST(WireReport, AReportPublishedOnADayIsTheSourceNotTheEvent) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "The Lebanese army has summarily deported thousands of Syrians in recent weeks, Human Rights "
                           "Watch said in a report published on Wednesday.");
    const std::optional<Claim> deport = FirstClaim(x, "deport");
    ASSERT_TRUE(deport.has_value());
    EXPECT_EQ(SpeakerOfClaim(x, "deport"), "Human Rights Watch");
    EXPECT_EQ(deport->agent, "The Lebanese army");
    EXPECT_FALSE(deport->when.has_value());  // Wednesday is when the report came out
  }
}

TEST(WireReport, ABarePluralObjectMakesTheVerbActive) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Soldiers raided homes and detained refugees, the group said.");
    const std::optional<Claim> raid = FirstClaim(x, "raid");
    ASSERT_TRUE(raid.has_value());
    EXPECT_EQ(raid->agent, "Soldiers");
    EXPECT_NE(raid->victims, "Soldiers");
    EXPECT_TRUE(FirstClaim(x, "arrest").has_value());  // "and detained refugees" is an event, not "detained refugees"
  }
}

TEST(WireReport, RemainsRecapturesAndPullingFromTheWater) {
  for (const Pipeline* p : BothPipelines()) {
    const std::optional<Claim> kill = FirstClaim(
        Extract(*p, "Authorities said they had uncovered a mass grave containing the remains of at least 30 people."), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->count->min, 30);
    EXPECT_EQ(kill->victims, "people");
    EXPECT_FALSE(FirstClaim(Extract(*p, "The boy remains in hospital, his father said."), "kill").has_value());
    const std::optional<Claim> caught =
        FirstClaim(Extract(*p, "A spokesman said 443 of the escaped inmates had since been recaptured."), "arrest");
    ASSERT_TRUE(caught.has_value());
    EXPECT_EQ(caught->count->min, 443);
    const std::optional<Claim> rescue =
        FirstClaim(Extract(*p, "The maritime prefecture said 59 people had been pulled from the water."), "rescue");
    ASSERT_TRUE(rescue.has_value());
    EXPECT_EQ(rescue->count->min, 59);
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "The maritime prefecture said 59 people had been pulled from the water."), "rescue"),
              "maritime prefecture");
    // Bodies pulled from rubble are no rescue.
    EXPECT_FALSE(FirstClaim(Extract(*p, "\"Close to 40 bodies have been recovered; more are being pulled from the rubble,\" he said."),
                      "rescue").has_value());
  }
}

TEST(WireReport, AnEventInsideAGappedTriggerIsFoundToo) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Rescuers pulled 30 wounded people from the rubble, they said.");
    ASSERT_TRUE(FirstClaim(x, "rescue").has_value());
    const std::optional<Claim> injure = FirstClaim(x, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->count->min, 30);
  }
}

TEST(WireReport, AFacilityWordBeforeASpeakerIsNoFacility) {
  for (const Pipeline* p : BothPipelines()) {
    const std::optional<Claim> c = FirstClaim(Extract(*p, "A prison service spokesman said 443 inmates had been recaptured."), "arrest");
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->facility, "");
  }
}

TEST(WireReport, WhoIsBlamedForDeathsIsTheirAgent) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "The charity blamed the deaths on the coast guard.");
    const std::optional<Claim> kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(SpeakerOfClaim(x, "kill"), "charity");
    EXPECT_EQ(kill->agent, "the coast guard");
    EXPECT_EQ(kill->victims, "");
    const std::optional<Claim> nobody = FirstClaim(Extract(*p, "The charity blamed the deaths on border controls."), "kill");
    ASSERT_TRUE(nobody.has_value());
    EXPECT_EQ(nobody->agent, "");  // not "the deaths"
  }
}

TEST(WireReport, AParticipleAdjunctAfterAReportedClauseHasThatClausesSubject) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Witnesses said troops went door to door, shooting men and boys.");
    const std::optional<Claim> abuse = FirstClaim(x, "abuse");
    ASSERT_TRUE(abuse.has_value());
    EXPECT_EQ(abuse->agent, "troops");
    EXPECT_EQ(SpeakerOfClaim(x, "abuse"), "unnamed");
  }
}

TEST(WireReport, ACountrysCapitalIsItsCapitalCity) {
  for (const Pipeline* p : BothPipelines()) {
    const std::optional<Claim> escape =
        FirstClaim(Extract(*p, "More than 800 inmates escaped from a prison in Nigeria's capital, officials said."), "escape");
    ASSERT_TRUE(escape.has_value());
    ASSERT_TRUE(escape->place.has_value());
    EXPECT_EQ(escape->place->name, "Abuja");
    const std::optional<Claim> kill =
        FirstClaim(Extract(*p, "Two protesters were shot dead in the Sudanese capital on Monday, medics said."), "kill");
    ASSERT_TRUE(kill.has_value());
    ASSERT_TRUE(kill->place.has_value());
    EXPECT_EQ(kill->place->name, "Khartoum");
    // A place inside the speaker's phrase is where, not who speaks.
    const auto towed = FirstClaim(Extract(*p,
                                       "Survivors of a fishing boat that sank off southern Greece said the coast guard "
                                       "had tried to tow it."),
                               "intercept");
    ASSERT_TRUE(towed.has_value());
    ASSERT_TRUE(towed->place.has_value());
    EXPECT_EQ(towed->place->name, "Greece");
    // A place after a preposition before "said" is where, not who.
    const std::optional<Claim> there = FirstClaim(Extract(*p, "Police in Kenya said three people were killed."), "kill");
    ASSERT_TRUE(there.has_value());
    ASSERT_TRUE(there->place.has_value());
    EXPECT_EQ(there->place->name, "Kenya");
  }
}

TEST(WireReport, TheStatementIsTheOneTheSpeakerIssued) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "The bodies were found near the border, the attorney general's office said in a statement. "
                           "\"These deaths are a stark reminder of the dangers,\" IOM chief Anna Lindqvist said. "
                           "Security forces arrested three traffickers, the statement said.");
    EXPECT_EQ(SpeakerOfClaim(x, "arrest"), "attorney general's office");
  }
}

TEST(WireReport, ACraftHeldOrReleasedIsNoArrest) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Italian authorities on Saturday detained the rescue ship Geo Barents after it brought 48 "
                           "migrants to Ancona, the charity said.");
    EXPECT_FALSE(FirstClaim(x, "arrest").has_value());
  }
}

TEST(WireReport, AfterAClosingAttributionTheOutletSpeaksAgain) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "About 150 factories were shut down, the association said. Police arrested 11 people on "
                           "charges of vandalism.");
    EXPECT_EQ(SpeakerOfClaim(x, "arrest"), "narrator");
  }
}

TEST(WireReport, AParticipleAdjunctSkipsTheDateline) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "DHAKA, Nov 10 (AFP) - Police fired tear gas at garment workers on Thursday, injuring at "
                           "least 30 people, local officials said.");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->agent, "Police");
  }
}

TEST(WireReport, NobodyIsNoVictimGroup) {
  for (const Pipeline* p : BothPipelines()) {
    const auto kill = FirstClaim(Extract(*p, "Police said nobody had died."), "kill");
    ASSERT_TRUE(kill.has_value());
    EXPECT_EQ(kill->stance, Stance::kDenies);
    EXPECT_EQ(kill->victims, "");
  }
}

TEST(WireReport, CallingTheClaimsBaselessDeniesWhatWasClaimed) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "An air strike on a detention centre killed at least 68 people, the health ministry said.\n\n"
                           "\"The claims of the militia are baseless,\" coalition spokesman Turki al-Maliki told state media.");
    bool denied = false;
    for (const auto& c : x.claims) denied |= c.type == "kill" && c.stance == Stance::kDenies;
    EXPECT_TRUE(denied);
    const auto y = Extract(*p,
                           "An air strike on a detention centre killed at least 68 people, the health ministry said.\n\n"
                           "The coalition said the allegations were false.");
    EXPECT_EQ(y.claims.size(), 2u);
    ASSERT_EQ(y.claims.size(), 2u);
    EXPECT_EQ(y.claims[1].stance, Stance::kDenies);
  }
}

TEST(WireReport, TheParseOfALeadSentenceStartsAfterItsDateline) {
  const auto x = Extract(testing::ParsingPipeline(),
                         "N'DJAMENA, Oct 3 - Chadian security forces killed at least nine refugees when they opened fire "
                         "on a crowd at a camp, a local rights group said on Tuesday.");
  const auto fire = FirstClaim(x, "abuse");
  ASSERT_TRUE(fire.has_value());
  EXPECT_EQ(fire->agent, "Chadian security forces");  // whom "they" stands for; not the dateline's city or month
  for (const auto& e : x.entities) EXPECT_NE(e.name, "Oct");
}

TEST(WireReport, PeopleTreatedForWoundsAreTheInjured) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Doctors at the camp clinic said they had treated 25 people for gunshot wounds.");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->count->min, 25);
    EXPECT_EQ(injure->agent, "");  // "wounds" is a noun here, not a verb with "25 people" as subject
    EXPECT_EQ(injure->cause, "shooting");
    EXPECT_NE(SpeakerOfClaim(x, "injure"), "narrator");
  }
}

TEST(WireReport, AccordingToAfterADatelineStillOpensTheSentence) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "TUNIS, July 12 - According to Human Rights Watch, Tunisian security forces have expelled at "
                           "least 1,200 Black Africans to remote desert areas.");
    const auto deport = FirstClaim(x, "deport");
    ASSERT_TRUE(deport.has_value());
    EXPECT_EQ(SpeakerOfClaim(x, "deport"), "Human Rights Watch");
    EXPECT_EQ(deport->victims, "Africans");  // "Black Africans" is no one's name
    EXPECT_FALSE(deport->place.has_value());  // the dateline's city is where the report was filed
    bool tunis_is_a_place = false;
    for (const auto& e : x.entities) {
      EXPECT_NE(e.name, "Black Africans");
      if (e.name == "TUNIS") tunis_is_a_place = e.type == EntityType::kPlace;
    }
    EXPECT_TRUE(tunis_is_a_place);  // a dateline's capitals are no acronym
  }
}

TEST(WireReport, FiringLiveRoundsIsExcessiveForce) {
  for (const Pipeline* p : BothPipelines()) {
    const auto denied = FirstClaim(Extract(*p, "The government denied that soldiers had fired live rounds."), "abuse");
    ASSERT_TRUE(denied.has_value());
    EXPECT_EQ(denied->stance, Stance::kDenies);
    EXPECT_EQ(denied->agent, "soldiers");
    const auto fired = FirstClaim(Extract(*p, "Soldiers fired at protesters outside the camp, witnesses said."), "abuse");
    ASSERT_TRUE(fired.has_value());
    EXPECT_EQ(fired->victims, "protesters");
    EXPECT_FALSE(FirstClaim(Extract(*p, "Police fired at the tyres of the car, officials said."), "abuse").has_value());
  }
}

TEST(WireReport, TheyInAReportedClauseIsTheSpeaker) {
  for (const Pipeline* p : BothPipelines()) {
    const auto closure =
        FirstClaim(Extract(*p, "In Greece, authorities said they had closed the Moria camp on Lesbos after a fire."), "closure");
    ASSERT_TRUE(closure.has_value());
    EXPECT_EQ(closure->agent, "authorities");  // not the country named before
  }
}

TEST(WireReport, AParticipleAfterThePeopleIsNoPersonNoun) {
  for (const Pipeline* p : BothPipelines()) {
    const auto deport = FirstClaim(Extract(*p,
                                        "Germany deported 28 Afghan nationals convicted of crimes on a charter flight to "
                                        "Kabul on Friday, the interior ministry said."),
                                "deport");
    ASSERT_TRUE(deport.has_value());
    EXPECT_EQ(deport->count->min, 28);  // "convicted" is no "convict"
    EXPECT_EQ(deport->victims, "nationals");
  }
}

TEST(WireReport, CoordinatedTollsKeepTheirSpeakerAgentAndCounts) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "At least five people were killed and dozens injured, witnesses said.");
    EXPECT_EQ(SpeakerOfClaim(x, "injure"), "unnamed");  // "and dozens [were] injured" is no background
    const auto y = Extract(*p, "Gunmen attacked the village, killing 14 and wounding 22, police said.");
    const auto injure = FirstClaim(y, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->agent, "Gunmen");
    EXPECT_EQ(injure->count->min, 22);
    const auto found = FirstClaim(Extract(*p, "Seven migrants were found dead in a truck, police said."), "kill");
    ASSERT_TRUE(found.has_value());
    ASSERT_TRUE(found->count.has_value());
    EXPECT_EQ(found->count->min, 7);
  }
}

TEST(WireReport, FleeingToACountryIsDisplacementNotEscape) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "Humanitarian partners estimate that 150,000 people have fled to Chad since April."),
                         "escape")
                     .has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "Thousands have fled their homes, the UN said."), "escape").has_value());
    const auto escape = FirstClaim(Extract(*p, "About 140 migrants fled from a smuggling centre, officials said."), "escape");
    ASSERT_TRUE(escape.has_value());
    EXPECT_EQ(escape->count->min, 126);
    // "Those who had fled" are two or more, not one.
    const auto those = FirstClaim(Extract(*p, "Those who had fled were recaptured, police said."), "escape");
    ASSERT_TRUE(those.has_value());
    ASSERT_TRUE(those->count.has_value());
    EXPECT_EQ(those->count->min, 2);
  }
}

TEST(WireReport, SourcesThatReportAndAStateMinistrySpeak) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Local sources report that more than 3,000 people were injured."), "injure"),
              "unnamed");
    EXPECT_EQ(SpeakerOfClaim(Extract(*p,
                                     "At least 1,100 civilians have been killed, according to the West Darfur state "
                                     "health ministry."),
                             "kill"),
              "West Darfur state health ministry");
  }
}

TEST(WireReport, MarchingRallyingAndDemonstratingArePeoplesProtests) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_TRUE(FirstClaim(Extract(*p, "Thousands marched in Khartoum, witnesses said."), "protest").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "Hundreds of refugees demonstrated outside the UNHCR office, police said."), "protest")
                    .has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "Gulf exports rallied in the fourth week of February."), "protest").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "This outcome demonstrates the difficulty, the company said."), "protest").has_value());
    // The month, in a dateline or a table, capitalized or not.
    EXPECT_FALSE(FirstClaim(Extract(*p, "March/April sold at 4,340 dlrs."), "protest").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "NEW YORK, march 2 - Shares of Temple Inland rose."), "protest").has_value());
  }
}

TEST(WireReport, ReleasingHoldingHurtingAndMissingNeedPeople) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "Figures released this week show record bond purchases."), "release").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "Committee Republicans released a separate report."), "release").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "The militia released 12 hostages on Sunday, officials said."), "release").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "Distillate fuel stocks held in primary storage fell."), "detain").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The talks are likely to be held in April."), "detain").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "Sales tax hurt profits, the company said."), "injure").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The disease is caused by a missing enzyme."), "missing").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "At least 40 people remain missing, the coast guard said."), "missing").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The 7.5 billion dlr rescue package was approved."), "rescue").has_value());
  }
}

TEST(WireReport, ABodyIsADeadPersonWhereItIsFoundOrRecovered) {
  for (const Pipeline* p : BothPipelines()) {
    const auto found = FirstClaim(Extract(*p, "Police found the bodies of 11 migrants near Zuwara."), "kill");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->count->min, 11);
    EXPECT_FALSE(FirstClaim(Extract(*p, "A new advisory body will review the plan."), "kill").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The group agreed to vote as a body on any merger."), "kill").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "A possibility of renewed inflation remains of concern."), "kill").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "Brokers execute customer orders as well as trade for their own account."), "kill")
                     .has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "The militia executed 12 prisoners, witnesses said."), "kill").has_value());
  }
}

TEST(WireReport, BusinessWordsThatLookLikeEventsAreNone) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_FALSE(FirstClaim(Extract(*p, "He said the closure will mean a drop in production."), "closure").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "Strong winds forced the closure of the main port, officials said."), "closure")
                    .has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "Oilseed rape increased to 393,000 ha."), "abuse").has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "Shares of the company shot up 11 dlrs as 3.8 mln shares changed hands."), "abuse")
                     .has_value());
    EXPECT_FALSE(FirstClaim(Extract(*p, "The market broke out of its trading range."), "escape").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "The prisoners broke out of the jail overnight, police said."), "escape").has_value());
    EXPECT_TRUE(FirstClaim(Extract(*p, "Police broke up the protest and detained 20 people."), "raid").has_value());
  }
}

TEST(WireReport, OthersAreMoreOfThePeopleJustNamed) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p,
                           "Militants stormed a hotel on Friday night, killing at least 20 people and wounding 40 "
                           "others, officials said.");
    const auto injure = FirstClaim(x, "injure");
    ASSERT_TRUE(injure.has_value());
    EXPECT_EQ(injure->victims, "people");  // not the "Militants" who did it
    EXPECT_EQ(injure->count->min, 40);
  }
}

TEST(WireReport, StateMediaSpeak) {
  for (const Pipeline* p : BothPipelines()) {
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Two people were killed, state media reported."), "kill"), "state media");
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Up to 100 people were killed, witnesses and independent media said Wednesday."),
                             "kill"),
              "independent media");
  }
}

TEST(WireReport, PeopleTakenToDetentionAreDetained) {
  for (const Pipeline* p : BothPipelines()) {
    const auto x = Extract(*p, "Twenty-five survivors were taken to a detention centre, IOM spokesman Flavio Di Giacomo said.");
    const auto detain = FirstClaim(x, "detain");
    ASSERT_TRUE(detain.has_value());
    EXPECT_EQ(detain->count->min, 25);
    EXPECT_EQ(SpeakerOfClaim(x, "detain"), "Flavio Di Giacomo");
  }
}

}  // namespace
}  // namespace crosscheck

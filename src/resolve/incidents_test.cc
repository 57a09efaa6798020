#include "resolve/incidents.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

Claim Make(const std::string& type, int speaker, Stance stance) {
  Claim c;
  c.type = type;
  c.speaker = Speaker{Speaker::kEntity, speaker};
  c.stance = stance;
  return c;
}

CountValue Range(std::optional<int64_t> lo, std::optional<int64_t> hi, bool approx = false) {
  CountValue c;
  c.min = lo;
  c.max = hi;
  c.approx = approx;
  return c;
}

PlaceValue Town(int id, const std::string& country, double lat, double lon) {
  return PlaceValue{id, "town" + std::to_string(id), country, true, true, lat, lon};
}

TEST(GroupIncidents, TownsFarApartOrInOtherCountriesAreOtherIncidents) {
  Claim kano = Make("kill", 1, Stance::kAsserts), kaduna = Make("kill", 2, Stance::kAsserts);
  kano.place = Town(1, "NG", 12.00, 8.52);
  kaduna.place = Town(2, "NG", 10.52, 7.44);  // about 200 km away
  kano.count = Range(9, 9);
  kaduna.count = Range(2, 2);
  auto incidents = GroupIncidents({kano, kaduna});
  ASSERT_EQ(incidents.size(), 2u) << "a round-up of two attacks";
  EXPECT_TRUE(incidents[0].contradictions.empty());

  Claim suburb = kaduna;
  suburb.place = Town(3, "NG", 10.60, 7.50);  // 11 km from the first Kaduna point
  EXPECT_EQ(GroupIncidents({kaduna, suburb}).size(), 1u);

  Claim abroad = kaduna;
  abroad.place = PlaceValue{4, "Niger", "NE", false, true, 13.5, 2.1};
  EXPECT_EQ(GroupIncidents({kaduna, abroad}).size(), 2u);

  // A sea (no country, an area) and a region fit any town; no place fits all.
  Claim at_sea = kaduna, region = kaduna, nowhere = kaduna;
  at_sea.place = PlaceValue{5, "Gulf of Guinea", "", false, true, 2, 3};
  region.place = PlaceValue{6, "Kaduna State", "NG", false, true, 10.5, 7.4};
  nowhere.place.reset();
  EXPECT_EQ(GroupIncidents({kano, at_sea}).size(), 1u);
  EXPECT_EQ(GroupIncidents({kano, region}).size(), 1u);
  EXPECT_EQ(GroupIncidents({kano, nowhere}).size(), 1u);
}

TEST(GroupIncidents, ATollSinceJanuaryIsNotTheAttacksCount) {
  Claim attack = Make("kill", 1, Stance::kAsserts), toll = Make("kill", 2, Stance::kAsserts);
  attack.count = Range(8, 8);
  toll.count = Range(1301, std::nullopt);
  toll.when = TimeValue{"", "2023-01-01", "2023-08-14", "since January"};
  auto incidents = GroupIncidents({attack, toll});
  ASSERT_EQ(incidents.size(), 2u);
  EXPECT_TRUE(incidents[0].contradictions.empty());
  // A short period ("between Monday and Wednesday") is still one event's time.
  toll.when = TimeValue{"", "2023-08-12", "2023-08-14", "between Saturday and Monday"};
  EXPECT_EQ(GroupIncidents({attack, toll}).size(), 1u);
}

TEST(Contradicts, CountRangesThatDoNotOverlap) {
  Claim a = Make("kill", 1, Stance::kAsserts), b = Make("kill", 2, Stance::kAsserts);
  a.count = Range(6, std::nullopt);
  b.count = Range(1, 1);
  EXPECT_EQ(Contradicts(a, b), std::vector<ContradictionKind>{ContradictionKind::kCount});
  b.count = Range(7, 9);
  EXPECT_TRUE(Contradicts(a, b).empty());
}

TEST(Contradicts, ATallyOfTheForcesIsNotATallyOfThePeopleHarmed) {
  // "Security forces killed all five attackers" beside "hospital sources put
  // the death toll at 12": two tallies, and two different killers.
  Claim attackers = Make("kill", 1, Stance::kAsserts), toll = Make("kill", 2, Stance::kAsserts);
  attackers.count = Range(5, 5);
  attackers.victims = "attackers";
  attackers.victims_are_forces = true;
  attackers.agent = "Security forces";
  attackers.agent_entity = 3;
  toll.count = Range(12, 12);
  toll.agent = "Al Shabaab militants";
  toll.agent_entity = 4;
  EXPECT_TRUE(Contradicts(attackers, toll).empty());
  toll.victims = "gunmen";
  toll.victims_are_forces = true;
  EXPECT_FALSE(Contradicts(attackers, toll).empty());  // the same side, counted twice
}

TEST(Contradicts, TwoDescriptionsOfStateForcesMayBeOneForce) {
  Claim a = Make("kill", 1, Stance::kAsserts), b = Make("kill", 2, Stance::kAsserts);
  a.agent = "Ethiopian soldiers";
  a.agent_entity = 3;
  a.agent_generic_force = true;
  b.agent = "security forces";
  b.agent_entity = 4;
  b.agent_generic_force = true;
  EXPECT_TRUE(Contradicts(a, b).empty());
  b.agent = "Fano fighters";  // a named armed group is another actor
  b.agent_generic_force = false;
  EXPECT_EQ(Contradicts(a, b), std::vector<ContradictionKind>{ContradictionKind::kAgent});
}

TEST(Contradicts, PartialTallyBelowATotalIsALowerBound) {
  Claim a = Make("kill", 1, Stance::kAsserts), b = Make("kill", 2, Stance::kAsserts);
  a.count = Range(40, std::nullopt);
  b.count = Range(5, 5);
  b.count->partial = true;
  EXPECT_TRUE(Contradicts(a, b).empty());
}

TEST(Contradicts, VagueCountsNeverConflict) {
  Claim a = Make("kill", 1, Stance::kAsserts), b = Make("kill", 2, Stance::kAsserts);
  a.count = Range(2, std::nullopt, true);
  b.count = Range(1, 1);
  EXPECT_TRUE(Contradicts(a, b).empty());
}

TEST(Contradicts, CausesDiffer) {
  Claim a = Make("kill", 1, Stance::kAsserts), b = Make("kill", 2, Stance::kAsserts);
  a.cause = "shooting";
  b.cause = "stampede";
  EXPECT_EQ(Contradicts(a, b), std::vector<ContradictionKind>{ContradictionKind::kCause});
}

TEST(Contradicts, AssertionAgainstDenialIsOccurrence) {
  Claim a = Make("abuse", 1, Stance::kAsserts), b = Make("abuse", 2, Stance::kDenies);
  EXPECT_EQ(Contradicts(a, b), std::vector<ContradictionKind>{ContradictionKind::kOccurrence});
}

TEST(Contradicts, DenialOfAPassiveAgentIsAnAgentContradiction) {
  Claim a = Make("kill", 1, Stance::kAsserts), b = Make("kill", 2, Stance::kDenies);
  a.agent = b.agent = "members of the ministry";
  a.agent_entity = b.agent_entity = 5;
  b.agent_from_by_phrase = true;
  EXPECT_EQ(Contradicts(a, b), std::vector<ContradictionKind>{ContradictionKind::kAgent});
}

TEST(Contradicts, SameSpeakerNeverContradictsItself) {
  Claim a = Make("kill", 1, Stance::kAsserts), b = Make("kill", 1, Stance::kAsserts);
  a.count = Range(35, 35);
  b.count = Range(108, 108);
  EXPECT_TRUE(Contradicts(a, b).empty());
}

TEST(Contradicts, TalliesOfStateForcesAndOfArmedGroupsAreTwoTallies) {
  Claim soldiers = Make("kill", 1, Stance::kAsserts), attackers = Make("kill", 2, Stance::kAsserts);
  soldiers.victims = "soldiers";
  soldiers.victims_are_forces = true;
  soldiers.count = Range(30, 30);
  attackers.victims = "attackers";
  attackers.victims_are_forces = true;
  attackers.victims_are_armed_group = true;
  attackers.count = Range(40, 40);
  EXPECT_TRUE(Contradicts(soldiers, attackers).empty());
  // A denial about the soldiers' deaths is none about the attackers'.
  Claim denial = soldiers;
  denial.speaker = Speaker{Speaker::kEntity, 3};
  denial.stance = Stance::kDenies;
  denial.count.reset();
  EXPECT_TRUE(Contradicts(denial, attackers).empty());
  EXPECT_EQ(Contradicts(denial, soldiers), std::vector<ContradictionKind>{ContradictionKind::kOccurrence});
  // Two tallies of the same side still conflict.
  Claim other = soldiers;
  other.speaker = Speaker{Speaker::kEntity, 4};
  other.count = Range(12, 12);
  EXPECT_EQ(Contradicts(soldiers, other), std::vector<ContradictionKind>{ContradictionKind::kCount});
}

TEST(GroupIncidents, ASpokesmanAndTheBodyItSpeaksForAreOneSide) {
  // e0: a rights group; e1: the ministry; e2: the ministry's spokesman.
  std::vector<Entity> entities(3);
  entities[2].type = EntityType::kPerson;
  entities[2].affiliation = 1;
  Claim group = Make("arrest", 0, Stance::kAsserts), ministry = Make("arrest", 1, Stance::kDenies),
        spokesman = Make("arrest", 2, Stance::kAsserts);
  group.count = Range(300, std::nullopt);
  spokesman.count = Range(87, 87);
  const auto incidents = GroupIncidents({group, ministry, spokesman}, &entities);
  ASSERT_EQ(incidents.size(), 1u);
  std::vector<std::pair<size_t, size_t>> pairs;
  for (const auto& x : incidents[0].contradictions) pairs.emplace_back(x.a, x.b);
  // The group against the ministry (occurrence) and against its spokesman
  // (count); never the ministry against its own spokesman.
  EXPECT_EQ(pairs, (std::vector<std::pair<size_t, size_t>>{{0, 1}, {0, 2}}));
  // Without the entities, the two are told apart as before.
  EXPECT_EQ(GroupIncidents({group, ministry, spokesman})[0].contradictions.size(), 3u);
}

TEST(GroupIncidents, SplitsByTypeAndDate) {
  Claim a = Make("kill", 1, Stance::kAsserts), b = Make("kill", 2, Stance::kAsserts),
        c = Make("kill", 3, Stance::kAsserts), d = Make("arrest", 1, Stance::kAsserts);
  a.when = TimeValue{"2021-10-08", "", "", "Friday"};
  b.when = TimeValue{"2021-10-09", "", "", "Saturday"};
  c.when = TimeValue{"2021-09-01", "", "", "1 September"};
  auto incidents = GroupIncidents({a, b, c, d});
  ASSERT_EQ(incidents.size(), 3u);
  EXPECT_EQ(incidents[0].claims, (std::vector<size_t>{0, 1}));
  EXPECT_EQ(incidents[1].claims, (std::vector<size_t>{2}));
  EXPECT_EQ(incidents[2].type, "arrest");
}

}  // namespace
}  // namespace crosscheck

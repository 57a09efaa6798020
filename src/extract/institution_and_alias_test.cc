// Who a later mention is (session 13): "the army" after the RSF denied
// something is the army, not the RSF's second name (a state's institutions
// are never the description of another body); "the Detention Service" after
// "the Maltese Detention Service" is that service (its denial of a third
// party's account had become a denial of its own report); "the agencies
// said" is the pair that spoke together before. Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::ClaimWith;
using testing::Extract;
using testing::SpeakerOfClaim;

TEST(InstitutionAndAlias, TheArmyIsNoOtherBodysDescription) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "The RSF denied the accusations. The army said it had killed dozens of RSF fighters.\n";
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, text), "kill"), "army") << text;
    // A description that fits the body that just spoke still names it.
    const std::string group =
        "The RSF denied the accusations. The paramilitary group said it had killed dozens of soldiers.\n";
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, group), "kill"), "RSF") << group;
  }
}

TEST(InstitutionAndAlias, ABodysNameAfterItsNationalityIsThatBody) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "Two detainees died in a fire at the centre, the Maltese Detention Service said. Lawyers said the guards "
        "had locked the doors. The Detention Service rejected the claim as false.\n";
    const auto x = Extract(*p, text);
    EXPECT_FALSE(ClaimWith(x, "kill", Stance::kDenies).has_value()) << text;  // it does not deny its own report
    size_t services = 0;
    for (const auto& e : x.entities) services += e.name.find("Detention Service") != std::string::npos;
    EXPECT_EQ(services, 1u);
  }
}

TEST(InstitutionAndAlias, TheAgenciesAreTheBodiesThatSpokeTogether) {
  // (It had been the charity named in between.)
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "More than 60 migrants are feared dead, the UN refugee agency and the Northern Migration Office said. "
        "Twenty-five people were rescued by a ship operated by the charity Sea Lantern. Among the dead were "
        "women and at least one child, the agencies said.\n";
    const auto x = Extract(*p, text);
    const auto dead = ClaimWith(x, "kill", Stance::kAsserts);
    ASSERT_TRUE(dead.has_value()) << text;
    ASSERT_EQ(dead->speaker.kind, Speaker::kEntity);
    EXPECT_NE(x.entities[dead->speaker.entity].name, "Sea Lantern");
    EXPECT_EQ(x.entities[dead->speaker.entity].name, SpeakerOfClaim(x, "kill"));
  }
}

}  // namespace
}  // namespace crosscheck

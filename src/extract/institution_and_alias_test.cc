// Who a later mention is (session 13): "the army" after the RSF denied
// something is the army, not the RSF's second name (a state's institutions
// are never the description of another body); "the Detention Service" after
// "the Maltese Detention Service" is that service (its denial of a third
// party's account had become a denial of its own report). Invented
// sentences.
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

}  // namespace
}  // namespace crosscheck

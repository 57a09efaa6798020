// A government's denial of "such practices" (session 13): "The government
// denies that it engages in such practices" denies the practice reported
// just before (a pushback), not the gravest harm in the window; "Minority
// Rights activists" are activists, not an organization called "Minority
// Rights". Invented sentences.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::ClaimWith;
using testing::Extract;

TEST(SuchPractices, ADenialOfSuchPracticesIsOfThePracticeReportedLast) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "The bodies of 27 migrants were found in the desert, activists said. One woman said Veldavia had pushed "
        "her out to the border. The Veldavian government denies that it engages in such practices.\n";
    const auto x = Extract(*p, text);
    const auto denial = ClaimWith(x, "deport", Stance::kDenies);
    ASSERT_TRUE(denial.has_value()) << text;
    EXPECT_FALSE(ClaimWith(x, "kill", Stance::kDenies).has_value()) << text;
  }
}

TEST(SuchPractices, RightsActivistsAreNoOrganization) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text = "Minority Rights activists said 12 people were killed.\n";
    for (const auto& e : Extract(*p, text).entities) EXPECT_NE(e.name, "Minority Rights") << text;
    const std::string org = "Harbour Rights said 12 people were killed.\n";
    bool named = false;
    for (const auto& e : Extract(*p, org).entities) {
      named |= e.name == "Harbour Rights" && e.type == EntityType::kOrganization;
    }
    EXPECT_TRUE(named) << org;
  }
}

}  // namespace
}  // namespace crosscheck

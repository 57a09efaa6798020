// Denials that name no event (events.cc, FromAgencyDenial and
// MarkAgencyDenials). Denying one's own responsibility or involvement
// disputes who did it, not whether it happened; denying "the allegations"
// denies what was just alleged. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::Extract;

std::vector<std::string> ContradictionKinds(const Extraction& x) {
  std::vector<std::string> kinds;
  for (const auto& incident : x.incidents) {
    for (const auto& c : incident.contradictions) kinds.push_back(ContradictionKindName(c.kind));
  }
  return kinds;
}

const Claim* Denial(const Extraction& x) {
  for (const auto& c : x.claims) {
    if (c.stance == Stance::kDenies) return &c;
  }
  return nullptr;
}

TEST(AgencyDenial, DenyingInvolvementDeniesTheHarmJustReported) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "Activists said paramilitary fighters killed 100 civilians in a village. "
                               "The Rapid Support Forces denied involvement.");
    const Claim* d = Denial(x);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->type, "kill");
    EXPECT_TRUE(d->denies_agency);
    EXPECT_EQ(d->agent, "Rapid Support Forces");
    EXPECT_EQ(ContradictionKinds(x), std::vector<std::string>{"agent"});
  }
}

TEST(AgencyDenial, DenyingResponsibilityForANamedEvent) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "Activists said soldiers killed 100 civilians. The army denied responsibility for the killings.");
    const Claim* d = Denial(x);
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(d->denies_agency);
    EXPECT_EQ(ContradictionKinds(x), std::vector<std::string>{"agent"}) << "not a denial that anyone died";
  }
}

TEST(AgencyDenial, DenyingTheAllegationsDeniesWhatWasAlleged) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "Rights groups have accused prison guards of torturing migrants. "
                               "Officials in Tripoli deny the allegations.");
    const Claim* d = Denial(x);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->type, "abuse");
    EXPECT_FALSE(d->denies_agency);
    EXPECT_EQ(ContradictionKinds(x), std::vector<std::string>{"occurrence"});
  }
}

TEST(AgencyDenial, ContestingAReportDeniesWhoItSaysDidIt) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    const auto x = Extract(*p, "Rights groups accuse Ugandan police of killing more than 20 protesters. "
                               "A police spokesman contested the report's conclusions.");
    const Claim* d = Denial(x);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->type, "kill");
    EXPECT_EQ(d->victims, "protesters");
    EXPECT_EQ(d->agent, "Ugandan police");
    EXPECT_FALSE(d->denies_agency);
    EXPECT_EQ(ContradictionKinds(x), std::vector<std::string>{"occurrence"});
  }
}

TEST(AgencyDenial, NoHarmBeforeItNoClaim) {
  const auto x = Extract(testing::ShallowPipeline(), "The minister visited the camp on Monday. The army denied any role.");
  EXPECT_EQ(Denial(x), nullptr);
}

}  // namespace
}  // namespace crosscheck

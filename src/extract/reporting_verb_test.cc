// Reporting verbs that report only before a clause (reporting.tsv flag
// `clause`), on sentences written for these tests.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::Extract;

using testing::SpeakerOfClaim;

TEST(ReportingVerb, FoundWithAnObjectIsAnActNotAReport) {
  const Pipeline& p = testing::ShallowPipeline();
  // The quotation is Ahmed Salem's, not a report by "we".
  EXPECT_EQ(SpeakerOfClaim(Extract(p, "\"We found 9 bodies near the port,\" said Ahmed Salem."), "kill"),
            "Ahmed Salem");
  // "found that" still reports.
  EXPECT_EQ(SpeakerOfClaim(Extract(p, "Amnesty International found that guards had killed four detainees."), "kill"),
            "Amnesty International");
}

}  // namespace
}  // namespace crosscheck

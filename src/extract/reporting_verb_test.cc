// Reporting verbs that report only before a clause or with a figure as
// object (reporting.tsv flags `clause` and `figure`), on sentences written
// for these tests.
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

TEST(ReportingVerb, PuttingTheTollAtAFigureReportsIt) {
  for (const Pipeline* p : {&testing::ParsingPipeline(), &testing::ShallowPipeline()}) {
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Local health officials put the death toll at 87."), "kill"),
              "Local health officials");
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "The Red Crescent raised its toll to 40 on Sunday."), "kill"),
              "Red Crescent");
    // Not a report: an event raised the toll, and "put" with another object.
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "The explosion raised the death toll to 40."), "kill"), "narrator");
    EXPECT_EQ(SpeakerOfClaim(Extract(*p, "Police put the detainees on a bus after they were arrested."), "arrest"),
              "narrator");
  }
}

}  // namespace
}  // namespace crosscheck

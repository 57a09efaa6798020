// Reporting verbs that report only before a clause (reporting.tsv flag
// `clause`), on sentences written for these tests.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::Extract;

// Who says the one claim of `type`: an entity's name, "unnamed" or "narrator".
std::string SpeakerOfClaim(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type != type) continue;
    if (c.speaker.kind == Speaker::kEntity) return x.entities[c.speaker.entity].name;
    return c.speaker.kind == Speaker::kUnnamed ? "unnamed" : "narrator";
  }
  return "no claim";
}

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

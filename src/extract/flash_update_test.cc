// A humanitarian flash update (session 12): "..., most of them from
// drowning" names how the deaths just counted came about, not another
// death; a cause is not passed between claims dated to different days
// (a bulleted list of separate incidents). Invented report.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;
using testing::FirstClaim;

TEST(FlashUpdate, DrowningAfterFromIsACause) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "According to local authorities, 27 people have died since the start of the floods, most of them from "
        "drowning or snake bites.\n";
    const auto x = Extract(*p, text);
    size_t kills = 0;
    for (const Claim& c : x.claims) kills += c.type == "kill";
    EXPECT_EQ(kills, 1u) << text;
    const auto kill = FirstClaim(x, "kill");
    ASSERT_TRUE(kill && kill->count) << text;
    EXPECT_EQ(kill->count->min, 27) << text;
  }
}

TEST(FlashUpdate, NoCauseAcrossDays) {
  for (const Pipeline* p : BothPipelines()) {
    const std::string text =
        "- At least 12 people drowned when their boat overturned on 10 August.\n"
        "- Armed youth attacked a humanitarian convoy on 9 August, injuring two drivers.\n";
    const auto injure = FirstClaim(Extract(*p, text), "injure");
    ASSERT_TRUE(injure.has_value()) << text;
    EXPECT_NE(injure->cause, "drowning") << text;
    // On the same day the cause is still passed on.
    const std::string same =
        "Guards shot dead six migrants on Friday, the source said. About ten others were wounded on Friday, the "
        "source added.\n";
    const auto wounded = FirstClaim(Extract(*p, same), "injure");
    ASSERT_TRUE(wounded.has_value()) << same;
    EXPECT_EQ(wounded->cause, "shooting") << same;
  }
}

}  // namespace
}  // namespace crosscheck

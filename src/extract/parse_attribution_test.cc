// Speakers read from the dependency parse (Attributor::SubjectFromParse), on
// sentences written for these tests: subjects the word patterns cannot reach.
// Each case is run without the parse too, to show the difference.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

const Pipeline& WithParse() { return testing::ParsingPipeline(); }
const Pipeline& Shallow() { return testing::ShallowPipeline(); }
using testing::Extract;

using testing::SpeakerOfClaim;

TEST(ParseAttribution, ASubjectBeyondARelativeClauseSpeaks) {
  const std::string text =
      "The head of the refugee agency in Chad, who toured the camp on Sunday, said that at least nine "
      "refugees were shot dead.";
  EXPECT_NE(SpeakerOfClaim(Extract(WithParse(), text), "kill").find("head of the refugee agency"), std::string::npos);
  // The word patterns now reach it too: a relative clause set off by commas
  // after the speaker's phrase (Attributor::AppositiveSpeaker).
  EXPECT_NE(SpeakerOfClaim(Extract(Shallow(), text), "kill").find("head of the refugee agency"), std::string::npos);
}

TEST(ParseAttribution, TheAddresseeOfToldIsNotTheSpeaker) {
  const std::string text =
      "Three nurses at the district clinic, speaking on condition of anonymity, told the broadcaster that "
      "two demonstrators had been killed.";
  // Three nurses with no names speak as one group, as witnesses or
  // residents do; without the parse the broadcaster they spoke to is taken
  // for the speaker.
  EXPECT_EQ(SpeakerOfClaim(Extract(WithParse(), text), "kill"), "nurses at the district clinic");
  EXPECT_EQ(SpeakerOfClaim(Extract(Shallow(), text), "kill"), "broadcaster");
}

TEST(ParseAttribution, ASubjectThatCannotSpeakIsNoSpeaker) {
  // "each side" accuses, but is no source: the deaths stay the narrator's.
  const std::string text =
      "Four migrants died as two crews tried to reach their boat, and each side is accusing the other of delays.";
  EXPECT_EQ(SpeakerOfClaim(Extract(WithParse(), text), "kill"), "narrator");
}

TEST(ParseAttribution, ASubjectAcrossOtherMaterialIsNotTrusted) {
  // The parser joins "Police" to "said" here; only a subject set off by
  // commas from its verb is taken, so the wounding stays a claim.
  const std::string text =
      "Police fired tear gas and rubber bullets at students in Kassala on Friday, wounding eight people, a "
      "nurse at the town's main clinic said.";
  for (const Pipeline* p : {&WithParse(), &Shallow()}) EXPECT_NE(SpeakerOfClaim(Extract(*p, text), "injure"), "no claim");
}

}  // namespace
}  // namespace crosscheck

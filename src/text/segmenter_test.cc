#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/analyze.h"

namespace crosscheck {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Doc doc = Analyze(text);
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.span_text(s.begin, s.end));
  return out;
}

using V = std::vector<std::string>;

TEST(Segmenter, SplitsOnTerminalPunctuation) {
  EXPECT_EQ(Sentences("Two died. Five were hurt! Who fired? Nobody knows."),
            (V{"Two died.", "Five were hurt!", "Who fired?", "Nobody knows."}));
}

TEST(Segmenter, SurvivesAbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("Mr. Smith met Gen. J. R. Allen on Jan. 5 at St. Mary's. He left."),
            (V{"Mr. Smith met Gen. J. R. Allen on Jan. 5 at St. Mary's.", "He left."}));
}

TEST(Segmenter, DottedAcronymEndsSentenceOnlyBeforeAnOpener) {
  EXPECT_EQ(Sentences("The U.N. agency said so. It was in the U.S. The talks failed."),
            (V{"The U.N. agency said so.", "It was in the U.S.", "The talks failed."}));
}

TEST(Segmenter, EachBulletOfAListIsASentenceWithoutItsBullet) {
  EXPECT_EQ(Sentences("Casualties:\n- At least 58 civilians have been killed.\n- 213 were injured\n"
                      "\xE2\x80\xA2 An estimated 40,000 people fled.\n"),
            (V{"Casualties:", "At least 58 civilians have been killed.", "213 were injured",
               "An estimated 40,000 people fled."}));
  // A dash inside a line is no bullet, nor one that starts a line inside a
  // hard-wrapped sentence.
  EXPECT_EQ(Sentences("KHARTOUM, May 5 - Two died."), (V{"KHARTOUM, May 5 - Two died."}));
  EXPECT_EQ(Sentences("He told Reuters <Cassa di Risparmio\n- Carical> managers were arrested."),
            (V{"He told Reuters <Cassa di Risparmio\n- Carical> managers were arrested."}));
}

TEST(Segmenter, KeepsDecimalsAndLowercaseContinuations) {
  EXPECT_EQ(Sentences("Prices rose 5.93 percent, i.e. a lot. Then fell."),
            (V{"Prices rose 5.93 percent, i.e. a lot.", "Then fell."}));
}

TEST(Segmenter, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(Sentences("\"We saw it.\" Officials denied it. \"Stop!\" he said."),
            (V{"\"We saw it.\"", "Officials denied it.", "\"Stop!\" he said."}));
}

TEST(Segmenter, SplitsAfterQuoteWithoutSpace) {
  EXPECT_EQ(Sentences("He said: \xE2\x80\x9CIt was 46.\xE2\x80\x9DLater they said 108."),
            (V{"He said: \xE2\x80\x9CIt was 46.\xE2\x80\x9D", "Later they said 108."}));
}

TEST(Segmenter, HeadlinesAndParagraphsStandAlone) {
  EXPECT_EQ(Sentences("Two Dead as Riot Erupts at Camp\nNAIROBI, July 1 - Two refugees died."),
            (V{"Two Dead as Riot Erupts at Camp", "NAIROBI, July 1 - Two refugees died."}));
  EXPECT_EQ(Sentences("A title without stop\n\nBody text here."),
            (V{"A title without stop", "Body text here."}));
}

TEST(Segmenter, WrappedLinesDoNotSplit) {
  EXPECT_EQ(Sentences("Showers continued throughout the week in\nthe cocoa zone, officials said."),
            (V{"Showers continued throughout the week in\nthe cocoa zone, officials said."}));
}

TEST(Segmenter, RecordsParagraphIndex) {
  Doc doc = Analyze("One. Two.\n\nThree.");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[1].paragraph, 0u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
}

}  // namespace
}  // namespace crosscheck

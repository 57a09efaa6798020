#include "extract/count.h"

#include <gtest/gtest.h>

#include "text/analyze.h"

namespace crosscheck {
namespace {

constexpr std::optional<int64_t> kOpen = std::nullopt;

size_t FindToken(const Doc& doc, std::string_view lower) {
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].lower == lower) return i;
  }
  ADD_FAILURE() << "no token '" << lower << "' in: " << doc.text();
  return 0;
}

// The count for the first token spelled `noun` in `text`.
std::optional<Count> Before(const std::string& text, std::string_view noun) {
  const Doc doc = Analyze(text);
  return ParseCountBefore(doc, FindToken(doc, noun), 0);
}

std::optional<Count> At(const std::string& text) {
  const Doc doc = Analyze(text);
  return ParseCountPhraseAt(doc, 0, doc.tokens.size());
}

void Expect(const std::optional<Count>& c, std::optional<int64_t> min, std::optional<int64_t> max,
            bool approx, std::string_view text) {
  ASSERT_TRUE(c.has_value()) << "no count, expected '" << text << "'";
  EXPECT_EQ(c->min, min) << c->text;
  EXPECT_EQ(c->max, max) << c->text;
  EXPECT_EQ(c->approx, approx) << c->text;
  EXPECT_EQ(c->text, text);
}

// SPEC section 3, row by row.

TEST(CountSpec, PlainNumbers) {
  Expect(Before("Police said six migrants died.", "migrants"), 6, 6, false, "six");
  Expect(Before("Police said 6 migrants died.", "migrants"), 6, 6, false, "6");
  Expect(Before("Twenty-eight refugees were held.", "refugees"), 28, 28, false, "Twenty-eight");
  Expect(Before("Guards beat 38 men.", "men"), 38, 38, false, "38");
  Expect(Before("The camp held 14,000 people.", "people"), 14000, 14000, false, "14,000");
  Expect(Before("It sheltered two hundred and fifty families.", "families"), 250, 250, false,
         "two hundred and fifty");
  Expect(Before("Some 1.5 million people fled.", "people"), 1350000, 1650000, true,
         "Some 1.5 million");
  Expect(Before("The war displaced 3 million people.", "people"), 3000000, 3000000, false,
         "3 million");
}

TEST(CountSpec, SingularVictim) {
  Expect(Before("Soldiers shot a civilian near the gate.", "civilian"), 1, 1, false, "a civilian");
  Expect(Before("The migrant died in hospital.", "migrant"), 1, 1, false, "The migrant");
  Expect(Before("One woman was wounded.", "woman"), 1, 1, false, "One");
}

TEST(CountSpec, LowerBound) {
  Expect(Before("At least six migrants were shot.", "migrants"), 6, kOpen, false, "At least six");
  Expect(Before("No fewer than 12 detainees escaped.", "detainees"), 12, kOpen, false,
         "No fewer than 12");
  Expect(Before("So far seven bodies have been found.", "bodies"), 7, kOpen, false, "So far seven");
}

TEST(CountSpec, MoreThan) {
  Expect(Before("More than 100 people were arrested.", "people"), 101, kOpen, false,
         "More than 100");
  Expect(Before("Over 100 people were arrested.", "people"), 101, kOpen, false, "Over 100");
  Expect(Before("more than a dozen guards", "guards"), 13, kOpen, false, "more than a dozen");
}

TEST(CountSpec, UpperBound) {
  Expect(Before("Up to 30 fishermen drowned.", "fishermen"), kOpen, 30, false, "Up to 30");
  Expect(Before("As many as 30 fishermen drowned.", "fishermen"), kOpen, 30, false,
         "As many as 30");
  Expect(Before("no more than 46 prisoners", "prisoners"), kOpen, 46, false, "no more than 46");
  Expect(At("The toll did not exceed 46."), kOpen, 46, false, "46");
  Expect(At("The toll didn't go beyond 46."), kOpen, 46, false, "46");
  Expect(At("The toll exceeded 46."), 47, kOpen, false, "46");
  Expect(Before("fewer than 10 children", "children"), kOpen, 9, false, "fewer than 10");
}

TEST(CountSpec, Ranges) {
  Expect(Before("between 14,000 and 15,000 refugees", "refugees"), 14000, 15000, false,
         "between 14,000 and 15,000");
  Expect(Before("more than 30, perhaps as many as 50 villagers", "villagers"), 31, 50, false,
         "more than 30, perhaps as many as 50");
  Expect(At("Officials said more than 30, perhaps as many as 50, were killed."), 31, 50, false,
         "more than 30, perhaps as many as 50");
  Expect(At("Police killed more than 30 protesters, perhaps as many as 50."), 31, 50, false,
         "more than 30 protesters, perhaps as many as 50");
  Expect(Before("two or three boys", "boys"), 2, 3, false, "two or three");
  Expect(Before("two or perhaps three boys", "boys"), 2, 3, false, "two or perhaps three");
  Expect(Before("20 or even 30 people", "people"), 20, 30, false, "20 or even 30");
  Expect(Before("more than 30 villagers, perhaps as many as 50, died", "villagers"), 31, 50, false,
         "more than 30 villagers, perhaps as many as 50");
  Expect(Before("roughly a dozen guards", "guards"), 11, 13, true, "roughly a dozen");
  Expect(Before("around two dozen guards", "guards"), 22, 26, true, "around two dozen");
}

TEST(CountSpec, ExactlyOne) {
  Expect(Before("Only one person died.", "person"), 1, 1, false, "Only one");
  Expect(Before("a single detainee was hurt", "detainee"), 1, 1, false, "a single");
  Expect(Before("just one guard", "guard"), 1, 1, false, "just one");
}

TEST(CountSpec, CoordinatedCountsAddUp) {
  const std::string text = "Rebels killed seven soldiers and 15 police officers on Monday.";
  Expect(Before(text, "soldiers"), 22, 22, false, "seven soldiers and 15 police officers");
  Expect(Before(text, "officers"), 22, 22, false, "seven soldiers and 15 police officers");
  Expect(Before("He and two others were detained.", "he"), 3, 3, false, "He and two others");
  Expect(Before("He and two others were detained.", "others"), 3, 3, false, "He and two others");
  Expect(Before("a woman and her two children drowned", "woman"), 3, 3, false,
         "a woman and her two children");
  Expect(Before("three soldiers, two guards and a civilian died", "civilian"), 6, 6, false,
         "three soldiers, two guards and a civilian");
}

TEST(CountSpec, AListThatAddsUpToTheCountBeforeItBreaksItDown) {
  Expect(Before("The four survivors, three men and a boy, were rescued.", "survivors"), 4, 4, false, "four");
  // A list that does not add up to it is more people.
  Expect(Before("four soldiers, three guards and a civilian died", "soldiers"), 8, 8, false,
         "four soldiers, three guards and a civilian");
}

TEST(CountSpec, CoordinationNeedsConjuncts) {
  // The second clause has its own verb: no sum.
  Expect(Before("Seven soldiers died and 15 officers were hurt.", "officers"), 15, 15, false, "15");
  // A comma alone is a list only when "and" closes it.
  Expect(Before("In Tripoli, six migrants died.", "migrants"), 6, 6, false, "six");
  Expect(Before("six migrants, police said", "migrants"), 6, 6, false, "six");
}

TEST(CountSpec, Approximate) {
  Expect(Before("about 200 people", "people"), 180, 220, true, "about 200");
  Expect(Before("nearly 200 people", "people"), 180, 220, true, "nearly 200");
  Expect(Before("some 200 people", "people"), 180, 220, true, "some 200");
  Expect(Before("roughly 50 people", "people"), 45, 55, true, "roughly 50");
  Expect(Before("around 50 people", "people"), 45, 55, true, "around 50");
  Expect(Before("close to 50 people", "people"), 45, 55, true, "close to 50");
  Expect(Before("an estimated 120 migrants", "migrants"), 108, 132, true, "an estimated 120");
  Expect(Before("about 15 people", "people"), 14, 16, true, "about 15");  // ceil 13.5, floor 16.5
}

TEST(CountSpec, Dozen) {
  Expect(Before("a dozen protesters", "protesters"), 12, 12, false, "a dozen");
  Expect(Before("two dozen protesters", "protesters"), 24, 24, false, "two dozen");
  Expect(Before("half a dozen protesters", "protesters"), 6, 6, false, "half a dozen");
}

TEST(CountSpec, VagueMagnitudes) {
  Expect(Before("dozens of migrants", "migrants"), 24, 99, true, "dozens of");
  Expect(Before("scores of migrants", "migrants"), 40, kOpen, true, "scores of");
  Expect(Before("hundreds of migrants", "migrants"), 200, 999, true, "hundreds of");
  Expect(Before("thousands of migrants", "migrants"), 2000, 9999, true, "thousands of");
  Expect(Before("tens of thousands of migrants", "migrants"), 20000, 99999, true,
         "tens of thousands of");
  Expect(Before("hundreds of thousands of migrants", "migrants"), 200000, 999999, true,
         "hundreds of thousands of");
  Expect(Before("Dozens died in the fire.", "dozens"), 24, 99, true, "Dozens");
}

TEST(CountSpec, SomeAndAFew) {
  Expect(Before("some of those detained", "those"), 1, kOpen, true, "some of");
  Expect(Before("some migrants", "migrants"), 1, kOpen, true, "some");
  Expect(Before("a few migrants", "migrants"), 1, kOpen, true, "a few");
}

TEST(CountSpec, SeveralOrAFewHundredsAreAsVagueAsThePlural) {
  Expect(Before("several hundred asylum seekers", "seekers"), 200, 999, true, "several hundred");
  Expect(Before("a few thousand people", "people"), 2000, 9999, true, "a few thousand");
  Expect(Before("several dozen migrants", "migrants"), 24, 99, true, "several dozen");
  Expect(Before("at least several hundred protesters", "protesters"), 200, kOpen, true, "at least several hundred");
}

TEST(CountSpec, SeveralManyAndBarePlurals) {
  Expect(Before("several migrants", "migrants"), 2, kOpen, true, "several");
  Expect(Before("many migrants", "migrants"), 2, kOpen, true, "many");
  Expect(Before("a number of migrants", "migrants"), 2, kOpen, true, "a number of");
  Expect(Before("Guards beat migrants.", "migrants"), 2, kOpen, true, "migrants");
  Expect(Before("Guards beat the migrants.", "migrants"), 2, kOpen, true, "the migrants");
}

TEST(Count, ModifiersBetweenCountAndNoun) {
  Expect(Before("at least six unarmed Sudanese migrants", "migrants"), 6, kOpen, false,
         "at least six");
  Expect(Before("six other people", "people"), 6, 6, false, "six");
  Expect(Before("six of the migrants", "migrants"), 6, 6, false, "six");
  Expect(Before("one of the migrants", "migrants"), 1, 1, false, "one");
}

TEST(Count, RespectsLimit) {
  const Doc doc = Analyze("At least six migrants");
  Expect(ParseCountBefore(doc, 3, 2), 6, 6, false, "six");
}

TEST(Count, PredicateCounts) {
  Expect(At("The death toll rose to 108."), 108, 108, false, "108");
  Expect(At("Gunmen killed 40."), 40, 40, false, "40");
  Expect(At("The toll rose from 40 to 108."), 108, 108, false, "108");
  Expect(At("Sales reached 5.93 mln."), 5930000, 5930000, false, "5.93 mln");
}

TEST(Count, NonCounts) {
  EXPECT_FALSE(At("COVID-19 spread in the camp."));
  EXPECT_FALSE(At("It happened in 2021."));
  EXPECT_FALSE(At("The bus was on Route 66 when it crashed."));
  EXPECT_FALSE(At("It happened on 25 May."));
  EXPECT_FALSE(At("It happened on May 25."));
  EXPECT_FALSE(At("It happened on 2021-10-08."));
  EXPECT_FALSE(At("A 20-year-old man died."));
  EXPECT_FALSE(At("They walked 40 km."));
  EXPECT_FALSE(At("Prices rose 12 percent."));
  EXPECT_FALSE(At("It cost $5 million."));
  EXPECT_FALSE(At("The meeting began at 10:30."));
  EXPECT_FALSE(At("No one was hurt."));
  EXPECT_FALSE(At("The rate was 5.93."));
  EXPECT_FALSE(At("The town lies some 145 km away."));
  EXPECT_FALSE(At("It began a couple of days ago."));
  // A year right before a noun is not a count either.
  Expect(Before("the 2021 migrants", "migrants"), 2, kOpen, true, "migrants");
}

TEST(Count, CountWords) {
  EXPECT_TRUE(IsCountWord("six"));
  EXPECT_TRUE(IsCountWord("twenty-eight"));
  EXPECT_TRUE(IsCountWord("dozens"));
  EXPECT_TRUE(IsCountWord("several"));
  EXPECT_FALSE(IsCountWord("migrants"));
  EXPECT_TRUE(IsCountModifierWord("nearly"));
  EXPECT_FALSE(IsCountModifierWord("migrants"));
}

}  // namespace
}  // namespace crosscheck

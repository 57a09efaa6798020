// Place-name keys: the normalized form under which gazetteer names are
// indexed and text is looked up.
//
// A key is the name folded to lower-case ASCII (diacritics stripped, "ł" ->
// "l", typographic apostrophes removed), split into words at spaces, hyphens
// and other punctuation, with Arabic article words removed: "al"/"el"
// everywhere and sun-letter forms ("az Zawiyah", "ash-Shati", "an-Najaf")
// where the next word starts with the article's consonant. Words are joined
// with one space. So "Al-Khums", "al Khums" and "Khums" share the key "khums";
// "Ra's Lānūf" and "Ras Lanuf" share "ras lanuf".
//
// Text and names go through the same code, with one difference: in running
// text a stand-alone "as", "at" or "an" is an English word, so text splitting
// only drops those when they are hyphen-attached ("as-Sidr").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::geo {

// Lower-case ASCII fold of UTF-8 text: diacritics removed, letters without a
// decomposition mapped by hand (ı ł ø đ ß æ œ þ ħ ...), typographic
// apostrophes and primes turned into '\'', dashes into '-'. Characters with no
// Latin equivalent are kept as they are (non-ASCII bytes).
std::string FoldToAscii(std::string_view utf8);

// True when every letter of `utf8` is Latin script (ASCII, Latin-1, Latin
// Extended A/B, Latin Extended Additional, IPA modifiers used as apostrophes).
bool IsLatinScript(std::string_view utf8);

// One word piece of a name or token after folding.
struct NamePiece {
  std::string word;          // folded, apostrophes removed, never empty
  bool upper = false;        // first letter was upper-case in the source
  bool hyphen_after = false;  // joined to the next piece by a hyphen
};

// Splits one name or token into pieces. Apostrophes inside a word join its
// halves ("Sana'a" -> "sanaa"); other non-alphanumerics separate words. A
// final "ah" of a word of five letters or more loses its "h" ("Zuwarah" ->
// "zuwara"), so both transliterations of an Arabic name meet.
std::vector<NamePiece> SplitPieces(std::string_view utf8);

// The final-"ah" fold SplitPieces applies, for callers that split words
// themselves: a word of five letters or more ending in "ah" loses the "h"
// ("Utah" is too short).
void FoldFinalAh(std::string* word);

// True for "al"/"el" and the sun-letter article forms (ad adh an ar as ash at
// ath az ed en er es et ez) when `next` starts with the article's consonant.
bool IsArticle(std::string_view word, std::string_view next);

// True when `word` is one of the article forms above, whatever follows.
bool IsArticleForm(std::string_view word);

// True for the article forms that are also English words ("as", "at", "an").
bool IsEnglishArticleForm(std::string_view word);

struct NameKey {
  std::string key;           // words joined by single spaces; empty if none
  int words = 0;             // number of words in `key`
  bool had_article = false;  // an article was dropped
};

// Key of a gazetteer name (drops all article forms, and a leading "the").
NameKey MakeNameKey(std::string_view name);

}  // namespace crosscheck::geo

#include "extract/word_classes.h"

#include <string>
#include <string_view>
#include <unordered_set>

namespace crosscheck {

namespace {
using Set = std::unordered_set<std::string_view>;
bool In(const Set& set, std::string_view w) { return set.count(w) > 0; }
}  // namespace

bool IsDeterminer(std::string_view w) {
  static const Set s = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                        "her", "our", "my", "your", "any", "every", "each", "another", "such"};
  return In(s, w);
}

bool IsBeForm(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || w == "being" ||
         w == "be" || w == "get" || w == "got" || w == "gets" || w == "'s" || w == "'re";
}

bool IsPhrasalPreposition(std::string_view w) {
  return IsPreposition(w) && w != "after" && w != "before" && w != "since" && w != "until" && w != "as" &&
         w != "while" && w != "because" && w != "once";
}

bool IsPreposition(std::string_view w) {
  static const Set s = {"in", "at", "on", "by", "for", "with", "from", "to", "of", "into", "onto",
                        "near", "off", "over", "under", "after", "before", "during", "since",
                        "until", "against", "across", "along", "around", "between", "through",
                        "throughout", "toward", "towards", "inside", "outside", "within", "without",
                        "among", "amid", "upon", "via", "per", "following", "despite", "about"};
  return In(s, w);
}

bool IsAuxiliary(std::string_view w) {
  static const Set s = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
                        "have", "has", "had", "having", "'ve", "'d", "do", "does", "did",
                        "will", "would", "shall", "should", "can", "could", "may", "might",
                        "must", "get", "got", "gets", "getting", "gotten"};
  return In(s, w);
}

bool IsPersonalPronoun(std::string_view w) {
  static const Set s = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us",
                        "me", "himself", "herself", "themselves", "itself"};
  return In(s, w);
}

bool IsPronounPhrase(std::string_view text) {
  if (text.empty() || text.size() > 10) return false;
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return IsPersonalPronoun(lower);
}

bool IsConjunction(std::string_view w) {
  static const Set s = {"and", "or", "but", "while", "whereas", "as", "because", "although",
                        "though", "if", "unless", "so", "yet", "nor", "when", "after", "before",
                        "since", "until"};
  return In(s, w);
}

bool IsRelativeWord(std::string_view w) {
  static const Set s = {"that", "which", "who", "whom", "whose", "where", "when"};
  return In(s, w);
}

bool IsMonthOrWeekday(std::string_view w) {
  static const Set s = {"january", "february", "march", "april", "may", "june", "july", "august",
                        "september", "october", "november", "december", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday", "jan.", "feb.",
                        "aug.", "sept.", "sep.", "oct.", "nov.", "dec."};
  return In(s, w);
}

bool IsTimeSpanNoun(std::string_view w) {
  static const Set s = {"morning", "afternoon", "evening", "night", "nightfall", "noon", "midday", "midnight",
                        "dawn", "dusk", "daybreak", "sunset", "sunrise", "day", "days", "weekend", "week",
                        "weeks", "month", "months", "year", "years", "end", "time", "then", "now",
                        "today", "tonight", "yesterday", "tomorrow"};
  return In(s, w) || IsMonthOrWeekday(w);
}

bool IsComparative(std::string_view w) {
  static const Set s = {"more", "fewer", "less", "than", "longer", "greater", "lower", "higher"};
  return In(s, w);
}

bool IsLyAdverb(std::string_view w) {
  // Nouns, verbs and adjectives that end in -ly too: "His family said",
  // "refused to reply", "the elderly".
  static const Set not_adverbs = {"family", "ally", "assembly", "rally", "supply", "apply", "comply", "reply",
                                  "rely", "imply", "multiply", "monopoly", "anomaly", "homily", "belly",
                                  "bully", "jelly", "july", "italy", "elderly", "melancholy", "butterfly",
                                  "deadly", "friendly", "holy", "ugly", "costly", "lonely", "orderly"};
  return w.size() > 3 && w.ends_with("ly") && !In(not_adverbs, w);
}

bool IsAdverbWord(std::string_view w) {
  static const Set s = {"also", "not", "n't", "then", "later", "since", "still", "already", "just", "all"};
  return IsLyAdverb(w) || In(s, w);
}

bool IsQuantifierForPeople(std::string_view w) {
  static const Set s = {"others", "another", "some", "many", "most", "several", "both", "few", "all", "each", "none"};
  return In(s, w);
}

}  // namespace crosscheck

#include "text/abbreviations.h"

#include <string>
#include <unordered_set>

namespace crosscheck {

namespace {
const std::unordered_set<std::string_view>& Titles() {
  static const std::unordered_set<std::string_view> kTitles = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
      "adm", "cmdr", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "insp", "supt", "st",
      "mt", "ft", "messrs", "mme", "mlle", "sr", "jr", "sra", "sta", "fr", "sheikh", "no", "nos",
      "vol", "art", "fig", "pp", "para"};
  return kTitles;
}
}  // namespace

bool IsTitleWord(std::string_view lower) { return Titles().count(lower) > 0; }

bool IsKnownAbbreviation(std::string_view lower) {
  static const std::unordered_set<std::string_view> kOthers = {
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "est", "approx", "vs", "etc",
      "e.g", "i.e", "cf", "al", "ca", "km", "mln", "bln", "pct", "govt", "intl", "natl"};
  return IsTitleWord(lower) || kOthers.count(lower) > 0;
}

bool IsSentenceStarter(std::string_view lower) {
  static const std::unordered_set<std::string_view> kStarters = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at",
      "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "however",
      "meanwhile", "after", "before", "when", "while", "if", "as", "according", "some", "many",
      "officials", "police", "authorities", "one", "two", "three", "last", "earlier", "later",
      "since", "so", "yet", "also", "no", "not", "what", "who", "for", "by", "with", "from"};
  return kStarters.count(lower) > 0;
}

}  // namespace crosscheck

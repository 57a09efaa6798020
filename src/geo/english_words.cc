// The ordinary-English-word list behind the matcher's common-word rule
// (doc/gazetteer.md): WordNet lemmas written in lower case (so "nice",
// "mobile", "police", but not the proper noun "Paris"), plus function words,
// which WordNet leaves out ("of", "the"), plus capitalized words that news
// text uses far more often for people or things than for the town of the same
// name (given names, months, weekdays).
#include <fstream>
#include <sstream>

#include "geo/make_gazetteer.h"

namespace crosscheck::geo {
namespace {

constexpr const char* kFunctionWords[] = {
    "a", "about", "above", "across", "after", "against", "all", "along", "also", "although",
    "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be", "because",
    "been", "before", "behind", "being", "below", "beside", "between", "beyond", "both", "but",
    "by", "can", "could", "did", "do", "does", "down", "during", "each", "either", "else",
    "every", "few", "for", "from", "had", "has", "have", "he", "her", "here", "hers", "him",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "me", "might", "mine",
    "more", "most", "much", "must", "my", "near", "neither", "no", "nor", "not", "of", "off",
    "on", "once", "one", "only", "onto", "or", "other", "our", "ours", "out", "over", "own",
    "per", "same", "shall", "she", "should", "since", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "though",
    "through", "till", "to", "too", "toward", "towards", "under", "unless", "until", "up",
    "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
    "would", "yet", "you", "your", "yours", "yes", "ok", "mr", "mrs", "ms", "dr", "st",
};

// Capitalized words that are usually not the place in news text.
constexpr const char* kCapitalizedNonPlaces[] = {
    // months and weekdays
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
    // given names and surnames that are also towns of 15,000+
    "adrian", "albert", "alexander", "alfred", "alice", "amanda", "andrew", "anna", "arthur",
    "austin", "barbara", "bernard", "carlos", "carmen", "caroline", "charles", "charlotte",
    "christian", "christina", "clinton", "daniel", "david", "diana", "dolores", "dominic",
    "douglas", "edward", "elizabeth", "eugene", "florence", "francis", "franklin", "frederick",
    "george", "gilbert", "gordon", "grace", "hamilton", "harrison", "helena", "henderson",
    "henry", "irving", "isabel", "jackson", "jefferson", "joseph", "juliana", "kent",
    "lawrence", "lincoln", "lopez", "louis", "lucia", "madison", "maria", "marion", "martin",
    "milton", "morgan", "nelson", "oliver", "patrick", "paul", "peter", "ramos", "richmond",
    "robert", "roberts", "santos", "sebastian", "stanley", "taylor", "thomas", "tyler",
    "victor", "victoria", "vincent", "walker", "warren", "washington", "wilson",
    // brands and clubs
    "ajax", "nokia", "toyota",
};

// Adds the lower-case words of one WordNet data file. A data line is
// "offset lex_filenum ss_type w_cnt(hex) word lex_id word lex_id ...".
Status AddWordNetFile(const std::string& path, std::unordered_set<std::string>* words) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open WordNet data file");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // license header
    std::istringstream fields(line);
    std::string offset, lex_file, ss_type, word, lex_id;
    size_t count = 0;
    fields >> offset >> lex_file >> ss_type >> std::hex >> count >> std::dec;
    for (size_t i = 0; i < count && (fields >> word >> lex_id); ++i) {
      if (const size_t paren = word.find('('); paren != std::string::npos) word.resize(paren);
      bool plain = !word.empty();
      for (char c : word) plain &= (c >= 'a' && c <= 'z') || c == '-' || c == '\'';
      if (plain) words->insert(word);
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::unordered_set<std::string>> LoadEnglishWords(const std::string& wordnet_dir) {
  std::unordered_set<std::string> words;
  for (const char* part : {"noun", "verb", "adj", "adv"}) {
    Status s = AddWordNetFile(wordnet_dir + "/data." + part, &words);
    if (!s.ok()) return s;
  }
  for (const char* w : kFunctionWords) words.insert(w);
  for (const char* w : kCapitalizedNonPlaces) words.insert(w);
  return words;
}

}  // namespace crosscheck::geo

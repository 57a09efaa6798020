// The gazetteer generator's library part: reads the GeoNames dump files and
// WordNet and writes data/gazetteer/geonames.tsv and common_words.txt.
// crosscheck_make_gazetteer (make_gazetteer_main.cc) is the command around it.
//
// Inputs (GeoNames, CC BY 4.0, https://www.geonames.org):
//   countryInfo.txt, admin1CodesASCII.txt, cities15000.txt
// WordNet's data.{noun,verb,adj,adv} supply the ordinary English words that
// the matcher treats with suspicion when they are also place names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::geo {

struct MakeGazetteerOptions {
  std::string geonames_dir;  // holds the three GeoNames files
  std::string wordnet_dir;   // holds WordNet's data.* files
  std::string out_dir;       // receives geonames.tsv and common_words.txt
};

// Builds and writes the two generated files. Errors name the input file and
// line.
Status MakeGazetteer(const MakeGazetteerOptions& options);

// Picks at most `max` Latin-script alternate names of a place from GeoNames'
// comma-separated `alternates`: spelling variants close to `name` and
// transliterations that occur in several accent forms, one spelling per key,
// ASCII spelling preferred. Codes (all capitals), lower-case romanizations and
// names with digits are dropped. Exposed for tests.
std::vector<std::string> SelectAliases(std::string_view name, std::string_view alternates,
                                       size_t max);

// Common English names and abbreviations of a country that GeoNames'
// countryInfo.txt does not carry ("Britain", "UK", "DR Congo", "Burma").
std::vector<std::string> CountryAliases(std::string_view country_code);

// Ordinary English words: lower-case lemmas of WordNet's data files plus the
// function words and frequent capitalized non-place words built into the
// generator. Exposed for tests.
Result<std::unordered_set<std::string>> LoadEnglishWords(const std::string& wordnet_dir);

}  // namespace crosscheck::geo

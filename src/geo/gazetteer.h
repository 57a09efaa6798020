// Gazetteer: the places crosscheck can name (countries, admin-1 regions,
// cities of 15,000+ people from GeoNames, hand-added local places, and seas,
// lakes, rivers and deserts), the
// demonyms that point at countries, and a matcher that finds place names in a
// tokenized Doc.
//
//   Result<geo::Gazetteer> g = geo::Gazetteer::Load(CROSSCHECK_DATA_DIR "/gazetteer");
//   if (auto m = g->MatchAt(doc, i)) {
//     // m->place is the best reading of tokens [i, i + m->tokens)
//     for (const geo::Place* p : g->parents(*m->place)) ...  // region, country
//   }
//
// Matching rules (doc/gazetteer.md has the full text):
//  * Names are compared by key (name_key.h): case, accents, hyphens,
//    apostrophes and Arabic articles do not matter ("al-Khums" = "Al Khums").
//  * The first word must be capitalized in the text (a leading article may
//    not be: "al-Khums"); later words need not be, but the whole key must be
//    a known name. The longest match wins.
//  * A one-word name that is an ordinary English word (common_words.txt) only
//    matches a local place, a country, a capital, or a city of at least
//    kCommonWordMinPopulation people, and at the start of a sentence only a
//    local place or a country ("Male" the capital, but not "Male detainees").
//  * All-capital aliases ("UK", "DRC") only match all-capital text.
//  * Seas, lakes, rivers and deserts (kind natural) match like local places.
//  * Among places sharing a name: local > natural > in `prefer_country` (when given) >
//    same article use as the text ("El Salvador" vs "Salvador") > country >
//    admin1 > city by population,
//    except that a region loses to a city inside it with the same name
//    ("Tripoli" is the city, whose parent is the Tripoli district).
//
// A loaded Gazetteer is immutable and safe to share between threads. Place
// pointers stay valid for the Gazetteer's lifetime (moves included).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "crosscheck/status.h"
#include "geo/gazetteer_format.h"
#include "text/doc.h"

namespace crosscheck::geo {

// One-word common-English names need this many people to match (see above).
inline constexpr int64_t kCommonWordMinPopulation = 250000;

struct Place {
  std::string id;            // "gn:<GeoNames id>" or "local:<slug>"
  PlaceKind kind = PlaceKind::kCity;
  std::string name;          // English/ASCII name
  std::vector<std::string> aliases;
  std::string country_code;  // ISO 3166-1 alpha-2
  std::string country_name;
  bool has_coords = false;   // countries/regions: their seat or largest city
  double lat = 0;
  double lon = 0;
  int64_t population = 0;    // 0 when unknown
  std::string feature;       // GeoNames feature code: PCLI, ADM1, PPLC, PPLA, ...
  const Place* parent = nullptr;  // city -> admin1 -> country; null for countries

  bool is_capital() const { return feature == "PPLC"; }
};

struct PlaceMatch {
  const Place* place = nullptr;          // the preferred reading
  size_t tokens = 0;                     // tokens matched, starting at token_index
  std::vector<const Place*> candidates;  // every reading, preferred first
  // The preferred reading matched one of its alternate names, not its own
  // ("Hamas" is listed among the names of Hamm).
  bool by_alias = false;
};

class Gazetteer {
 public:
  // Loads <dir>/geonames.tsv, <dir>/common_words.txt, <dir>/demonyms.tsv and,
  // if present, <dir>/local.tsv and <dir>/natural.tsv. Fails, naming file and line, on a missing
  // or unknown header/version, a malformed row, a duplicate id, or an unknown
  // parent or country code.
  static Result<Gazetteer> Load(const std::string& dir);

  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  const std::vector<Place>& places() const { return places_; }
  const Place* FindById(std::string_view id) const;
  const Place* FindCountry(std::string_view country_code) const;
  // The capital city (GeoNames feature PPLC) of a country, or null.
  const Place* FindCapital(std::string_view country_code) const;

  // The enclosing places, innermost first: a city's region, then its country.
  std::vector<const Place*> parents(const Place& place) const;

  // The country a demonym or nationality word points at ("Libyan",
  // "Eritreans", "South Sudanese"); case-insensitive; null if unknown.
  const Place* FindDemonym(std::string_view word) const;
  // Longest demonym (up to three tokens) starting at token_index; the first
  // token must be capitalized. Returns the country and the token count.
  std::optional<std::pair<const Place*, size_t>> MatchDemonymAt(const Doc& doc,
                                                                size_t token_index) const;

  // The longest place name starting at token_index, under the rules above.
  // `prefer_country` (ISO code, may be empty) is the caller's context, e.g.
  // the country a report is mostly about: "Khoms" in a report about Libya is
  // Al Khums, not Homs in Syria.
  std::optional<PlaceMatch> MatchAt(const Doc& doc, size_t token_index,
                                    std::string_view prefer_country = {}) const;

  // Best place for a name given as plain text ("Bani Walid", "al-Zawiya"),
  // without the capitalization and common-word rules; null if unknown.
  const Place* FindByName(std::string_view name) const;
  std::vector<const Place*> FindAllByName(std::string_view name,
                                          std::string_view prefer_country = {}) const;

 private:
  struct Entry {
    uint32_t place;
    bool had_article;  // the indexed spelling contained an article
    bool acronym;      // the indexed spelling is all capitals ("UK")
    bool common;       // the key is one ordinary English word
    bool alias;        // the key is an alternate name of the place
  };
  Gazetteer() = default;
  Status AddDemonyms(const std::string& path);
  Status AddCommonWords(const std::string& path);
  // `spelling` other than the place's name is an alternate name (weak
  // evidence; see PlaceMatch::by_alias) unless `same_name` says it is only
  // another way of writing the name ("North Darfur" for "Northern Darfur").
  void Index(uint32_t place, std::string_view spelling, bool same_name = false);
  // The places of `entries`, best first (the ranking in the file comment).
  std::vector<const Place*> Rank(const std::vector<Entry>& entries, bool text_had_article,
                                 std::string_view prefer_country) const;
  bool IsCommonWordKey(const std::string& key) const { return common_words_.count(key) > 0; }

  std::vector<Place> places_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::unordered_map<std::string, uint32_t> country_by_code_;
  std::unordered_map<std::string, uint32_t> capital_by_code_;
  std::unordered_map<std::string, std::vector<Entry>> by_key_;
  std::unordered_map<std::string, uint8_t> max_words_;  // first key word -> longest key
  std::unordered_set<std::string> common_words_;
  std::unordered_map<std::string, uint32_t> demonyms_;  // key -> country place
  uint8_t max_demonym_words_ = 1;
};

}  // namespace crosscheck::geo

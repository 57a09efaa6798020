// Generator flow: countries from countryInfo.txt, admin-1 regions from
// admin1CodesASCII.txt, cities from cities15000.txt; then representative
// coordinates for countries and regions, the common-word list, and output.
#include "geo/make_gazetteer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "geo/gazetteer_format.h"
#include "geo/name_key.h"

namespace crosscheck::geo {
namespace {

constexpr const char* kAttribution =
    "# Place data: GeoNames, https://www.geonames.org (CC BY 4.0), from the dump files\n"
    "# cities15000.txt, admin1CodesASCII.txt and countryInfo.txt; names reduced to ASCII\n"
    "# and a few Latin-script alternate names. See doc/gazetteer.md.\n";

struct CityExtra {
  std::string admin1_key;  // "CC.code"
  std::string feature;
};

struct Tables {
  std::map<std::string, PlaceRow> countries;  // by ISO code
  std::map<std::string, PlaceRow> admin1;     // by "CC.code"
  std::vector<PlaceRow> cities;
  std::vector<CityExtra> city_extra;          // parallel to `cities`
};

Status ForEachLine(const std::string& path,
                   const std::function<Status(std::string_view, const std::string&)>& fn) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Status s = fn(line, path + ":" + std::to_string(number));
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

int64_t ToInt(std::string_view s) {
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

Status ReadCountries(const std::string& path, Tables* t) {
  return ForEachLine(path, [&](std::string_view line, const std::string& where) -> Status {
    const auto f = SplitFields(line, '\t');
    if (f.size() < 17) return Status::InvalidInput(where + ": expected 17+ columns in countryInfo");
    const std::string cc(f[0]);
    if (cc == "CS" || cc == "AN") return Status::Ok();  // dissolved, kept in the file for history
    PlaceRow row;
    row.id = "gn:" + std::string(f[16]);
    row.kind = PlaceKind::kCountry;
    row.name = std::string(f[4]);
    while (!row.name.empty() && row.name.back() == ' ') row.name.pop_back();
    row.aliases = CountryAliases(cc);
    row.country = cc;
    row.population = ToInt(f[7]);
    row.feature = "PCLI";
    t->countries[cc] = std::move(row);
    return Status::Ok();
  });
}

Status ReadAdmin1(const std::string& path, Tables* t) {
  return ForEachLine(path, [&](std::string_view line, const std::string& where) -> Status {
    const auto f = SplitFields(line, '\t');
    if (f.size() != 4) return Status::InvalidInput(where + ": expected 4 columns in admin1 codes");
    const std::string key(f[0]);
    const std::string cc = key.substr(0, key.find('.'));
    const auto country = t->countries.find(cc);
    if (country == t->countries.end()) return Status::Ok();
    PlaceRow row;
    row.id = "gn:" + std::string(f[3]);
    row.kind = PlaceKind::kAdmin1;
    row.name = std::string(f[2]);  // the ASCII name
    row.country = cc;
    row.parent = country->second.id;
    row.feature = "ADM1";
    t->admin1[key] = std::move(row);
    return Status::Ok();
  });
}

size_t MaxAliases(int64_t population) {
  if (population >= 1000000) return 10;
  if (population >= 100000) return 6;
  return 3;
}

bool IsEnglishWord(const std::unordered_set<std::string>& words, const std::string& w) {
  if (words.count(w)) return true;
  return w.size() > 3 && w.back() == 's' && words.count(w.substr(0, w.size() - 1));
}

// GeoNames' alternate names include exonyms that happen to be English words
// ("Rim" for Rome, "Drug" for Durg): such an alias would only ever cause
// false matches, so it is dropped.
std::vector<std::string> CityAliases(const std::string& name, std::string_view alternates,
                                     int64_t population,
                                     const std::unordered_set<std::string>& english) {
  const size_t max = MaxAliases(population);
  std::vector<std::string> out;
  for (std::string& alias : SelectAliases(name, alternates, 3 * max)) {
    const NameKey key = MakeNameKey(alias);
    if (key.words == 1 && IsEnglishWord(english, key.key)) continue;
    if (out.size() < max) out.push_back(std::move(alias));
  }
  return out;
}

Status ReadCities(const std::string& path, const std::unordered_set<std::string>& english,
                  Tables* t) {
  return ForEachLine(path, [&](std::string_view line, const std::string& where) -> Status {
    const auto f = SplitFields(line, '\t');
    if (f.size() != 19) return Status::InvalidInput(where + ": expected 19 columns in cities file");
    const std::string cc(f[8]);
    const auto country = t->countries.find(cc);
    if (country == t->countries.end()) return Status::Ok();
    PlaceRow row;
    row.id = "gn:" + std::string(f[0]);
    row.kind = PlaceKind::kCity;
    row.name = f[2].empty() ? std::string(f[1]) : std::string(f[2]);
    row.population = ToInt(f[14]);
    row.aliases = CityAliases(row.name, f[3], row.population, english);
    row.country = cc;
    const std::string admin1_key = cc + "." + std::string(f[10]);
    const auto region = t->admin1.find(admin1_key);
    row.parent = region != t->admin1.end() ? region->second.id : country->second.id;
    row.has_coords = std::sscanf(std::string(f[4]).c_str(), "%lf", &row.lat) == 1 &&
                     std::sscanf(std::string(f[5]).c_str(), "%lf", &row.lon) == 1;
    row.feature = std::string(f[7]);
    t->city_extra.push_back({admin1_key, row.feature});
    t->cities.push_back(std::move(row));
    return Status::Ok();
  });
}

// Countries and regions get the coordinates of their seat (PPLC / PPLA city)
// or, failing that, of their most populous city: a point inside the area,
// not a centroid.
void AssignRepresentativePoints(Tables* t) {
  std::unordered_map<std::string, std::pair<int, const PlaceRow*>> best;  // key -> (rank, city)
  auto offer = [&](const std::string& key, int rank, const PlaceRow& city) {
    auto& [r, c] = best[key];
    if (c == nullptr || rank > r || (rank == r && city.population > c->population)) {
      r = rank;
      c = &city;
    }
  };
  for (size_t i = 0; i < t->cities.size(); ++i) {
    const PlaceRow& city = t->cities[i];
    const CityExtra& x = t->city_extra[i];
    offer("country:" + city.country, x.feature == "PPLC" ? 1 : 0, city);
    offer("admin1:" + x.admin1_key, x.feature == "PPLA" ? 1 : 0, city);
  }
  auto apply = [&](const std::string& key, PlaceRow* row) {
    const auto it = best.find(key);
    if (it == best.end() || !it->second.second->has_coords) return;
    row->has_coords = true;
    row->lat = it->second.second->lat;
    row->lon = it->second.second->lon;
  };
  for (auto& [cc, row] : t->countries) apply("country:" + cc, &row);
  for (auto& [key, row] : t->admin1) apply("admin1:" + key, &row);
}

Status WriteGazetteer(const std::string& path, const Tables& t) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IoError(path + ": cannot write");
  out << kGazetteerHeader << "\n# GENERATED BY crosscheck_make_gazetteer; DO NOT EDIT\n"
      << kAttribution
      << "# id\tkind\tname\taliases\tcountry\tparent\tlat\tlon\tpopulation\tfeature\n";
  for (const auto& [cc, row] : t.countries) out << FormatPlaceRow(row) << '\n';
  for (const auto& [key, row] : t.admin1) out << FormatPlaceRow(row) << '\n';
  std::vector<const PlaceRow*> cities;
  for (const PlaceRow& c : t.cities) cities.push_back(&c);
  std::stable_sort(cities.begin(), cities.end(), [](const PlaceRow* a, const PlaceRow* b) {
    if (a->country != b->country) return a->country < b->country;
    return a->population > b->population;
  });
  for (const PlaceRow* c : cities) out << FormatPlaceRow(*c) << '\n';
  out.close();
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

Status WriteCommonWords(const std::string& path, const Tables& t,
                        const std::unordered_set<std::string>& english) {
  std::set<std::string> common;
  auto check = [&](const std::string& name) {
    const NameKey k = MakeNameKey(name);
    if (k.words != 1) return;
    // The key folds spellings ("South" -> "suth"), so the name as written
    // is an English word too: "South", "Young", "Boulder".
    std::string lower(name);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // (The loader keys each line, so the word as written serves.)
    if (IsEnglishWord(english, lower)) {
      common.insert(lower);
    } else if (IsEnglishWord(english, k.key)) {
      common.insert(k.key);
    }
  };
  auto check_row = [&](const PlaceRow& row) {
    check(row.name);
    for (const std::string& a : row.aliases) check(a);
  };
  for (const auto& [cc, row] : t.countries) check_row(row);
  for (const auto& [key, row] : t.admin1) check_row(row);
  for (const PlaceRow& row : t.cities) check_row(row);
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IoError(path + ": cannot write");
  out << kCommonWordsHeader << "\n# GENERATED BY crosscheck_make_gazetteer; DO NOT EDIT\n"
      << "# One-word place-name keys that are also ordinary English words (WordNet 3.0\n"
      << "# lower-case lemmas, function words, common given names). See doc/gazetteer.md.\n";
  for (const std::string& w : common) out << w << '\n';
  out.close();
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

}  // namespace

Status MakeGazetteer(const MakeGazetteerOptions& options) {
  Result<std::unordered_set<std::string>> english = LoadEnglishWords(options.wordnet_dir);
  if (!english.ok()) return english.status();
  Tables t;
  const std::string& in = options.geonames_dir;
  Status s = ReadCountries(in + "/countryInfo.txt", &t);
  if (s.ok()) s = ReadAdmin1(in + "/admin1CodesASCII.txt", &t);
  if (s.ok()) s = ReadCities(in + "/cities15000.txt", *english, &t);
  if (!s.ok()) return s;
  AssignRepresentativePoints(&t);
  s = WriteGazetteer(options.out_dir + "/geonames.tsv", t);
  if (!s.ok()) return s;
  return WriteCommonWords(options.out_dir + "/common_words.txt", t, *english);
}

}  // namespace crosscheck::geo

// Gazetteer::Load: reads the data files, links parents and countries,
// and builds the name index.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "geo/gazetteer.h"
#include "geo/name_key.h"

namespace crosscheck::geo {
namespace {

// Reads `path` line by line: checks that the first line is `header`, skips
// blank lines and '#' comments, and passes the rest with "file:line".
template <typename Fn>
Status ReadDataFile(const std::string& path, std::string_view header, Fn fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1) {
      if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
      if (line != header) {
        return Status::Unsupported(path + ":1: unknown header or version '" + line.substr(0, 60) +
                                   "' (expected '" + std::string(header) + "')");
      }
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    Status s = fn(line, path + ":" + std::to_string(number));
    if (!s.ok()) return s;
  }
  if (number == 0) {
    return Status::Unsupported(path + ":1: empty file (expected '" + std::string(header) + "')");
  }
  return Status::Ok();
}

// Plural of a demonym when English forms one with -s ("Libyans", "Iraqis"),
// empty when the plural is the same word ("Sudanese", "Swiss", "British").
std::string DemonymPlural(const std::string& key) {
  if (key.empty()) return "";
  for (std::string_view end : {"ese", "ss", "sh", "ch", "s", "y", "man", "men"}) {
    if (key.ends_with(end)) return "";
  }
  return key + "s";
}

}  // namespace

Status Gazetteer::AddCommonWords(const std::string& path) {
  return ReadDataFile(path, kCommonWordsHeader, [&](std::string_view line, const std::string&) {
    common_words_.insert(MakeNameKey(line).key);
    return Status::Ok();
  });
}

Status Gazetteer::AddDemonyms(const std::string& path) {
  return ReadDataFile(path, kDemonymHeader, [&](std::string_view line, const std::string& where) {
    const std::vector<std::string_view> f = SplitFields(line, '\t');
    if (f.size() != 2) return Status::InvalidInput(where + ": expected 'demonym<TAB>country code'");
    const auto country = country_by_code_.find(std::string(f[1]));
    if (country == country_by_code_.end()) {
      return Status::InvalidInput(where + ": unknown country code '" + std::string(f[1]) + "'");
    }
    const NameKey key = MakeNameKey(f[0]);
    if (key.key.empty()) return Status::InvalidInput(where + ": empty demonym");
    demonyms_[key.key] = country->second;
    const std::string plural = DemonymPlural(key.key);
    if (!plural.empty()) demonyms_.try_emplace(plural, country->second);
    max_demonym_words_ = std::max<uint8_t>(max_demonym_words_, static_cast<uint8_t>(key.words));
    return Status::Ok();
  });
}

Result<Gazetteer> Gazetteer::Load(const std::string& dir) {
  Gazetteer g;
  // About 37,000 places and 200,000 spellings: reserving avoids rehashing.
  g.places_.reserve(40000);
  g.by_id_.reserve(40000);
  g.by_key_.reserve(200000);
  g.max_words_.reserve(120000);
  std::vector<std::string> parent_ids;  // parallel to places_
  std::vector<std::string> wheres;      // "file:line" of each place, for link errors
  auto add_rows = [&](const std::string& path) {
    return ReadDataFile(path, kGazetteerHeader, [&](std::string_view line, const std::string& where) {
      Result<PlaceRow> row = ParsePlaceRow(line, where);
      if (!row.ok()) return row.status();
      const auto index = static_cast<uint32_t>(g.places_.size());
      if (!g.by_id_.emplace(row->id, index).second) {
        return Status::InvalidInput(where + ": duplicate id '" + row->id + "'");
      }
      if (row->kind == PlaceKind::kCountry) g.country_by_code_.emplace(row->country, index);
      if (row->feature == "PPLC") g.capital_by_code_.emplace(row->country, index);
      // The store tells a sea from a town by this prefix (claim_match.cc).
      if ((row->kind == PlaceKind::kNatural) != row->id.starts_with("natural:")) {
        return Status::InvalidInput(where + ": id '" + row->id +
                                    "': natural places, and only they, have ids starting with 'natural:'");
      }
      Place p;
      p.id = std::move(row->id);
      p.kind = row->kind;
      p.name = std::move(row->name);
      p.aliases = std::move(row->aliases);
      p.country_code = std::move(row->country);
      p.has_coords = row->has_coords;
      p.lat = row->lat;
      p.lon = row->lon;
      p.population = row->population;
      p.feature = std::move(row->feature);
      g.places_.push_back(std::move(p));
      parent_ids.push_back(std::move(row->parent));
      wheres.push_back(where);
      return Status::Ok();
    });
  };
  Status s = add_rows(dir + "/geonames.tsv");
  for (const char* optional : {"/local.tsv", "/natural.tsv"}) {
    if (s.ok() && std::filesystem::exists(dir + optional)) s = add_rows(dir + optional);
  }
  if (!s.ok()) return s;
  // Link parents and countries once every row is in: local rows point into
  // geonames.tsv, and the vector no longer moves.
  for (size_t i = 0; i < g.places_.size(); ++i) {
    Place& p = g.places_[i];
    if (!parent_ids[i].empty()) {
      const auto it = g.by_id_.find(parent_ids[i]);
      if (it == g.by_id_.end() || it->second == i) {
        return Status::InvalidInput(wheres[i] + ": unknown parent id '" + parent_ids[i] + "'");
      }
      p.parent = &g.places_[it->second];
    }
    // A sea or a desert may border many countries and belong to none.
    if (p.kind == PlaceKind::kNatural && p.country_code.empty()) continue;
    const auto country = g.country_by_code_.find(p.country_code);
    if (country == g.country_by_code_.end()) {
      return Status::InvalidInput(wheres[i] + ": unknown country code '" + p.country_code + "'");
    }
    p.country_name = g.places_[country->second].name;
  }
  s = g.AddCommonWords(dir + "/common_words.txt");
  if (s.ok()) s = g.AddDemonyms(dir + "/demonyms.tsv");
  if (!s.ok()) return s;
  for (uint32_t i = 0; i < g.places_.size(); ++i) {
    g.Index(i, g.places_[i].name);
    for (const std::string& alias : g.places_[i].aliases) g.Index(i, alias);
    // GeoNames spells regions "Northern Darfur", "Southern Kordofan"; news
    // writes "North Darfur", "South Kordofan".
    if (g.places_[i].kind == PlaceKind::kAdmin1) {
      const std::string& name = g.places_[i].name;
      for (std::string_view compass : {"North", "South", "East", "West"}) {
        const std::string adjective = std::string(compass) + "ern ";
        if (name.starts_with(adjective)) g.Index(i, std::string(compass) + name.substr(adjective.size() - 1), /*same_name=*/true);
      }
    }
  }
  return g;
}

}  // namespace crosscheck::geo

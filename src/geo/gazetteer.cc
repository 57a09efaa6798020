#include "geo/gazetteer.h"

#include <algorithm>

#include "geo/name_key.h"

namespace crosscheck::geo {
namespace {

int KindRank(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kLocal: return 0;
    case PlaceKind::kNatural: return 1;  // "the Red Sea" is the sea, not Sudan's Red Sea state
    case PlaceKind::kCountry: return 2;
    case PlaceKind::kAdmin1: return 3;
    case PlaceKind::kCity: return 4;
  }
  return 4;
}

bool IsAcronym(std::string_view spelling) {
  size_t letters = 0;
  for (char c : spelling) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

}  // namespace

const Place* Gazetteer::FindById(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &places_[it->second];
}

const Place* Gazetteer::FindCountry(std::string_view country_code) const {
  const auto it = country_by_code_.find(std::string(country_code));
  return it == country_by_code_.end() ? nullptr : &places_[it->second];
}

const Place* Gazetteer::FindCapital(std::string_view country_code) const {
  const auto it = capital_by_code_.find(std::string(country_code));
  return it == capital_by_code_.end() ? nullptr : &places_[it->second];
}

std::vector<const Place*> Gazetteer::parents(const Place& place) const {
  std::vector<const Place*> out;
  // The loader rejects unknown parents; the depth bound guards against a
  // cycle written by hand in local.tsv.
  for (const Place* p = place.parent; p != nullptr && out.size() < 16; p = p->parent) {
    out.push_back(p);
  }
  return out;
}

void Gazetteer::Index(uint32_t place, std::string_view spelling, bool same_name) {
  const NameKey key = MakeNameKey(spelling);
  if (key.key.empty()) return;
  std::vector<Entry>& entries = by_key_[key.key];
  for (const Entry& e : entries) {
    if (e.place == place) return;
  }
  const bool common = key.words == 1 && IsCommonWordKey(key.key);
  entries.push_back({place, key.had_article, IsAcronym(spelling), common, !same_name && spelling != places_[place].name});
  const std::string first = key.key.substr(0, key.key.find(' '));
  uint8_t& longest = max_words_[first];
  longest = std::max<uint8_t>(longest, static_cast<uint8_t>(std::min(key.words, 255)));
}

std::vector<const Place*> Gazetteer::Rank(const std::vector<Entry>& entries,
                                          bool text_had_article,
                                          std::string_view prefer_country) const {
  std::vector<Entry> sorted = entries;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Entry& a, const Entry& b) {
    const Place& pa = places_[a.place];
    const Place& pb = places_[b.place];
    // Hand-written places come first: their names were chosen to be unambiguous.
    const auto hand_written = [](const Place& p) {
      return p.kind == PlaceKind::kLocal || p.kind == PlaceKind::kNatural;
    };
    const bool la = hand_written(pa), lb = hand_written(pb);
    if (la != lb) return la;
    if (!prefer_country.empty()) {
      const bool ca = pa.country_code == prefer_country, cb = pb.country_code == prefer_country;
      if (ca != cb) return ca;
    }
    const bool aa = a.had_article == text_had_article, ab = b.had_article == text_had_article;
    if (aa != ab) return aa;
    if (KindRank(pa.kind) != KindRank(pb.kind)) return KindRank(pa.kind) < KindRank(pb.kind);
    return pa.population > pb.population;
  });
  std::vector<const Place*> out;
  for (const Entry& e : sorted) out.push_back(&places_[e.place]);
  // A region named like a city inside it is, in running text, the city.
  if (!out.empty() && out[0]->kind == PlaceKind::kAdmin1) {
    for (size_t i = 1; i < out.size(); ++i) {
      if (out[i]->kind == PlaceKind::kCity && out[i]->parent == out[0]) {
        std::rotate(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(i),
                    out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        break;
      }
    }
  }
  return out;
}

std::vector<const Place*> Gazetteer::FindAllByName(std::string_view name,
                                                   std::string_view prefer_country) const {
  const NameKey key = MakeNameKey(name);
  const auto it = by_key_.find(key.key);
  if (it == by_key_.end()) return {};
  return Rank(it->second, key.had_article, prefer_country);
}

const Place* Gazetteer::FindByName(std::string_view name) const {
  const std::vector<const Place*> all = FindAllByName(name);
  return all.empty() ? nullptr : all.front();
}

const Place* Gazetteer::FindDemonym(std::string_view word) const {
  const auto it = demonyms_.find(MakeNameKey(word).key);
  return it == demonyms_.end() ? nullptr : &places_[it->second];
}

}  // namespace crosscheck::geo

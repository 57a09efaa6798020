#include "extract/place_container.h"

#include <algorithm>
#include <array>

namespace crosscheck {
namespace {

bool IsCompassWord(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "north",     "south",     "east",      "west",      "central",   "northern",  "southern",
      "eastern",   "western",   "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern", "far",       "upper",     "lower"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool IsRegionOrCountry(const geo::Place& p) {
  return p.kind == geo::PlaceKind::kCountry || p.kind == geo::PlaceKind::kAdmin1;
}

bool LiesIn(const geo::Gazetteer& gazetteer, const geo::Place& place, const geo::Place& container) {
  if (&place == &container) return true;
  if (container.kind == geo::PlaceKind::kCountry) return place.country_code == container.country_code;
  for (const geo::Place* parent : gazetteer.parents(place)) {
    if (parent == &container) return true;
  }
  // A city in a city ("Gargaresh in Tripoli"): the gazetteer has no such
  // parent link, so the same country is as close as it can check.
  return container.kind != geo::PlaceKind::kAdmin1 && place.country_code == container.country_code;
}

// Whether the sentence holding token i names the country (by its name or a
// nationality word): "Passau, Germany", "the German city of Passau".
bool SentenceNamesCountry(const Doc& doc, const geo::Gazetteer& gazetteer, size_t i, std::string_view code) {
  const auto s = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), i,
                                  [](size_t token, const Sentence& x) { return token < x.token_begin; });
  if (s == doc.sentences.begin()) return false;
  const Sentence& sentence = *(s - 1);
  for (size_t k = sentence.token_begin; k < sentence.token_end; ++k) {
    if (!doc.tokens[k].capitalized) continue;
    if (const geo::Place* nation = gazetteer.FindDemonym(doc.tokens[k].lower); nation && nation->country_code == code) {
      return true;
    }
    const auto m = gazetteer.MatchAt(doc, k, code);
    if (m && m->place->kind == geo::PlaceKind::kCountry && m->place->country_code == code) return true;
  }
  return false;
}

}  // namespace

const geo::Place* ContainerNamedAfter(const Doc& doc, const geo::Gazetteer& gazetteer, size_t end,
                                      std::string_view prefer_country) {
  // "Kufra Tenga in North Darfur": the gazetteer matched only the first
  // word of a longer name; the container follows the whole name.
  constexpr int kMaxNameRest = 3;
  for (int rest = 0; rest < kMaxNameRest && end + 1 < doc.tokens.size() && doc.tokens[end].capitalized &&
                     doc.tokens[end].kind == TokenKind::kWord && doc.tokens[end].space_before;
       ++rest) {
    ++end;
  }
  if (end >= doc.tokens.size()) return nullptr;
  const std::string_view next = doc.token_text(end);
  size_t k = end + 1;
  if (doc.tokens[end].lower == "in") {
    if (k < doc.tokens.size() && doc.tokens[k].lower == "the") ++k;
    // "in northern Mali", but "in North Darfur" is the region's name.
    if (k + 1 < doc.tokens.size() && IsCompassWord(doc.tokens[k].lower) && !gazetteer.MatchAt(doc, k, prefer_country)) {
      ++k;
    }
  } else if (next != ",") {
    return nullptr;
  }
  if (k >= doc.tokens.size() || !doc.tokens[k].capitalized) return nullptr;
  const auto match = gazetteer.MatchAt(doc, k, prefer_country);
  if (!match || !match->place) return nullptr;
  // "off Lampedusa in the Mediterranean": a sea or a desert holds no towns in the gazetteer.
  if (match->place->kind == geo::PlaceKind::kNatural || match->place->country_code.empty()) return nullptr;
  // After a comma only a country or region: "Tripoli, Benghazi and Misrata" is a list.
  if (next == "," && !IsRegionOrCountry(*match->place)) return nullptr;
  return match->place;
}

const geo::Place* ReadingWithin(const geo::Gazetteer& gazetteer, const geo::PlaceMatch& match,
                                const geo::Place& container) {
  if (match.place && LiesIn(gazetteer, *match.place, container)) return match.place;
  for (const geo::Place* p : match.candidates) {
    if (LiesIn(gazetteer, *p, container)) return p;
  }
  return nullptr;
}

const geo::Place* ReadingInContext(const Doc& doc, const geo::Gazetteer& gazetteer, size_t begin,
                                   const geo::PlaceMatch& match, std::string_view prefer_country,
                                   bool armed_group_noun_next) {
  const geo::Place* container = ContainerNamedAfter(doc, gazetteer, begin + match.tokens, prefer_country);
  if (container) return ReadingWithin(gazetteer, match, *container);
  const bool town_abroad = !prefer_country.empty() && match.place->country_code != prefer_country &&
                           (match.place->kind == geo::PlaceKind::kCity || match.place->kind == geo::PlaceKind::kAdmin1);
  // "Fano fighters" in a report about Ethiopia: a town abroad before
  // "fighters" or "militia" is the name of an armed group.
  if (town_abroad && armed_group_noun_next) return nullptr;
  // "a Hamas command centre" in a report about Gaza: an alternate name of a
  // town abroad, not where anything is said to happen, is some other name.
  // With no country known for the report, every town is as good as abroad.
  const bool town = match.place->kind == geo::PlaceKind::kCity || match.place->kind == geo::PlaceKind::kAdmin1;
  if (match.by_alias && (town_abroad || (prefer_country.empty() && town))) {
    const std::string& before = begin > 0 ? doc.tokens[begin - 1].lower : std::string();
    const bool where = before == "in" || before == "at" || before == "near" || before == "from" || before == "off" ||
                       before == "outside" || before == "to" || before == "into" || before == "across";
    if (!where) return nullptr;
    // "in Bassa local government area" in a report about Nigeria: an
    // alternate spelling of a town abroad (Passau's "Bassa") is that town
    // only when the sentence names its country.
    if (!SentenceNamesCountry(doc, gazetteer, begin, match.place->country_code)) return nullptr;
  }
  return match.place;
}

}  // namespace crosscheck

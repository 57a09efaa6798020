// Alias selection for the generator. GeoNames lists every name a place has in
// any language (Tripoli has 60+ Latin-script ones); the gazetteer keeps the
// few that English news is likely to use, because every alias is also a
// chance of a false match.
#include <algorithm>
#include <map>
#include <utility>

#include "geo/make_gazetteer.h"
#include "geo/name_key.h"

namespace crosscheck::geo {
namespace {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Rejects codes ("TIP"), romanizations in lower case ("tarabulus"), names with
// digits or brackets, and non-Latin scripts.
bool PlausibleAlias(std::string_view alias) {
  if (alias.size() < 3 || alias.size() > 40) return false;
  if (alias.find_first_of("0123456789()[],/=") != std::string_view::npos) return false;
  if (!IsLatinScript(alias)) return false;
  const std::vector<NamePiece> pieces = SplitPieces(alias);
  if (pieces.empty() || !pieces.front().upper) return false;
  bool has_lower = false;
  for (char c : alias) has_lower |= (c >= 'a' && c <= 'z');
  return has_lower;
}

struct Candidate {
  std::string spelling;  // representative spelling of the key
  size_t forms = 0;      // distinct spellings that fold to the key
  size_t distance = 0;   // edit distance of the key to the primary key
};

}  // namespace

std::vector<std::string> SelectAliases(std::string_view name, std::string_view alternates,
                                       size_t max) {
  const std::string primary = MakeNameKey(name).key;
  std::map<std::string, Candidate> by_key;
  size_t start = 0;
  while (start <= alternates.size()) {
    size_t comma = alternates.find(',', start);
    if (comma == std::string_view::npos) comma = alternates.size();
    const std::string_view alias = alternates.substr(start, comma - start);
    start = comma + 1;
    if (!PlausibleAlias(alias)) continue;
    const std::string key = MakeNameKey(alias).key;
    if (key.empty() || key == primary) continue;
    Candidate& c = by_key[key];
    ++c.forms;
    if (c.spelling.empty() || (IsAscii(alias) && !IsAscii(c.spelling))) c.spelling = alias;
    c.distance = EditDistance(key, primary);
  }
  std::vector<Candidate> kept;
  for (auto& [key, c] : by_key) {
    // Close spellings are variants of the same name; a distant name is kept
    // only when GeoNames lists it in several accent forms, a sign that it is
    // an established transliteration rather than one language's exonym.
    const size_t close = std::max<size_t>(2, primary.size() / 3);
    if (c.distance <= close || c.forms >= 2) kept.push_back(std::move(c));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    if (a.forms != b.forms) return a.forms > b.forms;
    return a.distance < b.distance;
  });
  std::vector<std::string> out;
  for (size_t i = 0; i < kept.size() && i < max; ++i) out.push_back(std::move(kept[i].spelling));
  return out;
}

std::vector<std::string> CountryAliases(std::string_view cc) {
  // General English usage; GeoNames' own country names are the primary names.
  static const std::map<std::string_view, std::vector<std::string>> kAliases = {
      {"AE", {"UAE", "Emirates"}},
      {"BA", {"Bosnia", "Bosnia-Herzegovina"}},
      {"BN", {"Brunei Darussalam"}},
      {"BS", {"The Bahamas"}},
      {"CD", {"DR Congo", "DRC", "Congo", "Congo-Kinshasa", "Democratic Republic of Congo"}},
      {"CF", {"CAR"}},
      {"CG", {"Congo-Brazzaville", "Congo Republic", "Republic of Congo"}},
      {"CI", {"Cote d'Ivoire"}},
      {"CV", {"Cape Verde"}},
      {"CZ", {"Czech Republic"}},
      {"FM", {"Federated States of Micronesia"}},
      {"GB", {"Britain", "Great Britain", "UK", "U.K."}},
      {"GM", {"The Gambia"}},
      {"IR", {"Islamic Republic of Iran"}},
      {"KN", {"St Kitts and Nevis"}},
      {"KP", {"DPRK", "Democratic People's Republic of Korea"}},
      {"KR", {"Republic of Korea"}},
      {"LA", {"Lao PDR"}},
      {"LC", {"St Lucia"}},
      {"MD", {"Republic of Moldova"}},
      {"MK", {"Macedonia"}},
      {"MM", {"Burma"}},
      {"NL", {"Netherlands", "Holland"}},
      {"PS", {"Palestine", "Palestinian Territories", "State of Palestine"}},
      {"RU", {"Russian Federation"}},
      {"SA", {"KSA"}},
      {"SY", {"Syrian Arab Republic"}},
      {"SZ", {"Swaziland"}},
      {"TL", {"East Timor", "Timor-Leste"}},
      {"TR", {"Turkiye"}},
      {"TZ", {"United Republic of Tanzania"}},
      {"US", {"United States of America", "USA", "U.S.", "U.S.A.", "US", "America"}},
      {"VA", {"Vatican City", "Holy See"}},
      {"VC", {"St Vincent and the Grenadines"}},
      {"VI", {"US Virgin Islands"}},
      {"VN", {"Viet Nam"}},
  };
  const auto it = kAliases.find(cc);
  return it == kAliases.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace crosscheck::geo

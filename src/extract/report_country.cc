#include "extract/report_country.h"

#include <map>
#include <set>
#include <vector>

#include "extract/place_container.h"

namespace crosscheck {

std::string ReportCountry(const Doc& doc, const geo::Gazetteer& gazetteer) {
  std::map<std::string, int> votes;
  // Names with readings in several countries ("Gaza": a province of
  // Mozambique, a city in Palestine), by the countries they may mean.
  std::vector<std::set<std::string>> ambiguous;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (!doc.tokens[i].capitalized) continue;
    if (auto demonym = gazetteer.MatchDemonymAt(doc, i)) {
      ++votes[demonym->first->country_code];
      i += demonym->second - 1;
      continue;
    }
    const auto match = gazetteer.MatchAt(doc, i);
    if (!match) continue;
    // An alternate name is weak evidence: "Hamas" is among the names of Hamm.
    if (match->by_alias) {
      i += match->tokens - 1;
      continue;
    }
    // "Boni in central Mali": the larger place named after it decides.
    const geo::Place* container = ContainerNamedAfter(doc, gazetteer, i + match->tokens, {});
    const geo::Place* reading = container ? ReadingWithin(gazetteer, *match, *container) : match->place;
    if (!reading) {
      i += match->tokens - 1;
      continue;
    }
    const std::string& country = reading->country_code;
    bool one_country = !country.empty();
    if (!container) {
      for (const geo::Place* p : match->candidates) one_country = one_country && p->country_code == country;
    }
    if (one_country) {
      ++votes[country];
    } else if (!container) {
      std::set<std::string> countries;
      for (const geo::Place* p : match->candidates) {
        if (!p->country_code.empty()) countries.insert(p->country_code);
      }
      ambiguous.push_back(std::move(countries));
    }
    i += match->tokens - 1;
  }
  // An ambiguous name votes for the one country among its readings that
  // plain evidence already points to.
  std::map<std::string, int> more;
  for (const auto& countries : ambiguous) {
    std::string only;
    int supported = 0;
    for (const auto& c : countries) {
      if (votes.count(c)) {
        only = c;
        ++supported;
      }
    }
    if (supported == 1) ++more[only];
  }
  for (const auto& [country, n] : more) votes[country] += n;
  std::string best;
  int best_votes = 0, runner_up = 0;
  for (const auto& [country, n] : votes) {
    if (n > best_votes) {
      runner_up = best_votes;
      best_votes = n;
      best = country;
    } else if (n > runner_up) {
      runner_up = n;
    }
  }
  return best_votes >= 2 && best_votes > runner_up ? best : std::string();
}

}  // namespace crosscheck

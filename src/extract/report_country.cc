#include "extract/report_country.h"

#include <map>

#include "extract/place_container.h"

namespace crosscheck {

std::string ReportCountry(const Doc& doc, const geo::Gazetteer& gazetteer) {
  std::map<std::string, int> votes;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (!doc.tokens[i].capitalized) continue;
    if (auto demonym = gazetteer.MatchDemonymAt(doc, i)) {
      ++votes[demonym->first->country_code];
      i += demonym->second - 1;
      continue;
    }
    const auto match = gazetteer.MatchAt(doc, i);
    if (!match) continue;
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
    if (one_country) ++votes[country];
    i += match->tokens - 1;
  }
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

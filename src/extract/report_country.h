// The country a report is mostly about, to read ambiguous place names by:
// "Khoms" in a report about Libya is Al Khums, not Homs in Syria.
//
// Every place name whose readings all lie in one country, and every
// nationality word ("Libyan"), votes for that country; a country name votes
// for itself; a name with readings in several countries votes for the one
// of them that those votes already support. The leader wins if it has at least two votes and more than
// any other country; otherwise there is no prior and the gazetteer's own
// ranking (population, kind) decides.
#pragma once

#include <string>

#include "geo/gazetteer.h"
#include "text/doc.h"

namespace crosscheck {

// ISO country code, or "" when no country leads.
std::string ReportCountry(const Doc& doc, const geo::Gazetteer& gazetteer);

}  // namespace crosscheck

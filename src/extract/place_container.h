// "the town of Boni in central Mali", "Kuriga, Kaduna State": a place name
// followed by the larger place it lies in. The larger place decides which
// reading of the name is meant, and rules out readings elsewhere: GeoNames
// lists "Boni" among the names of Bonn, which no report about Mali means.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "geo/gazetteer.h"
#include "text/doc.h"

namespace crosscheck {

// The place named right after a place name that ends before token `end`:
// "in [the] [central|northern|...] <place>", or ", <country or region>".
// Null when none is named.
const geo::Place* ContainerNamedAfter(const Doc& doc, const geo::Gazetteer& gazetteer, size_t end,
                                      std::string_view prefer_country);

// The reading of `match` that lies in `container` (the preferred one when it
// does), or null when no reading does.
const geo::Place* ReadingWithin(const geo::Gazetteer& gazetteer, const geo::PlaceMatch& match,
                                const geo::Place& container);

// The preferred reading of the place name `match` starting at token
// `begin`, checked against the container named after it; null when the
// container rules every reading out, or when the name is only an alternate
// name of a place outside `prefer_country` and no preposition of place
// stands before it.
// `armed_group_noun_next`: the name stands before "fighters", "militia" and
// the like, so a town abroad of that name is an armed group's name instead.
const geo::Place* ReadingInContext(const Doc& doc, const geo::Gazetteer& gazetteer, size_t begin,
                                   const geo::PlaceMatch& match, std::string_view prefer_country,
                                   bool armed_group_noun_next = false);

}  // namespace crosscheck

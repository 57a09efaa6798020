#include "store/export_row.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace crosscheck {

namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<int64_t> Int(const json& j, const char* key) {
  if (!j.is_object()) return std::nullopt;
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<int64_t>();
}

std::optional<double> Real(const json& j, const char* key) {
  if (!j.is_object()) return std::nullopt;
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

const json& Field(const json& j, const char* key) {
  static const json kNull;
  if (!j.is_object()) return kNull;
  auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

// Distinct non-empty values in first-seen order, "; "-joined.
class DistinctList {
 public:
  void Add(const std::string& value) {
    if (value.empty() || std::find(values_.begin(), values_.end(), value) != values_.end()) return;
    values_.push_back(value);
  }
  std::string Joined() const {
    std::string out;
    for (const auto& v : values_) out += (out.empty() ? "" : "; ") + v;
    return out;
  }

 private:
  std::vector<std::string> values_;
};

// "some", "several", a bare plural: too vague to bound a figure (the same
// rule keeps them out of count contradictions).
bool VagueCount(const json& count) {
  const json& approx = Field(count, "approx");
  return approx.is_boolean() && approx.get<bool>() && !Int(count, "max") && Int(count, "min").value_or(0) <= 2;
}

std::string SpeakerName(const json& claim) {
  const json& speaker = Field(claim, "speaker");
  if (speaker.is_string()) return speaker.get<std::string>();
  const std::string name = Str(speaker, "name");
  return name.empty() ? Str(speaker, "id") : name;
}

std::string AgentName(const json& claim) {
  const json& agent = Field(claim, "agent");
  if (agent.is_string()) return agent.get<std::string>();
  const std::string name = Str(agent, "name");
  return name.empty() ? Str(agent, "text") : name;
}

std::string PlaceName(const json& place) { return place.is_string() ? place.get<std::string>() : Str(place, "name"); }

std::string CountryOf(const json& place) {
  if (std::string name = Str(place, "country_name"); !name.empty()) return name;
  const json& parents = Field(place, "parents");
  if (parents.is_array() && !parents.empty() && parents.back().is_string()) return parents.back().get<std::string>();
  return Str(place, "country");
}

// The claim place that names the incident's place, preferring one with
// coordinates.
const json* IncidentPlace(const json& incident) {
  const std::string label = Str(incident, "place");
  const json* found = nullptr;
  if (label.empty()) return found;
  for (const auto& claim : Field(incident, "claims")) {
    const json& place = Field(claim, "place");
    if (PlaceName(place) != label) continue;
    if (Real(place, "lat") && Real(place, "lon")) return &place;
    if (!found) found = &place;
  }
  return found;
}

void SetCounts(const json& claims, IncidentRow& row) {
  bool open_ended = false, any = false;
  for (const auto& claim : claims) {
    const json& count = Field(claim, "count");
    if (Str(claim, "stance") != "asserts" || !count.is_object() || VagueCount(count)) continue;
    const auto lo = Int(count, "min"), hi = Int(count, "max");
    if (!lo && !hi) continue;
    any = true;
    if (lo) row.count_min = row.count_min ? std::min(*row.count_min, *lo) : *lo;
    if (!hi) open_ended = true;
    if (hi) row.count_max = row.count_max ? std::max(*row.count_max, *hi) : *hi;
  }
  if (open_ended || !any) row.count_max.reset();
}

std::string Contradictions(const json& incident) {
  std::map<std::string, std::string> speaker_of;
  for (const auto& claim : Field(incident, "claims")) speaker_of[Str(claim, "id")] = SpeakerName(claim);
  DistinctList out;
  for (const auto& k : Field(incident, "contradictions")) {
    const json& ids = Field(k, "claims");
    if (!ids.is_array() || ids.size() != 2 || !ids[0].is_string() || !ids[1].is_string()) continue;
    // The same two speakers may disagree over several claim pairs: name them once.
    std::string a = speaker_of[ids[0].get<std::string>()], b = speaker_of[ids[1].get<std::string>()];
    if (b < a) std::swap(a, b);
    out.Add(Str(k, "kind") + ": " + a + " vs " + b);
  }
  return out.Joined();
}

std::string FirstPublished(const json& claims) {
  std::string first;
  for (const auto& claim : claims) {
    const std::string published = Str(Field(claim, "document"), "published");
    if (!published.empty() && (first.empty() || published < first)) first = published;
  }
  return first;
}

std::string Notes(const json& incident, const IncidentRow& row) {
  std::string notes = row.id;
  if (const std::string facility = Str(incident, "facility"); !facility.empty()) notes += "; facility: " + facility;
  std::string said;
  for (const auto& line : Field(incident, "summary")) {
    if (line.is_string()) said += (said.empty() ? "" : " | ") + line.get<std::string>();
  }
  if (!said.empty()) notes += "; " + said;
  if (row.geo_precision == 3) notes += "; placed only by its country";
  if (row.event_date.empty()) {
    const std::string first = FirstPublished(Field(incident, "claims"));
    notes += first.empty() ? "; no event date" : "; no event date, first reported " + first;
  }
  return notes;
}

}  // namespace

IncidentRow RowFromIncident(const json& incident) {
  IncidentRow row;
  row.id = Str(incident, "id");
  row.type = Str(incident, "type");
  row.event_date = Str(incident, "first_date");
  const json& claims = Field(incident, "claims");
  DistinctList agents, victims, sources;
  for (const auto& claim : claims) {
    sources.Add(Str(Field(claim, "document"), "source"));
    if (Str(claim, "stance") != "asserts") continue;
    agents.Add(AgentName(claim));
    victims.Add(Str(claim, "victims"));
  }
  row.agent = agents.Joined();
  row.victims = victims.Joined();
  row.sources = sources.Joined();
  row.location = Str(incident, "place");
  if (const json* place = IncidentPlace(incident)) {
    row.country = CountryOf(*place);
    row.latitude = Real(*place, "lat");
    row.longitude = Real(*place, "lon");
    if (!row.latitude || !row.longitude) row.latitude.reset(), row.longitude.reset();
    const json& parents = Field(*place, "parents");
    const size_t depth = parents.is_array() ? parents.size() : 0;
    row.geo_precision = depth >= 2 ? 1 : depth == 1 ? 2 : 3;
  }
  SetCounts(claims, row);
  row.contradictions = Contradictions(incident);
  row.notes = Notes(incident, row);
  return row;
}

}  // namespace crosscheck

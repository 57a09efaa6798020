#include "extract/json_writer.h"

namespace crosscheck {

namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Objects are built key by key and subtrees are moved in: nlohmann's
// initializer-list form builds a small array per key-value pair and copies
// every named subtree, which made this the costliest part of Extract.
json PlaceJson(const geo::Gazetteer& gazetteer, int index) {
  const geo::Place& p = gazetteer.places()[static_cast<size_t>(index)];
  json parents = json::array();
  for (const geo::Place* parent : gazetteer.parents(p)) parents.push_back(parent->name);
  json j = json::object();
  j["name"] = p.name;
  j["id"] = p.id;
  j["country"] = OrNull(p.country_code);  // a sea may lie in no one country
  j["parents"] = std::move(parents);
  if (p.has_coords) {
    j["lat"] = p.lat;
    j["lon"] = p.lon;
  }
  return j;
}

json EntityJson(const Extraction& x, const Entity& e, const geo::Gazetteer& gazetteer) {
  json j = json::object();
  j["id"] = e.id;
  j["name"] = e.name;
  j["type"] = EntityTypeName(e.type);
  if (!e.aliases.empty()) j["aliases"] = e.aliases;
  if (!e.roles.empty()) j["roles"] = e.roles;
  if (e.affiliation >= 0) j["affiliation"] = x.entities[static_cast<size_t>(e.affiliation)].id;
  if (e.place >= 0) j["place"] = PlaceJson(gazetteer, e.place);
  return j;
}

json ClaimJson(const Extraction& x, const Claim& c, const geo::Gazetteer& gazetteer) {
  json j;
  j["id"] = c.id;
  switch (c.speaker.kind) {
    case Speaker::kEntity: j["speaker"] = x.entities[static_cast<size_t>(c.speaker.entity)].id; break;
    case Speaker::kUnnamed: j["speaker"] = "unnamed"; break;
    case Speaker::kNarrator: j["speaker"] = "narrator"; break;
  }
  j["stance"] = StanceName(c.stance);
  j["type"] = c.type;
  if (c.count) {
    json count = json::object();
    count["min"] = c.count->min ? json(*c.count->min) : json(nullptr);
    count["max"] = c.count->max ? json(*c.count->max) : json(nullptr);
    count["approx"] = c.count->approx;
    count["text"] = c.count->text;
    j["count"] = std::move(count);
  } else {
    j["count"] = nullptr;
  }
  j["victims"] = OrNull(c.victims);
  if (c.agent.empty()) {
    j["agent"] = nullptr;
  } else {
    // "name" is the entity's canonical name when known, so aliases resolve.
    json a = json::object();
    a["text"] = c.agent;
    if (c.agent_entity >= 0) {
      const Entity& e = x.entities[static_cast<size_t>(c.agent_entity)];
      a["name"] = e.name;
      a["entity"] = e.id;
    } else {
      a["name"] = c.agent;
    }
    j["agent"] = std::move(a);
  }
  j["cause"] = OrNull(c.cause);
  j["place"] = c.place && c.place->place >= 0 ? PlaceJson(gazetteer, c.place->place) : json(nullptr);
  j["facility"] = OrNull(c.facility);
  if (c.when) {
    json w = json::object();
    w["text"] = c.when->text;
    if (!c.when->date.empty()) w["date"] = c.when->date;
    if (!c.when->start.empty()) w["start"] = c.when->start;
    if (!c.when->end.empty()) w["end"] = c.when->end;
    j["when"] = std::move(w);
  } else {
    j["when"] = nullptr;
  }
  json evidence = json::object();
  evidence["document"] = x.document_id;
  evidence["sentence"] = c.sentence;
  json span = json::array();
  span.push_back(x.doc.codepoint_offset(c.span_begin));
  span.push_back(x.doc.codepoint_offset(c.span_end));
  evidence["span"] = std::move(span);
  evidence["text"] = std::string(x.doc.span_text(c.span_begin, c.span_end));
  j["evidence"] = std::move(evidence);
  return j;
}

}  // namespace

json ToJson(const Extraction& x, const geo::Gazetteer& gazetteer) {
  json doc = json::object();
  doc["id"] = x.document_id;
  doc["source"] = x.report.source;
  doc["published"] = OrNull(x.report.published);
  if (!x.report.url.empty()) doc["url"] = x.report.url;
  if (!x.report.title.empty()) doc["title"] = x.report.title;
  json entities = json::array();
  entities.get_ref<json::array_t&>().reserve(x.entities.size());
  for (const auto& e : x.entities) entities.push_back(EntityJson(x, e, gazetteer));
  json claims = json::array();
  claims.get_ref<json::array_t&>().reserve(x.claims.size());
  for (const auto& c : x.claims) claims.push_back(ClaimJson(x, c, gazetteer));
  json incidents = json::array();
  for (const auto& inc : x.incidents) {
    json ids = json::array();
    for (size_t i : inc.claims) ids.push_back(x.claims[i].id);
    json contradictions = json::array();
    for (const auto& k : inc.contradictions) {
      json pair = json::array();
      pair.push_back(x.claims[k.a].id);
      pair.push_back(x.claims[k.b].id);
      json kj = json::object();
      kj["kind"] = ContradictionKindName(k.kind);
      kj["claims"] = std::move(pair);
      contradictions.push_back(std::move(kj));
    }
    json ij = json::object();
    ij["id"] = inc.id;
    ij["type"] = inc.type;
    ij["claims"] = std::move(ids);
    ij["contradictions"] = std::move(contradictions);
    incidents.push_back(std::move(ij));
  }
  json out = json::object();
  out["document"] = std::move(doc);
  out["entities"] = std::move(entities);
  out["claims"] = std::move(claims);
  out["incidents"] = std::move(incidents);
  return out;
}

}  // namespace crosscheck

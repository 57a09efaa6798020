#include "extract/json_writer.h"

namespace crosscheck {

namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json PlaceJson(const geo::Gazetteer& gazetteer, int index) {
  const geo::Place& p = gazetteer.places()[static_cast<size_t>(index)];
  json parents = json::array();
  for (const geo::Place* parent : gazetteer.parents(p)) parents.push_back(parent->name);
  json j = {{"name", p.name}, {"id", p.id}, {"country", p.country_code}, {"parents", parents}};
  if (p.has_coords) {
    j["lat"] = p.lat;
    j["lon"] = p.lon;
  }
  return j;
}

json EntityJson(const Extraction& x, const Entity& e, const geo::Gazetteer& gazetteer) {
  json j = {{"id", e.id}, {"name", e.name}, {"type", EntityTypeName(e.type)}};
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
    j["count"] = {{"min", c.count->min ? json(*c.count->min) : json(nullptr)},
                  {"max", c.count->max ? json(*c.count->max) : json(nullptr)},
                  {"approx", c.count->approx},
                  {"text", c.count->text}};
  } else {
    j["count"] = nullptr;
  }
  j["victims"] = OrNull(c.victims);
  if (c.agent.empty()) {
    j["agent"] = nullptr;
  } else {
    // "name" is the entity's canonical name when known, so aliases resolve.
    json a = {{"text", c.agent}};
    if (c.agent_entity >= 0) {
      const Entity& e = x.entities[static_cast<size_t>(c.agent_entity)];
      a["name"] = e.name;
      a["entity"] = e.id;
    } else {
      a["name"] = c.agent;
    }
    j["agent"] = a;
  }
  j["cause"] = OrNull(c.cause);
  j["place"] = c.place && c.place->place >= 0 ? PlaceJson(gazetteer, c.place->place) : json(nullptr);
  j["facility"] = OrNull(c.facility);
  if (c.when) {
    json w = {{"text", c.when->text}};
    if (!c.when->date.empty()) w["date"] = c.when->date;
    if (!c.when->start.empty()) w["start"] = c.when->start;
    if (!c.when->end.empty()) w["end"] = c.when->end;
    j["when"] = w;
  } else {
    j["when"] = nullptr;
  }
  j["evidence"] = {{"document", x.document_id},
                   {"sentence", c.sentence},
                   {"span", {x.doc.codepoint_offset(c.span_begin), x.doc.codepoint_offset(c.span_end)}},
                   {"text", std::string(x.doc.span_text(c.span_begin, c.span_end))}};
  return j;
}

}  // namespace

json ToJson(const Extraction& x, const geo::Gazetteer& gazetteer) {
  json doc = {{"id", x.document_id}, {"source", x.report.source}, {"published", OrNull(x.report.published)}};
  if (!x.report.url.empty()) doc["url"] = x.report.url;
  if (!x.report.title.empty()) doc["title"] = x.report.title;
  json entities = json::array();
  for (const auto& e : x.entities) entities.push_back(EntityJson(x, e, gazetteer));
  json claims = json::array();
  for (const auto& c : x.claims) claims.push_back(ClaimJson(x, c, gazetteer));
  json incidents = json::array();
  for (const auto& inc : x.incidents) {
    json ids = json::array();
    for (size_t i : inc.claims) ids.push_back(x.claims[i].id);
    json contradictions = json::array();
    for (const auto& k : inc.contradictions) {
      contradictions.push_back({{"kind", ContradictionKindName(k.kind)},
                                {"claims", {x.claims[k.a].id, x.claims[k.b].id}}});
    }
    incidents.push_back({{"id", inc.id}, {"type", inc.type}, {"claims", ids}, {"contradictions", contradictions}});
  }
  return {{"document", doc}, {"entities", entities}, {"claims", claims}, {"incidents", incidents}};
}

}  // namespace crosscheck

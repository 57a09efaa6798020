// SqlStore: putting documents into the store.
//
// Incident assignment works per unit: the claims one report already grouped
// into one incident (resolve/incidents.h) travel together. A unit joins the
// stored incident of its type whose every claim is compatible with every
// claim of the unit and that shares the most anchors (claim_match.h); with
// no such incident it starts a new one. Incidents the same report already
// joined are not candidates: the extractor kept its own incidents apart. An
// incident the analyst merged vouches for its claims as one event although
// they differ, so there a unit need only fit some of its claims.
#include <map>
#include <optional>

#include "store/sql_store.h"

namespace crosscheck {

using nlohmann::json;

namespace {

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const json& Field(const json& j, const char* key) {
  static const json kNull;
  auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

std::string SpeakerName(const json& claim, const json& document, const json& entities) {
  const std::string speaker = Str(claim, "speaker");
  if (speaker == "narrator") {
    const std::string source = Str(document, "source");
    return source.empty() ? "narrator" : source;
  }
  if (speaker == "unnamed" || speaker.empty()) return "unnamed source";
  if (entities.is_array()) {
    for (const auto& e : entities) {
      if (Str(e, "id") == speaker) return Str(e, "name");
    }
  }
  return speaker;
}

bool HasOwnDate(const json& claim) {
  const json& when = Field(claim, "when");
  return when.is_object() && (when.contains("date") || when.contains("start") || when.contains("end"));
}

}  // namespace


Status SqlStore::Fault(std::string_view point) const {
  return options_.fault_hook ? options_.fault_hook(point) : Status::Ok();
}

Result<bool> SqlStore::HasDocument(std::string_view document_id) {
  auto q = db_->Prepare("SELECT 1 FROM documents WHERE id = ?1");
  if (!q.ok()) return q.status();
  return q->Bind(1, document_id).Step();
}

Status SqlStore::InsertDocument(const json& document, std::string_view text, const ExtractionVersion& version) {
  auto ins = db_->Prepare(
      "INSERT INTO documents(id, source, published, url, title, text, crosscheck_version, lexicon_version)"
      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  if (!ins.ok()) return ins.status();
  const std::string id = Str(document, "id"), title = Str(document, "title");
  ins->Bind(1, id).Bind(2, Str(document, "source")).BindTextOrNull(3, Str(document, "published"));
  ins->BindTextOrNull(4, Str(document, "url")).BindTextOrNull(5, title).Bind(6, text);
  ins->Bind(7, version.crosscheck).Bind(8, version.lexicon);
  if (Status s = ins->Run(); !s.ok()) return s;
  auto fts = db_->Prepare("INSERT INTO search(body, kind, document_id) VALUES(?1, 'document', ?2)");
  if (!fts.ok()) return fts.status();
  return fts->Bind(1, title.empty() ? std::string(text) : title + "\n\n" + std::string(text)).Bind(2, id).Run();
}

Status SqlStore::InsertEntities(const std::string& doc_id, const json& entities) {
  if (!entities.is_array()) return Status::Ok();
  auto ins = db_->Prepare("INSERT INTO entities(document_id, local_id, name, type, json) VALUES(?1, ?2, ?3, ?4, ?5)"
                          " ON CONFLICT DO NOTHING");
  if (!ins.ok()) return ins.status();
  for (const auto& e : entities) {
    if (!e.is_object() || Str(e, "id").empty()) continue;
    ins->Reset();
    ins->Bind(1, doc_id).Bind(2, Str(e, "id")).Bind(3, Str(e, "name")).BindTextOrNull(4, Str(e, "type"));
    if (Status s = ins->Bind(5, e.dump()).Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::vector<std::pair<int64_t, ClaimFacts>>> SqlStore::IncidentClaims(int64_t incident) {
  auto q = db_->Prepare(
      "SELECT id, type, stance, speaker_key, has_count, count_min, count_max, approx, cause, agent,"
      " agent_is_entity, place_id, place_name, place_parents, facility, day_lo, day_hi"
      " FROM claims WHERE incident_id = ?1 ORDER BY id");
  if (!q.ok()) return q.status();
  q->Bind(1, incident);
  std::vector<std::pair<int64_t, ClaimFacts>> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ClaimFacts f;
    f.type = q->Text(1);
    f.stance = q->Text(2);
    f.speaker = q->Text(3);
    f.has_count = q->Int(4) != 0;
    f.count_min = q->OptInt64(5);
    f.count_max = q->OptInt64(6);
    f.approx = q->Int(7) != 0;
    f.cause = q->Text(8);
    f.agent = q->Text(9);
    f.agent_is_entity = q->Int(10) != 0;
    f.place_id = q->Text(11);
    f.place_name = q->Text(12);
    const json parents = json::parse(q->Text(13), nullptr, false);
    if (parents.is_array()) {
      for (const auto& p : parents) f.place_parents.push_back(p.get<std::string>());
    }
    f.facility = q->Text(14);
    f.day_lo = q->OptInt(15);
    f.day_hi = q->OptInt(16);
    out.emplace_back(q->Int(0), std::move(f));
  }
  return out;
}

Result<int64_t> SqlStore::FindIncident(const std::string& type, const std::vector<NewClaim>& unit,
                                          const std::set<int64_t>& exclude) {
  std::optional<int> lo, hi;
  for (const auto& c : unit) {
    if (!c.facts.day_lo) continue;
    lo = lo ? std::min(*lo, *c.facts.day_lo) : *c.facts.day_lo;
    hi = hi ? std::max(*hi, *c.facts.day_hi) : *c.facts.day_hi;
  }
  // The casts type ?2 and ?3 for PostgreSQL, which cannot infer the type of
  // a parameter bound to NULL (an undated report) from "?2 IS NULL".
  auto q = db_->Prepare(
      "SELECT id, pinned FROM incidents WHERE type = ?1 AND (day_lo IS NULL OR CAST(?2 AS INTEGER) IS NULL"
      " OR (day_lo <= CAST(?3 AS INTEGER) + ?4 AND CAST(?2 AS INTEGER) <= day_hi + ?4)) ORDER BY id DESC LIMIT 500");
  if (!q.ok()) return q.status();
  q->Bind(1, type).Bind(2, lo).Bind(3, hi).Bind(4, int64_t{kDayTolerance});
  std::vector<std::pair<int64_t, bool>> candidates;  // id, merged by hand
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    if (!exclude.count(q->Int(0))) candidates.emplace_back(q->Int(0), (q->Int(1) & kPinnedMerged) != 0);
  }
  int64_t best = 0;
  int best_anchors = 0;
  for (const auto& [id, merged] : candidates) {
    auto stored = IncidentClaims(id);
    if (!stored.ok()) return stored.status();
    int anchors = 0;
    bool compatible = true;
    for (const auto& c : unit) {
      bool fits_some = false;
      for (const auto& [unused, s] : *stored) {
        const Fit fit = CompareForIncident(c.facts, s);
        fits_some |= fit.compatible;
        if (!merged) compatible &= fit.compatible;
        if (fit.compatible) anchors += fit.anchors;
      }
      compatible &= fits_some;
    }
    // Candidates come newest first; ">=" keeps the oldest among equals.
    if (compatible && anchors > 0 && anchors >= best_anchors) {
      best = id;
      best_anchors = anchors;
    }
  }
  return best;
}

Result<int64_t> SqlStore::NewIncident(const std::string& type, int64_t pinned) {
  auto ins = db_->Prepare("INSERT INTO incidents(type, pinned) VALUES(?1, ?2)");
  if (!ins.ok()) return ins.status();
  if (Status s = ins->Bind(1, type).Bind(2, pinned).Run(); !s.ok()) return s;
  return db_->LastInsertId();
}

Status SqlStore::InsertClaim(const std::string& doc_id, const NewClaim& c, int64_t incident,
                                const ExtractionVersion& version) {
  auto ins = db_->Prepare(
      "INSERT INTO claims(document_id, local_id, incident_id, type, stance, speaker_key, speaker_name,"
      " has_count, count_min, count_max, approx, cause, agent, agent_is_entity, place_id, place_name,"
      " place_label, place_parents, facility, facility_label, day_lo, day_hi, dated, json,"
      " crosscheck_version, lexicon_version) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
      " ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)");
  if (!ins.ok()) return ins.status();
  const ClaimFacts& f = c.facts;
  const json& claim = *c.claim;
  ins->Bind(1, doc_id).Bind(2, c.local_id).Bind(3, incident).Bind(4, f.type).Bind(5, f.stance);
  ins->Bind(6, f.speaker).Bind(7, c.speaker_name).Bind(8, int64_t{f.has_count});
  f.count_min ? ins->Bind(9, *f.count_min) : ins->BindNull(9);
  f.count_max ? ins->Bind(10, *f.count_max) : ins->BindNull(10);
  ins->Bind(11, int64_t{f.approx}).BindTextOrNull(12, f.cause).BindTextOrNull(13, f.agent);
  ins->Bind(14, int64_t{f.agent_is_entity}).BindTextOrNull(15, f.place_id).BindTextOrNull(16, f.place_name);
  const json& place = Field(claim, "place");
  ins->BindTextOrNull(17, place.is_object() ? Str(place, "name") : "");
  ins->Bind(18, json(f.place_parents).dump()).BindTextOrNull(19, f.facility).BindTextOrNull(20, Str(claim, "facility"));
  ins->Bind(21, f.day_lo).Bind(22, f.day_hi).Bind(23, int64_t{c.dated}).Bind(24, claim.dump());
  ins->Bind(25, version.crosscheck).Bind(26, version.lexicon);
  if (Status s = ins->Run(); !s.ok()) return s;
  auto claim_id = db_->LastInsertId();
  if (!claim_id.ok()) return claim_id.status();
  const json& evidence = Field(claim, "evidence");
  const std::string text = evidence.is_object() ? Str(evidence, "text") : "";
  if (text.empty()) return Status::Ok();
  auto fts = db_->Prepare("INSERT INTO search(body, kind, document_id, claim_id) VALUES(?1, 'claim', ?2, ?3)");
  if (!fts.ok()) return fts.status();
  return fts->Bind(1, text).Bind(2, doc_id).Bind(3, *claim_id).Run();
}

Result<PutOutcome> SqlStore::PutDocument(const json& extraction, std::string_view text,
                                            const ExtractionVersion& version) {
  // The extraction comes from our own extractor, but a hand-made or damaged
  // one must not throw through the API.
  try {
    return PutDocumentUnguarded(extraction, text, version);
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("extraction JSON has an unexpected shape: ") + e.what());
  }
}

std::vector<SqlStore::NewClaim> SqlStore::ClaimsOf(const json& extraction) {
  const json& document = Field(extraction, "document");
  const json& entities = Field(extraction, "entities");
  std::vector<NewClaim> all;
  if (const json& claims = Field(extraction, "claims"); claims.is_array()) {
    for (const auto& c : claims) {
      if (!c.is_object() || Str(c, "type").empty()) continue;
      all.push_back({Str(c, "id"), &c, FactsFromJson(c, document, entities), SpeakerName(c, document, entities),
                     HasOwnDate(c)});
    }
  }
  return all;
}

std::vector<std::vector<size_t>> SqlStore::UnitsOf(const json& extraction, const std::vector<NewClaim>& all) {
  std::map<std::string, size_t> by_local_id;
  for (size_t i = 0; i < all.size(); ++i) by_local_id.emplace(all[i].local_id, i);
  std::vector<std::vector<size_t>> units;
  std::vector<bool> placed(all.size(), false);
  if (const json& incidents = Field(extraction, "incidents"); incidents.is_array()) {
    for (const auto& inc : incidents) {
      std::vector<size_t> unit;
      for (const auto& id : Field(inc, "claims")) {
        auto it = id.is_string() ? by_local_id.find(id.get<std::string>()) : by_local_id.end();
        if (it == by_local_id.end() || placed[it->second]) continue;
        placed[it->second] = true;
        unit.push_back(it->second);
      }
      if (!unit.empty()) units.push_back(std::move(unit));
    }
  }
  for (size_t i = 0; i < all.size(); ++i) {
    if (!placed[i]) units.push_back({i});
  }
  return units;
}

Result<std::set<int64_t>> SqlStore::PlaceClaims(const std::string& doc_id, const json& extraction,
                                                const ExtractionVersion& version, const KeptPlaces& keep) {
  const std::vector<NewClaim> all = ClaimsOf(extraction);
  std::set<int64_t> touched;
  for (const auto& unit : UnitsOf(extraction, all)) {
    // A unit with a claim the analyst placed goes where that claim went.
    int64_t incident = 0;
    for (size_t i : unit) {
      if (auto k = keep.find(i); k != keep.end()) {
        incident = k->second;
        break;
      }
    }
    if (incident == 0) {
      std::vector<NewClaim> members;
      for (size_t i : unit) members.push_back(all[i]);
      auto found = FindIncident(members.front().facts.type, members, touched);
      if (!found.ok()) return found.status();
      incident = *found;
    }
    if (incident == 0) {
      auto created = NewIncident(all[unit.front()].facts.type, 0);
      if (!created.ok()) return created.status();
      incident = *created;
    }
    for (size_t i : unit) {
      auto k = keep.find(i);
      if (Status s = InsertClaim(doc_id, all[i], k != keep.end() ? k->second : incident, version); !s.ok()) return s;
      touched.insert(k != keep.end() ? k->second : incident);
    }
  }
  return touched;
}

Result<PutOutcome> SqlStore::PutDocumentUnguarded(const json& extraction, std::string_view text,
                                                  const ExtractionVersion& version) {
  const json& document = Field(extraction, "document");
  const std::string doc_id = document.is_object() ? Str(document, "id") : "";
  if (doc_id.empty()) return Status::InvalidInput("extraction has no document.id");

  SqlTransaction txn(*db_);
  if (!txn.status().ok()) return txn.status();
  auto exists = HasDocument(doc_id);
  if (!exists.ok()) return exists.status();
  if (*exists) return PutOutcome{};
  if (Status s = InsertDocument(document, text, version); !s.ok()) return s;
  if (Status s = Fault("after_document"); !s.ok()) return s;
  if (Status s = InsertEntities(doc_id, Field(extraction, "entities")); !s.ok()) return s;
  auto touched = PlaceClaims(doc_id, extraction, version, {});
  if (!touched.ok()) return touched.status();
  if (Status s = Fault("after_claims"); !s.ok()) return s;
  PutOutcome out{true, {}};
  for (int64_t id : *touched) {
    if (Status s = RefreshIncident(id); !s.ok()) return s;
    out.incidents.push_back("i" + std::to_string(id));
  }
  if (Status s = txn.Commit(); !s.ok()) return s;
  return out;
}

}  // namespace crosscheck

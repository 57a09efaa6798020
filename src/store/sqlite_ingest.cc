// SqliteStore: opening a store and putting documents into it.
//
// Incident assignment works per unit: the claims one report already grouped
// into one incident (resolve/incidents.h) travel together. A unit joins the
// stored incident of its type whose every claim is compatible with every
// claim of the unit and that shares the most anchors (claim_match.h); with
// no such incident it starts a new one. Incidents the same report already
// joined are not candidates: the extractor kept its own incidents apart.
#include <map>
#include <optional>

#include "store/schema.h"
#include "store/sqlite_store.h"

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

std::optional<int64_t> OptInt64(const SqliteStmt& s, int col) {
  if (s.IsNull(col)) return std::nullopt;
  return s.Int(col);
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

struct SqliteStore::NewClaim {
  std::string local_id;
  const json* claim;
  ClaimFacts facts;
  std::string speaker_name;
  bool dated = false;
};

Result<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path, const StoreOptions& options) {
  auto state = InspectStoreFile(path);
  if (!state.ok()) return state.status();
  const bool fresh = *state != StoreFileState::kStore;
  auto db = SqliteDb::Open(path, fresh);
  if (!db.ok()) return db.status();
  if (fresh) {
    if (Status s = InitStoreFile(**db); !s.ok()) return s;
  }
  if (Status s = (*db)->Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
      !s.ok()) {
    return s;
  }
  if (Status s = Migrate(**db); !s.ok()) return s;
  return std::unique_ptr<Store>(new SqliteStore(std::move(*db), options));
}

Status SqliteStore::Fault(std::string_view point) const {
  return options_.fault_hook ? options_.fault_hook(point) : Status::Ok();
}

Result<bool> SqliteStore::HasDocument(std::string_view document_id) {
  auto q = db_->Prepare("SELECT 1 FROM documents WHERE id = ?1");
  if (!q.ok()) return q.status();
  return q->Bind(1, document_id).Step();
}

Status SqliteStore::InsertDocument(const json& document, std::string_view text) {
  auto ins = db_->Prepare("INSERT INTO documents(id, source, published, url, title, text) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  if (!ins.ok()) return ins.status();
  const std::string id = Str(document, "id"), title = Str(document, "title");
  ins->Bind(1, id).Bind(2, Str(document, "source")).BindTextOrNull(3, Str(document, "published"));
  ins->BindTextOrNull(4, Str(document, "url")).BindTextOrNull(5, title).Bind(6, text);
  if (Status s = ins->Run(); !s.ok()) return s;
  auto fts = db_->Prepare("INSERT INTO search(body, kind, document_id) VALUES(?1, 'document', ?2)");
  if (!fts.ok()) return fts.status();
  return fts->Bind(1, title.empty() ? std::string(text) : title + "\n\n" + std::string(text)).Bind(2, id).Run();
}

Status SqliteStore::InsertEntities(const std::string& doc_id, const json& entities) {
  if (!entities.is_array()) return Status::Ok();
  auto ins = db_->Prepare("INSERT OR IGNORE INTO entities(document_id, local_id, name, type, json) VALUES(?1, ?2, ?3, ?4, ?5)");
  if (!ins.ok()) return ins.status();
  for (const auto& e : entities) {
    if (!e.is_object() || Str(e, "id").empty()) continue;
    ins->Reset();
    ins->Bind(1, doc_id).Bind(2, Str(e, "id")).Bind(3, Str(e, "name")).BindTextOrNull(4, Str(e, "type"));
    if (Status s = ins->Bind(5, e.dump()).Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::vector<std::pair<int64_t, ClaimFacts>>> SqliteStore::IncidentClaims(int64_t incident) {
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
    f.count_min = OptInt64(*q, 5);
    f.count_max = OptInt64(*q, 6);
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

Result<int64_t> SqliteStore::FindIncident(const std::string& type, const std::vector<NewClaim>& unit,
                                          const std::set<int64_t>& exclude) {
  std::optional<int> lo, hi;
  for (const auto& c : unit) {
    if (!c.facts.day_lo) continue;
    lo = lo ? std::min(*lo, *c.facts.day_lo) : *c.facts.day_lo;
    hi = hi ? std::max(*hi, *c.facts.day_hi) : *c.facts.day_hi;
  }
  auto q = db_->Prepare(
      "SELECT id FROM incidents WHERE type = ?1 AND (day_lo IS NULL OR ?2 IS NULL"
      " OR (day_lo <= ?3 + ?4 AND ?2 <= day_hi + ?4)) ORDER BY id DESC LIMIT 500");
  if (!q.ok()) return q.status();
  q->Bind(1, type).Bind(2, lo).Bind(3, hi).Bind(4, int64_t{kDayTolerance});
  std::vector<int64_t> candidates;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    if (!exclude.count(q->Int(0))) candidates.push_back(q->Int(0));
  }
  int64_t best = 0;
  int best_anchors = 0;
  for (int64_t id : candidates) {
    auto stored = IncidentClaims(id);
    if (!stored.ok()) return stored.status();
    int anchors = 0;
    bool compatible = true;
    for (const auto& c : unit) {
      for (const auto& [unused, s] : *stored) {
        const Fit fit = CompareForIncident(c.facts, s);
        compatible &= fit.compatible;
        anchors += fit.anchors;
      }
    }
    // Candidates come newest first; ">=" keeps the oldest among equals.
    if (compatible && anchors > 0 && anchors >= best_anchors) {
      best = id;
      best_anchors = anchors;
    }
  }
  return best;
}

Status SqliteStore::InsertClaim(const std::string& doc_id, const NewClaim& c, int64_t incident,
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
  const int64_t claim_id = db_->LastInsertId();
  const json& evidence = Field(claim, "evidence");
  const std::string text = evidence.is_object() ? Str(evidence, "text") : "";
  if (text.empty()) return Status::Ok();
  auto fts = db_->Prepare("INSERT INTO search(body, kind, document_id, claim_id) VALUES(?1, 'claim', ?2, ?3)");
  if (!fts.ok()) return fts.status();
  return fts->Bind(1, text).Bind(2, doc_id).Bind(3, claim_id).Run();
}

Result<PutOutcome> SqliteStore::PutDocument(const json& extraction, std::string_view text,
                                            const ExtractionVersion& version) {
  // The extraction comes from our own extractor, but a hand-made or damaged
  // one must not throw through the API.
  try {
    return PutDocumentUnguarded(extraction, text, version);
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("extraction JSON has an unexpected shape: ") + e.what());
  }
}

Result<PutOutcome> SqliteStore::PutDocumentUnguarded(const json& extraction, std::string_view text,
                                                     const ExtractionVersion& version) {
  const json& document = Field(extraction, "document");
  const std::string doc_id = document.is_object() ? Str(document, "id") : "";
  if (doc_id.empty()) return Status::InvalidInput("extraction has no document.id");
  const json& claims = Field(extraction, "claims");
  const json& entities = Field(extraction, "entities");

  SqliteTransaction txn(*db_);
  if (!txn.status().ok()) return txn.status();
  auto exists = HasDocument(doc_id);
  if (!exists.ok()) return exists.status();
  if (*exists) return PutOutcome{};
  if (Status s = InsertDocument(document, text); !s.ok()) return s;
  if (Status s = Fault("after_document"); !s.ok()) return s;
  if (Status s = InsertEntities(doc_id, entities); !s.ok()) return s;

  std::vector<NewClaim> all;
  std::map<std::string, size_t> by_local_id;
  if (claims.is_array()) {
    for (const auto& c : claims) {
      if (!c.is_object() || Str(c, "type").empty()) continue;
      by_local_id.emplace(Str(c, "id"), all.size());
      all.push_back({Str(c, "id"), &c, FactsFromJson(c, document, entities), SpeakerName(c, document, entities),
                     HasOwnDate(c)});
    }
  }
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

  std::set<int64_t> touched;
  for (const auto& unit : units) {
    std::vector<NewClaim> members;
    for (size_t i : unit) members.push_back(all[i]);
    const std::string& type = members.front().facts.type;
    auto found = FindIncident(type, members, touched);
    if (!found.ok()) return found.status();
    int64_t incident = *found;
    if (incident == 0) {
      auto ins = db_->Prepare("INSERT INTO incidents(type) VALUES(?1)");
      if (!ins.ok()) return ins.status();
      if (Status s = ins->Bind(1, type).Run(); !s.ok()) return s;
      incident = db_->LastInsertId();
    }
    for (const auto& m : members) {
      if (Status s = InsertClaim(doc_id, m, incident, version); !s.ok()) return s;
    }
    touched.insert(incident);
  }
  if (Status s = Fault("after_claims"); !s.ok()) return s;
  PutOutcome out{true, {}};
  for (int64_t id : touched) {
    if (Status s = RefreshIncident(id); !s.ok()) return s;
    out.incidents.push_back("i" + std::to_string(id));
  }
  if (Status s = txn.Commit(); !s.ok()) return s;
  return out;
}

}  // namespace crosscheck

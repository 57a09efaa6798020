// SqlStore: the analyst's splits and merges, and re-extraction that keeps them.
//
// An edit marks the incidents it touches (incidents.pinned, sql_store.h) and
// is logged in manual_edits. Later reports cannot undo an edit: a report's
// claims join one incident or start one, they never move stored claims.
// Re-extraction deletes a report's claims and stores the new ones; a new
// claim that matches an old one in a marked incident goes back there.
#include <algorithm>

#include "store/sql_store.h"

namespace crosscheck {

using nlohmann::json;

namespace {

struct Span {
  int64_t sentence = -1, begin = -1, end = -1;
};

Span EvidenceSpan(const json& claim) {
  Span s;
  const json& ev = claim.value("evidence", json());
  if (!ev.is_object()) return s;
  if (ev.value("sentence", json()).is_number_integer()) s.sentence = ev["sentence"].get<int64_t>();
  const json& span = ev.value("span", json());
  if (span.is_array() && span.size() == 2 && span[0].is_number_integer() && span[1].is_number_integer()) {
    s.begin = span[0].get<int64_t>();
    s.end = span[1].get<int64_t>();
  }
  return s;
}

// How well an old claim's evidence matches a new one's: characters of
// overlap, or 1 for the same sentence without overlap; 0 = no match.
int64_t EvidenceMatch(const Span& a, const Span& b) {
  if (a.begin >= 0 && b.begin >= 0) {
    const int64_t overlap = std::min(a.end, b.end) - std::max(a.begin, b.begin);
    if (overlap > 0) return overlap + 1;
  }
  return a.sentence >= 0 && a.sentence == b.sentence ? 1 : 0;
}

struct OldClaim {
  std::string type;
  Span span;
  int64_t incident = 0;
  bool pinned = false;
  bool used = false;
};

}  // namespace

Status SqlStore::RecordEdit(std::string_view action, int64_t incident, int64_t other, const json& claims) {
  auto ins = db_->Prepare("INSERT INTO manual_edits(action, incident_id, other_id, claims) VALUES(?1, ?2, ?3, ?4)");
  if (!ins.ok()) return ins.status();
  return ins->Bind(1, action).Bind(2, incident).Bind(3, other).Bind(4, claims.dump()).Run();
}

Result<std::string> SqlStore::SplitIncident(std::string_view incident_id, const std::vector<std::string>& claim_ids) {
  SqlTransaction txn(*db_);
  if (!txn.status().ok()) return txn.status();
  auto out = SplitUnguarded(incident_id, claim_ids);
  if (!out.ok()) return out;
  if (Status s = txn.Commit(); !s.ok()) return s;
  return out;
}

Result<std::string> SqlStore::SplitUnguarded(std::string_view incident_id, const std::vector<std::string>& claim_ids) {
  const auto id = ParseStoreId(incident_id, 'i');
  if (!id) return Status::NotFound("no incident " + std::string(incident_id) + " (ids look like i12)");
  auto inc = db_->Prepare("SELECT type FROM incidents WHERE id = ?1");
  if (!inc.ok()) return inc.status();
  auto found = inc->Bind(1, *id).Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no incident " + std::string(incident_id));
  const std::string type = inc->Text(0);

  auto q = db_->Prepare("SELECT id FROM claims WHERE incident_id = ?1");
  if (!q.ok()) return q.status();
  q->Bind(1, *id);
  std::set<int64_t> members;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    members.insert(q->Int(0));
  }
  std::set<int64_t> moving;
  for (const auto& c : claim_ids) {
    const auto cid = ParseStoreId(c, 'c');
    if (!cid || !members.count(*cid)) {
      return Status::InvalidInput("claim " + c + " is not in incident i" + std::to_string(*id));
    }
    moving.insert(*cid);
  }
  if (moving.empty()) return Status::InvalidInput("split: name at least one claim to move");
  if (moving.size() == members.size()) {
    return Status::InvalidInput("split: that is every claim of i" + std::to_string(*id) + "; leave at least one");
  }

  auto created = NewIncident(type, kPinnedSplit);
  if (!created.ok()) return created.status();
  auto move = db_->Prepare("UPDATE claims SET incident_id = ?1 WHERE id = ?2");
  if (!move.ok()) return move.status();
  json moved = json::array();
  for (int64_t cid : moving) {
    move->Reset();
    if (Status s = move->Bind(1, *created).Bind(2, cid).Run(); !s.ok()) return s;
    moved.push_back("c" + std::to_string(cid));
  }
  auto pin = db_->Prepare("UPDATE incidents SET pinned = pinned | ?2 WHERE id = ?1");
  if (!pin.ok()) return pin.status();
  if (Status s = pin->Bind(1, *id).Bind(2, kPinnedSplit).Run(); !s.ok()) return s;
  for (int64_t touched : {*id, *created}) {
    if (Status s = RefreshIncident(touched); !s.ok()) return s;
  }
  if (Status s = RecordEdit("split", *id, *created, moved); !s.ok()) return s;
  return "i" + std::to_string(*created);
}

Result<std::string> SqlStore::MergeIncidents(std::string_view target_id, std::string_view other_id) {
  SqlTransaction txn(*db_);
  if (!txn.status().ok()) return txn.status();
  auto out = MergeUnguarded(target_id, other_id);
  if (!out.ok()) return out;
  if (Status s = txn.Commit(); !s.ok()) return s;
  return out;
}

Result<std::string> SqlStore::MergeUnguarded(std::string_view target_id, std::string_view other_id) {
  const auto target = ParseStoreId(target_id, 'i');
  const auto other = ParseStoreId(other_id, 'i');
  if (!target) return Status::NotFound("no incident " + std::string(target_id) + " (ids look like i12)");
  if (!other) return Status::NotFound("no incident " + std::string(other_id) + " (ids look like i12)");
  if (*target == *other) return Status::InvalidInput("merge: i" + std::to_string(*target) + " is the same incident");
  auto inc = db_->Prepare("SELECT pinned FROM incidents WHERE id = ?1");
  if (!inc.ok()) return inc.status();
  int64_t other_pinned = 0;
  for (int64_t id : {*target, *other}) {
    inc->Reset();
    auto found = inc->Bind(1, id).Step();
    if (!found.ok()) return found.status();
    if (!*found) return Status::NotFound("no incident i" + std::to_string(id));
    if (id == *other) other_pinned = inc->Int(0);
  }

  auto q = db_->Prepare("SELECT id FROM claims WHERE incident_id = ?1 ORDER BY id");
  if (!q.ok()) return q.status();
  q->Bind(1, *other);
  json moved = json::array();
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    moved.push_back("c" + std::to_string(q->Int(0)));
  }
  auto move = db_->Prepare("UPDATE claims SET incident_id = ?1 WHERE incident_id = ?2");
  if (!move.ok()) return move.status();
  if (Status s = move->Bind(1, *target).Bind(2, *other).Run(); !s.ok()) return s;
  auto pin = db_->Prepare("UPDATE incidents SET pinned = pinned | ?2 WHERE id = ?1");
  if (!pin.ok()) return pin.status();
  if (Status s = pin->Bind(1, *target).Bind(2, kPinnedMerged | other_pinned).Run(); !s.ok()) return s;
  for (int64_t touched : {*other, *target}) {  // the emptied one is deleted
    if (Status s = RefreshIncident(touched); !s.ok()) return s;
  }
  if (Status s = RecordEdit("merge", *target, *other, moved); !s.ok()) return s;
  return "i" + std::to_string(*target);
}

Result<std::vector<StoredReport>> SqlStore::ReportsToReextract(const ExtractionVersion& current,
                                                               std::string_view after_id, size_t limit) {
  auto q = db_->Prepare(
      "SELECT id, source, published, url, title, text FROM documents WHERE id > ?1 AND (crosscheck_version IS NULL"
      " OR lexicon_version IS NULL OR crosscheck_version <> ?2 OR lexicon_version <> ?3) ORDER BY id LIMIT ?4");
  if (!q.ok()) return q.status();
  q->Bind(1, after_id).Bind(2, current.crosscheck).Bind(3, current.lexicon).Bind(4, static_cast<int64_t>(limit));
  std::vector<StoredReport> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({q->Text(0), q->Text(1), q->Text(2), q->Text(3), q->Text(4), q->Text(5)});
  }
  return out;
}

Result<PutOutcome> SqlStore::ReplaceExtraction(const json& extraction, const ExtractionVersion& version) {
  try {
    return ReplaceExtractionUnguarded(extraction, version);
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("extraction JSON has an unexpected shape: ") + e.what());
  }
}

Result<PutOutcome> SqlStore::ReplaceExtractionUnguarded(const json& extraction, const ExtractionVersion& version) {
  const json& document = extraction.value("document", json());
  const std::string doc_id = document.is_object() ? document.value("id", "") : "";
  if (doc_id.empty()) return Status::InvalidInput("extraction has no document.id");

  SqlTransaction txn(*db_);
  if (!txn.status().ok()) return txn.status();
  auto exists = HasDocument(doc_id);
  if (!exists.ok()) return exists.status();
  if (!*exists) return Status::NotFound("no document " + doc_id + " to re-extract");

  auto q = db_->Prepare(
      "SELECT c.type, c.json, c.incident_id, i.pinned FROM claims c JOIN incidents i ON i.id = c.incident_id"
      " WHERE c.document_id = ?1 ORDER BY c.id");
  if (!q.ok()) return q.status();
  q->Bind(1, doc_id);
  std::vector<OldClaim> old;
  std::set<int64_t> old_incidents;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    old.push_back({q->Text(0), EvidenceSpan(json::parse(q->Text(1), nullptr, false)), q->Int(2), q->Int(3) != 0});
    old_incidents.insert(q->Int(2));
  }

  // Each new claim takes the best-matching unused old claim of its type; it
  // keeps that claim's incident when the analyst had edited it.
  const std::vector<NewClaim> fresh = ClaimsOf(extraction);
  KeptPlaces keep;
  for (size_t i = 0; i < fresh.size(); ++i) {
    const Span span = EvidenceSpan(*fresh[i].claim);
    OldClaim* best = nullptr;
    int64_t best_match = 0;
    for (auto& o : old) {
      if (o.used || o.type != fresh[i].facts.type) continue;
      if (const int64_t m = EvidenceMatch(o.span, span); m > best_match) best = &o, best_match = m;
    }
    if (!best) continue;
    best->used = true;
    if (best->pinned) keep[i] = best->incident;
  }

  for (const char* sql : {"DELETE FROM search WHERE kind = 'claim' AND document_id = ?1",
                          "DELETE FROM claims WHERE document_id = ?1", "DELETE FROM entities WHERE document_id = ?1"}) {
    auto del = db_->Prepare(sql);
    if (!del.ok()) return del.status();
    if (Status s = del->Bind(1, doc_id).Run(); !s.ok()) return s;
  }
  auto up = db_->Prepare("UPDATE documents SET crosscheck_version = ?2, lexicon_version = ?3 WHERE id = ?1");
  if (!up.ok()) return up.status();
  if (Status s = up->Bind(1, doc_id).Bind(2, version.crosscheck).Bind(3, version.lexicon).Run(); !s.ok()) return s;
  if (Status s = InsertEntities(doc_id, extraction.value("entities", json())); !s.ok()) return s;
  auto touched = PlaceClaims(doc_id, extraction, version, keep);
  if (!touched.ok()) return touched.status();

  PutOutcome out{true, {}};
  for (int64_t id : *touched) out.incidents.push_back("i" + std::to_string(id));
  touched->insert(old_incidents.begin(), old_incidents.end());
  for (int64_t id : *touched) {
    if (Status s = RefreshIncident(id); !s.ok()) return s;
  }
  if (Status s = txn.Commit(); !s.ok()) return s;
  return out;
}

}  // namespace crosscheck

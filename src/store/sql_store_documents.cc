// SqlStore: one document with its claims, and claims by filter.
#include "store/sql_store.h"

namespace crosscheck {

using nlohmann::json;

namespace {

json TextOrNull(const SqlStmt& q, int col) { return q.IsNull(col) ? json() : json(q.Text(col)); }

}  // namespace

Result<std::vector<json>> SqlStore::ClaimsFromQuery(SqlStmt& q) {
  std::vector<json> claims;
  for (;;) {
    auto row = q.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    json c = json::parse(q.Text(3), nullptr, false);
    if (!c.is_object()) return Status::InvalidInput("claim c" + std::to_string(q.Int(0)) + ": damaged JSON in store");
    c["id"] = "c" + std::to_string(q.Int(0));
    c["local_id"] = q.Text(1);
    c["incident"] = "i" + std::to_string(q.Int(11));
    c["speaker"] = {{"id", c.value("speaker", json())}, {"name", q.Text(2)}};
    c["document"] = {{"id", q.Text(6)}, {"source", q.Text(7)}, {"published", TextOrNull(q, 8)},
                     {"url", TextOrNull(q, 9)}};
    if (!q.IsNull(10)) c["document"]["title"] = q.Text(10);
    c["extracted_by"] = {{"crosscheck", q.Text(4)}, {"lexicon", q.Text(5)}};
    claims.push_back(std::move(c));
  }
  return claims;
}

Result<json> SqlStore::GetDocument(std::string_view document_id) {
  try {
    return GetDocumentUnguarded(document_id);
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("damaged JSON in store: ") + e.what());
  }
}

Result<json> SqlStore::GetDocumentUnguarded(std::string_view document_id) {
  auto d = db_->Prepare(
      "SELECT id, source, published, url, title, text, crosscheck_version, lexicon_version FROM documents"
      " WHERE id = ?1");
  if (!d.ok()) return d.status();
  auto found = d->Bind(1, document_id).Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no document " + std::string(document_id));
  json out = {{"id", d->Text(0)},
              {"source", d->Text(1)},
              {"published", TextOrNull(*d, 2)},
              {"url", TextOrNull(*d, 3)},
              {"title", TextOrNull(*d, 4)},
              {"text", d->Text(5)},
              {"extracted_by", {{"crosscheck", TextOrNull(*d, 6)}, {"lexicon", TextOrNull(*d, 7)}}}};

  auto e = db_->Prepare("SELECT json FROM entities WHERE document_id = ?1 ORDER BY local_id");
  if (!e.ok()) return e.status();
  e->Bind(1, document_id);
  json entities = json::array();
  for (;;) {
    auto row = e->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    entities.push_back(json::parse(e->Text(0), nullptr, false));
  }
  out["entities"] = std::move(entities);

  auto q = db_->Prepare(std::string("SELECT ") + kClaimColumns + kClaimJoin + " WHERE c.document_id = ?1 ORDER BY c.id");
  if (!q.ok()) return q.status();
  q->Bind(1, document_id);
  auto claims = ClaimsFromQuery(*q);
  if (!claims.ok()) return claims.status();
  std::set<int64_t> incident_ids;
  for (const auto& c : *claims) incident_ids.insert(*ParseStoreId(c["incident"].get<std::string>(), 'i'));
  out["claims"] = std::move(*claims);
  json incidents = json::array();
  for (int64_t id : incident_ids) {
    auto s = Summary(id);
    if (!s.ok()) return s.status();
    incidents.push_back({{"id", s->id},
                         {"type", s->type},
                         {"place", s->place},
                         {"facility", s->facility},
                         {"first_date", s->first_date},
                         {"last_date", s->last_date},
                         {"claims", s->claims},
                         {"documents", s->documents},
                         {"contradictions", s->contradictions},
                         {"sources", s->sources}});
  }
  out["incidents"] = std::move(incidents);
  return out;
}

Result<std::vector<json>> SqlStore::ListClaims(const ClaimFilter& f) {
  std::string sql = std::string("SELECT ") + kClaimColumns + kClaimJoin + " WHERE 1 = 1";
  std::vector<std::string> texts;  // bound in order as ?1, ?2, ...
  auto param = [&](std::string v) {
    texts.push_back(std::move(v));
    return "?" + std::to_string(texts.size());
  };
  if (!f.incident.empty()) {
    const auto id = ParseStoreId(f.incident, 'i');
    if (!id) return std::vector<json>{};
    sql += " AND c.incident_id = " + std::to_string(*id);
  }
  if (!f.document.empty()) sql += " AND c.document_id = " + param(f.document);
  if (!f.type.empty()) sql += " AND c.type = " + param(f.type);
  if (!f.stance.empty()) sql += " AND c.stance = " + param(f.stance);
  if (!f.source.empty()) sql += " AND LOWER(d.source) LIKE LOWER(" + param(LikeAnywhere(f.source)) + ") ESCAPE '\\'";
  sql += " ORDER BY c.id LIMIT " + std::to_string(f.limit) + " OFFSET " + std::to_string(f.offset);
  auto q = db_->Prepare(sql);
  if (!q.ok()) return q.status();
  for (size_t i = 0; i < texts.size(); ++i) q->Bind(static_cast<int>(i) + 1, texts[i]);
  try {
    return ClaimsFromQuery(*q);
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("damaged claim JSON in store: ") + e.what());
  }
}

}  // namespace crosscheck

// SqlStore: incident bookkeeping (contradictions, summary columns, the names
// an incident is found by) and one incident's summary and JSON. Lists of
// incidents are in sql_store_incident_list.cc.
#include <map>
#include <set>

#include "store/sql_store.h"

namespace crosscheck {

using nlohmann::json;

namespace {

std::string RangeText(const json& count) {
  if (!count.is_object()) return "";
  const json& lo = count.value("min", json());
  const json& hi = count.value("max", json());
  if (lo.is_number() && hi.is_number()) {
    return lo == hi ? lo.dump() : lo.dump() + "\u2013" + hi.dump();
  }
  if (lo.is_number()) return "\u2265 " + lo.dump();
  if (hi.is_number()) return "\u2264 " + hi.dump();
  return count.value("text", "");
}

// "IOM: ≥ 6, shooting": what one claim says about the incident's slots.
std::string SlotLine(const std::string& speaker, const json& claim) {
  std::string line = speaker + ":";
  if (claim.value("stance", "") == "denies") line += " denies";
  const std::string range = RangeText(claim.value("count", json()));
  std::string sep = " ";
  if (!range.empty()) {
    line += sep + range;
    sep = ", ";
  }
  if (claim.value("cause", json()).is_string()) line += sep + claim["cause"].get<std::string>();
  return line;
}

}  // namespace

std::string LikeAnywhere(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "%";
}

std::optional<int64_t> ParseStoreId(std::string_view id, char prefix) {
  if (!id.empty() && id.front() == prefix) id.remove_prefix(1);
  if (id.empty() || id.size() > 18) return std::nullopt;
  int64_t n = 0;
  for (char c : id) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

Status SqlStore::RefreshIncident(int64_t incident) {
  auto claims = IncidentClaims(incident);
  if (!claims.ok()) return claims.status();
  auto del = db_->Prepare("DELETE FROM contradictions WHERE incident_id = ?1");
  if (!del.ok()) return del.status();
  if (Status s = del->Bind(1, incident).Run(); !s.ok()) return s;
  if (claims->empty()) {
    if (Status s = UnlinkIncidentNames(incident); !s.ok()) return s;
    auto gone = db_->Prepare("DELETE FROM incidents WHERE id = ?1");
    if (!gone.ok()) return gone.status();
    return gone->Bind(1, incident).Run();
  }
  auto ins = db_->Prepare(
      "INSERT INTO contradictions(incident_id, kind, claim_a, claim_b) VALUES(?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING");
  if (!ins.ok()) return ins.status();
  int64_t contradictions = 0;
  const auto& cs = *claims;
  for (size_t i = 0; i < cs.size(); ++i) {
    for (size_t j = i + 1; j < cs.size(); ++j) {
      for (const auto& kind : CrossContradictions(cs[i].second, cs[j].second)) {
        ins->Reset();
        if (Status s = ins->Bind(1, incident).Bind(2, kind).Bind(3, cs[i].first).Bind(4, cs[j].first).Run(); !s.ok()) {
          return s;
        }
        ++contradictions;
      }
    }
  }

  auto q = db_->Prepare(
      "SELECT c.day_lo, c.day_hi, c.dated, c.place_label, c.place_parents, c.facility_label, c.document_id,"
      " d.source FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.incident_id = ?1 ORDER BY c.id");
  if (!q.ok()) return q.status();
  q->Bind(1, incident);
  std::optional<int> lo, hi, first, last;
  std::string place, facility;
  size_t place_depth = 0;
  std::set<std::string> places, documents, sources;
  std::map<std::string, int> facilities;
  int64_t n = 0;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ++n;
    if (auto l = q->OptInt(0), h = q->OptInt(1); l && h) {
      lo = lo ? std::min(*lo, *l) : *l;
      hi = hi ? std::max(*hi, *h) : *h;
      if (q->Int(2)) {
        first = first ? std::min(*first, *l) : *l;
        last = last ? std::max(*last, *h) : *h;
      }
    }
    const std::string label = q->Text(3);
    const json parents = json::parse(q->Text(4), nullptr, false);
    if (!label.empty()) {
      places.insert(label);
      const size_t depth = parents.is_array() ? parents.size() + 1 : 1;
      if (depth > place_depth) place = label, place_depth = depth;
      if (parents.is_array()) {
        for (const auto& p : parents) places.insert(p.get<std::string>());
      }
    }
    if (const std::string f = q->Text(5); !f.empty()) {
      places.insert(f);
      if (++facilities[f] > facilities[facility]) facility = f;
    }
    documents.insert(q->Text(6));
    if (std::string source = q->Text(7); !source.empty()) sources.insert(std::move(source));
  }
  std::string joined;
  for (const auto& p : places) joined += (joined.empty() ? "" : " | ") + p;

  auto up = db_->Prepare(
      "UPDATE incidents SET place = ?2, places = ?3, facility = ?4, day_lo = ?5, day_hi = ?6, first_date = ?7,"
      " last_date = ?8, claims = ?9, documents = ?10, contradictions = ?11, sources = ?12 WHERE id = ?1");
  if (!up.ok()) return up.status();
  up->Bind(1, incident).BindTextOrNull(2, place).BindTextOrNull(3, joined).BindTextOrNull(4, facility);
  up->Bind(5, lo).Bind(6, hi).BindTextOrNull(7, first ? IsoFromDay(*first) : "");
  up->BindTextOrNull(8, last ? IsoFromDay(*last) : "").Bind(9, n).Bind(10, static_cast<int64_t>(documents.size()));
  // Sorted by bytes (std::set), on both backends.
  if (Status s = up->Bind(11, contradictions).Bind(12, json(sources).dump()).Run(); !s.ok()) return s;
  if (Status s = SyncIncidentNames(IncidentNameKind::kSource, incident, sources); !s.ok()) return s;
  return SyncIncidentNames(IncidentNameKind::kPlace, incident, places);
}

IncidentSummary SqlStore::SummaryFromRow(const SqlStmt& q) {
  IncidentSummary s;
  s.id = "i" + std::to_string(q.Int(0));
  s.type = q.Text(1);
  s.place = q.Text(2);
  s.facility = q.Text(3);
  s.first_date = q.Text(4);
  s.last_date = q.Text(5);
  s.claims = static_cast<size_t>(q.Int(6));
  s.documents = static_cast<size_t>(q.Int(7));
  s.contradictions = static_cast<size_t>(q.Int(8));
  const json sources = json::parse(q.Text(9), nullptr, false);
  if (sources.is_array()) {
    for (const auto& source : sources) {
      if (source.is_string()) s.sources.push_back(source.get<std::string>());
    }
  }
  return s;
}

Result<IncidentSummary> SqlStore::Summary(int64_t incident) {
  auto q = db_->Prepare(std::string("SELECT ") + kSummaryColumns + " FROM incidents i WHERE i.id = ?1");
  if (!q.ok()) return q.status();
  auto row = q->Bind(1, incident).Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no incident i" + std::to_string(incident));
  return SummaryFromRow(*q);
}

Result<json> SqlStore::GetIncident(std::string_view incident_id) {
  try {
    return GetIncidentUnguarded(incident_id);
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string("damaged claim JSON in store: ") + e.what());
  }
}

Result<json> SqlStore::GetIncidentUnguarded(std::string_view incident_id) {
  const auto id = ParseStoreId(incident_id, 'i');
  if (!id) return Status::NotFound("no incident " + std::string(incident_id) + " (ids look like i12)");
  auto s = Summary(*id);
  if (!s.ok()) {
    // Say where a merged incident went.
    auto merged = db_->Prepare("SELECT incident_id FROM manual_edits WHERE action = 'merge' AND other_id = ?1");
    if (!merged.ok()) return merged.status();
    auto row = merged->Bind(1, *id).Step();
    if (row.ok() && *row) {
      return Status::NotFound("no incident i" + std::to_string(*id) + ": it was merged into i" +
                              std::to_string(merged->Int(0)));
    }
    return s.status();
  }
  json out = {{"id", s->id},       {"type", s->type},          {"place", s->place},
              {"facility", s->facility}, {"first_date", s->first_date}, {"last_date", s->last_date},
              {"sources", s->sources}, {"documents", s->documents}};
  auto q = db_->Prepare(std::string("SELECT ") + kClaimColumns + kClaimJoin +
                        " WHERE c.incident_id = ?1 ORDER BY COALESCE(d.published, ''), c.id");
  if (!q.ok()) return q.status();
  q->Bind(1, *id);
  auto claims = ClaimsFromQuery(*q);
  if (!claims.ok()) return claims.status();
  json summary = json::array();
  for (const auto& c : *claims) summary.push_back(SlotLine(c["speaker"]["name"].get<std::string>(), c));
  out["claims"] = std::move(*claims);
  out["summary"] = std::move(summary);
  auto k = db_->Prepare("SELECT kind, claim_a, claim_b FROM contradictions WHERE incident_id = ?1 ORDER BY claim_a, claim_b, kind");
  if (!k.ok()) return k.status();
  k->Bind(1, *id);
  json contradictions = json::array();
  for (;;) {
    auto row = k->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    contradictions.push_back({{"kind", k->Text(0)},
                              {"claims", {"c" + std::to_string(k->Int(1)), "c" + std::to_string(k->Int(2))}}});
  }
  out["contradictions"] = std::move(contradictions);
  return out;
}

}  // namespace crosscheck

// SqlStore::ListIncidents: a page of incidents, newest first, in one query
// that stops at the page's last row.
//
// The query walks an index in list order (incidents_newest, or
// incidents_type_newest with a type, incidents_contradicted_newest for
// contradicted ones; schema version 3) and tests each incident against the
// other filters until the page is full, so its cost follows the rows it has
// to skip, not the store's size:
//
// - a date range bounds the walk from both sides: an incident overlaps
//   [from, to] when day_hi >= from and day_lo <= to, and day_lo <= to
//   implies day_hi <= to + the longest span of any incident;
// - a place or source filter matches the names in the dictionary (a few
//   thousand at most), then follows the links (sql_store_incident_names.cc).
//   When those names lead to few incidents (fewer than about the root of
//   6 x page x store size), the query starts from them instead (looks each
//   up and sorts them), since walking the index until a rare name turned up
//   would read most of the store.
#include <algorithm>
#include <cmath>
#include <variant>

#include "store/sql_store.h"

namespace crosscheck {

namespace {

struct NameFilter {
  IncidentNameKind kind;
  std::string like;  // LikeAnywhere pattern
  int64_t linked = 0;  // incidents linked to a matching name, counted up to the threshold
};

const char* LinkTable(IncidentNameKind kind) {
  return kind == IncidentNameKind::kSource ? "incident_sources" : "incident_places";
}

const char* LinkKey(IncidentNameKind kind) { return kind == IncidentNameKind::kSource ? "source_id" : "place_id"; }

// The ids of the dictionary's names matching the pattern in ?N.
std::string MatchingNames(IncidentNameKind kind, const std::string& param) {
  return std::string("SELECT id FROM ") + (kind == IncidentNameKind::kSource ? "source_names" : "place_names") +
         " WHERE LOWER(name) LIKE LOWER(" + param + ") ESCAPE '\\'";
}

// The first column of the first row of `sql` (no parameters); 0 for none or NULL.
Result<int64_t> FirstInt(SqlDb& db, const char* sql) {
  auto q = db.Prepare(sql);
  if (!q.ok()) return q.status();
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row && !q->IsNull(0) ? q->Int(0) : int64_t{0};
}

}  // namespace

Result<int64_t> SqlStore::CountNamed(IncidentNameKind kind, const std::string& like, int64_t cap) {
  auto q = db_->Prepare(std::string("SELECT COUNT(*) FROM (SELECT 1 FROM ") + LinkTable(kind) + " WHERE " +
                        LinkKey(kind) + " IN (" + MatchingNames(kind, "?1") + ") LIMIT ?2) AS capped");
  if (!q.ok()) return q.status();
  auto row = q->Bind(1, like).Bind(2, cap).Step();
  if (!row.ok()) return row.status();
  return *row ? q->Int(0) : int64_t{0};
}

Result<std::vector<IncidentSummary>> SqlStore::ListIncidents(const IncidentFilter& f) {
  std::string where = " WHERE i.claims > 0";
  std::vector<std::variant<std::string, int64_t>> binds;
  auto param = [&](auto v) {
    binds.emplace_back(std::move(v));
    std::string placeholder = "?";  // built in two steps: GCC 12 -O3 warns (-Wrestrict) on "?" + to_string
    placeholder += std::to_string(binds.size());
    return placeholder;
  };
  std::optional<int> from, to;
  if (!f.from.empty() && !(from = DayNumber(f.from))) return Status::InvalidInput("--from: not an ISO date: " + f.from);
  if (!f.to.empty() && !(to = DayNumber(f.to))) return Status::InvalidInput("--to: not an ISO date: " + f.to);

  if (!f.type.empty()) where += " AND i.type = " + param(f.type);
  if (f.only_contradicted) where += " AND i.contradictions > 0";
  if (from || to) where += " AND (i.day_hi IS NULL) = FALSE";  // SQLite: the index's first column
  if (from) where += " AND i.day_hi >= " + param(int64_t{*from});
  if (to) {
    // The longest day span of any incident: incidents_span answers at once.
    auto span = FirstInt(*db_, "SELECT MAX(day_hi - day_lo) FROM incidents");
    if (!span.ok()) return span.status();
    where += " AND i.day_hi <= " + param(int64_t{*to} + *span) + " AND i.day_lo <= " + param(int64_t{*to});
  }

  const bool pg = db_->dialect() == SqlDialect::kPostgres;
  std::vector<NameFilter> names;
  if (!f.place.empty()) names.push_back({IncidentNameKind::kPlace, LikeAnywhere(f.place)});
  if (!f.source.empty()) names.push_back({IncidentNameKind::kSource, LikeAnywhere(f.source)});
  // Starting from the M incidents the names lead to costs about M lookups
  // (~0.7 us each on SQLite); walking N incidents in list order for a page
  // of P rows tests about P * N / M of them (~4 us each). They cross at
  // M = sqrt(6 P N): about 7,000 for a 100-row page of 88,000 incidents, so
  // either way stays near 5 ms there, and grows with the root of the store.
  int64_t threshold = options_.list_start_from_names_below;
  if (threshold < 0 && !names.empty()) {
    auto incidents = FirstInt(*db_, "SELECT MAX(id) FROM incidents");  // ids only grow: at least the count
    if (!incidents.ok()) return incidents.status();
    const double page = static_cast<double>(f.limit) + static_cast<double>(f.offset);
    threshold = std::max<int64_t>(100, static_cast<int64_t>(std::sqrt(6 * page * static_cast<double>(*incidents))));
  }
  const NameFilter* start = nullptr;
  for (auto& n : names) {
    auto linked = CountNamed(n.kind, n.like, std::max<int64_t>(threshold, 1));
    if (!linked.ok()) return linked.status();
    if (*linked == 0) return std::vector<IncidentSummary>{};
    n.linked = *linked;
    if (n.linked < threshold && (!start || n.linked < start->linked)) start = &n;
  }
  for (const auto& n : names) {
    const std::string matching = MatchingNames(n.kind, param(n.like));
    if (&n == start) {
      where += std::string(" AND i.id IN (SELECT incident_id FROM ") + LinkTable(n.kind) + " WHERE " + LinkKey(n.kind) +
               " IN (" + matching + "))";
    } else if (!pg) {
      // The unary + keeps SQLite from probing the link table once per
      // matching name (thousands for "detention centre"): it reads the
      // incident's few links and tests each against the names.
      where += std::string(" AND EXISTS(SELECT 1 FROM ") + LinkTable(n.kind) + " x WHERE x.incident_id = i.id AND +x." +
               LinkKey(n.kind) + " IN (" + matching + "))";
    } else {
      // OFFSET 0 keeps PostgreSQL from turning the test into a join over
      // every link of the names (it cannot know that the walk stops early);
      // ARRAY(...) matches the names once, not per incident.
      where += std::string(" AND EXISTS(SELECT 1 FROM ") + LinkTable(n.kind) + " x WHERE x.incident_id = i.id AND x." +
               LinkKey(n.kind) + " = ANY(ARRAY(" + matching + ")) OFFSET 0)";
    }
  }

  // The order of the list indexes (schema.cc). On SQLite, with a date bound
  // every row has a day_hi: the shorter order lets the planner keep the
  // index's order for the range instead of sorting it.
  const char* order = pg ? " ORDER BY i.day_hi DESC NULLS LAST, i.id DESC"
                      : from || to ? " ORDER BY i.day_hi DESC, i.id DESC"
                                   : " ORDER BY i.day_hi IS NULL, i.day_hi DESC, i.id DESC";
  std::string sql = std::string("SELECT ") + kSummaryColumns + " FROM incidents i" + where + order;
  sql += " LIMIT " + param(static_cast<int64_t>(f.limit));
  sql += " OFFSET " + param(static_cast<int64_t>(f.offset));
  auto q = db_->Prepare(sql);
  if (!q.ok()) return q.status();
  for (size_t i = 0; i < binds.size(); ++i) {
    const int at = static_cast<int>(i) + 1;
    std::visit([&](const auto& v) { q->Bind(at, v); }, binds[i]);
  }
  std::vector<IncidentSummary> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back(SummaryFromRow(*q));
  }
  return out;
}

}  // namespace crosscheck

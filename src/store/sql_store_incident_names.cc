// SqlStore: the names an incident can be found by (schema version 3). Each
// outlet and each place name (a claim's place, its parent regions, a
// facility) is stored once in a dictionary (source_names, place_names); the
// link tables (incident_sources, incident_places) say which incidents name
// it. `--source Herald` then matches the few hundred names and follows the
// links, instead of joining every incident's claims to their documents.
#include <map>

#include "store/sql_store.h"

namespace crosscheck {

namespace {

struct NameSql {
  const char* linked;  // ?1 incident -> id, name of each linked name
  const char* unlink;  // ?1 name id, ?2 incident
  const char* find;    // ?1 name -> id
  const char* add;     // ?1 name
  const char* link;    // ?1 name id, ?2 incident
  const char* unlink_all;  // ?1 incident
};

constexpr NameSql kSourceSql{
    "SELECT n.id, n.name FROM incident_sources x JOIN source_names n ON n.id = x.source_id WHERE x.incident_id = ?1",
    "DELETE FROM incident_sources WHERE source_id = ?1 AND incident_id = ?2",
    "SELECT id FROM source_names WHERE name = ?1",
    "INSERT INTO source_names(name) VALUES(?1)",
    "INSERT INTO incident_sources(source_id, incident_id) VALUES(?1, ?2)",
    "DELETE FROM incident_sources WHERE incident_id = ?1",
};

constexpr NameSql kPlaceSql{
    "SELECT n.id, n.name FROM incident_places x JOIN place_names n ON n.id = x.place_id WHERE x.incident_id = ?1",
    "DELETE FROM incident_places WHERE place_id = ?1 AND incident_id = ?2",
    "SELECT id FROM place_names WHERE name = ?1",
    "INSERT INTO place_names(name) VALUES(?1)",
    "INSERT INTO incident_places(place_id, incident_id) VALUES(?1, ?2)",
    "DELETE FROM incident_places WHERE incident_id = ?1",
};

const NameSql& SqlOf(IncidentNameKind kind) { return kind == IncidentNameKind::kSource ? kSourceSql : kPlaceSql; }

}  // namespace

Result<int64_t> SqlStore::NameId(IncidentNameKind kind, const std::string& name) {
  const NameSql& sql = SqlOf(kind);
  auto find = db_->Prepare(sql.find);
  if (!find.ok()) return find.status();
  auto row = find->Bind(1, name).Step();
  if (!row.ok()) return row.status();
  if (*row) return find->Int(0);
  // Writers take turns (sql_db.h), so nobody adds the name in between.
  auto add = db_->Prepare(sql.add);
  if (!add.ok()) return add.status();
  if (Status s = add->Bind(1, name).Run(); !s.ok()) return s;
  return db_->LastInsertId();
}

Status SqlStore::SyncIncidentNames(IncidentNameKind kind, int64_t incident, const std::set<std::string>& names) {
  const NameSql& sql = SqlOf(kind);
  auto linked = db_->Prepare(sql.linked);
  if (!linked.ok()) return linked.status();
  linked->Bind(1, incident);
  std::map<std::string, int64_t> have;
  for (;;) {
    auto row = linked->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    have.emplace(linked->Text(1), linked->Int(0));
  }
  // Most refreshes (a report joining an incident it agrees with) change
  // nothing here: only the differences are written.
  for (const auto& [name, id] : have) {
    if (names.count(name)) continue;
    auto unlink = db_->Prepare(sql.unlink);
    if (!unlink.ok()) return unlink.status();
    if (Status s = unlink->Bind(1, id).Bind(2, incident).Run(); !s.ok()) return s;
  }
  for (const auto& name : names) {
    if (have.count(name)) continue;
    auto id = NameId(kind, name);
    if (!id.ok()) return id.status();
    auto link = db_->Prepare(sql.link);
    if (!link.ok()) return link.status();
    if (Status s = link->Bind(1, *id).Bind(2, incident).Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status SqlStore::UnlinkIncidentNames(int64_t incident) {
  for (IncidentNameKind kind : {IncidentNameKind::kSource, IncidentNameKind::kPlace}) {
    auto del = db_->Prepare(SqlOf(kind).unlink_all);
    if (!del.ok()) return del.status();
    if (Status s = del->Bind(1, incident).Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace crosscheck

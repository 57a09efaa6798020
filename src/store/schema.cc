#include "store/schema.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <vector>

namespace crosscheck {

namespace {

// Each entry moves the schema from version i to i+1. Never edit a released
// entry: append a new one.
const std::vector<const char*>& Migrations() {
  static const std::vector<const char*> kMigrations = {
      // 1: documents, entities, claims, incidents, contradictions, search.
      R"sql(
CREATE TABLE documents(
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  published TEXT,
  url TEXT,
  title TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE INDEX documents_source ON documents(source);
CREATE TABLE entities(
  document_id TEXT NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY(document_id, local_id)) WITHOUT ROWID;
CREATE TABLE incidents(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  place TEXT,
  places TEXT,
  facility TEXT,
  day_lo INTEGER,
  day_hi INTEGER,
  first_date TEXT,
  last_date TEXT,
  claims INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  contradictions INTEGER NOT NULL DEFAULT 0,
  pinned INTEGER NOT NULL DEFAULT 0);
CREATE INDEX incidents_type_day ON incidents(type, day_lo);
CREATE TABLE claims(
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL,
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  type TEXT NOT NULL,
  stance TEXT NOT NULL,
  speaker_key TEXT NOT NULL,
  speaker_name TEXT NOT NULL,
  has_count INTEGER NOT NULL,
  count_min INTEGER,
  count_max INTEGER,
  approx INTEGER NOT NULL,
  cause TEXT,
  agent TEXT,
  agent_is_entity INTEGER NOT NULL,
  place_id TEXT,
  place_name TEXT,
  place_label TEXT,
  place_parents TEXT,
  facility TEXT,
  facility_label TEXT,
  day_lo INTEGER,
  day_hi INTEGER,
  dated INTEGER NOT NULL,
  json TEXT NOT NULL,
  crosscheck_version TEXT NOT NULL,
  lexicon_version TEXT NOT NULL,
  UNIQUE(document_id, local_id));
CREATE INDEX claims_incident ON claims(incident_id);
CREATE TABLE contradictions(
  incident_id INTEGER NOT NULL REFERENCES incidents(id),
  kind TEXT NOT NULL,
  claim_a INTEGER NOT NULL,
  claim_b INTEGER NOT NULL,
  PRIMARY KEY(incident_id, kind, claim_a, claim_b)) WITHOUT ROWID;
CREATE VIRTUAL TABLE search USING fts5(
  body, kind UNINDEXED, document_id UNINDEXED, claim_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');
)sql",
  };
  return kMigrations;
}

uint32_t BigEndian32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

Status NotAStore(const std::string& path, const std::string& why) {
  return Status::InvalidInput(path + ": not a crosscheck store (" + why + "); refusing to touch it");
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(Migrations().size()); }

Result<StoreFileState> InspectStoreFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return StoreFileState::kAbsent;
  unsigned char header[100] = {};
  in.read(reinterpret_cast<char*>(header), sizeof header);
  const auto got = static_cast<size_t>(in.gcount());
  if (got == 0) return StoreFileState::kEmpty;
  static const char kMagic[] = "SQLite format 3";  // with its NUL: 16 bytes
  if (got < sizeof header || std::memcmp(header, kMagic, sizeof kMagic) != 0) {
    return NotAStore(path, "not an SQLite database");
  }
  const uint32_t app = BigEndian32(header + 68);
  if (app != kStoreApplicationId) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "an SQLite database with application_id 0x%08x", app);
    return NotAStore(path, buf);
  }
  return StoreFileState::kStore;
}

Status InitStoreFile(SqliteDb& db) {
  return db.Exec("PRAGMA application_id = " + std::to_string(static_cast<int32_t>(kStoreApplicationId)));
}

Status Migrate(SqliteDb& db) {
  Status s = db.Exec(
      "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "INSERT OR IGNORE INTO meta(key, value) VALUES('application', 'crosscheck');"
      "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY,"
      " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));");
  if (!s.ok()) return s;
  auto app = db.Prepare("SELECT value FROM meta WHERE key = 'application'");
  if (!app.ok()) return app.status();
  auto row = app->Step();
  if (!row.ok()) return row.status();
  if (!*row || app->Text(0) != "crosscheck") return NotAStore(db.path(), "its meta table names another application");

  auto ver = db.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_version");
  if (!ver.ok()) return ver.status();
  if (auto r = ver->Step(); !r.ok()) return r.status();
  const int have = static_cast<int>(ver->Int(0));
  if (have > CurrentSchemaVersion()) {
    return Status::Unsupported(db.path() + ": store schema version " + std::to_string(have) +
                               " is newer than this crosscheck's (" + std::to_string(CurrentSchemaVersion()) + ")");
  }
  for (int v = have; v < CurrentSchemaVersion(); ++v) {
    SqliteTransaction txn(db);
    if (!txn.status().ok()) return txn.status();
    if (Status m = db.Exec(Migrations()[static_cast<size_t>(v)]); !m.ok()) return m;
    if (Status m = db.Exec("INSERT INTO schema_version(version) VALUES(" + std::to_string(v + 1) + ")"); !m.ok()) {
      return m;
    }
    if (Status c = txn.Commit(); !c.ok()) return c;
  }
  return Status::Ok();
}

}  // namespace crosscheck

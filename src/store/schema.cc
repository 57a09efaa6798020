#include "store/schema.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace crosscheck {

namespace {

// Migration 3: what incident lists filter on and show, kept per incident so
// that a page of incidents is one indexed query (sql_store_incident_list.cc):
// the sorted outlets as a JSON array; dictionaries of source and place names
// (a substring filter scans the few names, not the claims) with the
// incidents each names; indexes in list order (newest first), by type, for
// contradicted incidents only, and by day span (the longest span bounds a
// date range's index walk). Backfilled as RefreshIncident fills them. One
// text for both dialects but for the words in which they differ.
struct Version3Words {
  const char* key;            // an auto-numbered primary key
  const char* integer;
  const char* link_table;     // after a link table's definition
  const char* parent_rows;    // FROM items giving `c` (claims) and `j.value`, each place parent of c
  const char* sorted_names;   // aggregate of s.name into a JSON array sorted by bytes
  // List order (undated last, newest first) as index columns. PostgreSQL
  // says NULLS LAST, so that a date range bounds the index's first column.
  const char* newest;
};

constexpr Version3Words kSqliteWords{
    "INTEGER PRIMARY KEY", "INTEGER", " WITHOUT ROWID",
    "claims c, json_each(CASE WHEN json_valid(c.place_parents) THEN c.place_parents ELSE '[]' END) j",
    // json_group_array keeps the order of the ordered subquery it reads.
    "(SELECT json_group_array(name) FROM (SELECT s.name AS name", "(day_hi IS NULL), day_hi DESC, id DESC"};

constexpr Version3Words kPostgresWords{
    "BIGSERIAL PRIMARY KEY", "BIGINT", "",
    "claims c, json_array_elements_text(CASE WHEN json_typeof(c.place_parents::json) = 'array'"
    " THEN c.place_parents::json ELSE '[]'::json END) j(value)",
    "(SELECT json_agg(name ORDER BY name COLLATE \"C\")::text FROM (SELECT s.name AS name",
    "day_hi DESC NULLS LAST, id DESC"};

std::string Version3(const Version3Words& w) {
  const std::string integer = w.integer;
  auto link_table = [&](const std::string& table, const std::string& key) {
    return "CREATE TABLE " + table + "(\n  " + key + " " + integer + " NOT NULL,\n  incident_id " + integer +
           " NOT NULL,\n  PRIMARY KEY(" + key + ", incident_id))" + w.link_table + ";\n" + "CREATE INDEX " + table +
           "_incident ON " + table + "(incident_id, " + key + ");\n";
  };
  return std::string("ALTER TABLE incidents ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';\n") +
         "CREATE TABLE source_names(id " + w.key + ", name TEXT NOT NULL UNIQUE);\n" +
         "CREATE TABLE place_names(id " + w.key + ", name TEXT NOT NULL UNIQUE);\n" +
         link_table("incident_sources", "source_id") + link_table("incident_places", "place_id") +
         "CREATE INDEX incidents_newest ON incidents(" + w.newest + ");\n" +
         "CREATE INDEX incidents_type_newest ON incidents(type, " + w.newest + ");\n" +
         "CREATE INDEX incidents_contradicted_newest ON incidents(" + w.newest + ") WHERE contradictions > 0;\n" +
         R"sql(CREATE INDEX incidents_span ON incidents((day_hi - day_lo));
INSERT INTO source_names(name) SELECT DISTINCT source FROM documents WHERE source <> '' ORDER BY source;
INSERT INTO incident_sources(source_id, incident_id)
  SELECT DISTINCT s.id, c.incident_id FROM claims c JOIN documents d ON d.id = c.document_id
  JOIN source_names s ON s.name = d.source;
CREATE TEMP TABLE migrate_incident_places AS
  SELECT incident_id, place_label AS name FROM claims WHERE place_label <> ''
  UNION SELECT c.incident_id, j.value FROM )sql" +
         w.parent_rows + R"sql( WHERE c.place_label <> ''
  UNION SELECT incident_id, facility_label FROM claims WHERE facility_label <> '';
INSERT INTO place_names(name) SELECT DISTINCT name FROM migrate_incident_places ORDER BY name;
INSERT INTO incident_places(place_id, incident_id)
  SELECT p.id, m.incident_id FROM migrate_incident_places m JOIN place_names p ON p.name = m.name;
DROP TABLE migrate_incident_places;
UPDATE incidents SET sources = COALESCE()sql" +
         w.sorted_names + R"sql( FROM incident_sources x
  JOIN source_names s ON s.id = x.source_id WHERE x.incident_id = incidents.id ORDER BY s.name) AS sorted), '[]');
)sql";
}

// Each entry moves the schema from version i to i+1. Never edit a released
// entry: append a new one.
const std::vector<std::string>& SqliteMigrations() {
  static const std::vector<std::string> kMigrations = {
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
      // 2: the versions each document was last extracted with (for
      // reextract), and the analyst's splits and merges.
      R"sql(
ALTER TABLE documents ADD COLUMN crosscheck_version TEXT;
ALTER TABLE documents ADD COLUMN lexicon_version TEXT;
UPDATE documents SET crosscheck_version = (SELECT MIN(crosscheck_version) FROM claims c WHERE c.document_id = documents.id),
  lexicon_version = (SELECT MIN(lexicon_version) FROM claims c WHERE c.document_id = documents.id);
CREATE TABLE manual_edits(
  id INTEGER PRIMARY KEY,
  action TEXT NOT NULL,
  incident_id INTEGER NOT NULL,
  other_id INTEGER NOT NULL,
  claims TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE INDEX claims_document ON claims(document_id);
)sql",
      Version3(kSqliteWords),
  };
  return kMigrations;
}

// The same schema in PostgreSQL's words: BIGSERIAL for SQLite's rowid keys,
// BIGINT for every integer (the driver binds int64), and a tsvector column
// with a GIN index for FTS5's table.
const std::vector<std::string>& PostgresMigrations() {
  static const std::vector<std::string> kMigrations = {
      R"sql(
CREATE TABLE documents(
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  published TEXT,
  url TEXT,
  title TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
CREATE INDEX documents_source ON documents(source);
CREATE TABLE entities(
  document_id TEXT NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY(document_id, local_id));
CREATE TABLE incidents(
  id BIGSERIAL PRIMARY KEY,
  type TEXT NOT NULL,
  place TEXT,
  places TEXT,
  facility TEXT,
  day_lo BIGINT,
  day_hi BIGINT,
  first_date TEXT,
  last_date TEXT,
  claims BIGINT NOT NULL DEFAULT 0,
  documents BIGINT NOT NULL DEFAULT 0,
  contradictions BIGINT NOT NULL DEFAULT 0,
  pinned BIGINT NOT NULL DEFAULT 0);
CREATE INDEX incidents_type_day ON incidents(type, day_lo);
CREATE TABLE claims(
  id BIGSERIAL PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL,
  incident_id BIGINT NOT NULL REFERENCES incidents(id),
  type TEXT NOT NULL,
  stance TEXT NOT NULL,
  speaker_key TEXT NOT NULL,
  speaker_name TEXT NOT NULL,
  has_count BIGINT NOT NULL,
  count_min BIGINT,
  count_max BIGINT,
  approx BIGINT NOT NULL,
  cause TEXT,
  agent TEXT,
  agent_is_entity BIGINT NOT NULL,
  place_id TEXT,
  place_name TEXT,
  place_label TEXT,
  place_parents TEXT,
  facility TEXT,
  facility_label TEXT,
  day_lo BIGINT,
  day_hi BIGINT,
  dated BIGINT NOT NULL,
  json TEXT NOT NULL,
  crosscheck_version TEXT NOT NULL,
  lexicon_version TEXT NOT NULL,
  UNIQUE(document_id, local_id));
CREATE INDEX claims_incident ON claims(incident_id);
CREATE TABLE contradictions(
  incident_id BIGINT NOT NULL REFERENCES incidents(id),
  kind TEXT NOT NULL,
  claim_a BIGINT NOT NULL,
  claim_b BIGINT NOT NULL,
  PRIMARY KEY(incident_id, kind, claim_a, claim_b));
CREATE TABLE search(
  body TEXT NOT NULL,
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL,
  claim_id BIGINT,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED);
CREATE INDEX search_tsv ON search USING GIN(tsv);
CREATE INDEX search_claim ON search(claim_id);
)sql",
      R"sql(
ALTER TABLE documents ADD COLUMN crosscheck_version TEXT;
ALTER TABLE documents ADD COLUMN lexicon_version TEXT;
UPDATE documents SET crosscheck_version = (SELECT MIN(crosscheck_version) FROM claims c WHERE c.document_id = documents.id),
  lexicon_version = (SELECT MIN(lexicon_version) FROM claims c WHERE c.document_id = documents.id);
CREATE TABLE manual_edits(
  id BIGSERIAL PRIMARY KEY,
  action TEXT NOT NULL,
  incident_id BIGINT NOT NULL,
  other_id BIGINT NOT NULL,
  claims TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
CREATE INDEX claims_document ON claims(document_id);
)sql",
      Version3(kPostgresWords),
  };
  return kMigrations;
}

const std::vector<std::string>& Migrations(SqlDialect dialect) {
  return dialect == SqlDialect::kSqlite ? SqliteMigrations() : PostgresMigrations();
}

uint32_t BigEndian32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

Status NotAStore(const std::string& path, const std::string& why) {
  return Status::InvalidInput(path + ": not a crosscheck store (" + why + "); refusing to touch it");
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(SqliteMigrations().size()); }
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

namespace {

Result<int64_t> OneInt(SqlDb& db, std::string_view sql) {
  auto q = db.Prepare(sql);
  if (!q.ok()) return q.status();
  auto row = q->Step();
  if (!row.ok()) return row.status();
  return *row ? q->Int(0) : int64_t{0};
}

// A PostgreSQL schema that holds tables but no crosscheck `meta` table
// belongs to someone else.
Status CheckForeignPostgres(SqlDb& db) {
  auto meta = OneInt(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                         " AND table_name = 'meta'");
  if (!meta.ok()) return meta.status();
  if (*meta) return Status::Ok();
  auto others = OneInt(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
  if (!others.ok()) return others.status();
  if (*others) {
    return NotAStore(db.name(), "its schema holds " + std::to_string(*others) + " tables of another application");
  }
  return Status::Ok();
}

Status MigrateInTransaction(SqlDb& db) {
  const bool pg = db.dialect() == SqlDialect::kPostgres;
  if (pg) {
    if (Status s = CheckForeignPostgres(db); !s.ok()) return s;
  }
  Status s = db.Exec(
      pg ? "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
           "INSERT INTO meta(key, value) VALUES('application', 'crosscheck') ON CONFLICT DO NOTHING;"
           "CREATE TABLE IF NOT EXISTS schema_version(version BIGINT PRIMARY KEY,"
           " applied_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'));"
         : "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
           "INSERT OR IGNORE INTO meta(key, value) VALUES('application', 'crosscheck');"
           "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY,"
           " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));");
  if (!s.ok()) return s;
  {
    // Scoped: SQLite refuses to drop a table (migration 3 drops its scratch
    // table) while any statement is still stepping.
    auto app = db.Prepare("SELECT value FROM meta WHERE key = 'application'");
    if (!app.ok()) return app.status();
    auto row = app->Step();
    if (!row.ok()) return row.status();
    if (!*row || app->Text(0) != "crosscheck") return NotAStore(db.name(), "its meta table names another application");
  }

  auto have = OneInt(db, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
  if (!have.ok()) return have.status();
  const auto& migrations = Migrations(db.dialect());
  if (*have > static_cast<int64_t>(migrations.size())) {
    return Status::Unsupported(db.name() + ": store schema version " + std::to_string(*have) +
                               " is newer than this crosscheck's (" + std::to_string(migrations.size()) + ")");
  }
  for (auto v = static_cast<size_t>(*have); v < migrations.size(); ++v) {
    if (Status m = db.Exec(migrations[v]); !m.ok()) return m;
    if (Status m = db.Exec("INSERT INTO schema_version(version) VALUES(" + std::to_string(v + 1) + ")"); !m.ok()) {
      return m;
    }
  }
  return Status::Ok();
}

}  // namespace

Status Migrate(SqlDb& db) {
  // One write transaction: on PostgreSQL its advisory lock keeps two
  // processes opening a new store from both creating the schema.
  SqlTransaction txn(db);
  if (!txn.status().ok()) return txn.status();
  if (Status s = MigrateInTransaction(db); !s.ok()) return s;
  return txn.Commit();
}

}  // namespace crosscheck

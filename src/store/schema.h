// The store's format: how a store is recognized before it is touched, and
// the schema with its migrations (one list per SQL dialect, kept in step).
//
// A SQLite store file carries SQLite's header, application_id
// kStoreApplicationId and a `meta` row application=crosscheck. A PostgreSQL
// store is a schema (the connection's current_schema) with that `meta` row;
// a schema holding other tables and no `meta` is refused. The schema version
// is the highest row of `schema_version`; migration N (1-based) moves a store
// from version N-1 to N. See doc/store.md.
#pragma once

#include <cstdint>
#include <string>

#include "crosscheck/status.h"
#include "store/sqlite_db.h"

namespace crosscheck {

inline constexpr uint32_t kStoreApplicationId = 0x63637331;  // "ccs1"

// The state of `path` before SQLite opens it.
enum class StoreFileState { kAbsent, kEmpty, kStore };

// Reads the first 100 bytes of `path`. A file that is not empty but not an
// SQLite database with our application_id is InvalidInput naming the reason;
// it is never opened for writing.
Result<StoreFileState> InspectStoreFile(const std::string& path);

// Marks a new (empty) database as a crosscheck store. Must run before WAL
// mode is enabled so that the application_id reaches the main file at once.
Status InitStoreFile(SqliteDb& db);

// Confirms the meta table says crosscheck, then applies missing migrations,
// all in one write transaction. A store from a newer schema is Unsupported.
Status Migrate(SqlDb& db);

// The schema version this build writes.
int CurrentSchemaVersion();

}  // namespace crosscheck

// SqliteStore: the Store on one SQLite file (WAL mode). Ingest lives in
// sqlite_ingest.cc, queries in sqlite_queries.cc.
#pragma once

#include <memory>
#include <set>
#include <string>

#include "store/claim_match.h"
#include "store/sqlite_db.h"
#include "store/store.h"

namespace crosscheck {

class SqliteStore final : public Store {
 public:
  // Refuses foreign or damaged files before writing anything (schema.h).
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  Result<PutOutcome> PutDocument(const nlohmann::json& extraction, std::string_view text,
                                 const ExtractionVersion& version) override;
  Result<bool> HasDocument(std::string_view document_id) override;
  Result<std::vector<IncidentSummary>> ListIncidents(const IncidentFilter& filter) override;
  Result<nlohmann::json> GetIncident(std::string_view incident_id) override;
  Result<std::vector<SearchHit>> Search(std::string_view text, size_t limit) override;
  Result<std::vector<SourceInfo>> ListSources() override;

 private:
  SqliteStore(std::unique_ptr<SqliteDb> db, StoreOptions options) : db_(std::move(db)), options_(std::move(options)) {}

  struct NewClaim;  // sqlite_ingest.cc
  Result<PutOutcome> PutDocumentUnguarded(const nlohmann::json& extraction, std::string_view text,
                                          const ExtractionVersion& version);
  Status Fault(std::string_view point) const;
  Status InsertDocument(const nlohmann::json& document, std::string_view text);
  Status InsertEntities(const std::string& doc_id, const nlohmann::json& entities);
  // The stored incident the unit's claims belong to, or 0 for a new one.
  Result<int64_t> FindIncident(const std::string& type, const std::vector<NewClaim>& unit,
                               const std::set<int64_t>& exclude);
  Result<std::vector<std::pair<int64_t, ClaimFacts>>> IncidentClaims(int64_t incident);
  Status InsertClaim(const std::string& doc_id, const NewClaim& claim, int64_t incident,
                     const ExtractionVersion& version);
  // Recomputes contradictions and the summary columns of one incident.
  Status RefreshIncident(int64_t incident);
  Result<IncidentSummary> Summary(int64_t incident);
  Result<nlohmann::json> GetIncidentUnguarded(std::string_view incident_id);

  std::unique_ptr<SqliteDb> db_;
  StoreOptions options_;
};

}  // namespace crosscheck

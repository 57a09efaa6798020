// SqlStore: the Store, written once over SqlDb (sql_db.h) so that SQLite and
// PostgreSQL run the same ingest, incident, edit and query logic. Opening
// lives in sql_store_open.cc, ingest in sql_store_ingest.cc, incident
// bookkeeping and queries in sql_store_incidents.cc, documents and claims in
// sql_store_documents.cc, manual edits and re-extraction in
// sql_store_edits.cc, search and sources in sql_store_search.cc.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>

#include "store/claim_match.h"
#include "store/sql_db.h"
#include "store/store.h"

namespace crosscheck {

// incidents.pinned bits: what the analyst did to an incident.
inline constexpr int64_t kPinnedSplit = 1;   // split from, or split off, another
inline constexpr int64_t kPinnedMerged = 2;  // another incident was merged into it

// The columns ClaimsFromQuery reads, and the tables they come from.
inline constexpr const char* kClaimColumns =
    "c.id, c.local_id, c.speaker_name, c.json, c.crosscheck_version, c.lexicon_version,"
    " d.id, d.source, d.published, d.url, d.title, c.incident_id";
inline constexpr const char* kClaimJoin = " FROM claims c JOIN documents d ON d.id = c.document_id";

// The columns SummaryFromRow reads, from `incidents i`.
inline constexpr const char* kSummaryColumns =
    "i.id, i.type, i.place, i.facility, i.first_date, i.last_date, i.claims, i.documents, i.contradictions,"
    " i.sources";

// The names an incident can be found by (sql_store_incident_names.cc).
enum class IncidentNameKind { kSource, kPlace };

class SqlStore final : public Store {
 public:
  // Opens a SQLite file (refusing foreign or damaged files before writing
  // anything, schema.h) or a PostgreSQL URL.
  static Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path, const StoreOptions& options);
  static Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url, const StoreOptions& options);

  Result<PutOutcome> PutDocument(const nlohmann::json& extraction, std::string_view text,
                                 const ExtractionVersion& version) override;
  Result<bool> HasDocument(std::string_view document_id) override;
  Result<std::vector<IncidentSummary>> ListIncidents(const IncidentFilter& filter) override;
  Result<nlohmann::json> GetIncident(std::string_view incident_id) override;
  Result<std::vector<SearchHit>> Search(std::string_view text, size_t limit) override;
  Result<std::vector<SourceInfo>> ListSources() override;
  Result<nlohmann::json> GetDocument(std::string_view document_id) override;
  Result<std::vector<nlohmann::json>> ListClaims(const ClaimFilter& filter) override;
  Result<std::string> SplitIncident(std::string_view incident_id, const std::vector<std::string>& claim_ids) override;
  Result<std::string> MergeIncidents(std::string_view target_id, std::string_view other_id) override;
  Result<std::vector<StoredReport>> ReportsToReextract(const ExtractionVersion& current, std::string_view after_id,
                                                      size_t limit) override;
  Result<PutOutcome> ReplaceExtraction(const nlohmann::json& extraction, const ExtractionVersion& version) override;

 private:
  SqlStore(std::unique_ptr<SqlDb> db, StoreOptions options);
  static Result<std::unique_ptr<Store>> Finish(std::unique_ptr<SqlDb> db, const StoreOptions& options);

  // A claim of an extraction on its way in.
  struct NewClaim {
    std::string local_id;
    const nlohmann::json* claim;  // into the extraction
    ClaimFacts facts;
    std::string speaker_name;
    bool dated = false;
  };
  // Where ReplaceExtraction must put a re-extracted claim: the incident the
  // analyst had put its old version in (by index into the new claims).
  using KeptPlaces = std::map<size_t, int64_t>;

  Result<PutOutcome> PutDocumentUnguarded(const nlohmann::json& extraction, std::string_view text,
                                          const ExtractionVersion& version);
  Result<PutOutcome> ReplaceExtractionUnguarded(const nlohmann::json& extraction, const ExtractionVersion& version);
  Status Fault(std::string_view point) const;
  Status InsertDocument(const nlohmann::json& document, std::string_view text, const ExtractionVersion& version);
  Status InsertEntities(const std::string& doc_id, const nlohmann::json& entities);
  // The extraction's claims, grouped into the units the report made
  // (resolve/incidents.h).
  static std::vector<NewClaim> ClaimsOf(const nlohmann::json& extraction);
  static std::vector<std::vector<size_t>> UnitsOf(const nlohmann::json& extraction, const std::vector<NewClaim>& all);
  // Inserts the claims and assigns incidents unit by unit (keep: claims
  // whose incident is already decided). Returns the incidents touched.
  Result<std::set<int64_t>> PlaceClaims(const std::string& doc_id, const nlohmann::json& extraction,
                                        const ExtractionVersion& version, const KeptPlaces& keep);
  // The stored incident the unit's claims belong to, or 0 for a new one.
  Result<int64_t> FindIncident(const std::string& type, const std::vector<NewClaim>& unit,
                               const std::set<int64_t>& exclude);
  Result<std::vector<std::pair<int64_t, ClaimFacts>>> IncidentClaims(int64_t incident);
  Result<int64_t> NewIncident(const std::string& type, int64_t pinned);
  Status InsertClaim(const std::string& doc_id, const NewClaim& claim, int64_t incident,
                     const ExtractionVersion& version);
  // Recomputes contradictions and the summary columns of one incident;
  // deletes it when it has no claims left.
  Status RefreshIncident(int64_t incident);
  // Makes the incident's links to source or place names exactly `names`,
  // adding names the dictionary lacks; UnlinkIncidentNames drops them all.
  Status SyncIncidentNames(IncidentNameKind kind, int64_t incident, const std::set<std::string>& names);
  Status UnlinkIncidentNames(int64_t incident);
  Result<int64_t> NameId(IncidentNameKind kind, const std::string& name);
  // How many incidents link to a name matching `like` (ESCAPE '\\'),
  // counting no further than `cap`.
  Result<int64_t> CountNamed(IncidentNameKind kind, const std::string& like, int64_t cap);
  Status RecordEdit(std::string_view action, int64_t incident, int64_t other, const nlohmann::json& claims);
  Result<IncidentSummary> Summary(int64_t incident);
  // A summary from a query whose columns are kSummaryColumns.
  static IncidentSummary SummaryFromRow(const SqlStmt& q);
  Result<nlohmann::json> GetIncidentUnguarded(std::string_view incident_id);
  Result<nlohmann::json> GetDocumentUnguarded(std::string_view document_id);
  // Claims as JSON from a query whose columns are kClaimColumns (sql_store_documents.cc).
  Result<std::vector<nlohmann::json>> ClaimsFromQuery(SqlStmt& q);
  Result<std::string> SplitUnguarded(std::string_view incident_id, const std::vector<std::string>& claim_ids);
  Result<std::string> MergeUnguarded(std::string_view target_id, std::string_view other_id);

  std::unique_ptr<SqlDb> db_;
  StoreOptions options_;
};

// A LIKE pattern (ESCAPE '\\') matching `text` anywhere, with % and _ taken literally.
std::string LikeAnywhere(std::string_view text);

// "i12" -> 12 (prefix optional); nullopt when not an id.
std::optional<int64_t> ParseStoreId(std::string_view id, char prefix);

}  // namespace crosscheck

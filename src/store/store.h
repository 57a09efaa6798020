// Store: every report, claim and cross-report incident, kept on disk.
//
// A Store holds the SPEC section 4 extraction of each ingested report and
// groups claims from different reports into incidents as they arrive (see
// doc/store.md for the merge rules). Open() picks the backend from the URI:
// a file path is SQLite; "postgresql://..." (or "postgres://...") is
// PostgreSQL when this build has libpq, Unsupported otherwise. Both backends
// run the same logic (sql_store.h over the drivers of sql_db.h).
//
// Ids: incidents are "i<number>", claims "c<number>" (store-wide), documents
// the sha256 of their text. A claim's id changes when its document is
// re-extracted (ReplaceExtraction); incident ids stay.
//
// Errors: every call returns a Status or Result; nothing throws. A file that
// is not a crosscheck store (another SQLite database, a text file, a damaged
// header) is refused with InvalidInput and never written to.
//
// Thread-safety: a Store object is used by one thread at a time (the CLI has
// one writer thread). Several processes may read a SQLite store while one
// writes (WAL mode). Several processes may write one PostgreSQL store: their
// write transactions take turns (an advisory lock), so they give the same
// incidents as one process storing the same reports.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "crosscheck/status.h"

namespace crosscheck {

// Which extractor produced a claim; kept per claim so that claims can be
// redone after a lexicon change.
struct ExtractionVersion {
  std::string crosscheck;  // CROSSCHECK_VERSION
  std::string lexicon;     // Lexicon::version(), or empty when unknown
};

struct StoreOptions {
  // For fault-injection tests: called at every point of a write transaction
  // where the database could fail: "begin", "statement N" (the Nth statement
  // since begin, reads included), "commit", and the named points
  // "after_document", "after_claims" inside PutDocument. A non-OK Status is
  // returned from that point as the database's own error would be; the
  // transaction is rolled back.
  std::function<Status(std::string_view point)> fault_hook;
  // How ListIncidents answers a --place or --source filter: when the
  // matching names lead to fewer incidents than this, it starts from them;
  // otherwise it walks the incidents newest first (doc/store.md). Both give
  // the same rows; tests set 0 or a huge value to check each way. Negative:
  // chosen per query from the store's size and the page.
  int64_t list_start_from_names_below = -1;
};

struct PutOutcome {
  bool inserted = false;            // false: the document was already stored
  std::vector<std::string> incidents;  // incidents the document's claims joined
};

struct IncidentFilter {
  std::string type;     // event type, exact ("kill")
  std::string place;    // substring of a place, its parents or a facility
  std::string from, to; // ISO dates, inclusive; empty = open
  std::string source;   // substring of a document source
  bool only_contradicted = false;
  size_t limit = 100;
  size_t offset = 0;
};

struct IncidentSummary {
  std::string id;       // "i17"
  std::string type;
  std::string place;    // most specific place named by its claims, or ""
  std::string facility;
  std::string first_date, last_date;  // ISO, from the claims' dates; may be ""
  size_t claims = 0, documents = 0, contradictions = 0;
  std::vector<std::string> sources;
};

struct SearchHit {
  std::string kind;         // "document" or "claim"
  std::string document_id;
  std::string claim_id;     // for claims: "c12"
  std::string incident_id;  // for claims: "i3"
  std::string source;
  std::string snippet;      // matched terms in [brackets]
};

struct ClaimFilter {
  std::string incident;  // "i3": only this incident's claims
  std::string document;  // a document id: only its claims
  std::string type;      // event type, exact
  std::string source;    // substring of the document's source (case-insensitive)
  std::string stance;    // "asserts", "denies", ... exact
  size_t limit = 100;
  size_t offset = 0;
};

// A stored report as given to the extractor, for re-extraction.
struct StoredReport {
  std::string id, source, published, url, title, text;
};

struct SourceInfo {
  std::string name;
  size_t documents = 0, claims = 0;
  std::string first_published, last_published;
};

class Store {
 public:
  virtual ~Store() = default;

  // A path opens (or creates) a SQLite store; "postgresql://..." a
  // PostgreSQL one (the URL's database and current schema; created there
  // when the schema is empty). A file or schema that is not a crosscheck
  // store is InvalidInput and is never written to; a store written by a
  // newer schema is Unsupported.
  static Result<std::unique_ptr<Store>> Open(const std::string& uri, const StoreOptions& options = {});

  // Stores one extraction (the SPEC section 4 object) and the report text it
  // was made from, in one transaction: the document, its entities, claims and
  // evidence, then attaches each of the report's incidents to a compatible
  // stored incident or a new one, and recomputes the touched incidents'
  // contradictions. A document whose id is already stored is a no-op.
  virtual Result<PutOutcome> PutDocument(const nlohmann::json& extraction, std::string_view text,
                                         const ExtractionVersion& version) = 0;
  virtual Result<bool> HasDocument(std::string_view document_id) = 0;

  // Incidents matching the filter, newest first.
  virtual Result<std::vector<IncidentSummary>> ListIncidents(const IncidentFilter& filter) = 0;
  // One incident as JSON: id, type, place, facility, first_date, last_date,
  // sources, claims (each with its document's id, source, published, url and
  // its evidence) and contradictions naming claim ids. NotFound if unknown.
  virtual Result<nlohmann::json> GetIncident(std::string_view incident_id) = 0;
  // Full-text search over report text and claim evidence (every word must
  // occur; FTS5 ranking).
  virtual Result<std::vector<SearchHit>> Search(std::string_view text, size_t limit) = 0;
  virtual Result<std::vector<SourceInfo>> ListSources() = 0;

  // One report: id, source, published, url, title, text, extracted_by,
  // entities, claims (as in GetIncident, with "incident" and the evidence
  // offsets: evidence.span is [begin, end) in code points of text) and
  // incidents (the summaries of the incidents its claims joined). NotFound if
  // unknown.
  virtual Result<nlohmann::json> GetDocument(std::string_view document_id) = 0;
  // Claims matching the filter, in store order (oldest first), each shaped as
  // in GetIncident plus "incident". An unknown incident or document gives an
  // empty list.
  virtual Result<std::vector<nlohmann::json>> ListClaims(const ClaimFilter& filter) = 0;

  // Manual edits. Both are remembered: the incidents they touch are marked
  // (doc/store.md) so that later reports never undo them and ReplaceExtraction
  // keeps every re-extracted claim where the analyst put it.
  //
  // SplitIncident moves the given claims ("c12", ...) of an incident to a new
  // incident and returns its id. InvalidInput when a claim is not in the
  // incident, when none or all of its claims are given.
  virtual Result<std::string> SplitIncident(std::string_view incident_id,
                                            const std::vector<std::string>& claim_ids) = 0;
  // MergeIncidents moves every claim of `other_id` into `target_id`, deletes
  // `other_id` (GetIncident on it then says where it went) and returns
  // target_id. InvalidInput when they are the same incident.
  virtual Result<std::string> MergeIncidents(std::string_view target_id, std::string_view other_id) = 0;

  // Re-extraction after a lexicon change. ReportsToReextract lists, by id
  // after `after_id` ("" to start), up to `limit` stored reports whose claims
  // were made by another crosscheck or lexicon version than `current`.
  virtual Result<std::vector<StoredReport>> ReportsToReextract(const ExtractionVersion& current,
                                                              std::string_view after_id, size_t limit) = 0;
  // Replaces a stored report's entities and claims by a new extraction of
  // the same text, in one transaction. A new claim that matches an old one
  // (same type, overlapping evidence) which the analyst had split or merged
  // stays in that incident; the others are placed as PutDocument places
  // them. Incidents left without claims are deleted. NotFound if the
  // document is not stored.
  virtual Result<PutOutcome> ReplaceExtraction(const nlohmann::json& extraction,
                                               const ExtractionVersion& version) = 0;
};

}  // namespace crosscheck

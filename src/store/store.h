// Store: every report, claim and cross-report incident, kept on disk.
//
// A Store holds the SPEC section 4 extraction of each ingested report and
// groups claims from different reports into incidents as they arrive (see
// doc/store.md for the merge rules). Open() picks the backend from the URI:
// a file path is SQLite; "postgresql://..." is reserved for the PostgreSQL
// backend and returns Unsupported in this build.
//
// Errors: every call returns a Status or Result; nothing throws. A file that
// is not a crosscheck store (another SQLite database, a text file, a damaged
// header) is refused with InvalidInput and never written to.
//
// Thread-safety: a Store object is used by one thread at a time (the CLI has
// one writer thread). Several processes may read a SQLite store while one
// writes (WAL mode).
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
  // For tests: called at named points inside PutDocument's transaction
  // ("after_document", "after_claims"); a non-OK Status aborts the
  // transaction and is returned, as a crash at that point would leave it.
  std::function<Status(std::string_view point)> fault_hook;
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

struct SourceInfo {
  std::string name;
  size_t documents = 0, claims = 0;
  std::string first_published, last_published;
};

class Store {
 public:
  virtual ~Store() = default;

  // A path opens (or creates) a SQLite store; "postgresql://..." is
  // Unsupported for now. A path naming a file that is not a crosscheck store
  // is InvalidInput; a store written by a newer schema is Unsupported.
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
};

}  // namespace crosscheck

// Api: the JSON API under /api/v1 and the page, over one store.
//
//   GET  /api/v1/                       what this server is and its limits
//   GET  /api/v1/incidents?filters      incident summaries, newest first, paged
//   GET  /api/v1/incidents/{id}         one incident with claims and contradictions
//   GET  /api/v1/documents/{id}         one report: text, claims, incidents
//   GET  /api/v1/claims?filters         claims, paged
//   GET  /api/v1/search?q=              full-text hits
//   GET  /api/v1/sources                outlets with counts
//   GET  /api/v1/export?format=jsonl|csv|geojson&filters
//   POST /api/v1/documents              extract a report and store it (token)
//   POST /api/v1/incidents/{id}/split   {"claims": [...]} (token)
//   POST /api/v1/incidents/{id}/merge   {"other": "i7"} (token)
//   GET  /, /app/*, /vendor/*           the page, from memory
//
// doc/api.md is the full contract. Reads are open; writes need
// "Authorization: Bearer <token>", compared in constant time.
#pragma once

#include <httplib.h>

#include <string>

#include "crosscheck/extractor.h"
#include "server/store_pool.h"
#include "store/store.h"

namespace crosscheck::server {

struct ApiOptions {
  std::string write_token;             // empty: every write is refused
  size_t max_report_bytes = 2u << 20;  // text of one POSTed report
  ExtractionVersion version;           // recorded with stored claims
  // When the server listens on loopback: answer only requests whose Host is
  // a loopback name, so a web page elsewhere cannot reach the API through
  // DNS rebinding.
  bool loopback_only_hosts = true;
};

class Api {
 public:
  // Without an extractor (nullptr) the API is read-only: POST documents
  // answers 501 (benchmarks use this; serve always passes one).
  Api(StorePool& stores, const Extractor* extractor, ApiOptions options)
      : stores_(stores), extractor_(extractor), options_(std::move(options)) {}

  // Adds every route, the security headers and the error handler.
  void Register(httplib::Server& server);

 private:
  void ListIncidents(const httplib::Request& req, httplib::Response& res);
  void GetIncident(const httplib::Request& req, httplib::Response& res);
  void GetDocument(const httplib::Request& req, httplib::Response& res);
  void ListClaims(const httplib::Request& req, httplib::Response& res);
  void Search(const httplib::Request& req, httplib::Response& res);
  void Sources(const httplib::Request& req, httplib::Response& res);
  void Export(const httplib::Request& req, httplib::Response& res);
  void PostDocument(const httplib::Request& req, httplib::Response& res);
  void Split(const httplib::Request& req, httplib::Response& res);
  void Merge(const httplib::Request& req, httplib::Response& res);
  void Info(const httplib::Request& req, httplib::Response& res);

  // True when the request carries the write token; otherwise answers 401.
  bool Authorized(const httplib::Request& req, httplib::Response& res) const;

  StorePool& stores_;
  const Extractor* extractor_;
  ApiOptions options_;
};

}  // namespace crosscheck::server

// The read endpoints: each borrows a store connection for its request.
#include <string>

#include "server/api.h"
#include "server/http_util.h"
#include "server/query_params.h"

namespace crosscheck::server {
namespace {

using nlohmann::json;

json SummaryJson(const IncidentSummary& s) {
  return {{"id", s.id},
          {"type", s.type},
          {"place", s.place},
          {"facility", s.facility},
          {"first_date", s.first_date},
          {"last_date", s.last_date},
          {"claims", s.claims},
          {"documents", s.documents},
          {"contradictions", s.contradictions},
          {"sources", s.sources}};
}

// One page of `items` fetched with limit + 1, so the reply can say whether
// another page follows without counting the whole result.
template <typename T>
json Page(const char* key, std::vector<T> items, size_t limit, size_t offset, json (*to_json)(const T&)) {
  const bool more = items.size() > limit;
  if (more) items.resize(limit);
  json list = json::array();
  for (const auto& item : items) list.push_back(to_json(item));
  return {{key, std::move(list)}, {"offset", offset}, {"limit", limit},
          {"next_offset", more ? json(offset + limit) : json(nullptr)}};
}

json Identity(const json& j) { return j; }

}  // namespace

void Api::ListIncidents(const httplib::Request& req, httplib::Response& res) {
  auto filter = IncidentFilterFrom(req);
  if (!filter.ok()) return SendStatus(res, filter.status());
  auto store = stores_.Borrow();
  if (!store.ok()) return SendStatus(res, store.status());
  IncidentFilter probe = *filter;
  probe.limit = filter->limit + 1;
  auto list = (*store)->ListIncidents(probe);
  if (!list.ok()) return SendStatus(res, list.status());
  SendJson(res, 200, Page("incidents", std::move(list).value(), filter->limit, filter->offset, &SummaryJson));
}

void Api::GetIncident(const httplib::Request& req, httplib::Response& res) {
  auto store = stores_.Borrow();
  if (!store.ok()) return SendStatus(res, store.status());
  auto incident = (*store)->GetIncident(req.matches[1].str());
  if (!incident.ok()) return SendStatus(res, incident.status());
  SendJson(res, 200, *incident);
}

void Api::GetDocument(const httplib::Request& req, httplib::Response& res) {
  auto store = stores_.Borrow();
  if (!store.ok()) return SendStatus(res, store.status());
  auto document = (*store)->GetDocument(req.matches[1].str());
  if (!document.ok()) return SendStatus(res, document.status());
  SendJson(res, 200, *document);
}

void Api::ListClaims(const httplib::Request& req, httplib::Response& res) {
  auto filter = ClaimFilterFrom(req);
  if (!filter.ok()) return SendStatus(res, filter.status());
  auto store = stores_.Borrow();
  if (!store.ok()) return SendStatus(res, store.status());
  ClaimFilter probe = *filter;
  probe.limit = filter->limit + 1;
  auto claims = (*store)->ListClaims(probe);
  if (!claims.ok()) return SendStatus(res, claims.status());
  SendJson(res, 200, Page("claims", std::move(claims).value(), filter->limit, filter->offset, &Identity));
}

void Api::Search(const httplib::Request& req, httplib::Response& res) {
  const std::string q = req.get_param_value("q");
  if (q.empty() || q.size() > 512) return SendError(res, 400, "invalid_input", "'q' must hold 1 to 512 bytes");
  auto limit = CountParam(req, "limit", 20, kMaxPageSize);
  if (!limit.ok()) return SendStatus(res, limit.status());
  auto store = stores_.Borrow();
  if (!store.ok()) return SendStatus(res, store.status());
  auto hits = (*store)->Search(q, *limit);
  if (!hits.ok()) return SendStatus(res, hits.status());
  json list = json::array();
  for (const auto& h : *hits) {
    list.push_back({{"kind", h.kind}, {"document", h.document_id}, {"claim", h.claim_id},
                    {"incident", h.incident_id}, {"source", h.source}, {"snippet", h.snippet}});
  }
  SendJson(res, 200, {{"hits", std::move(list)}});
}

void Api::Sources(const httplib::Request&, httplib::Response& res) {
  auto store = stores_.Borrow();
  if (!store.ok()) return SendStatus(res, store.status());
  auto sources = (*store)->ListSources();
  if (!sources.ok()) return SendStatus(res, sources.status());
  json list = json::array();
  for (const auto& s : *sources) {
    list.push_back({{"name", s.name}, {"documents", s.documents}, {"claims", s.claims},
                    {"first_published", s.first_published}, {"last_published", s.last_published}});
  }
  SendJson(res, 200, {{"sources", std::move(list)}});
}

void Api::Info(const httplib::Request&, httplib::Response& res) {
  SendJson(res, 200, {{"name", "crosscheck"}, {"version", options_.version.crosscheck},
                      {"lexicon", options_.version.lexicon}, {"max_report_bytes", options_.max_report_bytes},
                      {"max_page_size", kMaxPageSize}, {"writes", "Authorization: Bearer <token>"}});
}

}  // namespace crosscheck::server

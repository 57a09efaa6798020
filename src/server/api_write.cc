// The write endpoints. Extraction runs on the request's own thread, so
// several reports are extracted at once; storing goes through the pool's
// single writer, one report at a time.
#include <string>

#include "io/date.h"
#include "io/utf8.h"
#include "server/api.h"
#include "server/http_util.h"
#include "server/token.h"

namespace crosscheck::server {
namespace {

using nlohmann::json;

Result<std::string> OptionalString(const json& body, const char* key) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::string();
  if (!it->is_string()) return Status::InvalidInput(std::string("'") + key + "' must be a string");
  return it->get<std::string>();
}

// The report in a POST body: a JSON object {text, source, published, url,
// title}, or the text itself (text/plain) with those fields as query
// parameters.
Result<Report> ReportFromRequest(const httplib::Request& req, size_t max_report_bytes) {
  Report report;
  std::string raw;
  const std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) == 0) {
    json body = json::parse(req.body, nullptr, /*allow_exceptions=*/false);
    if (body.is_discarded() || !body.is_object()) return Status::InvalidInput("body: not a JSON object");
    auto text = OptionalString(body, "text");
    if (!text.ok()) return text.status();
    raw = std::move(text).value();
    for (auto [key, field] : {std::pair{"source", &report.source}, std::pair{"published", &report.published},
                              std::pair{"url", &report.url}, std::pair{"title", &report.title}}) {
      auto value = OptionalString(body, key);
      if (!value.ok()) return value.status();
      *field = std::move(value).value();
    }
  } else if (type.empty() || type.rfind("text/plain", 0) == 0) {
    raw = req.body;
    report.source = req.get_param_value("source");
    report.published = req.get_param_value("published");
    report.url = req.get_param_value("url");
    report.title = req.get_param_value("title");
  } else {
    return Status::Unsupported("Content-Type must be application/json or text/plain");
  }
  if (raw.size() > max_report_bytes) {
    return Status::InvalidInput("report text is " + std::to_string(raw.size()) + " bytes; the limit is " +
                                std::to_string(max_report_bytes));
  }
  auto text = NormalizeText(raw, "report");
  if (!text.ok()) return text.status();
  report.text = std::move(text).value();
  if (!report.published.empty()) {
    auto date = NormalizePublishedDate(report.published, "published");
    if (!date.ok()) return date.status();
    report.published = *date;
  }
  report.origin = "POST /api/v1/documents";
  return report;
}

}  // namespace

bool Api::Authorized(const httplib::Request& req, httplib::Response& res) const {
  if (TokensEqual(options_.write_token, BearerToken(req.get_header_value("Authorization")))) return true;
  res.set_header("WWW-Authenticate", "Bearer");
  SendError(res, 401, "unauthorized", "writes need the header 'Authorization: Bearer <token>' (printed by crosscheck serve)");
  return false;
}

void Api::PostDocument(const httplib::Request& req, httplib::Response& res) {
  if (!Authorized(req, res)) return;
  if (!extractor_) return SendError(res, 501, "unsupported", "this server does not extract reports");
  auto report = ReportFromRequest(req, options_.max_report_bytes);
  if (!report.ok()) {
    if (report.status().code() == StatusCode::kUnsupported) {
      return SendError(res, 415, "unsupported_media_type", report.status().message());
    }
    return SendStatus(res, report.status());
  }
  auto extraction = extractor_->Extract(*report);
  if (!extraction.ok()) return SendStatus(res, extraction.status());
  auto stored = stores_.Write([&](Store& store) -> Result<json> {
    auto put = store.PutDocument(*extraction, report->text, options_.version);
    if (!put.ok()) return put.status();
    json incidents = json::array();
    for (const auto& id : put->incidents) {
      auto incident = store.GetIncident(id);
      if (!incident.ok()) return incident.status();
      incidents.push_back(std::move(incident).value());
    }
    return json{{"inserted", put->inserted}, {"incidents", std::move(incidents)}};
  });
  if (!stored.ok()) return SendStatus(res, stored.status());
  json out = {{"document", (*extraction)["document"]},
              {"inserted", (*stored)["inserted"]},
              {"text", report->text},
              {"entities", (*extraction)["entities"]},
              {"claims", (*extraction)["claims"]},
              {"incidents", (*stored)["incidents"]}};
  SendJson(res, (*stored)["inserted"].get<bool>() ? 201 : 200, out);
}

void Api::Split(const httplib::Request& req, httplib::Response& res) {
  if (!Authorized(req, res)) return;
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("claims") || !body["claims"].is_array()) {
    return SendError(res, 400, "invalid_input", "body must be {\"claims\": [\"c1\", ...]}");
  }
  std::vector<std::string> claims;
  for (const auto& c : body["claims"]) {
    if (!c.is_string()) return SendError(res, 400, "invalid_input", "claim ids must be strings");
    claims.push_back(c.get<std::string>());
  }
  const std::string id = req.matches[1].str();
  auto created = stores_.Write([&](Store& store) { return store.SplitIncident(id, claims); });
  if (!created.ok()) return SendStatus(res, created.status());
  SendJson(res, 200, {{"incident", id}, {"new_incident", *created}});
}

void Api::Merge(const httplib::Request& req, httplib::Response& res) {
  if (!Authorized(req, res)) return;
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("other") || !body["other"].is_string()) {
    return SendError(res, 400, "invalid_input", "body must be {\"other\": \"i7\"}");
  }
  const std::string id = req.matches[1].str();
  const std::string other = body["other"].get<std::string>();
  auto merged = stores_.Write([&](Store& store) { return store.MergeIncidents(id, other); });
  if (!merged.ok()) return SendStatus(res, merged.status());
  SendJson(res, 200, {{"incident", *merged}, {"merged", other}});
}

}  // namespace crosscheck::server

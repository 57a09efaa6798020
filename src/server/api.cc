// Routing, the static page, and what every response carries.
#include "server/api.h"

#include <algorithm>
#include <cctype>

#include "server/assets.h"
#include "server/http_util.h"

namespace crosscheck::server {
namespace {

// The page loads only its own scripts, styles and data: report text that
// slipped into markup could still not run or load anything.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

void SecurityHeaders(httplib::Response& res) {
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
}

// The host name of a Host header: "127.0.0.1:8080" -> "127.0.0.1",
// "[::1]:8080" -> "::1".
std::string HostName(std::string host) {
  if (!host.empty() && host[0] == '[') return host.substr(1, host.find(']') - 1);
  if (auto colon = host.find(':'); colon != std::string::npos) host.resize(colon);
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
  return host;
}

bool IsLoopbackName(const std::string& name) {
  return name == "localhost" || name == "::1" || name.rfind("127.", 0) == 0;
}

}  // namespace

void Api::Register(httplib::Server& server) {
  using Req = const httplib::Request&;
  using Res = httplib::Response&;
  const bool check_host = options_.loopback_only_hosts;
  server.set_pre_routing_handler([check_host](Req req, Res res) {
    SecurityHeaders(res);
    if (check_host && !IsLoopbackName(HostName(req.get_header_value("Host")))) {
      SendError(res, 403, "forbidden_host", "this server answers only requests addressed to a loopback host");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_error_handler([](Req req, Res res) {
    if (!res.body.empty()) return;  // a handler already explained itself
    if (res.status == 404) {
      SendError(res, 404, "not_found", "no such resource: " + req.path);
    } else if (res.status == 413) {
      SendError(res, 413, "too_large", "request body too large");
    } else {
      SendError(res, res.status, "bad_request", "the request could not be handled");
    }
  });
  server.set_exception_handler([](Req, Res res, std::exception_ptr) {
    SendError(res, 500, "internal", "internal error");
  });

  const std::string v1 = "/api/v1";
  const std::string incident = "(i[0-9]{1,18})";
  server.Get(v1 + "/?", [this](Req req, Res res) { Info(req, res); });
  server.Get(v1 + "/incidents", [this](Req req, Res res) { ListIncidents(req, res); });
  server.Get(v1 + "/incidents/" + incident, [this](Req req, Res res) { GetIncident(req, res); });
  server.Get(v1 + "/documents/([0-9a-f]{64})", [this](Req req, Res res) { GetDocument(req, res); });
  server.Get(v1 + "/claims", [this](Req req, Res res) { ListClaims(req, res); });
  server.Get(v1 + "/search", [this](Req req, Res res) { Search(req, res); });
  server.Get(v1 + "/sources", [this](Req req, Res res) { Sources(req, res); });
  server.Get(v1 + "/export", [this](Req req, Res res) { Export(req, res); });
  server.Post(v1 + "/documents", [this](Req req, Res res) { PostDocument(req, res); });
  server.Post(v1 + "/incidents/" + incident + "/split", [this](Req req, Res res) { Split(req, res); });
  server.Post(v1 + "/incidents/" + incident + "/merge", [this](Req req, Res res) { Merge(req, res); });
  server.Get("/.*", [](Req req, Res res) {
    const Asset* asset = FindAsset(req.path);
    if (!asset) return SendError(res, 404, "not_found", "no such resource: " + req.path);
    res.set_content(asset->body.data(), asset->body.size(), std::string(asset->content_type).c_str());
  });
}

}  // namespace crosscheck::server

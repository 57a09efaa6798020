#include "server/http_util.h"

namespace crosscheck::server {

std::string WebSafeDump(const nlohmann::json& value) {
  // Invalid UTF-8 in stored text is replaced rather than failing the reply.
  const std::string raw = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(raw.size() + raw.size() / 16);
  for (char c : raw) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

void SendJson(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(WebSafeDump(body), "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, int status, std::string_view code, std::string_view message) {
  nlohmann::json body;
  body["error"] = {{"code", code}, {"message", message}};
  SendJson(res, status, body);
}

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidInput: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kUnsupported: return 501;
    default: return 500;
  }
}

void SendStatus(httplib::Response& res, const Status& status) {
  const int http = HttpStatusFor(status);
  const char* code = http == 400 ? "invalid_input" : http == 404 ? "not_found" : http == 501 ? "unsupported" : "internal";
  SendError(res, http, code, status.message());
}

}  // namespace crosscheck::server

// Small helpers every API handler uses: JSON bodies that are safe to embed
// in HTML, errors as {"error": {"code", "message"}}, and Status codes mapped
// to HTTP statuses.
#pragma once

#include <httplib.h>

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "crosscheck/status.h"

namespace crosscheck::server {

// The JSON text with '<', '>' and '&' written as \u003c, \u003e, \u0026.
// Those characters only occur inside JSON strings, so the value is the same,
// but report text can then never form markup ("</script>") wherever the
// body ends up.
std::string WebSafeDump(const nlohmann::json& value);

void SendJson(httplib::Response& res, int status, const nlohmann::json& body);
// {"error": {"code": code, "message": message}} with the HTTP status.
void SendError(httplib::Response& res, int status, std::string_view code, std::string_view message);
// The HTTP status for a Status: 400 InvalidInput, 404 NotFound, 501
// Unsupported, 500 otherwise.
int HttpStatusFor(const Status& status);
void SendStatus(httplib::Response& res, const Status& status);

}  // namespace crosscheck::server

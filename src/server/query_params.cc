#include "server/query_params.h"

#include <algorithm>
#include <string>

#include "io/date.h"

namespace crosscheck::server {
namespace {

constexpr size_t kDefaultPageSize = 50;
constexpr size_t kMaxParamBytes = 512;

Status CheckKnown(const httplib::Request& req, std::initializer_list<std::string_view> known,
                  std::initializer_list<std::string_view> also) {
  for (const auto& [name, value] : req.params) {
    if (std::find(known.begin(), known.end(), name) == known.end() &&
        std::find(also.begin(), also.end(), name) == also.end()) {
      return Status::InvalidInput("unknown query parameter '" + name + "'");
    }
    if (value.size() > kMaxParamBytes) {
      return Status::InvalidInput("query parameter '" + name + "' is longer than " + std::to_string(kMaxParamBytes) +
                                  " bytes");
    }
  }
  return Status::Ok();
}

Result<std::string> DateParam(const httplib::Request& req, const char* name) {
  std::string value = req.get_param_value(name);
  if (!value.empty() && !IsIsoDate(value)) {
    return Status::InvalidInput(std::string("'") + name + "' must be a date YYYY-MM-DD");
  }
  return value;
}

// limit (1..kMaxPageSize, default kDefaultPageSize) and offset.
Status PageParams(const httplib::Request& req, size_t& limit, size_t& offset) {
  auto l = CountParam(req, "limit", kDefaultPageSize, kMaxPageSize);
  if (!l.ok()) return l.status();
  auto o = CountParam(req, "offset", 0, 100'000'000);
  if (!o.ok()) return o.status();
  limit = std::max<size_t>(1, *l);
  offset = *o;
  return Status::Ok();
}

}  // namespace

Result<size_t> CountParam(const httplib::Request& req, const char* name, size_t fallback, size_t max) {
  if (!req.has_param(name)) return fallback;
  const std::string value = req.get_param_value(name);
  if (value.empty() || value.size() > 9 || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return Status::InvalidInput(std::string("'") + name + "' must be a whole number");
  }
  const size_t n = std::stoul(value);
  if (n > max) return Status::InvalidInput(std::string("'") + name + "' must be at most " + std::to_string(max));
  return n;
}

Result<IncidentFilter> IncidentFilterFrom(const httplib::Request& req,
                                          std::initializer_list<std::string_view> also_allowed) {
  if (Status s = CheckKnown(req, {"type", "place", "from", "to", "source", "contradicted", "limit", "offset"},
                            also_allowed);
      !s.ok()) {
    return s;
  }
  IncidentFilter f;
  f.type = req.get_param_value("type");
  f.place = req.get_param_value("place");
  f.source = req.get_param_value("source");
  auto from = DateParam(req, "from");
  if (!from.ok()) return from.status();
  auto to = DateParam(req, "to");
  if (!to.ok()) return to.status();
  f.from = *from;
  f.to = *to;
  const std::string contradicted = req.get_param_value("contradicted");
  if (!contradicted.empty() && contradicted != "0" && contradicted != "1" && contradicted != "true" &&
      contradicted != "false") {
    return Status::InvalidInput("'contradicted' must be 1 or 0");
  }
  f.only_contradicted = contradicted == "1" || contradicted == "true";
  if (Status s = PageParams(req, f.limit, f.offset); !s.ok()) return s;
  return f;
}

Result<ClaimFilter> ClaimFilterFrom(const httplib::Request& req) {
  if (Status s = CheckKnown(req, {"incident", "document", "type", "source", "stance", "limit", "offset"}, {});
      !s.ok()) {
    return s;
  }
  ClaimFilter f;
  f.incident = req.get_param_value("incident");
  f.document = req.get_param_value("document");
  f.type = req.get_param_value("type");
  f.source = req.get_param_value("source");
  f.stance = req.get_param_value("stance");
  if (Status s = PageParams(req, f.limit, f.offset); !s.ok()) return s;
  return f;
}

}  // namespace crosscheck::server

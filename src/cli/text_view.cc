#include "cli/text_view.h"

#include <map>
#include <sstream>

namespace crosscheck {

namespace {

using nlohmann::json;

std::string SpeakerName(const json& claim, const std::map<std::string, const json*>& entities) {
  const std::string id = claim.value("speaker", "narrator");
  auto it = entities.find(id);
  if (it == entities.end()) return id == "unnamed" ? "(unnamed source)" : "(narrator)";
  const json& e = *it->second;
  std::string name = e.value("name", id);
  if (e.contains("affiliation")) {
    auto aff = entities.find(e["affiliation"].get<std::string>());
    if (aff != entities.end()) name += " (" + aff->second->value("name", "") + ")";
  }
  return name;
}

std::string CountText(const json& count) {
  if (!count.is_object()) return "";
  const json& lo = count["min"];
  const json& hi = count["max"];
  std::ostringstream out;
  if (!lo.is_null() && !hi.is_null() && lo == hi) out << lo.get<int64_t>();
  else if (!lo.is_null() && hi.is_null()) out << ">=" << lo.get<int64_t>();
  else if (lo.is_null() && !hi.is_null()) out << "<=" << hi.get<int64_t>();
  else if (!lo.is_null()) out << lo.get<int64_t>() << "-" << hi.get<int64_t>();
  if (count.value("approx", false)) out << " (approx.)";
  return out.str();
}

std::string Summary(const json& c, const std::map<std::string, const json*>& entities) {
  std::ostringstream out;
  out << c["id"].get<std::string>() << "  " << SpeakerName(c, entities) << " " << c["stance"].get<std::string>()
      << " " << c["type"].get<std::string>();
  const std::string count = CountText(c["count"]);
  if (!count.empty()) out << " " << count;
  if (c["victims"].is_string()) out << " " << c["victims"].get<std::string>();
  if (c["agent"].is_object()) out << " · by " << c["agent"]["text"].get<std::string>();
  if (c["cause"].is_string()) out << " · " << c["cause"].get<std::string>();
  if (c["place"].is_object()) out << " · " << c["place"]["name"].get<std::string>();
  if (c["facility"].is_string()) out << " · " << c["facility"].get<std::string>();
  if (c["when"].is_object()) {
    const json& w = c["when"];
    out << " · " << (w.contains("date") ? w["date"].get<std::string>()
                     : w.contains("start") ? w["start"].get<std::string>() + ".." + w.value("end", "")
                                           : "\"" + w["text"].get<std::string>() + "\"");
  }
  return out.str();
}

}  // namespace

std::string FormatTextView(const json& x) {
  std::map<std::string, const json*> entities;
  for (const auto& e : x["entities"]) entities[e["id"].get<std::string>()] = &e;
  std::map<std::string, const json*> claims;
  for (const auto& c : x["claims"]) claims[c["id"].get<std::string>()] = &c;

  std::ostringstream out;
  const json& d = x["document"];
  out << "Document " << d["id"].get<std::string>().substr(0, 12);
  if (d["source"].is_string() && !d["source"].get<std::string>().empty()) out << " · " << d["source"].get<std::string>();
  if (d["published"].is_string()) out << " · " << d["published"].get<std::string>();
  out << "\n\nClaims (" << x["claims"].size() << ")\n";
  for (const auto& c : x["claims"]) {
    out << "  " << Summary(c, entities) << "\n";
    out << "      \"" << c["evidence"]["text"].get<std::string>() << "\"\n";
  }
  size_t total = 0;
  for (const auto& inc : x["incidents"]) total += inc["contradictions"].size();
  out << "\nContradictions (" << total << ")\n";
  for (const auto& inc : x["incidents"]) {
    for (const auto& k : inc["contradictions"]) {
      const json& a = *claims[k["claims"][0].get<std::string>()];
      const json& b = *claims[k["claims"][1].get<std::string>()];
      out << "  " << k["kind"].get<std::string>() << " in incident " << inc["id"].get<std::string>() << " ("
          << inc["type"].get<std::string>() << ")\n";
      for (const json* c : {&a, &b}) {
        out << "    " << Summary(*c, entities) << "\n      \"" << (*c)["evidence"]["text"].get<std::string>()
            << "\"\n";
      }
    }
  }
  return out.str();
}

}  // namespace crosscheck

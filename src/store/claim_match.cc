#include "store/claim_match.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdio>
#include <limits>

namespace crosscheck {

namespace {

using nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<int64_t> Int(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<int64_t>();
}

std::string EntityName(const json& entities, const std::string& id) {
  if (!entities.is_array()) return id;
  for (const auto& e : entities) {
    if (Str(e, "id") == id) return Str(e, "name");
  }
  return id;
}

// Speakers are compared by name across reports; a narrator is its outlet and
// an unnamed source is only itself within its own report.
std::string SpeakerKey(const json& claim, const json& document, const json& entities) {
  const std::string speaker = Str(claim, "speaker");
  if (speaker == "narrator") {
    const std::string source = Str(document, "source");
    return "narrator:" + Lower(source.empty() ? Str(document, "id") : source);
  }
  if (speaker == "unnamed" || speaker.empty()) return "unnamed:" + Str(document, "id");
  return "entity:" + Lower(EntityName(entities, speaker));
}

void SetDays(const json& claim, const json& document, ClaimFacts& f) {
  const auto when = claim.find("when");
  if (when != claim.end() && when->is_object()) {
    if (auto d = DayNumber(Str(*when, "date"))) {
      f.day_lo = f.day_hi = d;
      return;
    }
    auto start = DayNumber(Str(*when, "start")), end = DayNumber(Str(*when, "end"));
    if (start || end) {
      f.day_lo = start ? start : end;
      f.day_hi = end ? end : start;
      f.period_tally = *f.day_hi - *f.day_lo > kLongestEventDays;
      return;
    }
  }
  if (auto published = DayNumber(Str(document, "published"))) {
    f.day_lo = *published - kUndatedLookback;
    f.day_hi = published;
  }
}

bool Vague(const ClaimFacts& c) { return c.approx && !c.count_max && c.count_min.value_or(0) <= 2; }
int64_t Low(const ClaimFacts& c) { return c.count_min.value_or(0); }
int64_t High(const ClaimFacts& c) { return c.count_max.value_or(std::numeric_limits<int64_t>::max()); }

bool CountsConflict(const ClaimFacts& a, const ClaimFacts& b) {
  if (!a.has_count || !b.has_count || Vague(a) || Vague(b)) return false;
  return High(a) < Low(b) || High(b) < Low(a);
}

// True when `inner` lies inside `outer`: inner's parents continue with
// outer's name and then outer's own parents. Comparing whole chains keeps a
// city apart from the region of the same name ("Sabha" the city, whose
// parents are the Sabha region and Libya, is not inside another town of that
// region just because that town's parents name "Sabha").
bool Inside(const ClaimFacts& inner, const ClaimFacts& outer) {
  const auto& p = inner.place_parents;
  const auto& q = outer.place_parents;
  if (p.size() < q.size() + 1) return false;
  const size_t at = p.size() - q.size() - 1;
  return p[at] == outer.place_name && std::equal(q.begin(), q.end(), p.begin() + static_cast<std::ptrdiff_t>(at) + 1);
}

bool SamePlace(const ClaimFacts& a, const ClaimFacts& b) {
  if (!a.place_id.empty() && a.place_id == b.place_id) return true;
  if (a.place_name != b.place_name) return false;
  // Same name: the same place unless both give a different chain of parents
  // (Tripoli in Libya, Tripoli in Lebanon).
  return a.place_id.empty() || b.place_id.empty() || a.place_parents.empty() || b.place_parents.empty() ||
         a.place_parents == b.place_parents;
}

// The anchor two known places give, or nullopt when they are different places.
std::optional<int> PlaceAnchor(const ClaimFacts& a, const ClaimFacts& b) {
  if (SamePlace(a, b)) {
    // A whole country (no parents) is too large to point at one event.
    return a.place_parents.empty() && b.place_parents.empty() ? kAnchorNested : kAnchorSamePlace;
  }
  if (Inside(a, b) || Inside(b, a)) return kAnchorNested;
  // A sea, river or desert borders the towns where the same event is reported
  // from ("capsized in the Mediterranean", "bodies washed up near Zuwara"):
  // it neither anchors nor separates.
  const auto natural = [](const ClaimFacts& c) { return c.place_id.starts_with("natural:"); };
  if (natural(a) || natural(b)) return 0;
  return std::nullopt;
}

bool PreciseDays(const ClaimFacts& c) { return c.day_lo && c.day_hi && *c.day_hi - *c.day_lo <= kPreciseDays; }

// True when `part` occurs in `whole` as whole words.
bool ContainsWords(const std::string& whole, const std::string& part) {
  for (size_t at = whole.find(part); at != std::string::npos; at = whole.find(part, at + 1)) {
    const bool starts = at == 0 || whole[at - 1] == ' ';
    const bool ends = at + part.size() == whole.size() || whole[at + part.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

std::optional<int> DayNumber(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return std::nullopt;
  }
  auto num = [&](size_t at, size_t n) { return std::stoi(std::string(iso.substr(at, n))); };
  int y = num(0, 4);
  const int m = num(5, 2), d = num(8, 2);
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string IsoFromDay(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  const int y = yoe + era * 400 + (m <= 2);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string NormalizeFacility(std::string_view name) {
  std::string out;
  for (char c : Lower(name)) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  for (const char* article : {"the ", "a ", "an "}) {
    if (out.rfind(article, 0) == 0) return out.substr(std::string_view(article).size());
  }
  return out;
}

ClaimFacts FactsFromJson(const json& claim, const json& document, const json& entities) {
  ClaimFacts f;
  f.type = Str(claim, "type");
  f.stance = Str(claim, "stance");
  f.speaker = SpeakerKey(claim, document, entities);
  if (const auto c = claim.find("count"); c != claim.end() && c->is_object()) {
    f.has_count = true;
    f.count_min = Int(*c, "min");
    f.count_max = Int(*c, "max");
    const auto approx = c->find("approx");
    f.approx = approx != c->end() && approx->is_boolean() && approx->get<bool>();
  }
  f.cause = Lower(Str(claim, "cause"));
  if (const auto a = claim.find("agent"); a != claim.end() && a->is_object()) {
    f.agent = Lower(Str(*a, "name").empty() ? Str(*a, "text") : Str(*a, "name"));
    f.agent_is_entity = a->contains("entity");
  }
  if (const auto p = claim.find("place"); p != claim.end() && p->is_object()) {
    f.place_id = Str(*p, "id");
    f.place_name = Lower(Str(*p, "name"));
    if (const auto parents = p->find("parents"); parents != p->end() && parents->is_array()) {
      for (const auto& parent : *parents) {
        if (parent.is_string()) f.place_parents.push_back(Lower(parent.get<std::string>()));
      }
    }
  }
  f.facility = NormalizeFacility(Str(claim, "facility"));
  f.victims = VictimsKey(Str(claim, "victims"));
  SetDays(claim, document, f);
  return f;
}

std::string VictimsKey(std::string_view victims) {
  std::string key = Lower(victims);
  while (!key.empty() && !std::isalnum(static_cast<unsigned char>(key.back()))) key.pop_back();
  if (const size_t space = key.rfind(' '); space != std::string::npos) key.erase(0, space + 1);
  if (key.size() > 3 && key.back() == 's' && key[key.size() - 2] != 's') key.pop_back();
  return key;
}

int RequiredAnchor(const ClaimFacts& a, const ClaimFacts& b) {
  if (!a.day_lo || !b.day_lo) return kAnchorFacility;
  return PreciseDays(a) && PreciseDays(b) ? kAnchorNested : kAnchorSamePlace;
}

Fit CompareForIncident(const ClaimFacts& a, const ClaimFacts& b) {
  Fit fit;
  if (a.type != b.type || a.period_tally != b.period_tally) return {false, 0};
  if (a.day_lo && b.day_lo) {
    if (*a.day_lo > *b.day_hi + kDayTolerance || *b.day_lo > *a.day_hi + kDayTolerance) return {false, 0};
  }
  if (!a.place_name.empty() && !b.place_name.empty()) {
    const auto anchor = PlaceAnchor(a, b);
    if (!anchor) return {false, 0};
    fit.anchors += *anchor;
  }
  // A one-word facility ("the camp", "the facility") refers back to a named
  // one or names none: it neither anchors nor separates.
  const auto named = [](const std::string& f) { return f.find(' ') != std::string::npos; };
  if (named(a.facility) && named(b.facility)) {
    if (a.facility == b.facility) {
      fit.anchors += kAnchorFacility;
    } else if (!ContainsWords(a.facility, b.facility) && !ContainsWords(b.facility, a.facility)) {
      return {false, 0};
    }
  }
  // The less precisely the time is known, the more the place must say: a
  // claim dated only by its report's publication matches anything of its
  // type in the country that week unless it names the town.
  if (fit.anchors < RequiredAnchor(a, b)) return {true, 0};
  if (!a.victims.empty() && a.victims == b.victims) fit.anchors += kAnchorVictims;
  return fit;
}

std::vector<std::string> CrossContradictions(const ClaimFacts& a, const ClaimFacts& b) {
  std::vector<std::string> kinds;
  if (a.type != b.type || a.speaker == b.speaker) return kinds;
  const bool a_denies = a.stance == "denies", b_denies = b.stance == "denies";
  if (a_denies != b_denies) {
    // A denial whose agent is its own speaker ("the army denied
    // responsibility") disputes who did it, not whether it happened.
    const ClaimFacts& denial = a_denies ? a : b;
    const ClaimFacts& other = a_denies ? b : a;
    if (denial.agent_is_entity && denial.speaker == "entity:" + denial.agent) {
      if (!other.agent.empty()) kinds.push_back("agent");
      return kinds;
    }
    return {"occurrence"};
  }
  if (a_denies) return kinds;  // two denials agree
  if (CountsConflict(a, b)) kinds.push_back("count");
  if (!a.cause.empty() && !b.cause.empty() && a.cause != b.cause && a.cause != "unknown" && b.cause != "unknown") {
    kinds.push_back("cause");
  }
  const bool harm = a.type == "kill" || a.type == "injure" || a.type == "abuse" || a.type == "deport";
  if (harm && a.agent_is_entity && b.agent_is_entity && a.agent != b.agent) kinds.push_back("agent");
  return kinds;
}

}  // namespace crosscheck

// score.py's matching rules, function by function. Comments quote the Python
// where its semantics are easy to miss.
#include "eval/rules.h"

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace crosscheck::eval {
namespace {

using py::Get;
using py::Json;

const std::string kNarrator = "narrator";

bool Contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

bool Intersects(const KeySet& a, const KeySet& b) {
  for (const auto& k : a) {
    if (b.count(k)) return true;
  }
  return false;
}

// any(x and y and (x in y or y in x) for x in a for y in b)
bool AnySubstring(const KeySet& a, const KeySet& b) {
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (x && y && !x->empty() && !y->empty() && (Contains(*y, *x) || Contains(*x, *y))) return true;
    }
  }
  return false;
}

// span_of(): tuple(evidence.span) or None.
std::optional<std::vector<Json>> SpanOf(const Json& claim) {
  const Json& ev_raw = Get(claim, "evidence");
  static const Json kEmpty = Json::object();
  const Json& ev = py::Truthy(ev_raw) ? ev_raw : kEmpty;  // c.get('evidence') or {}
  const Json& sp = Get(ev, "span");
  if (!py::Truthy(sp)) return std::nullopt;
  return py::Iter(sp);
}

// overlap(): a and b and a[0] < b[1] and b[0] < a[1]
bool Overlap(const std::optional<std::vector<Json>>& a, const std::optional<std::vector<Json>>& b) {
  if (!a || a->empty() || !b || b->empty()) return false;
  if (b->size() < 2) throw py::Error("IndexError: tuple index out of range");
  if (!py::Lt((*a)[0], (*b)[1])) return false;
  if (a->size() < 2) throw py::Error("IndexError: tuple index out of range");
  return py::Lt((*b)[0], (*a)[1]);
}

// rng(): (min or 0, max or inf) with None -> 0 / inf, or None for no count.
std::optional<std::pair<Json, Json>> Range(const Json& count) {
  if (!py::Truthy(count)) return std::nullopt;
  const Json& lo = Get(count, "min");
  const Json& hi = Get(count, "max");
  return std::make_pair(lo.is_null() ? Json(0) : lo,
                        hi.is_null() ? Json(std::numeric_limits<double>::infinity()) : hi);
}

bool CountsOverlap(const Json& g, const Json& s) {
  auto rg = Range(g), rs = Range(s);
  if (!rg) return true;
  if (!rs) return false;
  return py::Le(rg->first, rs->second) && py::Le(rs->first, rg->second);
}

bool SpeakerMatch(const Json& gc, const Json& gold, const Json& sc, const Json& sys) {
  KeySet gk = SpeakerKeys(Get(gc, "speaker"), Get(gold, "entities", py::EmptyList()));
  KeySet sk = SpeakerKeys(Get(sc, "speaker"), Get(sys, "entities", py::EmptyList()));
  return Intersects(gk, sk);
}

// close(a, b): each bound within max(1, 2 % of gold b); inf only equals inf.
bool Close(const Json& a, const Json& b) {
  if (py::IsPosInf(a) || py::IsPosInf(b)) return py::Eq(a, b);
  if (!py::IsNumber(a) || !py::IsNumber(b)) throw py::Error("TypeError: unsupported operand type(s) for -");
  long double diff;
  if (!a.is_number_float() && !b.is_number_float()) {
    diff = std::fabs(py::AsLongDouble(a) - py::AsLongDouble(b));  // int - int is exact in Python
  } else {
    diff = std::fabs(static_cast<double>(py::AsLongDouble(a)) - static_cast<double>(py::AsLongDouble(b)));
  }
  double scale = 0.02 * std::fabs(static_cast<double>(py::AsLongDouble(b)));
  return diff <= (scale > 1 ? static_cast<long double>(scale) : 1.0L);
}

bool CountOk(const Json& gv, const Json& sv) {
  auto rg = Range(gv), rs = Range(sv);
  if (!rs) return false;
  if (!rg) throw py::Error("TypeError: 'NoneType' object is not subscriptable");
  return Close(rs->first, rg->first) && Close(rs->second, rg->second);
}

bool WhenOk(const Json& gv, const Json& sv) {
  const Json& sd = sv.is_object() ? Get(sv, "date") : sv;
  const Json& gd = Get(gv, "date");
  if (gd.is_null() || py::Eq(gd, sd)) return true;
  // sv.get('start', '') <= gv['date'] <= sv.get('end', '')
  return sv.is_object() && py::Le(Get(sv, "start", py::EmptyString()), gd) &&
         py::Le(gd, Get(sv, "end", py::EmptyString()));
}

bool PlaceOk(const Json& gv, const Json& gold, const Json& sv, const Json& sys) {
  KeySet names = SpeakerKeys(gv, Get(gold, "entities", py::EmptyList()));
  KeySet cand;
  if (sv.is_object()) {
    cand.insert(py::Norm(Get(sv, "name")));
    cand.insert(py::Norm(Get(sv, "id")));
    for (const auto& p : py::Iter(Get(sv, "parents", py::EmptyList()))) cand.insert(py::Norm(p));
  } else {
    cand = SpeakerKeys(sv, Get(sys, "entities", py::EmptyList()));
  }
  return Intersects(names, cand) || AnySubstring(names, cand);
}

// sv.get('name') or sv.get('text') or sv.get('id')
const Json& NameOf(const Json& sv) {
  const Json& name = Get(sv, "name");
  if (py::Truthy(name)) return name;
  const Json& text = Get(sv, "text");
  if (py::Truthy(text)) return text;
  return Get(sv, "id");
}

}  // namespace

KeySet SpeakerKeys(const Json& speaker, const Json& entities) {
  if (speaker.is_null()) return {kNarrator};
  if (speaker == "narrator" || speaker == "unnamed") return {speaker.get<std::string>()};
  const Json* spk = &speaker;
  if (spk->is_object()) {
    const Json& id = Get(*spk, "id");
    spk = py::Truthy(id) ? &id : &Get(*spk, "name");  // spk.get('id') or spk.get('name')
  }
  auto own = py::Norm(*spk);
  KeySet keys = {own};
  for (const auto& e : py::Iter(entities)) {
    if (py::Eq(Get(e, "id"), *spk) || py::Norm(Get(e, "name")) == own) {
      keys.insert(py::Norm(Get(e, "name")));
      for (const auto& a : py::Iter(Get(e, "aliases", py::EmptyList()))) {
        if (!a.is_string()) throw py::Error("AttributeError: alias has no attribute 'lower'");
        std::string low = py::Lower(a.get_ref<const std::string&>());
        if (low != "he" && low != "she" && low != "they") keys.insert(py::Norm(a));
      }
    }
  }
  return keys;
}

bool ClaimMatch(const Json& gc, const Json& gold, const Json& sc, const Json& sys) {
  return py::Eq(Get(gc, "type"), Get(sc, "type")) && py::Eq(Get(gc, "stance"), Get(sc, "stance")) &&
         Overlap(SpanOf(gc), SpanOf(sc)) && SpeakerMatch(gc, gold, sc, sys) &&
         CountsOverlap(Get(gc, "count"), Get(sc, "count"));
}

bool SlotOk(const std::string& slot, const Json& gv, const Json& sv_in, const Json& gold, const Json& sys) {
  if (sv_in.is_null()) return false;
  if (slot == "count") return CountOk(gv, sv_in);
  if (slot == "when") return WhenOk(gv, sv_in);
  if (slot == "place") return PlaceOk(gv, gold, sv_in, sys);
  const Json& sv = sv_in.is_object() ? NameOf(sv_in) : sv_in;
  if (slot == "agent") {
    KeySet ak = SpeakerKeys(gv, Get(gold, "entities", py::EmptyList()));
    KeySet bk = SpeakerKeys(sv, Get(sys, "entities", py::EmptyList()));
    return Intersects(ak, bk) || AnySubstring(ak, bk);
  }
  auto a = py::Norm(gv), b = py::Norm(sv);
  return a == b || (a && b && !a->empty() && !b->empty() && (Contains(*b, *a) || Contains(*a, *b)));
}

}  // namespace crosscheck::eval

// Python semantics over JSON values, so score.cc can mirror score.py line by
// line.
//
// score.py applies Python's ==, <=, truthiness, str(), str.lower() and
// hashing to whatever json.load produced. These helpers give the same answers
// for nlohmann::json values. Where Python would raise (calling .get on a list,
// comparing a string with a number, hashing a list) they throw py::Error;
// TryScore catches it, so no exception leaves the library.
//
// Known difference: nlohmann::json keeps object keys sorted, Python keeps file
// order, so Str() of an object (only reached when a gold slot is an object
// the scorer then stringifies) may list keys in another order.
//
// Internal to crosscheck_eval.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace crosscheck::py {

using Json = nlohmann::json;

// Where score.py would raise an exception.
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Shared constants for Get() defaults (a reference to them stays valid).
const Json& Null();
const Json& EmptyList();
const Json& EmptyString();

bool Truthy(const Json& v);                      // bool(v)
bool IsNumber(const Json& v);                    // int, float or bool (a bool is an int)
bool IsPosInf(const Json& v);                    // v == float('inf')
long double AsLongDouble(const Json& v);         // exact for int64, uint64 and double
bool Eq(const Json& a, const Json& b);           // a == b
bool Lt(const Json& a, const Json& b);           // a < b, throws on unorderable types
bool Le(const Json& a, const Json& b);           // a <= b, throws on unorderable types

std::string Str(const Json& v);                  // str(v)
std::string Repr(const Json& v);                 // repr(v)
std::string Lower(std::string_view s);           // str.lower(), full case mapping
std::optional<std::string> Norm(const Json& v);  // score.py norm()

// A string equal for two values iff they are equal dict keys in Python
// (1 == 1.0 == True); throws for unhashable lists and objects.
std::string Key(const Json& v);

// list(v): a list's items, a string's characters, an object's keys; throws
// for null, numbers and bools.
std::vector<Json> Iter(const Json& v);

// obj.get(key, dflt): throws when obj is not an object. The returned
// reference points into obj or at dflt.
const Json& Get(const Json& obj, const char* key, const Json& dflt = Null());
// obj[key]: throws when obj is not an object or has no such key.
const Json& Index(const Json& obj, const char* key);

}  // namespace crosscheck::py

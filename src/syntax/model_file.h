// Binary model files: a text header line naming the format and version, then
// a little-endian payload whose length and checksum the header records.
//
//   <format> <version> <payload-bytes> <fnv64-of-payload-hex>\n<payload>
//
// ModelReader checks all of that before any field is read and bounds-checks
// every read, so a truncated, corrupted or foreign file fails with a Status
// naming the file instead of crashing or loading garbage.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::syntax {

class ModelWriter {
 public:
  template <typename T>
  void Put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const char* p = reinterpret_cast<const char*>(&v);
    buf_.append(p, sizeof(T));
  }
  void PutString(const std::string& s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    buf_.append(s);
  }
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(v.size());
    buf_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  // Writes header and payload to `path`.
  Status Save(const std::string& path, const std::string& format, int version) const;

 private:
  std::string buf_;
};

class ModelReader {
 public:
  // Reads `path` and validates its header against `format` and `version`.
  static Result<ModelReader> Open(const std::string& path, const std::string& format, int version) {
    return Open(path, format, version, version);
  }
  // The same for a range of readable versions; version() tells which one it is.
  static Result<ModelReader> Open(const std::string& path, const std::string& format, int min_version,
                                  int max_version);
  int version() const { return version_; }

  template <typename T>
  bool Get(T* v) {
    if (data_.size() - pos_ < sizeof(T)) return Fail();
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint32_t n = 0;
    if (!Get(&n) || data_.size() - pos_ < n) return Fail();
    s->assign(data_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  template <typename T>
  bool GetVector(std::vector<T>* v) {
    uint64_t n = 0;
    if (!Get(&n) || (data_.size() - pos_) / sizeof(T) < n) return Fail();
    v->resize(n);
    // An empty vector's data() may be null, which memcpy must never get.
    if (n != 0) std::memcpy(v->data(), data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  // The Status to return after a failed Get or a failed consistency check.
  Status Error(const std::string& what) const {
    return Status::InvalidInput(path_ + ": corrupt model (" + what + ")");
  }
  bool AtEnd() const { return pos_ == data_.size(); }
  bool failed() const { return failed_; }

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }
  std::string path_;
  std::string data_;
  size_t pos_ = 0;
  int version_ = 0;
  bool failed_ = false;
};

}  // namespace crosscheck::syntax

#include "syntax/model_file.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace crosscheck::syntax {
namespace {

uint64_t Checksum(const std::string& s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string Hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

}  // namespace

Status ModelWriter::Save(const std::string& path, const std::string& format, int version) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot open for writing");
  out << format << ' ' << version << ' ' << buf_.size() << ' ' << Hex(Checksum(buf_)) << '\n';
  out.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  out.close();
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

Result<ModelReader> ModelReader::Open(const std::string& path, const std::string& format,
                                      int min_version, int max_version) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::NotFound(path + ": cannot open model file");
  std::string all(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(all.data(), static_cast<std::streamsize>(all.size()))) {
    return Status::IoError(path + ": read failed");
  }
  size_t nl = all.find('\n');
  if (nl == std::string::npos || nl > 200) {
    return Status::Unsupported(path + ": not a " + format + " model (no header line)");
  }
  std::istringstream header(all.substr(0, nl));
  std::string got_format, sum_hex;
  int got_version = 0;
  uint64_t size = 0;
  header >> got_format >> got_version >> size >> sum_hex;
  if (got_format != format) {
    return Status::Unsupported(path + ": not a " + format + " model (header starts with '" +
                               all.substr(0, std::min<size_t>(nl, 40)) + "')");
  }
  if (!header || got_version < min_version || got_version > max_version) {
    std::string message = path + ": " + format + " version " + std::to_string(got_version) +
                          " is not supported (this build reads version";
    if (min_version != max_version) {
      message += "s " + std::to_string(min_version) + "-";
    } else {
      message += ' ';
    }
    message += std::to_string(max_version);
    message += ')';
    return Status::Unsupported(message);
  }
  ModelReader r;
  r.path_ = path;
  r.version_ = got_version;
  all.erase(0, nl + 1);
  r.data_ = std::move(all);
  if (r.data_.size() != size) {
    return Status::InvalidInput(path + ": truncated or padded model: payload has " +
                                std::to_string(r.data_.size()) + " bytes, header says " +
                                std::to_string(size));
  }
  if (Hex(Checksum(r.data_)) != sum_hex) {
    return Status::InvalidInput(path + ": corrupt model: checksum mismatch");
  }
  return r;
}

}  // namespace crosscheck::syntax

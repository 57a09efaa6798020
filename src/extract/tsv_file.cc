#include "extract/tsv_file.h"

#include <fstream>
#include <sstream>

namespace crosscheck {

namespace {
std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}
}  // namespace

Status ReadTsvFile(const std::string& path, const std::string& header,
                   const std::function<std::string(const std::vector<std::string>&, size_t)>& row,
                   std::string* content_hash) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string line;
  size_t line_no = 0;
  uint64_t hash = 1469598103934665603ULL;  // FNV-1a over the data, for version fingerprints
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1) {
      if (line != header) {
        return Status::Unsupported(path + ":1: expected header '" + header + "', found '" +
                                   line.substr(0, 60) + "'");
      }
      continue;
    }
    for (unsigned char c : line) hash = (hash ^ c) * 1099511628211ULL;
    if (line.empty() || line[0] == '#') continue;
    const std::string error = row(SplitTabs(line), line_no);
    if (!error.empty()) return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": " + error);
  }
  if (line_no == 0) return Status::InvalidInput(path + ": empty file");
  if (content_hash) {
    std::ostringstream hex;
    hex << std::hex << hash;
    *content_hash += hex.str().substr(0, 6);
  }
  return Status::Ok();
}

}  // namespace crosscheck

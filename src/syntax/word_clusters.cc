#include "syntax/word_clusters.h"

#include <algorithm>
#include <vector>

#include "syntax/hash.h"

namespace crosscheck::syntax {

uint64_t WordClusters::Key(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if (c >= '0' && c <= '9') c = '0';
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Fmix64(h ^ 0xc1u);  // distinct from HashString of the same bytes
}

void WordClusters::Save(ModelWriter* w) const {
  std::vector<std::pair<uint64_t, uint32_t>> sorted(paths_.begin(), paths_.end());
  std::sort(sorted.begin(), sorted.end());  // deterministic files
  std::vector<uint64_t> keys;
  std::vector<uint32_t> paths;
  for (const auto& [k, p] : sorted) {
    keys.push_back(k);
    paths.push_back(p);
  }
  w->PutVector(keys);
  w->PutVector(paths);
}

bool WordClusters::Load(ModelReader* r) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> paths;
  if (!r->GetVector(&keys) || !r->GetVector(&paths) || keys.size() != paths.size()) return false;
  paths_.clear();
  paths_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t depth = paths[i] >> 24;
    if (depth == 0 || depth > kMaxDepth || (paths[i] & 0xffffffu) >> depth != 0) return false;
    paths_[keys[i]] = paths[i];
  }
  return true;
}

Status WordClusters::SaveFile(const std::string& path) const {
  ModelWriter w;
  Save(&w);
  return w.Save(path, kFormat, kVersion);
}

Result<WordClusters> WordClusters::LoadFile(const std::string& path) {
  Result<ModelReader> opened = ModelReader::Open(path, kFormat, kVersion);
  if (!opened.ok()) return opened.status();
  WordClusters c;
  if (!c.Load(&*opened)) return opened->Error("cluster paths");
  if (!opened->AtEnd()) return opened->Error("trailing bytes");
  return c;
}

}  // namespace crosscheck::syntax

// Word clusters: a binary tree over words learned from unlabeled text, used
// as tagger and parser features (prefixes of a word's path in the tree).
//
// Words that occur in the same contexts end up under the same subtree, so a
// word the treebank never showed ("Khartoum", "ceasefire") still shares
// features with words it did show ("Paris", "truce"). A short prefix is a
// coarse, POS-like class, the full path a fine one.
//
// A word's key is its ASCII lower case with every digit replaced by '0'
// ("1,500" and "2,000" are one word). Paths are at most kMaxDepth bits.
// The clusters are built by BuildWordClusters (cluster_training.h) and
// stored in their own file and, for self-containment, inside the tagger and
// parser model files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "crosscheck/status.h"
#include "syntax/model_file.h"

namespace crosscheck::syntax {

class WordClusters {
 public:
  static constexpr const char* kFormat = "crosscheck-syntax-clusters";
  static constexpr int kVersion = 1;
  static constexpr int kMaxDepth = 20;

  // The lookup key of a word form (see above).
  static uint64_t Key(std::string_view word);

  // A path packed as (depth << 24) | bits, first branch in the highest of
  // the `depth` bits; 0 for a word without a cluster. Never 0 for a word
  // with one, since depth >= 1.
  uint32_t Path(uint64_t key) const {
    auto it = paths_.find(key);
    return it == paths_.end() ? 0 : it->second;
  }
  // The first `depth` bits of a packed path (the path itself if shorter).
  static uint32_t Prefix(uint32_t path, int depth) {
    int d = static_cast<int>(path >> 24);
    if (d <= depth) return path;
    return (static_cast<uint32_t>(depth) << 24) | ((path & 0xffffffu) >> (d - depth));
  }

  size_t size() const { return paths_.size(); }
  bool empty() const { return paths_.empty(); }
  void Set(uint64_t key, uint32_t path) { paths_[key] = path; }

  // Inside another model file.
  void Save(ModelWriter* w) const;
  bool Load(ModelReader* r);
  // As a file of its own.
  Status SaveFile(const std::string& path) const;
  static Result<WordClusters> LoadFile(const std::string& path);

 private:
  std::unordered_map<uint64_t, uint32_t> paths_;
};

}  // namespace crosscheck::syntax

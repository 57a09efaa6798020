// Learning word clusters (word_clusters.h) from unlabeled text.
//
// Each word of the vocabulary is described by its left and right neighbours
// (positive pointwise mutual information with the most frequent words,
// vector of unit length), and the vocabulary is split top-down by spherical
// 2-means into a binary tree: the bits of a word's path are the sides it
// fell on. This is a cheap stand-in for Brown clustering (same output, a
// hierarchy of distributional classes) that runs in seconds on a few
// million words.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "syntax/word_clusters.h"

namespace crosscheck::syntax {

// Sentences as WordClusters::Key values, plus one spelling per key for dumps.
struct ClusterCorpus {
  std::vector<std::vector<uint64_t>> sentences;
  std::unordered_map<uint64_t, std::string> spelling;
  size_t tokens = 0;
};

// Adds the sentences of one file: .conllu (the word forms), .jsonl (the
// "text" field of each line, split by crosscheck's tokenizer and sentence
// segmenter), anything else as plain UTF-8 text.
Status ReadClusterCorpus(const std::string& path, ClusterCorpus* corpus);

struct ClusterOptions {
  int min_count = 3;           // rarer words get no cluster
  size_t max_words = 80000;    // vocabulary cap, most frequent first
  int context_words = 500;     // neighbours described individually
  int max_depth = 16;          // at most WordClusters::kMaxDepth
  int iterations = 10;         // 2-means rounds per split
};

WordClusters BuildWordClusters(const ClusterCorpus& corpus, const ClusterOptions& options, std::ostream* log);

// Writes "path-bits<TAB>word<TAB>count" lines, grouped by path, for reading.
void DumpWordClusters(const WordClusters& clusters, const ClusterCorpus& corpus, std::ostream& out);

}  // namespace crosscheck::syntax

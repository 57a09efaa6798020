// Feature extraction for the parser: turns a parser state into hashed
// features (hash.h). Kept apart from training and decoding, which share it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/transition.h"
#include "syntax/word_clusters.h"

namespace crosscheck::syntax {

// Per-sentence atoms; index 0 is ROOT, 1..n the words, n + 1 "no word".
struct SentenceAtoms {
  std::vector<uint64_t> word, tag, upos;  // upos: the UPOS part of tag, more robust to tagging errors
  // Word cluster path prefixes of 4 and 6 bits and the full path; empty
  // without clusters.
  std::vector<uint64_t> clus4, clus6, clus;
  SentenceAtoms(const std::vector<std::string_view>& words, const std::vector<std::string_view>& tags,
                const WordClusters& clusters);
};

constexpr int kMaxParserFeatures = 160;

// Writes the features of `state` to out[0..) and returns how many.
int ExtractParserFeatures(const ArcHybridState& state, const SentenceAtoms& atoms, uint64_t* out);

}  // namespace crosscheck::syntax

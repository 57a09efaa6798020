// Averaged perceptron over hashed sparse features, for the tagger and parser.
//
// PerceptronTrainer holds the weights while training: each feature hash owns
// a sparse row of (class, weight) entries, since most features only ever meet
// a few classes. Averaging uses the "w - u/t" trick (Daume 2006): every update
// of `d` at time t also adds t*d to u, so the average needs no per-weight
// timestamps. Averaged() freezes the averages into a WeightTable, dropping
// weights too small to matter, which is what gets saved and used to predict.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "crosscheck/status.h"
#include "syntax/model_file.h"

namespace crosscheck::syntax {

// Read-only weights: an open-addressing table from feature hash to a sparse
// row of class weights. Thread-safe for concurrent Score calls.
class WeightTable {
 public:
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return num_weights_; }

  // Adds the weights of `feats` to scores[0..num_classes).
  void Score(const uint64_t* feats, size_t n, float* scores) const;

  // Drops weights below min_abs in magnitude (and features left empty).
  void Prune(float min_abs);

  void Save(ModelWriter* w) const;
  // Reads what Save wrote; returns false (and leaves `r` failed) on garbage.
  bool Load(ModelReader* r);

 private:
  friend class PerceptronTrainer;
  // Weights are int16 multiples of one scale per table (as on disk): the
  // rounding error (< 1/65534 of the largest weight) never changes a
  // decision in practice, and the table is half the size.
  struct Weight {
    int16_t w;
    uint8_t cls;
    uint8_t unused;
  };
  // A slot holds a fingerprint of the key (its high 32 bits; the low bits
  // pick the slot) and, for the ~97 % of features with at most three
  // classes, the row itself: one cache miss per feature. Longer rows live in
  // overflow_. The few features with long rows are the frequent ones (tag
  // unigrams and pairs: 40 % of the parser's lookups, 95 % of the weights it
  // adds), so rows of at least dense_min_ classes are also kept as dense
  // vectors of every class, which the compiler adds with SIMD instructions
  // instead of one scattered add per entry.
  static constexpr int kInline = 3;
  static constexpr uint8_t kSparse = kInline + 1, kDense = kInline + 2;
  struct Slot {
    uint32_t tag;
    uint8_t n;  // 0: empty slot; 1..kInline: inline row; kSparse, kDense: see far
    uint8_t cls[kInline];
    union {
      int16_t w[kInline];
      struct {
        // kSparse: overflow_[begin, begin + length).
        // kDense: dense_[begin * stride_, (begin + 1) * stride_), and the same
        // row sparse at overflow_[dense_source_[begin]] (for Save and Prune).
        uint32_t begin;
        uint16_t length;
      } far;
    };
  };
  static_assert(sizeof(Slot) == 16);

  // Fills the table from rows: keys[f] owns weights[row_begin[f], row_begin[f + 1]).
  // False if a key repeats.
  bool Build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& row_begin,
             const std::vector<Weight>& weights);
  const Slot* Find(uint64_t key) const;
  // Calls fn(key, weights, n) for every feature, in a fixed order.
  template <typename Fn>
  void ForEachRow(Fn fn) const;

  int num_classes_ = 0;
  size_t num_features_ = 0, num_weights_ = 0;
  float scale_ = 1.0f;
  std::vector<uint64_t> keys_;  // every key, in insertion order (for Save and Prune)
  std::vector<Slot> slots_;     // open addressing, size a power of two
  std::vector<Weight> overflow_;
  std::vector<int16_t> dense_;          // dense rows, stride_ entries each
  std::vector<uint32_t> dense_source_;  // overflow_ index of each dense row's sparse copy
  int stride_ = 0;                      // num_classes_ rounded up to 16
  uint64_t mask_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}

  // Adds the current (not averaged) weights of `feats` to scores.
  void Score(const uint64_t* feats, size_t n, float* scores) const;
  // Moves weights toward `truth` and away from `guess` (no-op if equal).
  void Update(const uint64_t* feats, size_t n, int truth, int guess);
  // Advances the clock; call once per training decision.
  void Tick() { ++now_; }

  // The averaged weights, without entries whose magnitude is below min_abs.
  WeightTable Averaged(float min_abs) const;

 private:
  struct Entry {
    uint32_t cls;
    float w;
    double u;
  };
  void Add(uint64_t feat, int cls, float delta);

  int num_classes_;
  uint64_t now_ = 1;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace crosscheck::syntax

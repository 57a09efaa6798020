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
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }

  // Adds the weights of `feats` to scores[0..num_classes).
  void Score(const uint64_t* feats, size_t n, float* scores) const;

  // Drops weights below min_abs in magnitude (and features left empty).
  void Prune(float min_abs);

  void Save(ModelWriter* w) const;
  // Reads what Save wrote; returns false (and leaves `r` failed) on garbage.
  bool Load(ModelReader* r);

 private:
  friend class PerceptronTrainer;
  // Orders the features by home slot, so that BuildIndex (run at every load)
  // writes the table sequentially instead of at random.
  void SortBySlot();
  void BuildIndex();

  // Scoring is bound by memory latency, so a lookup touches two cache lines
  // at most: the slot (key and row bounds together) and the row's entries.
  struct Entry {
    float weight;
    uint32_t cls;
  };
  struct Slot {
    uint64_t key;
    uint32_t begin, end;  // row in entries_; begin == end marks an empty slot
  };

  int num_classes_ = 0;
  std::vector<uint64_t> keys_;       // one per feature, in row order
  std::vector<uint32_t> row_begin_;  // keys_.size() + 1 offsets into entries_
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;  // open addressing, size a power of two
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

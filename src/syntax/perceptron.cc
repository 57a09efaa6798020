#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace crosscheck::syntax {

namespace {

uint64_t TableMask(size_t features) {
  size_t size = 16;
  while (size < features + features / 2) size <<= 1;
  return size - 1;
}

}  // namespace

bool WeightTable::Build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& row_begin,
                        const std::vector<Weight>& weights) {
  num_features_ = keys.size();
  num_weights_ = weights.size();
  mask_ = TableMask(keys.size());
  slots_.assign(mask_ + 1, Slot{});
  overflow_.clear();
  dense_.clear();
  dense_source_.clear();
  stride_ = (num_classes_ + 15) / 16 * 16;
  // Dense pays once a row's scattered adds cost more than a pass over all
  // classes. Rows of a quarter of the classes or more go dense: a sixth or a
  // tenth gave the same syntax_bench speed with more memory.
  const uint32_t dense_min = std::max<uint32_t>(kInline + 1, static_cast<uint32_t>(num_classes_) / 4);
  // Insert in order of home slot (ties by key): the placement, and so the
  // saved file, depends only on the set of rows, and the writes are sequential.
  std::vector<uint32_t> order(keys.size());
  for (uint32_t f = 0; f < order.size(); ++f) order[f] = f;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    uint64_t sa = keys[a] & mask_, sb = keys[b] & mask_;
    return sa != sb ? sa < sb : keys[a] < keys[b];
  });
  keys_.clear();
  keys_.reserve(keys.size());
  for (uint32_t f : order) {
    if (!keys_.empty() && keys_.back() == keys[f]) return false;
    keys_.push_back(keys[f]);
    uint64_t s = keys[f] & mask_;
    while (slots_[s].n != 0) s = (s + 1) & mask_;
    Slot& slot = slots_[s];
    slot.tag = static_cast<uint32_t>(keys[f] >> 32);
    const uint32_t n = row_begin[f + 1] - row_begin[f];
    if (n <= kInline) {
      slot.n = static_cast<uint8_t>(n);
      for (uint32_t j = 0; j < n; ++j) {
        slot.cls[j] = weights[row_begin[f] + j].cls;
        slot.w[j] = weights[row_begin[f] + j].w;
      }
    } else {
      slot.far.length = static_cast<uint16_t>(n);
      slot.n = n >= dense_min ? kDense : kSparse;
      slot.far.begin = static_cast<uint32_t>(slot.n == kDense ? dense_source_.size() : overflow_.size());
      if (slot.n == kDense) {
        dense_source_.push_back(static_cast<uint32_t>(overflow_.size()));
        dense_.resize(dense_.size() + stride_, 0);
        int16_t* row = &dense_[dense_.size() - stride_];
        for (uint32_t j = row_begin[f]; j < row_begin[f + 1]; ++j) row[weights[j].cls] += weights[j].w;
      }
      overflow_.insert(overflow_.end(), weights.begin() + row_begin[f], weights.begin() + row_begin[f + 1]);
    }
  }
  return true;
}

const WeightTable::Slot* WeightTable::Find(uint64_t key) const {
  const uint32_t tag = static_cast<uint32_t>(key >> 32);
  uint64_t s = key & mask_;
  while (slots_[s].n != 0 && slots_[s].tag != tag) s = (s + 1) & mask_;
  return slots_[s].n != 0 ? &slots_[s] : nullptr;
}

template <typename Fn>
void WeightTable::ForEachRow(Fn fn) const {
  Weight inline_row[kInline];
  for (uint64_t key : keys_) {
    const Slot& slot = *Find(key);
    if (slot.n > kInline) {
      const uint32_t begin = slot.n == kDense ? dense_source_[slot.far.begin] : slot.far.begin;
      fn(key, &overflow_[begin], slot.far.length);
      continue;
    }
    for (int j = 0; j < slot.n; ++j) inline_row[j] = Weight{slot.w[j], slot.cls[j], 0};
    fn(key, inline_row, slot.n);
  }
}

void WeightTable::Prune(float min_abs) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> row_begin{0};
  std::vector<Weight> weights;
  ForEachRow([&](uint64_t key, const Weight* row, int n) {
    for (int j = 0; j < n; ++j) {
      if (std::fabs(row[j].w * scale_) >= min_abs) weights.push_back(row[j]);
    }
    if (weights.size() == row_begin.back()) return;
    keys.push_back(key);
    row_begin.push_back(static_cast<uint32_t>(weights.size()));
  });
  Build(keys, row_begin, weights);  // keys are unique already
}

void WeightTable::Score(const uint64_t* feats, size_t n, float* scores) const {
  if (num_features_ == 0) return;
  // Two passes so the cache misses of all features overlap instead of
  // queueing behind each other; long rows take a third. Weights are summed
  // as integers (exact, and the dense rows vectorize) and scaled once.
  for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[feats[i] & mask_]);
  alignas(64) int32_t sum[256 + 16] = {};
  const Slot* deferred[256];
  size_t num_deferred = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t tag = static_cast<uint32_t>(feats[i] >> 32);
    uint64_t s = feats[i] & mask_;
    while (slots_[s].n != 0 && slots_[s].tag != tag) s = (s + 1) & mask_;
    const Slot& slot = slots_[s];
    if (slot.n == 0) continue;
    if (slot.n <= kInline) {
      for (int j = 0; j < slot.n; ++j) sum[slot.cls[j]] += slot.w[j];
      continue;
    }
    if (num_deferred == 256) continue;
    __builtin_prefetch(slot.n == kDense ? static_cast<const void*>(&dense_[size_t{slot.far.begin} * stride_])
                                        : static_cast<const void*>(&overflow_[slot.far.begin]));
    deferred[num_deferred++] = &slot;
  }
  const size_t stride = static_cast<size_t>(stride_);
  for (size_t k = 0; k < num_deferred; ++k) {
    const Slot& slot = *deferred[k];
    if (slot.n == kDense) {
      const int16_t* row = &dense_[size_t{slot.far.begin} * stride];
      for (size_t c = 0; c < stride; ++c) sum[c] += row[c];
      continue;
    }
    const Weight* row = &overflow_[slot.far.begin];
    for (uint32_t j = 0; j < slot.far.length; ++j) sum[row[j].cls] += row[j].w;
  }
  const float scale = scale_;
  for (int c = 0; c < num_classes_; ++c) scores[c] += static_cast<float>(sum[c]) * scale;
}

// On disk: class count, keys, row lengths - 1, classes, scale, weights; rows
// in order of home slot.
void WeightTable::Save(ModelWriter* w) const {
  w->Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  std::vector<uint64_t> keys;
  std::vector<uint8_t> lengths, classes;
  std::vector<int16_t> q;
  ForEachRow([&](uint64_t key, const Weight* row, int n) {
    keys.push_back(key);
    lengths.push_back(static_cast<uint8_t>(n - 1));  // rows are never empty
    for (int j = 0; j < n; ++j) {
      classes.push_back(row[j].cls);
      q.push_back(row[j].w);
    }
  });
  w->PutVector(keys);
  w->PutVector(lengths);
  w->PutVector(classes);
  w->Put<float>(scale_);
  w->PutVector(q);
}

bool WeightTable::Load(ModelReader* r) {
  uint32_t nc = 0;
  std::vector<uint64_t> keys;
  std::vector<uint8_t> lengths, classes;
  std::vector<int16_t> q;
  float scale = 0;
  if (!r->Get(&nc) || nc == 0 || nc > 256 || !r->GetVector(&keys) || !r->GetVector(&lengths) ||
      lengths.size() != keys.size() || !r->GetVector(&classes) || !r->Get(&scale) || !(scale > 0) ||
      !r->GetVector(&q) || q.size() != classes.size()) {
    return false;
  }
  num_classes_ = static_cast<int>(nc);
  scale_ = scale;
  std::vector<uint32_t> row_begin(keys.size() + 1, 0);
  for (size_t f = 0; f < keys.size(); ++f) row_begin[f + 1] = row_begin[f] + lengths[f] + 1u;
  if (row_begin.back() != classes.size()) return false;
  std::vector<Weight> weights(q.size());
  for (size_t i = 0; i < q.size(); ++i) {
    if (classes[i] >= nc) return false;
    weights[i] = Weight{q[i], classes[i], 0};
  }
  return Build(keys, row_begin, weights);  // false if a key repeats
}

void PerceptronTrainer::Score(const uint64_t* feats, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    auto it = index_.find(feats[i]);
    if (it == index_.end()) continue;
    for (const Entry& e : rows_[it->second]) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::Add(uint64_t feat, int cls, float delta) {
  auto [it, fresh] = index_.try_emplace(feat, static_cast<uint32_t>(rows_.size()));
  if (fresh) rows_.emplace_back();
  std::vector<Entry>& row = rows_[it->second];
  for (Entry& e : row) {
    if (e.cls == static_cast<uint32_t>(cls)) {
      e.w += delta;
      e.u += static_cast<double>(now_) * delta;
      return;
    }
  }
  row.push_back({static_cast<uint32_t>(cls), delta, static_cast<double>(now_) * delta});
}

void PerceptronTrainer::Update(const uint64_t* feats, size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    Add(feats[i], truth, 1.0f);
    Add(feats[i], guess, -1.0f);
  }
}

WeightTable PerceptronTrainer::Averaged(float min_abs) const {
  WeightTable t;
  t.num_classes_ = num_classes_;
  const double now = static_cast<double>(now_);
  std::vector<std::pair<uint64_t, uint32_t>> order(index_.begin(), index_.end());
  std::sort(order.begin(), order.end());  // deterministic files
  std::vector<uint64_t> keys;
  std::vector<uint32_t> row_begin{0};
  std::vector<std::pair<uint8_t, float>> averaged;
  float max_abs = 0;
  for (const auto& [key, row_index] : order) {
    for (const Entry& e : rows_[row_index]) {
      float avg = static_cast<float>(e.w - e.u / now);
      if (std::fabs(avg) < min_abs) continue;
      averaged.emplace_back(static_cast<uint8_t>(e.cls), avg);
      max_abs = std::max(max_abs, std::fabs(avg));
    }
    if (averaged.size() == row_begin.back()) continue;
    keys.push_back(key);
    row_begin.push_back(static_cast<uint32_t>(averaged.size()));
  }
  t.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<WeightTable::Weight> weights(averaged.size());
  for (size_t i = 0; i < averaged.size(); ++i) {
    weights[i] = WeightTable::Weight{static_cast<int16_t>(std::lround(averaged[i].second / t.scale_)),
                                     averaged[i].first, 0};
  }
  t.Build(keys, row_begin, weights);
  return t;
}

}  // namespace crosscheck::syntax

#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace crosscheck::syntax {

void WeightTable::BuildIndex() {
  size_t size = 16;
  while (size < keys_.size() * 2) size <<= 1;
  slots_.assign(size, 0);
  mask_ = size - 1;
  for (size_t f = 0; f < keys_.size(); ++f) {
    uint64_t s = keys_[f] & mask_;
    while (slots_[s] != 0) s = (s + 1) & mask_;
    slots_[s] = static_cast<uint32_t>(f + 1);
  }
}

void WeightTable::Score(const uint64_t* feats, size_t n, float* scores) const {
  if (keys_.empty()) return;
  for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[feats[i] & mask_]);
  for (size_t i = 0; i < n; ++i) {
    uint64_t s = feats[i] & mask_;
    uint32_t f;
    while ((f = slots_[s]) != 0 && keys_[f - 1] != feats[i]) s = (s + 1) & mask_;
    if (f == 0) continue;
    for (uint32_t j = row_begin_[f - 1], e = row_begin_[f]; j < e; ++j) {
      scores[classes_[j]] += weights_[j];
    }
  }
}

// On disk the weights are int16 with one scale per table: that halves the
// file, and the rounding error (< 1/65534 of the largest weight) never
// changes a decision in practice.
void WeightTable::Save(ModelWriter* w) const {
  w->Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  w->PutVector(keys_);
  std::vector<uint8_t> lengths(keys_.size());
  for (size_t f = 0; f < keys_.size(); ++f) {
    lengths[f] = static_cast<uint8_t>(row_begin_[f + 1] - row_begin_[f] - 1);  // rows are never empty
  }
  w->PutVector(lengths);
  w->PutVector(classes_);
  float max_abs = 0;
  for (float x : weights_) max_abs = std::max(max_abs, std::fabs(x));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<int16_t> q(weights_.size());
  for (size_t i = 0; i < q.size(); ++i) q[i] = static_cast<int16_t>(std::lround(weights_[i] / scale));
  w->Put<float>(scale);
  w->PutVector(q);
}

bool WeightTable::Load(ModelReader* r) {
  uint32_t nc = 0;
  std::vector<uint8_t> lengths;
  std::vector<int16_t> q;
  float scale = 0;
  if (!r->Get(&nc) || nc == 0 || nc > 256 || !r->GetVector(&keys_) || !r->GetVector(&lengths) ||
      lengths.size() != keys_.size() || !r->GetVector(&classes_) || !r->Get(&scale) ||
      !r->GetVector(&q) || q.size() != classes_.size()) {
    return false;
  }
  num_classes_ = static_cast<int>(nc);
  row_begin_.resize(keys_.size() + 1);
  row_begin_[0] = 0;
  for (size_t f = 0; f < keys_.size(); ++f) row_begin_[f + 1] = row_begin_[f] + lengths[f] + 1u;
  if (row_begin_.back() != classes_.size()) return false;
  for (uint8_t c : classes_) {
    if (c >= nc) return false;
  }
  weights_.resize(q.size());
  for (size_t i = 0; i < q.size(); ++i) weights_[i] = q[i] * scale;
  BuildIndex();
  return true;
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
  t.row_begin_.push_back(0);
  const double now = static_cast<double>(now_);
  std::vector<std::pair<uint64_t, uint32_t>> order(index_.begin(), index_.end());
  std::sort(order.begin(), order.end());  // deterministic files
  for (const auto& [key, row_index] : order) {
    size_t before = t.classes_.size();
    for (const Entry& e : rows_[row_index]) {
      double avg = e.w - e.u / now;
      if (std::fabs(avg) < min_abs) continue;
      t.classes_.push_back(static_cast<uint8_t>(e.cls));
      t.weights_.push_back(static_cast<float>(avg));
    }
    if (t.classes_.size() == before) continue;
    t.keys_.push_back(key);
    t.row_begin_.push_back(static_cast<uint32_t>(t.classes_.size()));
  }
  t.BuildIndex();
  return t;
}

}  // namespace crosscheck::syntax


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

void WeightTable::SortBySlot() {
  const uint64_t mask = TableMask(keys_.size());
  std::vector<uint32_t> order(keys_.size());
  for (uint32_t f = 0; f < order.size(); ++f) order[f] = f;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    uint64_t sa = keys_[a] & mask, sb = keys_[b] & mask;
    return sa != sb ? sa < sb : keys_[a] < keys_[b];
  });
  std::vector<uint64_t> keys;
  std::vector<uint32_t> row_begin{0};
  std::vector<Entry> entries;
  entries.reserve(entries_.size());
  for (uint32_t f : order) {
    keys.push_back(keys_[f]);
    entries.insert(entries.end(), entries_.begin() + row_begin_[f], entries_.begin() + row_begin_[f + 1]);
    row_begin.push_back(static_cast<uint32_t>(entries.size()));
  }
  keys_ = std::move(keys);
  row_begin_ = std::move(row_begin);
  entries_ = std::move(entries);
}

void WeightTable::Prune(float min_abs) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> row_begin{0};
  std::vector<Entry> entries;
  for (size_t f = 0; f < keys_.size(); ++f) {
    for (uint32_t j = row_begin_[f]; j < row_begin_[f + 1]; ++j) {
      if (std::fabs(entries_[j].weight) >= min_abs) entries.push_back(entries_[j]);
    }
    if (entries.size() == row_begin.back()) continue;
    keys.push_back(keys_[f]);
    row_begin.push_back(static_cast<uint32_t>(entries.size()));
  }
  keys_ = std::move(keys);
  row_begin_ = std::move(row_begin);
  entries_ = std::move(entries);
  SortBySlot();
  BuildIndex();
}

void WeightTable::BuildIndex() {
  mask_ = TableMask(keys_.size());
  slots_.assign(mask_ + 1, Slot{0, 0, 0});
  for (size_t f = 0; f < keys_.size(); ++f) {
    uint64_t s = keys_[f] & mask_;
    while (slots_[s].begin != slots_[s].end) s = (s + 1) & mask_;
    slots_[s] = Slot{keys_[f], row_begin_[f], row_begin_[f + 1]};
  }
}

void WeightTable::Score(const uint64_t* feats, size_t n, float* scores) const {
  if (keys_.empty()) return;
  // Three passes so the cache misses of all features overlap instead of
  // queueing behind each other.
  for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[feats[i] & mask_]);
  uint32_t begin[256], end[256];
  size_t found = 0;
  for (size_t i = 0; i < n; ++i) {
    uint64_t s = feats[i] & mask_;
    while (slots_[s].begin != slots_[s].end && slots_[s].key != feats[i]) s = (s + 1) & mask_;
    const Slot& slot = slots_[s];
    if (slot.begin == slot.end || found == 256) continue;
    __builtin_prefetch(&entries_[slot.begin]);
    begin[found] = slot.begin;
    end[found++] = slot.end;
  }
  for (size_t k = 0; k < found; ++k) {
    for (uint32_t j = begin[k]; j < end[k]; ++j) scores[entries_[j].cls] += entries_[j].weight;
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
  std::vector<uint8_t> classes(entries_.size());
  float max_abs = 0;
  for (size_t i = 0; i < entries_.size(); ++i) {
    classes[i] = static_cast<uint8_t>(entries_[i].cls);
    max_abs = std::max(max_abs, std::fabs(entries_[i].weight));
  }
  w->PutVector(classes);
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<int16_t> q(entries_.size());
  for (size_t i = 0; i < q.size(); ++i) q[i] = static_cast<int16_t>(std::lround(entries_[i].weight / scale));
  w->Put<float>(scale);
  w->PutVector(q);
}

bool WeightTable::Load(ModelReader* r) {
  uint32_t nc = 0;
  std::vector<uint8_t> lengths, classes;
  std::vector<int16_t> q;
  float scale = 0;
  if (!r->Get(&nc) || nc == 0 || nc > 256 || !r->GetVector(&keys_) || !r->GetVector(&lengths) ||
      lengths.size() != keys_.size() || !r->GetVector(&classes) || !r->Get(&scale) ||
      !r->GetVector(&q) || q.size() != classes.size()) {
    return false;
  }
  num_classes_ = static_cast<int>(nc);
  row_begin_.resize(keys_.size() + 1);
  row_begin_[0] = 0;
  for (size_t f = 0; f < keys_.size(); ++f) row_begin_[f + 1] = row_begin_[f] + lengths[f] + 1u;
  if (row_begin_.back() != classes.size()) return false;
  entries_.resize(q.size());
  for (size_t i = 0; i < q.size(); ++i) {
    if (classes[i] >= nc) return false;
    entries_[i] = Entry{q[i] * scale, classes[i]};
  }
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
  std::sort(order.begin(), order.end());  // deterministic files (SortBySlot breaks ties by key)
  for (const auto& [key, row_index] : order) {
    size_t before = t.entries_.size();
    for (const Entry& e : rows_[row_index]) {
      double avg = e.w - e.u / now;
      if (std::fabs(avg) < min_abs) continue;
      t.entries_.push_back(WeightTable::Entry{static_cast<float>(avg), e.cls});
    }
    if (t.entries_.size() == before) continue;
    t.keys_.push_back(key);
    t.row_begin_.push_back(static_cast<uint32_t>(t.entries_.size()));
  }
  t.SortBySlot();
  t.BuildIndex();
  return t;
}

}  // namespace crosscheck::syntax


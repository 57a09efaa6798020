#include "syntax/transition.h"

namespace crosscheck::syntax {

ArcHybridState::ArcHybridState(int n, int num_labels, int root_label)
    : n_(n), num_labels_(num_labels), root_label_(root_label) {
  stack_.reserve(n + 1);
  stack_.push_back(0);
  in_stack_.assign(n + 1, 0);
  in_stack_[0] = 1;
  head_.assign(n + 1, -1);
  label_.assign(n + 1, -1);
  l1_.assign(n + 1, -1);
  l2_ = r1_ = r2_ = l1_;
  nl_.assign(n + 1, 0);
  nr_ = nl_;
  lset_.assign(n + 1, 0);
  rset_ = lset_;
}

bool ArcHybridState::Valid(int action) const {
  if (action == kShift) return b_ <= n_;
  if (stack_.size() < 2) return false;
  if (action <= num_labels_) {  // LEFT
    return b_ <= n_ && action - 1 != root_label_;
  }
  int label = action - 1 - num_labels_;
  if (stack_.size() == 2) return b_ > n_ && label == root_label_;  // onto ROOT
  return label != root_label_;
}

void ArcHybridState::AddArc(int h, int d, int label) {
  head_[d] = h;
  label_[d] = label;
  uint64_t bit = label < 64 ? uint64_t{1} << label : 0;
  if (d < h) {
    if (l1_[h] < 0 || d < l1_[h]) {
      l2_[h] = l1_[h];
      l1_[h] = d;
    } else if (l2_[h] < 0 || d < l2_[h]) {
      l2_[h] = d;
    }
    ++nl_[h];
    lset_[h] |= bit;
  } else {
    if (r1_[h] < 0 || d > r1_[h]) {
      r2_[h] = r1_[h];
      r1_[h] = d;
    } else if (r2_[h] < 0 || d > r2_[h]) {
      r2_[h] = d;
    }
    ++nr_[h];
    rset_[h] |= bit;
  }
}

void ArcHybridState::Apply(int action) {
  if (action == kShift) {
    in_stack_[b_] = 1;
    stack_.push_back(b_++);
    return;
  }
  int s0 = stack_.back();
  stack_.pop_back();
  in_stack_[s0] = 0;
  if (action <= num_labels_) {
    AddArc(b_, s0, action - 1);
  } else {
    AddArc(stack_.back(), s0, action - 1 - num_labels_);
  }
}

int ArcHybridState::ShiftCost(const std::vector<int>& gold_head) const {
  // b0 can no longer take a head or dependents from the stack, except s0 as
  // its head (by a later RIGHT).
  int cost = 0;
  for (int d : stack_) cost += gold_head[d] == b_;
  int h = gold_head[b_];
  if (h >= 0 && h <= n_ && in_stack_[h] && h != stack_.back()) ++cost;
  return cost;
}

int ArcHybridState::PopCost(bool left, const std::vector<int>& gold_head) const {
  // s0 leaves for good: its dependents still in the buffer are lost, and so
  // is its gold head unless it is the one this action picks.
  int s0 = stack_.back();
  int cost = 0;
  for (int d = b_; d <= n_; ++d) cost += gold_head[d] == s0;
  int h = gold_head[s0];
  int chosen = left ? b_ : stack_[stack_.size() - 2];
  bool reachable = (h >= b_ && h <= n_) || h == stack_[stack_.size() - 2];
  if (h != chosen && reachable) ++cost;
  return cost;
}

void ArcHybridState::Costs(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
                           std::vector<int>* costs) const {
  costs->assign(num_actions(), kInvalid);
  if (Valid(kShift)) (*costs)[kShift] = ShiftCost(gold_head);
  if (stack_.size() < 2) return;
  int s0 = stack_.back();
  int left_cost = b_ <= n_ ? PopCost(true, gold_head) : kInvalid;
  int right_cost = PopCost(false, gold_head);
  for (int l = 0; l < num_labels_; ++l) {
    if (Valid(Left(l))) {
      (*costs)[Left(l)] = left_cost + (gold_head[s0] == b_ && gold_label[s0] != l);
    }
    if (Valid(Right(l))) {
      int s1 = stack_[stack_.size() - 2];
      (*costs)[Right(l)] = right_cost + (gold_head[s0] == s1 && gold_label[s0] != l);
    }
  }
}

}  // namespace crosscheck::syntax

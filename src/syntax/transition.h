// The arc-hybrid transition system (Kuhlmann et al. 2011) with the dynamic
// oracle of Goldberg & Nivre (2013).
//
// Positions: 0 is the artificial ROOT, 1..n the words. The stack starts as
// [ROOT], the buffer as 1..n. Actions (labels l in 0..L):
//   SHIFT        push the buffer front b0
//   LEFT-l       b0 becomes the head of s0 (label l); pop s0
//   RIGHT-l      s1 becomes the head of s0 (label l); pop s0
// A RIGHT onto ROOT is allowed only once the buffer is empty and only with
// the root label, so every parse has exactly one root.
//
// The oracle's cost of an action is the number of gold arcs it makes
// unreachable; for projective gold trees following any zero-cost action
// still reaches the gold tree, which is what lets training explore its own
// mistakes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace crosscheck::syntax {

class ArcHybridState {
 public:
  // n words; `root_label` is the label id only ROOT's dependent may take.
  ArcHybridState(int n, int num_labels, int root_label);

  static constexpr int kShift = 0;
  int num_actions() const { return 1 + 2 * num_labels_; }
  int Left(int label) const { return 1 + label; }
  int Right(int label) const { return 1 + num_labels_ + label; }

  bool Terminal() const { return b_ > n_ && stack_.size() == 1; }
  bool Valid(int action) const;
  void Apply(int action);

  // Gold-tree cost of every action into costs[0..num_actions), kInvalid for
  // actions not allowed here; gold_head[d] and gold_label[d] for d in 1..n
  // (index 0 unused).
  static constexpr int kInvalid = 1 << 20;
  void Costs(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
             std::vector<int>* costs) const;

  // Accessors for features; every position getter returns -1 for "none".
  int n() const { return n_; }
  int S(size_t i) const { return stack_.size() > i ? stack_[stack_.size() - 1 - i] : -1; }
  int B(int i) const { return b_ + i <= n_ ? b_ + i : -1; }
  int head(int p) const { return head_[p]; }
  int label(int p) const { return label_[p]; }
  int Left1(int p) const { return l1_[p]; }   // leftmost dependent
  int Left2(int p) const { return l2_[p]; }   // second leftmost
  int Right1(int p) const { return r1_[p]; }  // rightmost dependent
  int Right2(int p) const { return r2_[p]; }  // second rightmost
  int NumLeft(int p) const { return nl_[p]; }
  int NumRight(int p) const { return nr_[p]; }
  uint64_t LeftLabels(int p) const { return lset_[p]; }   // bit set of labels
  uint64_t RightLabels(int p) const { return rset_[p]; }

 private:
  void AddArc(int h, int d, int label);
  // Structural costs of the three action kinds, label aside.
  int ShiftCost(const std::vector<int>& gold_head) const;
  int PopCost(bool left, const std::vector<int>& gold_head) const;

  int n_, num_labels_, root_label_;
  std::vector<int> stack_;
  int b_ = 1;
  std::vector<char> in_stack_;
  std::vector<int> head_, label_, l1_, l2_, r1_, r2_, nl_, nr_;
  std::vector<uint64_t> lset_, rset_;
};

}  // namespace crosscheck::syntax

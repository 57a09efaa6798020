#include "syntax/transition.h"

#include <gtest/gtest.h>

#include <random>

#include "syntax/conllu.h"
#include "syntax/tiny_treebank.h"

namespace crosscheck::syntax {
namespace {

// Label ids: the tests only need distinct labels, so use the word's gold
// head relation index in this list.
constexpr int kLabels = 4;
constexpr int kRoot = 0;

struct Gold {
  std::vector<int> head, label;  // 1-based, index 0 unused
};

std::vector<Gold> GoldTrees() {
  auto parsed = ParseConllu(testing::kTinyTreebank, "tiny");
  EXPECT_TRUE(parsed.ok());
  std::vector<Gold> out;
  for (const ConlluSentence& s : *parsed) {
    Gold g{{-1}, {-1}};
    for (const ConlluWord& w : s.words) {
      g.head.push_back(w.head);
      g.label.push_back(w.head == 0 ? kRoot : 1 + static_cast<int>(w.form.size() % 3));
    }
    out.push_back(g);
  }
  return out;
}

// Following any zero-cost action reaches the gold tree; taking any valid
// action loses exactly its cost (the oracle is exact on projective trees).
TEST(ArcHybridTest, DynamicOracleIsExact) {
  std::mt19937 rng(7);
  for (const Gold& g : GoldTrees()) {
    for (int trial = 0; trial < 50; ++trial) {
      const int n = static_cast<int>(g.head.size()) - 1;
      ArcHybridState st(n, kLabels, kRoot);
      int lost = 0;
      std::vector<int> costs;
      while (!st.Terminal()) {
        st.Costs(g.head, g.label, &costs);
        std::vector<int> choices;
        for (int a = 0; a < st.num_actions(); ++a) {
          // In trial 0 only zero-cost actions, later any valid one.
          if (costs[a] < ArcHybridState::kInvalid && (trial > 0 || costs[a] == 0)) choices.push_back(a);
        }
        ASSERT_FALSE(choices.empty());
        int a = choices[rng() % choices.size()];
        EXPECT_TRUE(st.Valid(a));
        lost += costs[a];
        st.Apply(a);
      }
      int wrong = 0, roots = 0;
      for (int d = 1; d <= n; ++d) {
        wrong += st.head(d) != g.head[d] || st.label(d) != g.label[d];
        roots += st.head(d) == 0;
      }
      EXPECT_EQ(wrong, lost);
      EXPECT_EQ(roots, 1);
      if (trial == 0) {
        EXPECT_EQ(wrong, 0);
      }
    }
  }
}

TEST(ArcHybridTest, RootOnlyAtTheEndWithRootLabel) {
  ArcHybridState st(2, kLabels, kRoot);
  EXPECT_TRUE(st.Valid(ArcHybridState::kShift));
  EXPECT_FALSE(st.Valid(st.Left(1)));
  st.Apply(ArcHybridState::kShift);
  EXPECT_FALSE(st.Valid(st.Right(kRoot)));  // buffer not empty yet
  EXPECT_FALSE(st.Valid(st.Left(kRoot)));
  EXPECT_TRUE(st.Valid(st.Left(2)));
  st.Apply(ArcHybridState::kShift);
  EXPECT_FALSE(st.Valid(ArcHybridState::kShift));
  EXPECT_TRUE(st.Valid(st.Right(1)));
  st.Apply(st.Right(1));
  EXPECT_FALSE(st.Valid(st.Right(1)));
  EXPECT_TRUE(st.Valid(st.Right(kRoot)));
  st.Apply(st.Right(kRoot));
  EXPECT_TRUE(st.Terminal());
  EXPECT_EQ(st.head(1), 0);
  EXPECT_EQ(st.head(2), 1);
}

}  // namespace
}  // namespace crosscheck::syntax

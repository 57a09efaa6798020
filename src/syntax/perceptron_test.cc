#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <vector>

namespace crosscheck::syntax {
namespace {

// Three classes, each signalled by its own feature plus a shared bias.
TEST(PerceptronTest, LearnsSeparableDataAndRoundTrips) {
  PerceptronTrainer pt(3);
  const uint64_t bias = 99;
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int c = 0; c < 3; ++c) {
      uint64_t feats[] = {bias, static_cast<uint64_t>(1000 + c)};
      float scores[3] = {0, 0, 0};
      pt.Score(feats, 2, scores);
      int guess = static_cast<int>(std::max_element(scores, scores + 3) - scores);
      pt.Update(feats, 2, c, guess);
      pt.Tick();
    }
  }
  WeightTable t = pt.Averaged(0.0f);
  auto best = [](const WeightTable& w, int c) {
    uint64_t feats[] = {99, static_cast<uint64_t>(1000 + c), 424242};  // last one unknown
    float scores[3] = {0, 0, 0};
    w.Score(feats, 3, scores);
    return static_cast<int>(std::max_element(scores, scores + 3) - scores);
  };
  for (int c = 0; c < 3; ++c) EXPECT_EQ(best(t, c), c);

  std::string path = (std::filesystem::temp_directory_path() / "perceptron_test.bin").string();
  ModelWriter w;
  t.Save(&w);
  ASSERT_TRUE(w.Save(path, "test-weights", 3).ok());
  auto r = ModelReader::Open(path, "test-weights", 3);
  ASSERT_TRUE(r.ok()) << r.status().message();
  WeightTable loaded;
  ASSERT_TRUE(loaded.Load(&*r));
  EXPECT_TRUE(r->AtEnd());
  EXPECT_EQ(loaded.num_weights(), t.num_weights());
  for (int c = 0; c < 3; ++c) EXPECT_EQ(best(loaded, c), c);

  auto wrong_version = ModelReader::Open(path, "test-weights", 4);
  ASSERT_FALSE(wrong_version.ok());
  EXPECT_EQ(wrong_version.status().code(), StatusCode::kUnsupported);
  std::remove(path.c_str());
}


// Rows of every length the table stores differently (inline, sparse, dense)
// must add up to the trainer's weights, before and after a save and load.
// The trainer runs on long after its last update, so its averages are the
// final weights (to 1e-4) and the two can be compared exactly enough.
TEST(PerceptronTest, InlineSparseAndDenseRowsScoreAsTheTrainer) {
  constexpr int kClasses = 40;
  PerceptronTrainer pt(kClasses);
  std::mt19937 rng(7);
  const uint64_t dense_feat = 1, sparse_feat = 2, inline_feat = 3;
  for (int step = 0; step < 400; ++step) {
    const int truth = static_cast<int>(rng() % kClasses);
    const int guess = static_cast<int>(rng() % kClasses);
    std::vector<uint64_t> feats{dense_feat};                                       // meets every class
    if (truth < 6 && guess < 6) feats.push_back(sparse_feat);                      // six classes
    if (truth < 2 && guess < 2) feats.push_back(inline_feat);                      // two classes
    pt.Update(feats.data(), feats.size(), truth, guess);
    pt.Tick();
  }
  for (int i = 0; i < 10'000'000; ++i) pt.Tick();
  WeightTable table = pt.Averaged(0.0f);

  std::string path = (std::filesystem::temp_directory_path() / "perceptron_rows_test.bin").string();
  ModelWriter w;
  table.Save(&w);
  ASSERT_TRUE(w.Save(path, "test-weights", 1).ok());
  auto r = ModelReader::Open(path, "test-weights", 1);
  ASSERT_TRUE(r.ok()) << r.status().message();
  WeightTable loaded;
  ASSERT_TRUE(loaded.Load(&*r));
  std::remove(path.c_str());
  EXPECT_EQ(loaded.num_weights(), table.num_weights());

  const std::vector<std::vector<uint64_t>> queries = {
      {dense_feat}, {sparse_feat}, {inline_feat}, {dense_feat, sparse_feat, inline_feat, 12345}};
  for (const auto& q : queries) {
    float want[kClasses] = {}, got[kClasses] = {}, got_loaded[kClasses] = {};
    pt.Score(q.data(), q.size(), want);
    table.Score(q.data(), q.size(), got);
    loaded.Score(q.data(), q.size(), got_loaded);
    for (int c = 0; c < kClasses; ++c) {
      EXPECT_NEAR(got[c], want[c], 0.01) << "class " << c << ", " << q.size() << " features";
      EXPECT_EQ(got_loaded[c], got[c]) << "class " << c;
    }
  }
}

}  // namespace
}  // namespace crosscheck::syntax

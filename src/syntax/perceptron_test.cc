#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

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

}  // namespace
}  // namespace crosscheck::syntax

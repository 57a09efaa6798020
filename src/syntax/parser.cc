#include "syntax/parser.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <ostream>
#include <random>

#include "syntax/parser_features.h"
#include "syntax/transition.h"

namespace crosscheck::syntax {
namespace {

// The best-scoring action among those with cost <= max_cost (costs from
// ArcHybridState::Costs); with max_cost = kInvalid - 1 that is any valid one.
int BestAction(const std::vector<float>& scores, const std::vector<int>& costs, int max_cost) {
  int best = -1;
  for (int a = 0; a < static_cast<int>(scores.size()); ++a) {
    if (costs[a] <= max_cost && (best < 0 || scores[a] > scores[best])) best = a;
  }
  return best;
}

}  // namespace

void Parser::Parse(const std::vector<std::string_view>& words, const std::vector<std::string_view>& tags,
                   std::vector<int>* heads, std::vector<int>* labels) const {
  const int n = static_cast<int>(words.size());
  SentenceAtoms atoms(words, tags, clusters_);
  ArcHybridState st(n, num_labels(), root_label_);
  std::vector<float> scores(st.num_actions());
  uint64_t feats[kMaxParserFeatures];
  while (!st.Terminal()) {
    int nf = ExtractParserFeatures(st, atoms, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.Score(feats, nf, scores.data());
    // Valid() per action would cost more than the argmax: the label only
    // matters for root arcs, so check one LEFT and one RIGHT per kind.
    const int L = num_labels();
    const int non_root = root_label_ == 0 ? 1 : 0;
    const bool left_ok = st.Valid(st.Left(non_root));
    const bool right_ok = st.Valid(st.Right(non_root));
    const bool root_ok = st.Valid(st.Right(root_label_));
    int best = st.Valid(ArcHybridState::kShift) ? ArcHybridState::kShift : -1;
    for (int l = 0; l < L; ++l) {
      if (l == root_label_) {
        if (root_ok && (best < 0 || scores[st.Right(l)] > scores[best])) best = st.Right(l);
        continue;
      }
      if (left_ok && (best < 0 || scores[st.Left(l)] > scores[best])) best = st.Left(l);
      if (right_ok && (best < 0 || scores[st.Right(l)] > scores[best])) best = st.Right(l);
    }
    st.Apply(best);
  }
  heads->resize(n);
  labels->resize(n);
  for (int i = 1; i <= n; ++i) {
    (*heads)[i - 1] = st.head(i);
    (*labels)[i - 1] = st.label(i);
  }
}

Status Parser::Save(const std::string& path) const {
  ModelWriter w;
  w.Put<uint32_t>(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) w.PutString(l);
  w.Put<uint32_t>(static_cast<uint32_t>(root_label_));
  clusters_.Save(&w);
  weights_.Save(&w);
  return w.Save(path, kFormat, kVersion);
}

Result<Parser> Parser::Load(const std::string& path) {
  Result<ModelReader> opened = ModelReader::Open(path, kFormat, kVersion);
  if (!opened.ok()) return opened.status();
  ModelReader& r = *opened;
  Parser p;
  uint32_t n = 0, root = 0;
  if (!r.Get(&n) || n == 0 || n > 127) return r.Error("label count");
  p.labels_.resize(n);
  for (std::string& l : p.labels_) {
    if (!r.GetString(&l)) return r.Error("label names");
  }
  if (!r.Get(&root) || root >= n) return r.Error("root label");
  p.root_label_ = static_cast<int>(root);
  if (!p.clusters_.Load(&r)) return r.Error("word clusters");
  if (!p.weights_.Load(&r) || p.weights_.num_classes() != static_cast<int>(1 + 2 * n)) {
    return r.Error("weights");
  }
  if (!r.AtEnd()) return r.Error("trailing bytes");
  return p;
}

// Runs the training epochs; a class so the helpers share the prepared corpus.
class ParserTrainer {
 public:
  struct Example {
    std::vector<std::string_view> words, tags;
    std::vector<int> head, label;  // 1-based, index 0 unused
  };

  static Result<Parser> Train(const std::vector<ConlluSentence>& train,
                              const std::vector<std::vector<std::string>>& tags,
                              const ParserOptions& options, std::ostream* log) {
    if (tags.size() != train.size()) return Status::InvalidInput("parser training: one tag list per sentence needed");
    Parser p;
    std::map<std::string, int> label_ids;
    for (const ConlluSentence& s : train) {
      for (const ConlluWord& w : s.words) label_ids.emplace(w.deprel, 0);
    }
    if (!label_ids.count("root")) return Status::InvalidInput("parser training data has no 'root' relation");
    if (label_ids.size() > 64) return Status::InvalidInput("more than 64 dependency relations");
    for (auto& [name, id] : label_ids) {
      id = static_cast<int>(p.labels_.size());
      p.labels_.push_back(name);
    }
    p.root_label_ = label_ids["root"];
    if (options.clusters) p.clusters_ = *options.clusters;
    std::vector<Example> examples;
    for (size_t s = 0; s < train.size(); ++s) {
      const auto& words = train[s].words;
      if (tags[s].size() != words.size()) return Status::InvalidInput("parser training: tag count mismatch");
      Example ex;
      ex.head.push_back(-1);
      ex.label.push_back(-1);
      bool complete = true;
      for (size_t i = 0; i < words.size(); ++i) {
        ex.words.push_back(words[i].form);
        ex.tags.push_back(tags[s][i]);
        ex.head.push_back(words[i].head);
        ex.label.push_back(label_ids[words[i].deprel]);
        complete = complete && words[i].head >= 0;
      }
      if (complete) examples.push_back(std::move(ex));
    }
    PerceptronTrainer pt(1 + 2 * p.num_labels());
    std::mt19937_64 rng(options.seed);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::vector<size_t> order(examples.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      auto start = std::chrono::steady_clock::now();
      std::shuffle(order.begin(), order.end(), rng);
      size_t correct = 0, total = 0;
      for (size_t e : order) {
        const Example& ex = examples[e];
        bool explore = epoch > 0 && options.explore > 0;
        TrainSentence(ex, p, explore ? options.explore : 0.0, rng, coin, &pt, &correct, &total);
      }
      if (log) {
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        *log << "parser epoch " << epoch + 1 << ": train action accuracy " << 100.0 * correct / total
             << "% (" << secs << " s)\n"
             << std::flush;
      }
    }
    p.weights_ = pt.Averaged(options.prune);
    return p;
  }

 private:
  static void TrainSentence(const Example& ex, const Parser& p, double explore, std::mt19937_64& rng,
                            std::uniform_real_distribution<double>& coin, PerceptronTrainer* pt,
                            size_t* correct, size_t* total) {
    SentenceAtoms atoms(ex.words, ex.tags, p.clusters_);
    ArcHybridState st(static_cast<int>(ex.words.size()), p.num_labels(), p.root_label_);
    std::vector<float> scores(st.num_actions());
    std::vector<int> costs;
    uint64_t feats[kMaxParserFeatures];
    while (!st.Terminal()) {
      int nf = ExtractParserFeatures(st, atoms, feats);
      std::fill(scores.begin(), scores.end(), 0.0f);
      pt->Score(feats, nf, scores.data());
      st.Costs(ex.head, ex.label, &costs);
      int min_cost = *std::min_element(costs.begin(), costs.end());
      int predicted = BestAction(scores, costs, ArcHybridState::kInvalid - 1);
      int gold = BestAction(scores, costs, min_cost);
      if (costs[predicted] > min_cost) {
        pt->Update(feats, nf, gold, predicted);
      } else {
        ++*correct;
      }
      ++*total;
      pt->Tick();
      bool follow_prediction = explore > 0 && coin(rng) < explore;
      st.Apply(follow_prediction ? predicted : gold);
    }
  }
};

Result<Parser> TrainParser(const std::vector<ConlluSentence>& train,
                           const std::vector<std::vector<std::string>>& tags,
                           const ParserOptions& options, std::ostream* log) {
  return ParserTrainer::Train(train, tags, options, log);
}

}  // namespace crosscheck::syntax

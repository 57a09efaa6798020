#include "syntax/cluster_training.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "syntax/conllu.h"
#include "text/analyze.h"

namespace crosscheck::syntax {
namespace {

void AddWord(std::string_view w, std::vector<uint64_t>* sentence, ClusterCorpus* corpus) {
  uint64_t key = WordClusters::Key(w);
  sentence->push_back(key);
  if (!corpus->spelling.count(key)) {
    std::string s(w);
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c >= '0' && c <= '9') c = '0';
    }
    corpus->spelling.emplace(key, std::move(s));
  }
  ++corpus->tokens;
}

void AddText(std::string text, ClusterCorpus* corpus) {
  Doc doc = Analyze(std::move(text));
  for (const Sentence& s : doc.sentences) {
    std::vector<uint64_t> sentence;
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) AddWord(doc.token_text(i), &sentence, corpus);
    if (!sentence.empty()) corpus->sentences.push_back(std::move(sentence));
  }
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Sparse vector: (dimension, value) pairs sorted by dimension.
using Sparse = std::vector<std::pair<uint32_t, float>>;

float Dot(const Sparse& x, const std::vector<float>& c) {
  float s = 0;
  for (const auto& [d, v] : x) s += v * c[d];
  return s;
}

void Normalize(std::vector<float>* c) {
  double n = 0;
  for (float v : *c) n += static_cast<double>(v) * v;
  if (n <= 0) return;
  float inv = static_cast<float>(1.0 / std::sqrt(n));
  for (float& v : *c) v *= inv;
}

// Top-down spherical 2-means over the word vectors.
class Splitter {
 public:
  Splitter(const std::vector<Sparse>& vectors, const std::vector<float>& weight, size_t dims,
           const ClusterOptions& options)
      : vectors_(vectors), weight_(weight), dims_(dims), options_(options) {}

  // Assigns every word its path; words are vocabulary ids, most frequent first.
  void Run(std::vector<uint32_t>* paths) {
    paths->assign(vectors_.size(), 0);
    std::vector<uint32_t> all(vectors_.size());
    for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
    Split(all, 0, 0, paths);
  }

 private:
  void Split(const std::vector<uint32_t>& words, uint32_t bits, int depth, std::vector<uint32_t>* paths) {
    std::vector<uint32_t> side[2];
    if (depth < options_.max_depth && words.size() >= 2) TwoMeans(words, side);
    if (side[0].empty() || side[1].empty()) {
      uint32_t path = depth == 0 ? (1u << 24) : (static_cast<uint32_t>(depth) << 24) | bits;
      for (uint32_t w : words) (*paths)[w] = path;
      return;
    }
    for (int b = 0; b < 2; ++b) Split(side[b], (bits << 1) | static_cast<uint32_t>(b), depth + 1, paths);
  }

  // Seeds: the most frequent word, and among the frequent ones the least
  // like it; then alternate assignment and centroid updates.
  void TwoMeans(const std::vector<uint32_t>& words, std::vector<uint32_t> side[2]) {
    std::vector<float> c[2] = {Dense(words[0]), {}};
    size_t candidates = std::min<size_t>(words.size(), 200);
    uint32_t far = words[1];
    float lowest = 2;
    for (size_t i = 1; i < candidates; ++i) {
      float s = Dot(vectors_[words[i]], c[0]);
      if (s < lowest) lowest = s, far = words[i];
    }
    c[1] = Dense(far);
    std::vector<uint8_t> assign(words.size(), 2);
    for (int it = 0; it < options_.iterations; ++it) {
      bool changed = false;
      for (size_t i = 0; i < words.size(); ++i) {
        uint8_t a = Dot(vectors_[words[i]], c[1]) > Dot(vectors_[words[i]], c[0]) ? 1 : 0;
        changed = changed || a != assign[i];
        assign[i] = a;
      }
      if (!changed) break;
      for (int b = 0; b < 2; ++b) c[b].assign(dims_, 0.0f);
      for (size_t i = 0; i < words.size(); ++i) {
        for (const auto& [d, v] : vectors_[words[i]]) c[assign[i]][d] += weight_[words[i]] * v;
      }
      for (int b = 0; b < 2; ++b) Normalize(&c[b]);
    }
    for (size_t i = 0; i < words.size(); ++i) side[assign[i]].push_back(words[i]);
  }

  std::vector<float> Dense(uint32_t w) const {
    std::vector<float> c(dims_, 0.0f);
    for (const auto& [d, v] : vectors_[w]) c[d] = v;
    return c;
  }

  const std::vector<Sparse>& vectors_;
  const std::vector<float>& weight_;
  size_t dims_;
  const ClusterOptions& options_;
};

}  // namespace

Status ReadClusterCorpus(const std::string& path, ClusterCorpus* corpus) {
  if (EndsWith(path, ".conllu")) {
    Result<std::vector<ConlluSentence>> sentences = ReadConllu(path);
    if (!sentences.ok()) return sentences.status();
    for (const ConlluSentence& s : *sentences) {
      std::vector<uint64_t> sentence;
      for (const ConlluWord& w : s.words) AddWord(w.form, &sentence, corpus);
      if (!sentence.empty()) corpus->sentences.push_back(std::move(sentence));
    }
    return Status::Ok();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  if (EndsWith(path, ".jsonl")) {
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded() || !j.is_object()) {
        return Status::InvalidInput(path + ":" + std::to_string(number) + ": not a JSON object");
      }
      auto text = j.find("text");
      if (text != j.end() && text->is_string()) AddText(text->get<std::string>(), corpus);
    }
    return Status::Ok();
  }
  std::ostringstream text;
  text << in.rdbuf();
  AddText(text.str(), corpus);
  return Status::Ok();
}

WordClusters BuildWordClusters(const ClusterCorpus& corpus, const ClusterOptions& options,
                               std::ostream* log) {
  // Vocabulary, most frequent first (ties by key, for determinism).
  std::unordered_map<uint64_t, uint32_t> counts;
  for (const auto& s : corpus.sentences) {
    for (uint64_t k : s) ++counts[k];
  }
  std::vector<std::pair<uint32_t, uint64_t>> by_count;
  for (const auto& [k, n] : counts) {
    if (n >= static_cast<uint32_t>(options.min_count)) by_count.emplace_back(n, k);
  }
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (by_count.size() > options.max_words) by_count.resize(options.max_words);
  std::unordered_map<uint64_t, uint32_t> id;
  for (uint32_t i = 0; i < by_count.size(); ++i) id[by_count[i].second] = i;
  WordClusters clusters;
  if (by_count.size() < 2) return clusters;

  // Context dimensions per side: the K most frequent words, a sentence
  // boundary, and "any other word".
  const uint32_t K = std::min<uint32_t>(static_cast<uint32_t>(options.context_words),
                                        static_cast<uint32_t>(by_count.size()));
  const uint32_t per_side = K + 2, dims = 2 * per_side;
  auto context = [&](const std::vector<uint64_t>& s, long i) -> uint32_t {
    if (i < 0 || i >= static_cast<long>(s.size())) return K;
    auto it = id.find(s[i]);
    return it != id.end() && it->second < K ? it->second : K + 1;
  };
  std::vector<std::map<uint32_t, float>> cooc(by_count.size());
  std::vector<double> context_total(dims, 0.0);
  for (const auto& s : corpus.sentences) {
    for (long i = 0; i < static_cast<long>(s.size()); ++i) {
      auto it = id.find(s[i]);
      if (it == id.end()) continue;
      uint32_t left = context(s, i - 1), right = per_side + context(s, i + 1);
      cooc[it->second][left] += 1;
      cooc[it->second][right] += 1;
      context_total[left] += 1;
      context_total[right] += 1;
    }
  }
  // PPMI with context counts smoothed by the 0.75 power (Levy et al. 2015),
  // each side on its own.
  std::vector<double> smoothed(dims);
  double side_sum[2] = {0, 0};
  for (uint32_t d = 0; d < dims; ++d) {
    smoothed[d] = std::pow(context_total[d], 0.75);
    side_sum[d / per_side] += smoothed[d];
  }
  std::vector<Sparse> vectors(by_count.size());
  std::vector<float> weight(by_count.size());
  for (uint32_t w = 0; w < by_count.size(); ++w) {
    double n = by_count[w].first;  // occurrences = co-occurrences per side
    for (const auto& [d, c] : cooc[w]) {
      double pc = smoothed[d] / side_sum[d / per_side];
      double pmi = std::log((c / n) / pc);
      if (pmi > 0) vectors[w].emplace_back(d, static_cast<float>(pmi));
    }
    double norm = 0;
    for (const auto& [d, v] : vectors[w]) norm += static_cast<double>(v) * v;
    for (auto& [d, v] : vectors[w]) v = static_cast<float>(v / std::sqrt(norm));
    weight[w] = static_cast<float>(std::log(1.0 + n));
  }
  cooc.clear();

  std::vector<uint32_t> paths;
  Splitter(vectors, weight, dims, options).Run(&paths);
  for (uint32_t w = 0; w < by_count.size(); ++w) clusters.Set(by_count[w].second, paths[w]);
  if (log) {
    std::map<uint32_t, int> leaves;
    for (uint32_t p : paths) ++leaves[p];
    *log << "clusters: " << corpus.tokens << " tokens, " << by_count.size() << " words, " << leaves.size()
         << " leaves\n";
  }
  return clusters;
}

void DumpWordClusters(const WordClusters& clusters, const ClusterCorpus& corpus, std::ostream& out) {
  std::unordered_map<uint64_t, uint32_t> counts;
  for (const auto& s : corpus.sentences) {
    for (uint64_t k : s) ++counts[k];
  }
  std::vector<std::tuple<std::string, uint32_t, std::string>> rows;
  for (const auto& [key, spelling] : corpus.spelling) {
    uint32_t path = clusters.Path(key);
    if (path == 0) continue;
    int depth = static_cast<int>(path >> 24);
    std::string bits;
    for (int i = depth - 1; i >= 0; --i) bits.push_back(((path >> i) & 1) ? '1' : '0');
    rows.emplace_back(bits, counts[key], spelling);
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
    return std::get<1>(a) > std::get<1>(b);
  });
  for (const auto& [bits, n, word] : rows) out << bits << '\t' << word << '\t' << n << '\n';
}

}  // namespace crosscheck::syntax

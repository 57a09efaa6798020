#include "syntax/tagger.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <random>

#include "syntax/hash.h"

namespace crosscheck::syntax {
namespace {

// Template ids: part of every feature hash, so never renumber (model format).
enum : uint64_t {
  kBias = 1, kForm, kLower, kPre1, kPre2, kPre3, kPre4, kSuf1, kSuf2, kSuf3, kSuf4, kShape,
  kFlags, kPrevLower, kPrev2Lower, kNextLower, kNext2Lower, kPrevSuf3, kNextSuf3, kAmb,
  kNextAmb, kNext2Amb, kPrevLowerCur, kNextLowerCur, kTag1, kTag2, kTag12, kTag1Lower,
  kTag1NextAmb, kTag1Suf3, kTag2Lower, kTag1AmbNextAmb, kLowerAmb, kShapeFirst, kSuf3Cap,
  kPrevShape, kNextShape, kPrevShapeCur, kNextShapeCur,
  kClus4, kClus6, kClus10, kClusFull, kPrevClus6, kNextClus6, kPrevClusFull, kNextClusFull,
  kTag1Clus6, kClus6Suf3, kNext2Clus6,
  kLex, kLexSuf3, kLexFlags, kNextLex, kPrevLex, kLexNextLex, kTag1Lex, kLexUnseen, kLexShape, kLexClus6,
};
constexpr int kMaxTagFeatures = 64;
const uint64_t kStartAtom = HashString("<s>");
const uint64_t kEndAtom = HashString("</s>");

// Word shape with runs capped at two: "McDonald's" -> "XxXx'x", "1,000" -> "d,d".
std::string Shape(std::string_view w) {
  std::string s;
  char last = 0;
  int run = 0;
  for (unsigned char c : w) {
    char k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x'
             : (c >= '0' && c <= '9') ? 'd' : (c >= 0x80) ? 'u' : static_cast<char>(c);
    run = (k == last) ? run + 1 : 1;
    last = k;
    if (run <= 2) s.push_back(k);
  }
  return s;
}

std::string Lower(std::string_view w) {
  std::string s(w);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

struct Atoms {
  uint64_t form, lower, pre[4], suf[4], shape, flags, amb, lower_amb;
  uint64_t clus4, clus6, clus10, clus_full;  // cluster path prefixes + 1 (1: no cluster)
  uint64_t lex;  // word lexicon mask + 1 (1: not in the lexicon)
  int sure_tag;
};

// Dictionary key of a lower-cased form, distinct from the keys of forms as
// written: "Police" at the start of a sentence is known through "police".
inline uint64_t LowerKey(uint64_t lower_hash) { return Fmix64(lower_hash ^ 0x5bd1e9955bd1e995ULL); }

template <typename Dict>
std::vector<Atoms> ComputeAtoms(const std::vector<std::string_view>& words, const Dict& dict,
                                const WordClusters& clusters, const WordLexicon& lexicon) {
  std::vector<Atoms> atoms(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    std::string lower = Lower(w);
    Atoms& a = atoms[i];
    a.form = HashString(w);
    a.lower = HashString(lower);
    for (size_t k = 0; k < 4; ++k) {
      size_t len = std::min(k + 1, lower.size());
      a.pre[k] = HashString(std::string_view(lower).substr(0, len));
      a.suf[k] = HashString(std::string_view(lower).substr(lower.size() - len));
    }
    a.shape = HashString(Shape(w));
    uint64_t flags = (i == 0) | (w.find('-') != std::string_view::npos) << 1 |
                     (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) << 2 |
                     (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') << 3;
    a.flags = flags + 1;
    auto it = dict.find(a.form);
    a.amb = it == dict.end() ? 0 : it->second.ambiguity;
    a.sure_tag = it == dict.end() ? -1 : it->second.sure_tag;
    auto lower_it = dict.find(LowerKey(a.lower));
    a.lower_amb = lower_it == dict.end() ? 0 : lower_it->second.ambiguity;
    uint32_t path = clusters.empty() ? 0 : clusters.Path(WordClusters::Key(w));
    a.clus4 = WordClusters::Prefix(path, 4) + 1ull;
    a.clus6 = WordClusters::Prefix(path, 6) + 1ull;
    a.clus10 = WordClusters::Prefix(path, 10) + 1ull;
    a.clus_full = path + 1ull;
    uint16_t mask = lexicon.empty() ? 0 : lexicon.Mask(WordLexicon::KeyOfLowerHash(a.lower));
    a.lex = mask + 1ull;
  }
  return atoms;
}

// Features that do not depend on earlier decisions.
void StaticFeatures(const std::vector<Atoms>& a, size_t i, bool with_clusters, bool with_lexicon,
                    std::vector<uint64_t>* out) {
  const Atoms& w = a[i];
  uint64_t prev = i > 0 ? a[i - 1].lower : kStartAtom;
  uint64_t prev2 = i > 1 ? a[i - 2].lower : kStartAtom;
  uint64_t next = i + 1 < a.size() ? a[i + 1].lower : kEndAtom;
  uint64_t next2 = i + 2 < a.size() ? a[i + 2].lower : kEndAtom;
  uint64_t prev_suf = i > 0 ? a[i - 1].suf[2] : kStartAtom;
  uint64_t next_suf = i + 1 < a.size() ? a[i + 1].suf[2] : kEndAtom;
  uint64_t next_amb = i + 1 < a.size() ? a[i + 1].amb : kEndAtom;
  uint64_t next2_amb = i + 2 < a.size() ? a[i + 2].amb : kEndAtom;
  out->push_back(Feat(kBias, 0));
  out->push_back(Feat(kForm, w.form));
  out->push_back(Feat(kLower, w.lower));
  const uint64_t pre[] = {kPre1, kPre2, kPre3, kPre4}, suf[] = {kSuf1, kSuf2, kSuf3, kSuf4};
  for (int k = 0; k < 4; ++k) {
    out->push_back(Feat(pre[k], w.pre[k]));
    out->push_back(Feat(suf[k], w.suf[k]));
  }
  out->push_back(Feat(kShape, w.shape));
  out->push_back(Feat(kFlags, w.flags));
  out->push_back(Feat(kPrevLower, prev));
  out->push_back(Feat(kPrev2Lower, prev2));
  out->push_back(Feat(kNextLower, next));
  out->push_back(Feat(kNext2Lower, next2));
  out->push_back(Feat(kPrevSuf3, prev_suf));
  out->push_back(Feat(kNextSuf3, next_suf));
  out->push_back(Feat(kAmb, w.amb + 1));
  out->push_back(Feat(kNextAmb, next_amb + 1));
  out->push_back(Feat(kNext2Amb, next2_amb + 1, next_amb + 1));
  out->push_back(Feat(kPrevLowerCur, prev, w.lower));
  out->push_back(Feat(kNextLowerCur, next, w.lower));
  uint64_t prev_shape = i > 0 ? a[i - 1].shape : kStartAtom;
  uint64_t next_shape = i + 1 < a.size() ? a[i + 1].shape : kEndAtom;
  out->push_back(Feat(kLowerAmb, w.lower_amb + 1));
  out->push_back(Feat(kShapeFirst, w.shape, i == 0 ? 1 : 2));
  out->push_back(Feat(kSuf3Cap, w.suf[2], w.flags));
  out->push_back(Feat(kPrevShape, prev_shape));
  out->push_back(Feat(kNextShape, next_shape));
  out->push_back(Feat(kPrevShapeCur, prev_shape, w.shape));
  out->push_back(Feat(kNextShapeCur, next_shape, w.shape));
  if (with_lexicon) {
    uint64_t next_lex = i + 1 < a.size() ? a[i + 1].lex : kEndAtom;
    out->push_back(Feat(kLex, w.lex));
    out->push_back(Feat(kLexSuf3, w.lex, w.suf[2]));
    out->push_back(Feat(kLexFlags, w.lex, w.flags));
    out->push_back(Feat(kNextLex, next_lex));
    out->push_back(Feat(kPrevLex, i > 0 ? a[i - 1].lex : kStartAtom));
    out->push_back(Feat(kLexNextLex, w.lex, next_lex));
    out->push_back(Feat(kLexUnseen, w.lex, w.amb == 0 ? 1 : 2));  // amb 0: seen < 3 times in training
    out->push_back(Feat(kLexShape, w.lex, w.shape));
    out->push_back(Feat(kLexClus6, w.lex, w.clus6));
  }
  if (!with_clusters) return;
  out->push_back(Feat(kClus4, w.clus4));
  out->push_back(Feat(kClus6, w.clus6));
  out->push_back(Feat(kClus10, w.clus10));
  out->push_back(Feat(kClusFull, w.clus_full));
  out->push_back(Feat(kPrevClus6, i > 0 ? a[i - 1].clus6 : kStartAtom));
  out->push_back(Feat(kNextClus6, i + 1 < a.size() ? a[i + 1].clus6 : kEndAtom));
  out->push_back(Feat(kPrevClusFull, i > 0 ? a[i - 1].clus_full : kStartAtom));
  out->push_back(Feat(kNextClusFull, i + 1 < a.size() ? a[i + 1].clus_full : kEndAtom));
  out->push_back(Feat(kClus6Suf3, w.clus6, w.suf[2]));
  out->push_back(Feat(kNext2Clus6, i + 1 < a.size() ? a[i + 1].clus6 : kEndAtom,
                      i + 2 < a.size() ? a[i + 2].clus6 : kEndAtom));
}

// Features on the tags already chosen (t1 = previous, t2 = the one before).
void DynamicFeatures(const std::vector<Atoms>& a, size_t i, uint64_t t1, uint64_t t2, bool with_lexicon,
                     std::vector<uint64_t>* out) {
  if (with_lexicon) out->push_back(Feat(kTag1Lex, t1, a[i].lex));
  uint64_t next_amb = i + 1 < a.size() ? a[i + 1].amb : kEndAtom;
  out->push_back(Feat(kTag1, t1));
  out->push_back(Feat(kTag2, t2));
  out->push_back(Feat(kTag12, t1, t2));
  out->push_back(Feat(kTag1Lower, t1, a[i].lower));
  out->push_back(Feat(kTag2Lower, t2, a[i].lower));
  out->push_back(Feat(kTag1Suf3, t1, a[i].suf[2]));
  out->push_back(Feat(kTag1NextAmb, t1, next_amb + 1));
  out->push_back(Feat(kTag1AmbNextAmb, t1, a[i].amb + 1, next_amb + 1));
  out->push_back(Feat(kTag1Clus6, t1, a[i].clus6));
}

int ArgMax(const float* s, int n) {
  return static_cast<int>(std::max_element(s, s + n) - s);
}

// Tag atoms for history features; index 0 and 1 stand for "before the start".
inline uint64_t TagAtom(int tag) { return static_cast<uint64_t>(tag) + 3; }

}  // namespace

void Tagger::SetTags(std::vector<std::string> tags) {
  tags_ = std::move(tags);
  upos_.clear();
  xpos_.clear();
  for (const std::string& t : tags_) {
    size_t bar = t.find('|');
    upos_.push_back(t.substr(0, bar));
    xpos_.push_back(bar == std::string::npos ? "_" : t.substr(bar + 1));
  }
}

namespace {

// Greedy decoding of one direction: `atoms` are in the order the pass reads
// them. Sure words keep their dictionary tag. When `sum` is given, each scored
// position's scores are added to sum[(index in the sentence) * num_tags ...],
// where a backward pass maps its position j to n - 1 - j.
void GreedyPass(const std::vector<Atoms>& atoms, const WeightTable& weights, int num_tags, bool with_clusters,
                bool with_lexicon, bool backward, std::vector<int>* tags, std::vector<float>* sum) {
  const size_t n = atoms.size();
  tags->assign(n, 0);
  std::vector<uint64_t> feats;
  feats.reserve(kMaxTagFeatures);
  std::vector<float> scores(num_tags);
  uint64_t t1 = 1, t2 = 2;
  for (size_t i = 0; i < n; ++i) {
    int tag = atoms[i].sure_tag;
    if (tag < 0) {
      feats.clear();
      StaticFeatures(atoms, i, with_clusters, with_lexicon, &feats);
      DynamicFeatures(atoms, i, t1, t2, with_lexicon, &feats);
      std::fill(scores.begin(), scores.end(), 0.0f);
      weights.Score(feats.data(), feats.size(), scores.data());
      tag = ArgMax(scores.data(), num_tags);
      if (sum) {
        float* out = sum->data() + (backward ? n - 1 - i : i) * num_tags;
        for (int c = 0; c < num_tags; ++c) out[c] += scores[c];
      }
    }
    (*tags)[i] = tag;
    t2 = t1;
    t1 = TagAtom(tag);
  }
}

}  // namespace

void Tagger::Tag(const std::vector<std::string_view>& words, std::vector<int>* tags) const {
  std::vector<Atoms> atoms = ComputeAtoms(words, words_, clusters_, lexicon_);
  const bool with_clusters = !clusters_.empty(), with_lexicon = !lexicon_.empty();
  if (!has_backward()) {
    GreedyPass(atoms, weights_, num_tags(), with_clusters, with_lexicon, false, tags, nullptr);
    return;
  }
  // Both directions, each deciding its own history; the tag of a word is the
  // best of the two passes' summed scores.
  const size_t n = atoms.size();
  std::vector<float> sum(n * num_tags(), 0.0f);
  std::vector<int> ignored;
  GreedyPass(atoms, weights_, num_tags(), with_clusters, with_lexicon, false, &ignored, &sum);
  std::reverse(atoms.begin(), atoms.end());
  GreedyPass(atoms, backward_, num_tags(), with_clusters, with_lexicon, true, &ignored, &sum);
  std::reverse(atoms.begin(), atoms.end());
  tags->assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    (*tags)[i] = atoms[i].sure_tag >= 0 ? atoms[i].sure_tag : ArgMax(sum.data() + i * num_tags(), num_tags());
  }
}

Status Tagger::Save(const std::string& path) const {
  ModelWriter w;
  w.Put<uint32_t>(static_cast<uint32_t>(tags_.size()));
  for (const std::string& t : tags_) w.PutString(t);
  std::map<uint64_t, WordInfo> sorted(words_.begin(), words_.end());
  w.Put<uint64_t>(sorted.size());
  for (const auto& [key, info] : sorted) {
    w.Put<uint64_t>(key);
    w.Put<int16_t>(info.sure_tag);
    w.Put<uint64_t>(info.ambiguity);
  }
  clusters_.Save(&w);
  lexicon_.Save(&w);
  weights_.Save(&w);
  // A tagger of one pass stays a version 3 file, byte for byte as before.
  if (has_backward()) backward_.Save(&w);
  return w.Save(path, kFormat, has_backward() ? kVersion : 3);
}

Result<Tagger> Tagger::Load(const std::string& path) {
  Result<ModelReader> opened = ModelReader::Open(path, kFormat, 2, kVersion);
  if (!opened.ok()) return opened.status();
  ModelReader& r = *opened;
  Tagger t;
  uint32_t n = 0;
  if (!r.Get(&n) || n == 0 || n > 255) return r.Error("tag count");
  std::vector<std::string> tags(n);
  for (std::string& s : tags) {
    if (!r.GetString(&s)) return r.Error("tag names");
  }
  t.SetTags(std::move(tags));
  uint64_t words = 0;
  if (!r.Get(&words)) return r.Error("word count");
  for (uint64_t i = 0; i < words; ++i) {
    uint64_t key = 0;
    WordInfo info;
    if (!r.Get(&key) || !r.Get(&info.sure_tag) || !r.Get(&info.ambiguity)) return r.Error("words");
    if (info.sure_tag >= static_cast<int>(n)) return r.Error("word tag out of range");
    t.words_[key] = info;
  }
  if (!t.clusters_.Load(&r)) return r.Error("word clusters");
  if (r.version() >= 3 && !t.lexicon_.Load(&r)) return r.Error("word lexicon");
  if (!t.weights_.Load(&r) || t.weights_.num_classes() != static_cast<int>(n)) return r.Error("weights");
  if (r.version() >= 4 && (!t.backward_.Load(&r) || t.backward_.num_classes() != static_cast<int>(n))) {
    return r.Error("backward weights");
  }
  if (!r.AtEnd()) return r.Error("trailing bytes");
  return t;
}

// Builds the tag set and word dictionary from the corpus, then runs the
// perceptron epochs; kept in a class so the helpers share the corpus indexes.
class TaggerTrainer {
 public:
  static Result<Tagger> Train(const std::vector<ConlluSentence>& train, const TaggerOptions& options,
                              std::ostream* log) {
    Tagger t;
    std::map<std::string, int> tag_ids;
    for (const ConlluSentence& s : train) {
      for (const ConlluWord& w : s.words) tag_ids.emplace(w.upos + "|" + w.xpos, 0);
    }
    if (tag_ids.empty()) return Status::InvalidInput("tagger training data has no words");
    if (tag_ids.size() > 255) return Status::InvalidInput("more than 255 distinct UPOS|XPOS tags");
    std::vector<std::string> names;
    for (auto& [name, id] : tag_ids) {
      id = static_cast<int>(names.size());
      names.push_back(name);
    }
    t.SetTags(names);
    // Gold tag ids and word forms per sentence.
    std::vector<std::vector<int>> gold(train.size());
    std::vector<std::vector<std::string_view>> forms(train.size());
    std::unordered_map<uint64_t, std::map<int, int>> counts;
    for (size_t s = 0; s < train.size(); ++s) {
      for (const ConlluWord& w : train[s].words) {
        int id = tag_ids[w.upos + "|" + w.xpos];
        gold[s].push_back(id);
        forms[s].push_back(w.form);
        ++counts[HashString(w.form)][id];
        ++counts[LowerKey(HashString(Lower(w.form)))][id];
      }
    }
    BuildDictionary(counts, &t.words_);
    if (options.clusters) t.clusters_ = *options.clusters;
    if (options.lexicon) t.lexicon_ = *options.lexicon;
    std::vector<std::vector<Atoms>> atoms(train.size());
    for (size_t s = 0; s < train.size(); ++s) atoms[s] = ComputeAtoms(forms[s], t.words_, t.clusters_, t.lexicon_);
    t.weights_ = TrainDirection(t, atoms, gold, options, "", log);
    if (options.backward) {
      // The backward pass reads each sentence from its end: reversed atoms
      // (the first-word flag stays on the first word) and gold tags.
      for (size_t s = 0; s < train.size(); ++s) {
        std::reverse(atoms[s].begin(), atoms[s].end());
        std::reverse(gold[s].begin(), gold[s].end());
      }
      t.backward_ = TrainDirection(t, atoms, gold, options, "backward ", log);
    }
    return t;
  }

 private:
  static WeightTable TrainDirection(const Tagger& t, const std::vector<std::vector<Atoms>>& atoms,
                                    const std::vector<std::vector<int>>& gold, const TaggerOptions& options,
                                    const char* label, std::ostream* log) {
    // Static features are the same every epoch: compute them once.
    std::vector<std::vector<std::vector<uint64_t>>> statics(atoms.size());
    for (size_t s = 0; s < atoms.size(); ++s) {
      statics[s].resize(atoms[s].size());
      for (size_t i = 0; i < atoms[s].size(); ++i) {
        StaticFeatures(atoms[s], i, !t.clusters_.empty(), !t.lexicon_.empty(), &statics[s][i]);
      }
    }
    PerceptronTrainer pt(t.num_tags());
    std::vector<size_t> order(atoms.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(options.seed);
    std::vector<float> scores(t.num_tags());
    std::vector<uint64_t> feats;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      size_t correct = 0, total = 0;
      for (size_t s : order) {
        uint64_t t1 = 1, t2 = 2;
        for (size_t i = 0; i < atoms[s].size(); ++i) {
          int tag = atoms[s][i].sure_tag;
          if (tag < 0) {
            feats = statics[s][i];
            DynamicFeatures(atoms[s], i, t1, t2, !t.lexicon_.empty(), &feats);
            std::fill(scores.begin(), scores.end(), 0.0f);
            pt.Score(feats.data(), feats.size(), scores.data());
            tag = ArgMax(scores.data(), t.num_tags());
            pt.Update(feats.data(), feats.size(), gold[s][i], tag);
            pt.Tick();
          }
          correct += tag == gold[s][i];
          ++total;
          t2 = t1;
          t1 = TagAtom(tag);
        }
      }
      if (log) {
        *log << label << "tagger epoch " << epoch + 1 << ": train accuracy " << 100.0 * correct / total << "%\n"
             << std::flush;
      }
    }
    return pt.Averaged(1e-3f);
  }


  // Words seen 3+ times get their tag set's hash; words seen 20+ times with
  // one tag 99.5% of the time get that tag outright.
  static void BuildDictionary(const std::unordered_map<uint64_t, std::map<int, int>>& counts,
                              std::unordered_map<uint64_t, Tagger::WordInfo>* words) {
    for (const auto& [key, tags] : counts) {
      int total = 0, best = 0, best_tag = -1;
      for (auto [tag, n] : tags) {
        total += n;
        if (n > best) best = n, best_tag = tag;
      }
      if (total < 3) continue;
      Tagger::WordInfo info;
      uint64_t amb = 0x1234;
      for (auto [tag, n] : tags) {
        if (n * 20 >= total) amb = Fmix64(amb ^ (static_cast<uint64_t>(tag) + 1));
      }
      info.ambiguity = amb;
      if (total >= 20 && best * 1000 >= total * 995) info.sure_tag = static_cast<int16_t>(best_tag);
      (*words)[key] = info;
    }
  }
};

Result<Tagger> TrainTagger(const std::vector<ConlluSentence>& train, const TaggerOptions& options,
                           std::ostream* log) {
  return TaggerTrainer::Train(train, options, log);
}

}  // namespace crosscheck::syntax

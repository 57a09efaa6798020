#include "syntax/parser_features.h"

#include <algorithm>
#include <string>

#include "syntax/ascii.h"
#include "syntax/hash.h"

namespace crosscheck::syntax {
namespace {

// Distance buckets: 1 2 3 4 5-6 7-9 10+.
uint64_t Bucket(int d) {
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

}  // namespace

SentenceAtoms::SentenceAtoms(const std::vector<std::string_view>& words,
                             const std::vector<std::string_view>& tags, const WordClusters& clusters) {
  const size_t n = words.size();
  word.resize(n + 2);
  tag.resize(n + 2);
  upos.resize(n + 2);
  word[0] = tag[0] = upos[0] = HashString("<ROOT>");
  word[n + 1] = tag[n + 1] = upos[n + 1] = 1;
  for (size_t i = 0; i < n; ++i) {
    word[i + 1] = HashString(LowerAscii(words[i]));
    tag[i + 1] = HashString(tags[i]);
    upos[i + 1] = HashString(tags[i].substr(0, tags[i].find('|')));
  }
  if (clusters.empty()) return;
  clus4.assign(n + 2, 1);
  clus6.assign(n + 2, 1);
  clus.assign(n + 2, 1);
  clus4[0] = clus6[0] = clus[0] = 2;
  for (size_t i = 0; i < n; ++i) {
    uint32_t path = clusters.Path(WordClusters::Key(words[i]));
    clus4[i + 1] = WordClusters::Prefix(path, 4) + 3ull;
    clus6[i + 1] = WordClusters::Prefix(path, 6) + 3ull;
    clus[i + 1] = path + 3ull;
  }
}

int ExtractParserFeatures(const ArcHybridState& st, const SentenceAtoms& a, uint64_t* out) {
  const int none = st.n() + 1;
  auto at = [none](int p) { return p < 0 ? none : p; };
  const int s0 = at(st.S(0)), s1 = at(st.S(1)), s2 = at(st.S(2));
  const int b0 = at(st.B(0)), b1 = at(st.B(1)), b2 = at(st.B(2));
  auto child = [&](int p, int (ArcHybridState::*get)(int) const) {
    return (p == none) ? none : at((st.*get)(p));
  };
  const int s0l1 = child(s0, &ArcHybridState::Left1), s0l2 = child(s0, &ArcHybridState::Left2);
  const int s0r1 = child(s0, &ArcHybridState::Right1), s0r2 = child(s0, &ArcHybridState::Right2);
  const int s1l1 = child(s1, &ArcHybridState::Left1), s1r1 = child(s1, &ArcHybridState::Right1);
  const int s1r2 = child(s1, &ArcHybridState::Right2);
  const int b0l1 = child(b0, &ArcHybridState::Left1), b0l2 = child(b0, &ArcHybridState::Left2);
  auto W = [&](int p) { return a.word[p]; };
  auto T = [&](int p) { return a.tag[p]; };
  auto U = [&](int p) { return a.upos[p]; };
  auto L = [&](int p) -> uint64_t { return p == none ? 1 : static_cast<uint64_t>(st.label(p) + 2); };
  auto WT = [&](int p) { return a.word[p] * 31 + a.tag[p]; };
  auto VL = [&](int p) -> uint64_t { return p == none ? 99 : static_cast<uint64_t>(st.NumLeft(p)); };
  auto VR = [&](int p) -> uint64_t { return p == none ? 99 : static_cast<uint64_t>(st.NumRight(p)); };
  auto LS = [&](int p) -> uint64_t { return p == none ? 1 : st.LeftLabels(p) + 2; };
  auto RS = [&](int p) -> uint64_t { return p == none ? 1 : st.RightLabels(p) + 2; };
  const uint64_t d = (s0 != none && b0 != none) ? Bucket(b0 - s0) : 0;
  const uint64_t d2 = (s0 != none && s1 != none) ? Bucket(s0 - s1) : 0;

  int k = 0;
  uint64_t t = 0;  // template id; incremented per template, so order is part of the format
  auto F = [&](uint64_t x, uint64_t y = 0, uint64_t z = 0) { out[k++] = Feat(++t, x, y, z); };
  // Unigrams.
  F(W(s0)); F(T(s0)); F(WT(s0));
  F(W(b0)); F(T(b0)); F(WT(b0));
  F(W(b1)); F(T(b1)); F(WT(b1));
  F(W(b2)); F(T(b2));
  F(W(s1)); F(T(s1)); F(WT(s1));
  F(W(s2)); F(T(s2));
  // Pairs.
  F(WT(s0), WT(b0)); F(WT(s0), W(b0)); F(W(s0), WT(b0)); F(WT(s0), T(b0)); F(T(s0), WT(b0));
  F(W(s0), W(b0)); F(T(s0), T(b0)); F(T(b0), T(b1));
  F(T(s1), T(s0)); F(W(s1), W(s0)); F(WT(s1), T(s0)); F(T(s1), WT(s0)); F(T(s1), T(b0));
  F(W(s1), W(b0)); F(WT(s1), WT(s0));
  // Triples of tags.
  F(T(b0), T(b1), T(b2)); F(T(s0), T(b0), T(b1)); F(T(s1), T(s0), T(b0)); F(T(s2), T(s1), T(s0));
  F(T(s0), T(s0l1), T(b0)); F(T(s0), T(s0r1), T(b0)); F(T(s0), T(b0), T(b0l1));
  F(T(s1), T(s0), T(s0l1)); F(T(s1), T(s0), T(s0r1)); F(T(s1), T(s1r1), T(s0));
  F(T(s1), T(s1l1), T(s0)); F(W(s0), T(b0), T(b1)); F(T(s0), W(b0), T(b1));
  F(W(s1), T(s0), T(b0)); F(T(s1), W(s0), T(b0));
  // Distance.
  F(W(s0), d); F(T(s0), d); F(W(b0), d); F(T(b0), d); F(W(s0), W(b0), d); F(T(s0), T(b0), d);
  F(T(s1), T(s0), d2); F(W(s1), d2); F(W(s0), d2); F(W(s1), W(s0), d2);
  // Valency.
  F(W(s0), VR(s0)); F(T(s0), VR(s0)); F(W(s0), VL(s0)); F(T(s0), VL(s0));
  F(W(b0), VL(b0)); F(T(b0), VL(b0)); F(W(s1), VR(s1)); F(T(s1), VR(s1)); F(T(s1), VL(s1));
  // Dependents.
  F(W(s0l1)); F(T(s0l1)); F(L(s0l1)); F(W(s0r1)); F(T(s0r1)); F(L(s0r1));
  F(W(b0l1)); F(T(b0l1)); F(L(b0l1)); F(W(s1l1)); F(T(s1l1)); F(L(s1l1));
  F(W(s1r1)); F(T(s1r1)); F(L(s1r1));
  F(W(s0l2)); F(T(s0l2)); F(L(s0l2)); F(W(s0r2)); F(T(s0r2)); F(L(s0r2));
  F(W(b0l2)); F(T(b0l2)); F(L(b0l2));
  F(T(s0), L(s0l1), L(s0l2)); F(T(s0), L(s0r1), L(s0r2)); F(T(b0), L(b0l1), L(b0l2));
  F(T(s1), L(s1r1), L(s1r2));
  F(T(s0), T(s0l1), T(s0l2)); F(T(s0), T(s0r1), T(s0r2)); F(T(b0), T(b0l1), T(b0l2));
  F(T(s1), T(s1r1), T(s1r2));
  F(W(s0), L(s0l1), T(b0)); F(W(s0), L(s0r1), T(b0)); F(T(s0), W(b0), L(b0l1));
  // Label sets.
  F(W(s0), LS(s0)); F(T(s0), LS(s0)); F(W(s0), RS(s0)); F(T(s0), RS(s0));
  F(W(b0), LS(b0)); F(T(b0), LS(b0)); F(W(s1), RS(s1)); F(T(s1), RS(s1)); F(T(s1), LS(s1));
  F(T(s0), RS(s0), T(b0)); F(T(s1), RS(s1), T(s0));
  // Coarse tags, for when the fine tag is wrong but the UPOS right.
  F(U(s0), U(b0)); F(U(s1), U(s0)); F(U(s0), U(b0), U(b1)); F(U(s1), U(s0), U(b0));
  F(W(s0), U(b0)); F(U(s0), W(b0)); F(U(s0), U(b0), d); F(U(b0), U(b1), U(b2));
  if (a.clus.empty()) return k;
  // Word clusters (Koo et al. 2008): words replaced by their classes, so
  // pairs seen with other members of a class carry over.
  auto C = [&](int p) { return a.clus[p]; };
  auto C4 = [&](int p) { return a.clus4[p]; };
  auto C6 = [&](int p) { return a.clus6[p]; };
  F(C(s0)); F(C(b0)); F(C(b1)); F(C(s1));
  F(C(s0), T(b0)); F(T(s0), C(b0)); F(C6(s0), C6(b0)); F(C(s0), C(b0));
  F(C4(s0), C4(b0), T(b1)); F(C6(s1), C6(s0)); F(C6(s0), T(b0), d); F(T(s0), C6(b0), d);
  F(C6(s0l1), T(s0)); F(C6(s0r1), T(s0)); F(C6(b0l1), T(b0)); F(C6(s1), T(s0), C6(b0));
  return k;
}

}  // namespace crosscheck::syntax

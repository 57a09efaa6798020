// The BIO tagging machinery shared by training and FindEntities: label ids,
// per-token atoms (word, shape, gazetteer hits), feature templates and the
// greedy left-to-right decoder.
//
// Labels: 0 is O; 1 + 2t is B-<type t>, 2 + 2t is I-<type t> (NerType
// order). Feature hashes are stored in model files: changing a template or an
// atom invalidates every model, so bump kNerModelVersion with it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ner/ner.h"
#include "syntax/perceptron.h"

namespace crosscheck::ner {

inline constexpr int kNumLabels = 1 + 2 * kNumEntityTypes;
inline constexpr int kOutside = 0;
// A training label meaning "annotation unreliable here": no update is made.
inline constexpr int kUnknownLabel = -1;

inline int BeginLabel(NerType t) { return 1 + 2 * static_cast<int>(t); }
inline int InsideLabel(NerType t) { return 2 + 2 * static_cast<int>(t); }
inline bool IsBegin(int label) { return label > 0 && label % 2 == 1; }
inline NerType LabelType(int label) { return static_cast<NerType>((label - 1) / 2); }
// "O", "B-person", "I-group", ...
std::string LabelName(int label);

// I-X may only follow B-X or I-X.
bool Allowed(int prev, int label);

// What the features see of one token.
struct TokenAtoms {
  uint64_t word = 0;     // as written
  uint64_t lower = 0;    // ASCII-lower-cased
  uint64_t shape = 0;    // Xxxx -> "Xxxx" (capped length), "dd.d", ...
  uint64_t short_shape = 0;  // repeats collapsed: "Xx", "d.d"
  std::vector<uint64_t> prefixes;  // 1..3 bytes of the lower form
  std::vector<uint64_t> suffixes;  // 1..4 bytes
  uint8_t place = 0;     // 0 none, 1 + kind*2 begins a place name, 2 + kind*2 inside
  uint64_t pos = 0;      // the tagger's "UPOS|XPOS", 0 without a tagger
  uint8_t demonym = 0;
  // The run of capitalized words (with inner "of", "and", "for", "the", ...)
  // holding the token: its first and last words (lower case) and where the
  // token sits in it (0 outside, 1 single, 2 first, 3 inside, 4 last). The
  // last word of "Ministry of Interior" or "Kurdish Red Crescent" says much
  // about the type of the whole name.
  uint64_t run_first = 0, run_last = 0;
  uint8_t run_pos = 0;   // 0 none, 1 begins a demonym, 2 inside one
  bool first = false;    // first token of the sentence
};

// Atoms of tokens [begin, end) of `doc` (one sentence); `gazetteer` and
// `tagger` may be null.
std::vector<TokenAtoms> ComputeAtoms(const Doc& doc, uint32_t begin, uint32_t end,
                                     const geo::Gazetteer* gazetteer, const syntax::Tagger* tagger);

// The label-independent features of token i, appended to `out`.
void StaticFeatures(const std::vector<TokenAtoms>& atoms, size_t i, std::vector<uint64_t>* out);
// The features on the previous two labels, appended to `out`.
void HistoryFeatures(const TokenAtoms& atom, int prev, int prev2, std::vector<uint64_t>* out);

// Greedy decoding under the BIO constraint.
std::vector<int> Decode(const syntax::WeightTable& weights, const std::vector<TokenAtoms>& atoms);

// The spans a BIO label sequence encodes (an I without its B starts a span),
// with token indexes shifted by `offset`.
std::vector<NamedSpan> SpansFromLabels(const std::vector<int>& labels, uint32_t offset);

// A Doc whose tokens are exactly `words` (joined by single spaces), as one
// sentence: how pre-tokenized training text meets the gazetteer matcher.
Doc WordsDoc(const std::vector<std::string>& words);

}  // namespace crosscheck::ner

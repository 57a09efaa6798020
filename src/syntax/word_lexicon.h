// A lexical dictionary for the tagger: lower-case word form -> the set of
// word classes (and inflections) a dictionary allows for it, as a bit mask.
//
// It is built once, at training time, from WordNet 3.0 (index.noun, .verb,
// .adj, .adv and the *.exc lists of irregular forms): each one-word lemma
// gives its class, and a small regular English morphology adds its inflected
// forms (noun plurals, verb -s/-ed/-ing, adjective -er/-est), each with a bit
// of its own. The tagger uses a word's mask as a feature, which tells it
// about words the treebank never showed ("reconnoitred" is a verb form,
// "glaucous" an adjective). The tagger model file carries the table (32-bit
// hashes of the forms and 16-bit masks, no text), so WordNet is needed only
// for training. (Bits for noun lemmas that WordNet's data.noun capitalizes,
// i.e. names, were tried and gained nothing.)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"
#include "syntax/model_file.h"

namespace crosscheck::syntax {

class WordLexicon {
 public:
  enum Bit : uint16_t {
    kNoun = 1 << 0,        // a noun lemma
    kNounPlural = 1 << 1,  // a noun plural (regular or from noun.exc)
    kVerb = 1 << 2,        // a verb lemma (base form)
    kVerb3sg = 1 << 3,     // verb + -s
    kVerbPast = 1 << 4,    // verb + -ed, or an irregular past (participle)
    kVerbIng = 1 << 5,     // verb + -ing
    kAdj = 1 << 6,         // an adjective lemma
    kAdjCmp = 1 << 7,      // adjective + -er
    kAdjSup = 1 << 8,      // adjective + -est
    kAdv = 1 << 9,         // an adverb lemma
    kAllBits = (1 << 10) - 1,
  };

  // The key of a word: a 32-bit hash of its ASCII lower case.
  static uint32_t Key(std::string_view word);
  // The key from HashString(lower case) (hash.h), which the tagger has anyway.
  static uint32_t KeyOfLowerHash(uint64_t lower_hash);

  uint16_t Mask(uint32_t key) const;
  uint16_t Mask(std::string_view word) const { return Mask(Key(word)); }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }

  // Adds `mask` to the word's mask.
  void Add(std::string_view word, uint16_t mask);

  // Reads WordNet's dict folder (index.noun/.verb/.adj/.adv, noun/verb/adj.exc).
  static Result<WordLexicon> ReadWordNet(const std::string& dir);

  // Inside a model file.
  void Save(ModelWriter* w) const;
  bool Load(ModelReader* r);

 private:
  void Insert(uint32_t key, uint16_t mask);  // ors into the table
  void Grow();
  // Open addressing, key 0 = empty slot (a key that hashes to 0 becomes 1).
  std::vector<uint32_t> keys_;
  std::vector<uint16_t> masks_;
  size_t size_ = 0;
};

}  // namespace crosscheck::syntax

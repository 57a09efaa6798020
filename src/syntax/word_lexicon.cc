#include "syntax/word_lexicon.h"

#include <algorithm>
#include <fstream>

#include "syntax/ascii.h"
#include "syntax/hash.h"

namespace crosscheck::syntax {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}
// "-y" after a consonant: "fly" -> "flies", "flied"; not "play".
bool ConsonantY(std::string_view s) { return s.size() >= 2 && s.back() == 'y' && !IsVowel(s[s.size() - 2]); }

// Noun plural and verb third person: "box" -> "boxes", "city" -> "cities",
// "hero" -> "heros", "heroes"; "cat" -> "cats".
std::vector<std::string> SForms(const std::string& w) {
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") || EndsWith(w, "sh")) {
    return {w + "es"};
  }
  if (ConsonantY(w)) return {w.substr(0, w.size() - 1) + "ies"};
  if (w.size() >= 2 && w.back() == 'o' && !IsVowel(w[w.size() - 2])) return {w + "s", w + "es"};
  return {w + "s"};
}

// "-ed": "bake" -> "baked", "try" -> "tried", "walk" -> "walked" (doubled
// consonants, "stopped", come from verb.exc).
std::string EdForm(const std::string& w) {
  if (EndsWith(w, "e")) return w + "d";
  if (ConsonantY(w)) return w.substr(0, w.size() - 1) + "ied";
  return w + "ed";
}

// "-ing": "bake" -> "baking", "die" -> "dying", "see" -> "seeing".
std::string IngForm(const std::string& w) {
  if (EndsWith(w, "ie")) return w.substr(0, w.size() - 2) + "ying";
  if (w.size() > 2 && EndsWith(w, "e") && !EndsWith(w, "ee") && !EndsWith(w, "oe") && !EndsWith(w, "ye")) {
    return w.substr(0, w.size() - 1) + "ing";
  }
  return w + "ing";
}

// Vowel groups, a rough syllable count: only short adjectives take -er/-est.
int Syllables(std::string_view w) {
  int n = 0;
  bool in_vowel = false;
  for (char c : w) {
    bool v = IsVowel(c) || c == 'y';
    if (v && !in_vowel) ++n;
    in_vowel = v;
  }
  return n;
}

// Comparative and superlative: "big" gets "biger" (the real "bigger" is in
// adj.exc), "nice" -> "nicer", "happy" -> "happier".
std::pair<std::string, std::string> ErEstForms(const std::string& w) {
  if (EndsWith(w, "e")) return {w + "r", w + "st"};
  if (ConsonantY(w)) {
    std::string stem = w.substr(0, w.size() - 1);
    return {stem + "ier", stem + "iest"};
  }
  return {w + "er", w + "est"};
}

// A lemma worth a row: one word of letters, digits, hyphens, apostrophes or dots.
bool UsableLemma(std::string_view w) {
  if (w.empty()) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '\'' || c == '.';
  });
}

bool OpenFile(const std::string& path, std::ifstream* in, Status* error) {
  in->open(path);
  if (!*in) {
    *error = Status::NotFound(path + ": cannot open WordNet file");
    return false;
  }
  return true;
}

}  // namespace

uint32_t WordLexicon::KeyOfLowerHash(uint64_t lower_hash) {
  uint32_t k = static_cast<uint32_t>(Fmix64(lower_hash ^ 0x77a3d1c5e9b24f61ULL) >> 32);
  return k == 0 ? 1 : k;
}

uint32_t WordLexicon::Key(std::string_view word) { return KeyOfLowerHash(HashString(LowerAscii(word))); }

uint16_t WordLexicon::Mask(uint32_t key) const {
  if (keys_.empty()) return 0;
  const size_t m = keys_.size() - 1;
  for (size_t i = key & m;; i = (i + 1) & m) {
    if (keys_[i] == key) return masks_[i];
    if (keys_[i] == 0) return 0;
  }
}

void WordLexicon::Grow() {
  std::vector<uint32_t> keys = std::move(keys_);
  std::vector<uint16_t> masks = std::move(masks_);
  size_t cap = keys.empty() ? 1024 : keys.size() * 2;
  keys_.assign(cap, 0);
  masks_.assign(cap, 0);
  size_ = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] != 0) Insert(keys[i], masks[i]);
  }
}

void WordLexicon::Insert(uint32_t key, uint16_t mask) {
  if ((size_ + 1) * 2 > keys_.size()) Grow();
  const size_t m = keys_.size() - 1;
  for (size_t i = key & m;; i = (i + 1) & m) {
    if (keys_[i] == key) {
      masks_[i] |= mask;
      return;
    }
    if (keys_[i] == 0) {
      keys_[i] = key;
      masks_[i] = mask;
      ++size_;
      return;
    }
  }
}

void WordLexicon::Add(std::string_view word, uint16_t mask) {
  if (mask != 0) Insert(Key(word), mask);
}

Result<WordLexicon> WordLexicon::ReadWordNet(const std::string& dir) {
  WordLexicon lex;
  Status error = Status::Ok();
  struct Pos {
    const char* name;
    uint16_t bit;
  };
  const Pos kPos[] = {{"noun", kNoun}, {"verb", kVerb}, {"adj", kAdj}, {"adv", kAdv}};
  for (const Pos& pos : kPos) {
    std::ifstream in;
    if (!OpenFile(dir + "/index." + pos.name, &in, &error)) return error;
    std::string line;
    size_t lemmas = 0;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // the license header
      std::string lemma = line.substr(0, line.find(' '));
      if (!UsableLemma(lemma)) continue;  // multi-word entries ("a_cappella") and oddities
      ++lemmas;
      lex.Add(lemma, pos.bit);
      if (pos.bit == kNoun) {
        for (const std::string& f : SForms(lemma)) lex.Add(f, kNounPlural);
      } else if (pos.bit == kVerb) {
        for (const std::string& f : SForms(lemma)) lex.Add(f, kVerb3sg);
        lex.Add(EdForm(lemma), kVerbPast);
        lex.Add(IngForm(lemma), kVerbIng);
      } else if (pos.bit == kAdj && Syllables(lemma) <= 2 && lemma.find('-') == std::string::npos) {
        auto [er, est] = ErEstForms(lemma);
        lex.Add(er, kAdjCmp);
        lex.Add(est, kAdjSup);
      }
    }
    if (lemmas == 0) return Status::InvalidInput(dir + "/index." + pos.name + ": no WordNet entries");
  }
  // Irregular forms: "<form> <lemma> [<lemma>...]".
  const char* kExc[] = {"noun", "verb", "adj"};
  for (const char* name : kExc) {
    std::ifstream in;
    if (!OpenFile(dir + "/" + name + ".exc", &in, &error)) return error;
    std::string line;
    while (std::getline(in, line)) {
      std::string form = line.substr(0, line.find(' '));
      if (!UsableLemma(form)) continue;
      std::string_view n = name;
      if (n == "noun") {
        lex.Add(form, kNounPlural);
      } else if (n == "verb") {
        lex.Add(form, EndsWith(form, "ing") ? kVerbIng : kVerbPast);
      } else if (EndsWith(form, "st")) {
        lex.Add(form, kAdjSup);
      } else if (EndsWith(form, "r")) {
        lex.Add(form, kAdjCmp);
      }
    }
  }
  return lex;
}

void WordLexicon::Save(ModelWriter* w) const {
  std::vector<std::pair<uint32_t, uint16_t>> rows;
  rows.reserve(size_);
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] != 0) rows.emplace_back(keys_[i], masks_[i]);
  }
  std::sort(rows.begin(), rows.end());  // deterministic files
  std::vector<uint32_t> keys;
  std::vector<uint16_t> masks;
  for (const auto& [k, m] : rows) {
    keys.push_back(k);
    masks.push_back(m);
  }
  w->PutVector(keys);
  w->PutVector(masks);
}

bool WordLexicon::Load(ModelReader* r) {
  std::vector<uint32_t> keys;
  std::vector<uint16_t> masks;
  if (!r->GetVector(&keys) || !r->GetVector(&masks) || keys.size() != masks.size()) return false;
  keys_.clear();
  masks_.clear();
  size_ = 0;
  size_t cap = 1024;
  while (cap < keys.size() * 2 + 2) cap *= 2;
  keys_.assign(keys.empty() ? 0 : cap, 0);
  masks_.assign(keys_.size(), 0);
  for (size_t i = 0; i < keys.size(); ++i) {
    // Keys strictly increasing (so each once) and never 0; masks of known bits.
    if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1])) return false;
    if (masks[i] == 0 || (masks[i] & ~kAllBits) != 0) return false;
    Insert(keys[i], masks[i]);
  }
  return true;
}

}  // namespace crosscheck::syntax

// Feature hashing for the tagger and parser.
//
// Features are 64-bit hashes of (template id, atom values). The functions are
// fixed here (not std::hash) because trained model files store the hashes:
// changing them invalidates every model, so bump the model format version too.
#pragma once

#include <cstdint>
#include <string_view>

namespace crosscheck::syntax {

// The 64-bit finalizer of MurmurHash3: a cheap, well-mixing bijection.
inline uint64_t Fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// FNV-1a over the bytes, then mixed.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Fmix64(h);
}

// A feature from a template id and up to three atoms.
inline uint64_t Feat(uint64_t templ, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = Fmix64(templ * 0x9e3779b97f4a7c15ULL + a);
  h = Fmix64(h ^ (b * 0xbf58476d1ce4e5b9ULL));
  if (c != 0) h = Fmix64(h ^ (c * 0x94d049bb133111ebULL));
  return h;
}

}  // namespace crosscheck::syntax

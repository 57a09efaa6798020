#include "ner/tagging.h"

#include <algorithm>
#include <string_view>

#include "syntax/hash.h"

namespace crosscheck::ner {

using syntax::Feat;
using syntax::HashString;

std::string LabelName(int label) {
  if (label == kOutside) return "O";
  return std::string(IsBegin(label) ? "B-" : "I-") + std::string(NerTypeName(LabelType(label)));
}

bool Allowed(int prev, int label) {
  if (label == kOutside || IsBegin(label)) return true;
  return prev > 0 && LabelType(prev) == LabelType(label);
}

namespace {

char ShapeChar(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';  // part of a non-ASCII character
  return static_cast<char>(c);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Boundary atoms for positions before and after the sentence.
const uint64_t kStart = HashString("<s>");
const uint64_t kEnd = HashString("</s>");

}  // namespace

std::vector<TokenAtoms> ComputeAtoms(const Doc& doc, uint32_t begin, uint32_t end,
                                     const geo::Gazetteer* gazetteer, const syntax::Tagger* tagger) {
  std::vector<TokenAtoms> atoms(end - begin);
  if (tagger != nullptr) {
    std::vector<std::string_view> words;
    for (uint32_t i = begin; i < end; ++i) words.push_back(doc.token_text(i));
    std::vector<int> tags;
    tagger->Tag(words, &tags);
    for (size_t i = 0; i < tags.size() && i < atoms.size(); ++i) atoms[i].pos = HashString(tagger->TagName(tags[i]));
  }
  for (uint32_t i = begin; i < end; ++i) {
    TokenAtoms& a = atoms[i - begin];
    const std::string_view text = doc.token_text(i);
    const std::string lower = Lower(text);
    a.word = HashString(text);
    a.lower = HashString(lower);
    std::string shape, short_shape;
    for (unsigned char c : text) {
      const char s = ShapeChar(c);
      if (shape.size() < 6) shape.push_back(s);
      if (short_shape.empty() || short_shape.back() != s) short_shape.push_back(s);
    }
    a.shape = HashString(shape);
    a.short_shape = HashString(short_shape);
    for (size_t k = 1; k <= 3 && k < lower.size(); ++k) a.prefixes.push_back(HashString(lower.substr(0, k)));
    for (size_t k = 1; k <= 4 && k < lower.size(); ++k) {
      a.suffixes.push_back(HashString(lower.substr(lower.size() - k)));
    }
    a.first = i == begin;
  }
  // Capitalized runs.
  auto capital = [&](uint32_t i) {
    const std::string_view w = doc.token_text(i);
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  };
  auto connector = [&](uint32_t i) {
    const std::string_view w = doc.token_text(i);
    return w == "of" || w == "and" || w == "for" || w == "the" || w == "de" || w == "al" || w == "&" ||
           w == "on" || w == "la" || w == "du" || w == "von" || w == "van" || w == "bin";
  };
  for (uint32_t i = begin; i < end;) {
    if (!capital(i)) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < end) {
      if (capital(j)) {
        ++j;
      } else if (connector(j) && j + 1 < end && capital(j + 1)) {
        j += 2;
      } else {
        break;
      }
    }
    const uint64_t first = atoms[i - begin].lower, last = atoms[j - 1 - begin].lower;
    for (uint32_t k = i; k < j; ++k) {
      TokenAtoms& a = atoms[k - begin];
      a.run_first = first;
      a.run_last = last;
      a.run_pos = j - i == 1 ? 1 : k == i ? 2 : k + 1 == j ? 4 : 3;
    }
    i = j;
  }
  if (gazetteer == nullptr) return atoms;
  for (uint32_t i = begin; i < end; ++i) {
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    if (auto m = gazetteer->MatchAt(doc, i); m && m->place != nullptr && m->tokens > 0) {
      const auto kind = static_cast<uint8_t>(m->place->kind);
      TokenAtoms& a = atoms[i - begin];
      if (a.place == 0 || a.place % 2 == 0) a.place = static_cast<uint8_t>(1 + kind * 2);
      for (size_t k = 1; k < m->tokens && i + k < end; ++k) {
        uint8_t& p = atoms[i + k - begin].place;
        if (p == 0) p = static_cast<uint8_t>(2 + kind * 2);
      }
    }
    if (auto d = gazetteer->MatchDemonymAt(doc, i); d && d->second > 0) {
      if (atoms[i - begin].demonym == 0) atoms[i - begin].demonym = 1;
      for (size_t k = 1; k < d->second && i + k < end; ++k) {
        if (atoms[i + k - begin].demonym == 0) atoms[i + k - begin].demonym = 2;
      }
    }
  }
  return atoms;
}

void StaticFeatures(const std::vector<TokenAtoms>& atoms, size_t i, std::vector<uint64_t>* out) {
  const TokenAtoms& a = atoms[i];
  const size_t n = atoms.size();
  auto lower_at = [&](long j) -> uint64_t {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(n)) return kEnd;
    return atoms[j].lower;
  };
  auto sshape_at = [&](long j) -> uint64_t {
    if (j < 0) return kStart;
    if (j >= static_cast<long>(n)) return kEnd;
    return atoms[j].short_shape;
  };
  auto place_at = [&](long j) -> uint64_t {
    if (j < 0 || j >= static_cast<long>(n)) return 255;
    return atoms[j].place;
  };
  auto demonym_at = [&](long j) -> uint64_t {
    if (j < 0 || j >= static_cast<long>(n)) return 255;
    return atoms[j].demonym;
  };
  const long k = static_cast<long>(i);
  out->push_back(Feat(1, 1));
  out->push_back(Feat(2, a.lower));
  out->push_back(Feat(3, lower_at(k - 1)));
  out->push_back(Feat(4, lower_at(k + 1)));
  out->push_back(Feat(5, lower_at(k - 2)));
  out->push_back(Feat(6, lower_at(k + 2)));
  out->push_back(Feat(7, a.word));
  out->push_back(Feat(8, a.shape));
  out->push_back(Feat(9, sshape_at(k - 1), a.short_shape));
  out->push_back(Feat(10, a.short_shape, sshape_at(k + 1)));
  for (size_t p = 0; p < a.prefixes.size(); ++p) out->push_back(Feat(11, p + 1, a.prefixes[p]));
  for (size_t s = 0; s < a.suffixes.size(); ++s) out->push_back(Feat(12, s + 1, a.suffixes[s]));
  out->push_back(Feat(13, lower_at(k - 1), a.lower));
  out->push_back(Feat(14, a.lower, lower_at(k + 1)));
  out->push_back(Feat(15, a.place + 1));
  out->push_back(Feat(16, a.place + 1, a.short_shape));
  out->push_back(Feat(17, place_at(k - 1) + 1));
  out->push_back(Feat(18, place_at(k + 1) + 1));
  out->push_back(Feat(19, a.demonym + 1));
  out->push_back(Feat(20, demonym_at(k - 1) + 1));
  out->push_back(Feat(21, demonym_at(k + 1) + 1));
  out->push_back(Feat(22, a.first ? 2 : 1, a.short_shape));
  out->push_back(Feat(23, sshape_at(k - 1), a.short_shape, sshape_at(k + 1)));
  out->push_back(Feat(24, lower_at(k - 1), a.short_shape));
  out->push_back(Feat(25, a.short_shape, lower_at(k + 1)));
  out->push_back(Feat(26, lower_at(k - 3)));
  out->push_back(Feat(27, lower_at(k + 3)));
  out->push_back(Feat(28, k > 0 ? atoms[k - 1].word : kStart));
  out->push_back(Feat(29, k + 1 < static_cast<long>(n) ? atoms[k + 1].word : kEnd));
  if (a.run_pos != 0) {
    out->push_back(Feat(50, a.run_last, a.run_pos));
    out->push_back(Feat(51, a.run_first, a.run_pos));
    out->push_back(Feat(52, a.run_last));
  }
  if (a.pos != 0) {
    auto pos_at = [&](long j) -> uint64_t {
      if (j < 0) return kStart;
      if (j >= static_cast<long>(n)) return kEnd;
      return atoms[j].pos;
    };
    out->push_back(Feat(40, a.pos));
    out->push_back(Feat(41, pos_at(k - 1)));
    out->push_back(Feat(42, pos_at(k + 1)));
    out->push_back(Feat(43, pos_at(k - 1), a.pos));
    out->push_back(Feat(44, a.pos, pos_at(k + 1)));
    out->push_back(Feat(45, a.pos, a.short_shape));
    out->push_back(Feat(46, a.pos, a.place + 1));
  }
}

void HistoryFeatures(const TokenAtoms& a, int prev, int prev2, std::vector<uint64_t>* out) {
  const auto p1 = static_cast<uint64_t>(prev + 2);
  const auto p2 = static_cast<uint64_t>(prev2 + 2);
  out->push_back(Feat(30, p1));
  out->push_back(Feat(31, p2, p1));
  out->push_back(Feat(32, p1, a.lower));
  out->push_back(Feat(33, p1, a.short_shape));
  out->push_back(Feat(34, p1, a.place + 1));
  if (a.run_pos != 0) out->push_back(Feat(35, p1, a.run_last));
}

std::vector<int> Decode(const syntax::WeightTable& weights, const std::vector<TokenAtoms>& atoms) {
  std::vector<int> labels(atoms.size(), kOutside);
  std::vector<uint64_t> feats;
  float scores[kNumLabels];
  int prev = -2, prev2 = -2;  // -2: before the sentence
  for (size_t i = 0; i < atoms.size(); ++i) {
    feats.clear();
    StaticFeatures(atoms, i, &feats);
    HistoryFeatures(atoms[i], prev, prev2, &feats);
    std::fill(scores, scores + kNumLabels, 0.0f);
    weights.Score(feats.data(), feats.size(), scores);
    int best = kOutside;
    for (int l = 1; l < kNumLabels; ++l) {
      if (Allowed(prev, l) && scores[l] > scores[best]) best = l;
    }
    labels[i] = best;
    prev2 = prev;
    prev = best;
  }
  return labels;
}

std::vector<NamedSpan> SpansFromLabels(const std::vector<int>& labels, uint32_t offset) {
  std::vector<NamedSpan> spans;
  for (size_t i = 0; i < labels.size(); ++i) {
    const int l = labels[i];
    if (l <= kOutside) continue;
    const bool continues = !IsBegin(l) && !spans.empty() && spans.back().token_end == offset + i &&
                           spans.back().type == LabelType(l);
    if (continues) {
      spans.back().token_end = static_cast<uint32_t>(offset + i + 1);
    } else {
      spans.push_back({static_cast<uint32_t>(offset + i), static_cast<uint32_t>(offset + i + 1), LabelType(l)});
    }
  }
  return spans;
}

Doc WordsDoc(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& w : words) {
    if (!text.empty()) text.push_back(' ');
    text += w;
  }
  Doc doc(text);
  uint32_t pos = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    Token t;
    t.begin = pos;
    t.end = static_cast<uint32_t>(pos + w.size());
    pos = t.end + 1;
    t.space_before = i > 0;
    t.paragraph_start = i == 0;
    t.line_start = i == 0;
    const auto c = w.empty() ? static_cast<unsigned char>(' ') : static_cast<unsigned char>(w[0]);
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
    if (w == "\"" || w == "``" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x98") {
      t.kind = TokenKind::kQuoteOpen;
    } else if (w == "''" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x99") {
      t.kind = TokenKind::kQuoteClose;
    } else if (c >= '0' && c <= '9') {
      t.kind = TokenKind::kNumber;
    } else if (letter) {
      t.kind = TokenKind::kWord;
    } else {
      t.kind = TokenKind::kPunct;
    }
    t.capitalized = c >= 'A' && c <= 'Z';
    t.lower = Lower(w);
    t.lemma = t.lower;
    doc.tokens.push_back(std::move(t));
  }
  if (!words.empty()) {
    doc.sentences.push_back({0, static_cast<uint32_t>(text.size()), 0, static_cast<uint32_t>(words.size()), 0});
  }
  return doc;
}

}  // namespace crosscheck::ner

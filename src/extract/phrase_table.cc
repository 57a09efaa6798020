#include "extract/phrase_table.h"

#include <sstream>

namespace crosscheck {

Result<Pattern> ParsePattern(std::string_view text) {
  Pattern pattern;
  pattern.source = std::string(text);
  std::istringstream words{std::string(text)};
  std::string word;
  bool gap = false;
  while (words >> word) {
    if (word == "~") {
      if (pattern.items.empty()) return Status::InvalidInput("pattern starts with '~'");
      gap = true;
      continue;
    }
    PatternItem item;
    item.gap_before = gap;
    gap = false;
    if (word[0] == '=') {
      item.exact = true;
      word = word.substr(1);
    }
    std::string alt;
    std::istringstream alts(word);
    while (std::getline(alts, alt, '|')) {
      if (!alt.empty()) item.words.push_back(alt);
    }
    if (item.words.empty()) return Status::InvalidInput("empty pattern item in '" + pattern.source + "'");
    pattern.items.push_back(std::move(item));
  }
  if (pattern.items.empty()) return Status::InvalidInput("empty pattern");
  if (gap) return Status::InvalidInput("pattern ends with '~'");
  return pattern;
}

size_t PhraseTable::FilterBit(std::string_view word) {
  if (word.empty()) return 0;
  const uint32_t first = static_cast<unsigned char>(word.front());
  const uint32_t last = static_cast<unsigned char>(word.back());
  const uint32_t mixed = (first * 0x9E3779B1u) ^ (last * 0x85EBCA77u) ^ (static_cast<uint32_t>(word.size()) * 0xC2B2AE3Du);
  return (mixed >> 16) % kFilterBits;
}

void PhraseTable::Add(Pattern pattern, size_t value) {
  const size_t index = entries_.size();
  if (first_word_filter_.empty()) first_word_filter_.assign(kFilterBits / 64, 0);
  for (const auto& w : pattern.items.front().words) {
    by_first_word_[w].push_back(index);
    const size_t bit = FilterBit(w);
    first_word_filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  entries_.push_back({std::move(pattern), value});
}

bool PhraseTable::ItemMatches(const PatternItem& item, const Token& token) {
  for (const auto& w : item.words) {
    if (token.lower == w) return true;
    if (!item.exact && token.lemma == w) return true;
    if (!item.exact && IsUnknownPlural(token, w)) return true;
  }
  return false;
}

// "pushbacks": a plural of a word the lemmatizer's dictionary (WordNet) does
// not know keeps its -s; it is still the plural of the pattern's noun.
bool PhraseTable::IsUnknownPlural(const Token& token, std::string_view lemma) {
  return token.lemma == token.lower && token.lower.size() == lemma.size() + 1 && token.lower.back() == 's' &&
         token.lower.starts_with(lemma);
}

size_t PhraseTable::MatchEnd(const Doc& doc, const Pattern& pattern, size_t pos, size_t limit) {
  for (size_t k = 0; k < pattern.items.size(); ++k) {
    const PatternItem& item = pattern.items[k];
    if (pos < limit && ItemMatches(item, doc.tokens[pos])) {
      ++pos;
      continue;
    }
    // Up to kMaxGap words may stand before this item; words only, no punctuation.
    if (item.gap_before) {
      size_t skip = pos;
      while (skip < limit && skip < pos + kMaxGap &&
             (doc.tokens[skip].kind == TokenKind::kWord || doc.tokens[skip].kind == TokenKind::kNumber) &&
             !ItemMatches(item, doc.tokens[skip])) {
        ++skip;
      }
      if (skip > pos && skip < limit && ItemMatches(item, doc.tokens[skip])) {
        pos = skip + 1;
        continue;
      }
    }
    return 0;
  }
  return pos;
}

std::optional<PhraseMatch> PhraseTable::LongestAt(const Doc& doc, size_t begin, size_t limit) const {
  if (begin >= limit) return std::nullopt;
  const Token& t = doc.tokens[begin];
  std::optional<PhraseMatch> best;
  auto consider = [&](const std::string& key) {
    if (!MayStart(key)) return;
    auto it = by_first_word_.find(key);
    if (it == by_first_word_.end()) return;
    for (size_t index : it->second) {
      const size_t end = MatchEnd(doc, entries_[index].pattern, begin, limit);
      if (end > begin && (!best || end > best->end)) {
        best = PhraseMatch{begin, end, entries_[index].value, end - begin > entries_[index].pattern.items.size()};
      }
    }
  };
  consider(t.lower);
  if (t.lemma != t.lower) consider(t.lemma);
  if (t.lemma == t.lower && t.lower.size() > 3 && t.lower.back() == 's') consider(t.lower.substr(0, t.lower.size() - 1));
  return best;
}

std::vector<PhraseMatch> PhraseTable::FindAll(const Doc& doc, size_t begin, size_t limit) const {
  std::vector<PhraseMatch> out;
  for (size_t i = begin; i < limit;) {
    if (auto m = LongestAt(doc, i, limit)) {
      out.push_back(*m);
      i = m->end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace crosscheck

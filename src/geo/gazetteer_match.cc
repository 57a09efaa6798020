// Gazetteer::MatchAt and MatchDemonymAt: longest-match lookup of place names
// and demonyms in a tokenized Doc.
//
// Design: from the start token, the matcher turns tokens into key words the
// same way name_key.cc turns gazetteer names into keys (folding, splitting at
// hyphens, dropping Arabic articles), stopping at punctuation, the sentence end, or
// once it has as many words as the longest name beginning with the first
// word. Later words may be lower-case ("Souq al-Juma", "Port of Spain",
// "Zaatari refugee camp"). It then tries the collected prefixes longest first against the key
// index. Each call costs a few hash lookups, so running it at every token is
// cheap; calls that start on a lower-case word return at once.
#include <algorithm>
#include <array>

#include "geo/gazetteer.h"
#include "geo/name_key.h"

namespace crosscheck::geo {
namespace {

constexpr size_t kMaxNameWords = 8;

bool StartsSentence(const Doc& doc, size_t i) {
  if (i == 0 || doc.tokens[i].paragraph_start) return true;
  if (!doc.sentences.empty()) {
    const auto it = std::lower_bound(
        doc.sentences.begin(), doc.sentences.end(), i,
        [](const Sentence& s, size_t index) { return s.token_begin < index; });
    return it != doc.sentences.end() && it->token_begin == i;
  }
  const std::string_view prev = doc.token_text(i - 1);
  return prev == "." || prev == "!" || prev == "?" || prev == ":" || prev == ";" || prev == "...";
}

// True when token i opens its sentence, ignoring opening quotes and brackets.
bool IsSentenceInitial(const Doc& doc, size_t i) {
  while (i > 0) {
    const Token& prev = doc.tokens[i - 1];
    const std::string_view text = doc.token_text(i - 1);
    if (StartsSentence(doc, i)) return true;
    if (prev.kind != TokenKind::kQuoteOpen && text != "(" && text != "[") return false;
    --i;
  }
  return true;
}

// A key word collected from the text.
struct TextWord {
  std::string word;
  size_t token_end;    // one past the token holding the word
  bool had_article;    // an article was dropped before this word
};

bool AllCapitals(std::string_view text) {
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

// Strips an English possessive ("Libya's" -> "Libya"). Short stems keep the
// apostrophe, which then belongs to the name ("Ra's Lanuf").
std::string_view StripPossessive(std::string_view text, bool* stripped) {
  *stripped = false;
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'S", "\xE2\x80\x99S"}) {
    if (text.ends_with(suffix) && text.size() - suffix.size() > 2) {
      *stripped = true;
      return text.substr(0, text.size() - suffix.size());
    }
  }
  return text;
}

// A possessive 's written against the word before it ("Cox" "'s").
bool GluedPossessiveAt(const Doc& doc, size_t j) {
  if (j >= doc.tokens.size() || doc.tokens[j].space_before) return false;
  const std::string_view text = doc.token_text(j);
  return text == "'s" || text == "\xE2\x80\x99s";
}

// Collects up to `limit_for` words starting at token `start`; see the file
// comment. Returns an empty vector when the first word is not capitalized.
// With join_possessive, a glued possessive joins the word before it, as the
// names' keys spell it ("Cox's Bazar" is "coxs bazar"); without, it ends
// the name ("Libya's capital").
template <typename LimitFn>
std::vector<TextWord> CollectWords(const Doc& doc, size_t start, LimitFn limit_for, bool join_possessive = false,
                                   bool* stopped_at_possessive = nullptr) {
  if (stopped_at_possessive) *stopped_at_possessive = false;
  std::vector<TextWord> words;
  size_t limit = kMaxNameWords;
  std::optional<NamePiece> pending;  // a possible article awaiting the next word
  size_t pending_end = 0;
  bool article = false;
  bool done = false;
  auto emit = [&](NamePiece piece, size_t token_end) {
    // Only the first word must be capitalized: the whole key has to exist,
    // which is what keeps "Zaatari refugee camp" from matching at random.
    if (words.empty() && !piece.upper) {
      done = true;
      return;
    }
    words.push_back({std::move(piece.word), token_end, article});
    if (words.size() == 1) limit = limit_for(words[0].word);
    if (words.size() >= limit && !(join_possessive && GluedPossessiveAt(doc, token_end))) done = true;
  };
  auto offer = [&](NamePiece piece, size_t token_end) {
    if (pending) {
      // Stand-alone "as", "at", "an" are English; only attached ones are articles.
      const bool droppable = !IsEnglishArticleForm(pending->word) || pending->hyphen_after;
      if (droppable && IsArticle(pending->word, piece.word)) {
        article = true;
      } else {
        emit(std::move(*pending), pending_end);
        if (done) return;
      }
      pending.reset();
    }
    if (IsArticleForm(piece.word)) {
      pending = std::move(piece);
      pending_end = token_end;
      return;
    }
    emit(std::move(piece), token_end);
  };
  const size_t n = doc.tokens.size();
  for (size_t j = start; j < n && !done; ++j) {
    const Token& t = doc.tokens[j];
    const std::string_view text = doc.token_text(j);
    if (j > start) {
      if (StartsSentence(doc, j)) break;
      if (GluedPossessiveAt(doc, j) && !pending && !words.empty() && words.back().token_end == j) {
        if (!join_possessive) {
          if (stopped_at_possessive) *stopped_at_possessive = true;
          break;
        }
        words.back().word += 's';
        words.back().token_end = j + 1;
        if (words.size() == 1) limit = limit_for(words[0].word);
        done = words.size() >= limit;
        continue;
      }
      const bool glued = !t.space_before && j + 1 < n && !doc.tokens[j + 1].space_before;
      if (t.kind == TokenKind::kPunct && glued && (text == "-" || text == "'")) continue;
      if (text == "." && !t.space_before && doc.token_text(j - 1).size() <= 3) continue;  // "St."
      if (t.kind != TokenKind::kWord) break;
      if (!t.space_before && (text.starts_with("'") || text.starts_with("\xE2\x80\x99"))) break;
    } else if (t.kind != TokenKind::kWord) {
      break;
    }
    bool possessive = false;
    std::vector<NamePiece> pieces = SplitPieces(StripPossessive(text, &possessive));
    if (possessive && join_possessive && !pieces.empty()) {
      pieces.back().word += 's';  // "Cox's" as one token
      possessive = false;
    }
    for (NamePiece& piece : pieces) {
      offer(std::move(piece), j + 1);
      if (done) break;
    }
    if (possessive) {
      if (stopped_at_possessive) *stopped_at_possessive = true;
      break;
    }
  }
  if (pending && !done) emit(std::move(*pending), pending_end);
  return words;
}

// The key word of a token made only of ASCII letters and digits, or false
// for any other token. For such a token SplitPieces yields exactly this one
// piece, and StripPossessive leaves it alone.
bool PlainAsciiWord(std::string_view text, std::string* word, bool* upper) {
  if (text.empty()) return false;
  word->clear();
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      word->push_back(static_cast<char>(c + 32));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word->push_back(c);
    } else {
      return false;
    }
  }
  *upper = text[0] >= 'A' && text[0] <= 'Z';
  FoldFinalAh(word);
  return true;
}

// "Red Sea state", "Red Sea governorate": the noun after the name says it is
// the region, not the sea (or the city) of the same name.
bool IsRegionNoun(std::string_view lower) {
  return lower == "state" || lower == "governorate" || lower == "province" || lower == "region" ||
         lower == "district" || lower == "county" || lower == "department" || lower == "prefecture";
}

void PreferRegion(std::vector<const Place*>* candidates) {
  const auto region = std::find_if(candidates->begin(), candidates->end(),
                                   [](const Place* p) { return p->kind == PlaceKind::kAdmin1; });
  if (region != candidates->end()) std::rotate(candidates->begin(), region, region + 1);
}

}  // namespace

std::optional<PlaceMatch> Gazetteer::MatchAt(const Doc& doc, size_t token_index,
                                             std::string_view prefer_country) const {
  if (token_index >= doc.tokens.size()) return std::nullopt;
  const Token& first = doc.tokens[token_index];
  if (first.kind != TokenKind::kWord) return std::nullopt;
  // Most calls start on a word that begins no place name: settle those
  // without CollectWords. A plain word that is not an article form is the
  // first key word itself; CollectWords would stop at once if it is not
  // capitalized, and would try only its one-word key if no longer key
  // starts with it.
  {
    std::string w;
    bool upper = false;
    if (PlainAsciiWord(doc.token_text(token_index), &w, &upper) && !IsArticleForm(w)) {
      if (!upper) return std::nullopt;
      if (!max_words_.contains(w) && !by_key_.contains(w) && !GluedPossessiveAt(doc, token_index + 1)) {
        return std::nullopt;
      }
    }
  }
  const auto limit_for = [&](const std::string& w) {
    const auto it = max_words_.find(w);
    return it == max_words_.end() ? size_t{0} : size_t{it->second};
  };
  const auto match_words = [&](const std::vector<TextWord>& words, size_t min_words) -> std::optional<PlaceMatch> {
    bool sentence_initial = false;
    bool sentence_checked = false;
    for (size_t len = words.size(); len >= min_words && len >= 1; --len) {
      std::string key = words[0].word;
      for (size_t k = 1; k < len; ++k) key += ' ' + words[k].word;
      const auto it = by_key_.find(key);
      if (it == by_key_.end()) continue;
      const size_t token_end = words[len - 1].token_end;
      const uint32_t span_begin = first.begin;
      const uint32_t span_end = doc.tokens[token_end - 1].end;
      const bool caps = AllCapitals(doc.span_text(span_begin, span_end));
      // "UN", "AU", "MSF" written in capitals are acronyms, not the towns Un,
      // Au or Msf; a dateline at a paragraph's start ("GAO, Mali -") still is
      // a place, but "UN monitors said" opening a paragraph is not a dateline.
      const bool dateline = first.paragraph_start && token_end < doc.tokens.size() &&
                            (doc.token_text(token_end) == "," || doc.token_text(token_end) == "-" ||
                             doc.token_text(token_end) == "(");
      const bool short_caps = caps && len == 1 && span_end - span_begin <= 3 && !dateline;
      std::vector<Entry> kept;
      for (const Entry& e : it->second) {
        if (e.acronym && !caps) continue;
        if (short_caps && !e.acronym) continue;
        const Place& p = places_[e.place];
        if (e.common) {
          // The common-word rule, match-time half (see gazetteer.h).
          // ("Plateau state", "Lakes state": a region's noun after the common word names the region.)
          const bool region_named = p.kind == PlaceKind::kAdmin1 && token_end < doc.tokens.size() &&
                                    IsRegionNoun(doc.tokens[token_end].lower);
          const bool strong = p.kind == PlaceKind::kLocal || p.kind == PlaceKind::kNatural ||
                              p.kind == PlaceKind::kCountry || region_named;
          if (!strong && !p.is_capital() && p.population < kCommonWordMinPopulation) continue;
          if (!sentence_checked) {
            sentence_initial = IsSentenceInitial(doc, token_index);
            sentence_checked = true;
          }
          if (!strong && sentence_initial) continue;
        }
        kept.push_back(e);
      }
      if (kept.empty()) continue;
      PlaceMatch match;
      match.candidates = Rank(kept, words[len - 1].had_article, prefer_country);
      bool region_noun = false;
      if (token_end < doc.tokens.size() && IsRegionNoun(doc.tokens[token_end].lower)) {
        PreferRegion(&match.candidates);
        region_noun = match.candidates.front()->kind == PlaceKind::kAdmin1;
      }
      // "Gaza City", "Kuwait City": a city's name with "City" after it, when
      // the gazetteer has no longer name; only the cities of that name are meant.
      bool city_noun = false;
      if (token_end < doc.tokens.size() && doc.token_text(token_end) == "City") {
        std::vector<const Place*> cities;
        for (const Place* p : match.candidates) {
          if (p->kind == PlaceKind::kCity) cities.push_back(p);
        }
        if (!cities.empty()) {
          match.candidates = std::move(cities);
          city_noun = true;
        }
      }
      match.place = match.candidates.front();
      for (const Entry& e : kept) {
        if (&places_[e.place] == match.place) match.by_alias = e.alias;
      }
      // "Kaduna State" is one name: the noun belongs to the region's name.
      match.tokens = token_end - token_index + (region_noun || city_noun ? 1 : 0);
      return match;
    }
    return std::nullopt;
  };
  bool possessive = false;
  const std::vector<TextWord> words = CollectWords(doc, token_index, limit_for, false, &possessive);
  if (words.empty()) return std::nullopt;
  // "Cox's Bazar": a name with a possessive inside, tried first, and only
  // with a word after the possessive (else "Libya's capital" is Libya).
  if (possessive || GluedPossessiveAt(doc, words.back().token_end)) {
    const std::vector<TextWord> joined = CollectWords(doc, token_index, limit_for, /*join_possessive=*/true);
    if (joined.size() > words.size()) {
      if (auto m = match_words(joined, words.size() + 1)) return m;
    }
  }
  return match_words(words, 1);
}

std::optional<std::pair<const Place*, size_t>> Gazetteer::MatchDemonymAt(
    const Doc& doc, size_t token_index) const {
  if (token_index >= doc.tokens.size()) return std::nullopt;
  if (doc.tokens[token_index].kind != TokenKind::kWord) return std::nullopt;
  const std::vector<TextWord> words = CollectWords(
      doc, token_index, [&](const std::string&) { return size_t{max_demonym_words_}; });
  for (size_t len = words.size(); len >= 1; --len) {
    std::string key = words[0].word;
    for (size_t k = 1; k < len; ++k) key += ' ' + words[k].word;
    const auto it = demonyms_.find(key);
    if (it != demonyms_.end()) {
      return std::make_pair(&places_[it->second], words[len - 1].token_end - token_index);
    }
  }
  return std::nullopt;
}

}  // namespace crosscheck::geo

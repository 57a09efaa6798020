#include "text/lemmatizer.h"

#include <atomic>
#include <fstream>
#include <functional>
#include <sstream>

namespace crosscheck {

namespace {
struct SuffixRule {
  const char* suffix;
  const char* replacement;
};
// WordNet morphy's detachment rules, per part of speech.
constexpr SuffixRule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"}, {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr SuffixRule kNounRules[] = {{"s", ""},    {"ses", "s"},  {"xes", "x"},  {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr SuffixRule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The per-thread memo of Lemma and IsKnownWord results. Lemma results depend
// only on the word and on which parts of speech the tag allows, so there is
// one table per such mode. It belongs to one Lemmatizer at a time (`owner`)
// and is emptied when another one is used or when it grows past kMaxEntries.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
enum Mode { kAnyPos = 0, kVerbOnly = 1, kNounOnly = 2, kAdjOnly = 3, kModes = 4 };
constexpr size_t kMaxEntries = 50000;

struct Memo {
  uint64_t owner = 0;
  size_t entries = 0;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> lemma[kModes];
  std::unordered_map<std::string, bool, StringHash, std::equal_to<>> known;

  void Own(uint64_t id) {
    if (owner == id && entries < kMaxEntries) return;
    for (auto& m : lemma) m.clear();
    known.clear();
    entries = 0;
    owner = id;
  }
};

Memo& ThreadMemo() {
  thread_local Memo memo;
  return memo;
}

// The memo table for a UPOS tag, or -1 when the tag allows no lemma other
// than the word itself.
int ModeOf(std::string_view upos) {
  if (upos.empty()) return kAnyPos;
  if (upos == "VERB" || upos == "AUX") return kVerbOnly;
  if (upos == "NOUN") return kNounOnly;
  if (upos == "ADJ") return kAdjOnly;
  return -1;
}
}  // namespace

uint64_t Lemmatizer::InstanceId::Next() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

Result<Lemmatizer> Lemmatizer::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open lemma data");
  Lemmatizer lem;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line_no == 1) {
      if (line != "#crosscheck-lemmas 1") {
        return Status::Unsupported(path + ":1: not a crosscheck-lemmas 1 file");
      }
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, pos, word, lemma;
    std::getline(fields, kind, '\t');
    std::getline(fields, pos, '\t');
    std::getline(fields, word, '\t');
    if (pos == "r") {  // adverbs only count as known words
      lem.adverbs_.insert(word);
      continue;
    }
    const int p = pos == "v" ? kVerb : pos == "n" ? kNoun : pos == "a" ? kAdj : -1;
    if (p < 0 || word.empty()) {
      return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": malformed row");
    }
    if (kind == "w") {
      lem.pos_[p].words.insert(word);
    } else if (kind == "x" && std::getline(fields, lemma, '\t') && !lemma.empty()) {
      lem.pos_[p].exceptions.emplace(word, lemma);
    } else {
      return Status::InvalidInput(path + ":" + std::to_string(line_no) + ": malformed row");
    }
  }
  return lem;
}

bool Lemmatizer::LemmaFor(Pos pos, const std::string& word, std::string* out) const {
  const auto& data = pos_[pos];
  if (auto it = data.exceptions.find(word); it != data.exceptions.end()) {
    *out = it->second;
    return true;
  }
  // WordNet lists some plurals as nouns of their own ("operations", "forces");
  // matching wants the singular when WordNet knows it too.
  const bool plural_listed = pos == kNoun && data.words.count(word) && EndsWith(word, "s");
  if (data.words.count(word) && !plural_listed) {
    *out = word;
    return true;
  }
  const SuffixRule* begin = pos == kVerb ? std::begin(kVerbRules) : pos == kNoun ? std::begin(kNounRules) : std::begin(kAdjRules);
  const SuffixRule* end = pos == kVerb ? std::end(kVerbRules) : pos == kNoun ? std::end(kNounRules) : std::end(kAdjRules);
  for (const SuffixRule* r = begin; r != end; ++r) {
    if (!EndsWith(word, r->suffix)) continue;
    std::string candidate = word.substr(0, word.size() - std::string_view(r->suffix).size()) + r->replacement;
    if (data.words.count(candidate)) {
      *out = std::move(candidate);
      return true;
    }
  }
  // A compound on an irregular plural that WordNet's exception list does not
  // spell out: "schoolchildren" -> "schoolchild", "tribeswomen" -> "tribeswoman".
  if (pos == kNoun) {
    static constexpr std::pair<std::string_view, std::string_view> kIrregularHeads[] = {
        {"children", "child"}, {"women", "woman"}, {"men", "man"}, {"feet", "foot"}, {"teeth", "tooth"}};
    for (const auto& [plural, singular] : kIrregularHeads) {
      if (word.size() <= plural.size() || !EndsWith(word, plural)) continue;
      std::string candidate = word.substr(0, word.size() - plural.size()) + std::string(singular);
      if (data.words.count(candidate)) {
        *out = std::move(candidate);
        return true;
      }
    }
  }
  if (plural_listed) {
    *out = word;
    return true;
  }
  // Doubled consonant before -ed/-ing: "stopped" -> "stop".
  if (pos == kVerb) {
    for (std::string_view suffix : {"ed", "ing"}) {
      if (!EndsWith(word, suffix)) continue;
      const std::string stem = word.substr(0, word.size() - suffix.size());
      if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2]) {
        std::string candidate = stem.substr(0, stem.size() - 1);
        if (data.words.count(candidate)) {
          *out = std::move(candidate);
          return true;
        }
      }
    }
  }
  return false;
}

std::string Lemmatizer::Lemma(std::string_view lower, std::string_view upos) const {
  const int mode = ModeOf(upos);
  if (mode < 0) return std::string(lower);
  Memo& memo = ThreadMemo();
  memo.Own(id_.value());
  auto& table = memo.lemma[mode];
  if (auto it = table.find(lower); it != table.end()) return it->second;
  std::string lemma = ComputeLemma(lower, upos);
  table.emplace(std::string(lower), lemma);
  ++memo.entries;
  return lemma;
}

bool Lemmatizer::IsKnownWord(std::string_view lower) const {
  Memo& memo = ThreadMemo();
  memo.Own(id_.value());
  if (auto it = memo.known.find(lower); it != memo.known.end()) return it->second;
  const bool known = ComputeIsKnownWord(lower);
  memo.known.emplace(std::string(lower), known);
  ++memo.entries;
  return known;
}

std::string Lemmatizer::ComputeLemma(std::string_view lower, std::string_view upos) const {
  const std::string word(lower);
  std::string out;
  if (upos == "VERB" || upos == "AUX") return LemmaFor(kVerb, word, &out) ? out : word;
  if (upos == "NOUN") return LemmaFor(kNoun, word, &out) ? out : word;
  if (upos == "ADJ") return LemmaFor(kAdj, word, &out) ? out : word;
  if (!upos.empty()) return word;
  for (Pos p : {kVerb, kNoun, kAdj}) {
    if (LemmaFor(p, word, &out)) return out;
  }
  return word;
}

bool Lemmatizer::ComputeIsKnownWord(std::string_view lower) const {
  const std::string word(lower);
  if (adverbs_.count(word)) return true;
  std::string unused;
  for (Pos p : {kVerb, kNoun, kAdj}) {
    if (LemmaFor(p, word, &unused)) return true;
  }
  return false;
}

void Lemmatizer::Apply(Doc& doc) const {
  for (const auto& s : doc.sentences) {
    for (size_t i = s.token_begin; i < s.token_end; ++i) {
      Token& t = doc.tokens[i];
      // A capitalized word inside a sentence is a name or a nationality noun:
      // only its noun reading counts ("Bani" is not "ban"; "Somalis" is "somali").
      const bool opens = i == s.token_begin || doc.tokens[i - 1].kind == TokenKind::kQuoteOpen ||
                         doc.tokens[i - 1].kind == TokenKind::kPunct;
      const bool name = t.capitalized && !opens && t.tag.empty();
      if (t.kind != TokenKind::kWord) {
        t.lemma = t.lower;
      } else {
        t.lemma = Lemma(t.lower, name ? std::string_view("NOUN") : std::string_view(t.tag));
      }
    }
  }
}

}  // namespace crosscheck

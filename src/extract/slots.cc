#include "extract/slots.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "extract/count.h"
#include "extract/dateline.h"
#include "extract/lower_case.h"
#include "extract/number_words.h"
#include "extract/place_container.h"
#include "extract/word_classes.h"

namespace crosscheck {

namespace {

// "attackers" and "The attackers" name one group.
bool NamesSameGroup(const std::string& victims, const std::string& agent) {
  if (agent.empty()) return false;
  std::string a = LowerCase(agent);
  for (std::string_view det : {"the ", "these ", "those ", "some "}) {
    if (a.starts_with(det)) a = a.substr(det.size());
  }
  return a == LowerCase(victims);
}

bool IsAdverbLike(const Token& t) { return t.kind == TokenKind::kWord && IsAdverbWord(t.lower); }

bool IsSingularSubjectPronoun(std::string_view lower) { return lower == "he" || lower == "she"; }

// The strongly facility-denoting nouns that stand alone ("the centre"); the
// rest ("point", "site", "office") need a modifier ("disembarkation point").
bool IsStrongFacility(std::string_view lemma) {
  return lemma == "centre" || lemma == "center" || lemma == "camp" || lemma == "prison" ||
         lemma == "jail" || lemma == "facility" || lemma == "shelter" || lemma == "barracks" ||
         lemma == "compound" || lemma == "hospital" || lemma == "clinic";
}

int KindRank(geo::PlaceKind k) {
  switch (k) {
    case geo::PlaceKind::kLocal: return 0;
    case geo::PlaceKind::kCity: return 1;
    case geo::PlaceKind::kAdmin1: return 2;
    // A sea or a desert says more than the country on its shore: "overturned
    // off Libya in the Mediterranean Sea" happened in the sea.
    case geo::PlaceKind::kNatural: return 3;
    default: return 4;
  }
}

// Participles that hedge the event after them: "believed drowned", "feared dead".
// Participles between a subject and a predicate event word: "were feared
// dead", "were found dead", "was declared missing".
bool IsHedgeVerb(std::string_view w) {
  return w == "believed" || w == "feared" || w == "presumed" || w == "thought" || w == "reported" ||
         w == "said" || w == "known" || w == "confirmed" || w == "found" || w == "declared" ||
         w == "pronounced" || w == "listed";
}

// Verbs of beginning and continuing, which take the event as their complement.
bool IsAspectVerb(std::string_view lemma) {
  return lemma == "start" || lemma == "begin" || lemma == "continue" || lemma == "keep" ||
         lemma == "resume" || lemma == "try" || lemma == "attempt";
}

// "nobody", "no one": a negated quantifier, no group of victims.
// Events that take people from one place to another: "from X" is where
// they were, not where they come from.
bool MovesPeople(std::string_view type) {
  return type == "deport" || type == "escape" || type == "release" || type == "rescue" || type == "intercept";
}

bool IsNoOne(std::string_view victims) {
  return victims == "nobody" || victims == "no one" || victims == "none" || victims == "anyone" ||
         victims == "anybody" || victims == "Nobody" || victims == "No one" || victims == "None";
}

}  // namespace

SlotFinder::SlotFinder(const Doc& doc, const Lexicon& lexicon, EntityRegistry& entities,
                       const geo::Gazetteer* gazetteer, std::optional<Date> anchor,
                       const DependencyView* deps)
    : doc_(doc), lexicon_(lexicon), entities_(entities), gazetteer_(gazetteer), anchor_(anchor), deps_(deps),
      phrases_(doc, lexicon, entities) {
  for (const auto& s : doc.sentences) {
    times_from_.push_back(times_.size());
    auto found = FindTimeExprs(doc, s.token_begin, s.token_end, anchor);
    times_.insert(times_.end(), found.begin(), found.end());
  }
  times_from_.push_back(times_.size());
}

std::string SlotFinder::Text(size_t begin, size_t end) const {
  // A dateline's dash or a stray comma is no part of a phrase: "(Reuters) - Kenyan police".
  while (begin < end && doc_.tokens[begin].kind == TokenKind::kPunct) ++begin;
  while (end > begin && doc_.tokens[end - 1].kind == TokenKind::kPunct) --end;
  if (begin >= end) return "";
  return std::string(doc_.span_text(doc_.tokens[begin].begin, doc_.tokens[end - 1].end));
}

bool SlotFinder::IsGenericForce(const std::string& agent) const {
  std::vector<std::string> words;
  for (size_t at = 0; at < agent.size();) {
    const size_t space = agent.find(' ', at);
    const size_t end = space == std::string::npos ? agent.size() : space;
    if (end > at) words.push_back(agent.substr(at, end - at));
    at = end + 1;
  }
  if (words.empty()) return false;
  const auto force = [&](const std::string& w) { return (lexicon_.noun_classes(w) & kForceNoun) != 0; };
  // The singular of a plural head: "soldiers", "gunmen", "militias", "armies".
  const auto force_or_plural = [&](const std::string& w) {
    const size_t n = w.size();
    return force(w) || (n > 1 && w.back() == 's' && force(w.substr(0, n - 1))) ||
           (n > 3 && w.ends_with("men") && force(w.substr(0, n - 3) + "man")) ||
           (n > 3 && w.ends_with("ies") && force(w.substr(0, n - 3) + "y"));
  };
  for (size_t k = 0; k < words.size(); ++k) {
    std::string lower = words[k];
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (k == 0 && (lower == "the" || lower == "a")) continue;
    const bool capital = words[k][0] >= 'A' && words[k][0] <= 'Z';
    const bool first_word = k == 0 || (k == 1 && (words[0] == "the" || words[0] == "The"));
    if (capital && !first_word && !(gazetteer_ && gazetteer_->FindDemonym(lower))) return false;
    // ("Security forces" opening a sentence: an English word, no name.)
    if (capital && first_word && k + 1 < words.size() && !(gazetteer_ && gazetteer_->FindDemonym(lower)) &&
        !entities_.IsKnownLowerWord(lower)) {
      return false;  // "Fano fighters", "Al Shabaab militants"
    }
  }
  std::string head = words.back();
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return force_or_plural(head);
}

bool SlotFinder::NoOneBefore(const EventWord& w) const {
  for (size_t k = w.begin; k > w.clause_begin && w.begin - k < 5; --k) {
    const std::string& t = doc_.tokens[k - 1].lower;
    if (t == "nobody" || t == "anyone" || t == "anybody" || t == "none" ||
        (t == "one" && k >= 2 && doc_.tokens[k - 2].lower == "no")) {
      return true;
    }
  }
  return false;
}

bool SlotFinder::IsVictimHead(size_t i) const {
  const Token& t = doc_.tokens[i];
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord) return false;
  if (lexicon_.Is(t, kPersonNoun) || IsCountWord(t.lower)) return true;
  if (gazetteer_ && gazetteer_->FindDemonym(t.lower) && t.lower.back() == 's') return true;  // "Somalis"
  // "some badly hurt", "most were detained": a quantifier standing for people.
  // "denied that anyone had been shot": an indefinite pronoun for people too.
  return t.lower == "them" || t.lower == "those" || t.lower == "others" || t.lower == "one" || t.lower == "some" ||
         t.lower == "most" || t.lower == "all" || t.lower == "anyone" || t.lower == "anybody" ||
         t.lower == "someone" || t.lower == "somebody" || t.lower == "nobody" || t.lower == "everyone";
}

// "made 40 arrests", "the arrests of 12 activists": a verb trigger in a
// noun's place takes its arguments as an event noun does.
bool SlotFinder::UsedAsNoun(const EventWord& w) const {
  const Trigger& tr = *w.trigger;
  if (tr.noun || tr.adj || w.end != w.begin + 1 || w.begin <= w.clause_begin) return false;
  const Token& t = doc_.tokens[w.begin];
  // Participles and gerunds are verbs here ("the detained migrants").
  if (t.lower.ends_with("ing") || t.lower.ends_with("ed")) return false;
  const bool tagged = !t.tag.empty();
  if (tagged && t.tag != "NOUN") return false;
  const Token& before = doc_.tokens[w.begin - 1];
  if (before.kind == TokenKind::kNumber || IsCountWord(before.lower) || before.lower == "'s") return true;
  static constexpr std::string_view kDeterminers[] = {"the", "a",   "an",  "these", "those", "their", "its",
                                                      "his", "her", "our", "such",  "further", "more"};
  if (std::find(std::begin(kDeterminers), std::end(kDeterminers), before.lower) != std::end(kDeterminers)) return true;
  // "mass arrests", "arbitrary detentions": an adjective, where the tagger says so.
  return tagged && before.tag == "ADJ";
}

bool SlotFinder::IsPassive(const EventWord& w) const {
  const std::string& form = doc_.tokens[w.begin].lower;
  if (form != "being" && form.size() > 4 && form.compare(form.size() - 3, 3, "ing") == 0) return false;  // "been intercepting"
  size_t j = w.begin;
  while (j > w.clause_begin && IsAdverbLike(doc_.tokens[j - 1])) --j;
  if (j > w.clause_begin && IsBeForm(doc_.tokens[j - 1].lower)) return true;
  // "gunmen fired on the bus": no reduced relative ("migrants held at ...").
  if (w.trigger->subject_acts) return false;
  // "three others hurt", "two migrants killed": a participle right after its noun,
  // with no object after it ("hurt" has the same form as its base).
  const Token& t = doc_.tokens[w.begin];
  const Token* next = w.end < w.clause_end ? &doc_.tokens[w.end] : nullptr;
  // Quantifiers too: "gunmen killed no one", "police arrested nobody".
  // A number or count phrase starts an object too ("soldiers killed six
  // migrants", "killed at least 20"), and so does a modifier before a person
  // noun ("killed unarmed protesters").
  // ("detained by soldiers": a preposition is no modifier.)
  const bool person_after_modifier = w.end + 1 < w.clause_end && next->kind == TokenKind::kWord &&
                                     !IsPreposition(next->lower) && lexicon_.Is(doc_.tokens[w.end + 1], kPersonNoun);
  const auto count_after = next ? ParseCountPhraseAt(doc_, w.end, w.clause_end) : std::nullopt;
  // "shot at anyone", "fired on the crowd of protesters": a person after at/on
  // is the target of an active verb ("hurt at the scene" is still passive).
  bool target_follows = false;
  if (next && (next->lower == "at" || next->lower == "on") && w.end + 1 < w.clause_end) {
    const Token& after = doc_.tokens[w.end + 1];
    target_follows = lexicon_.Is(after, kPersonNoun) || IsPersonalPronoun(after.lower) ||
                     after.lower == "anyone" || after.lower == "anybody" || after.lower == "everyone" ||
                     after.lower == "someone" || after.lower == "civilians" || NumberWordValue(after.lower) ||
                     after.kind == TokenKind::kNumber ||
                     (IsDeterminer(after.lower) && w.end + 2 < w.clause_end &&
                      lexicon_.Is(doc_.tokens[w.end + 2], kPersonNoun));
  }
  // "Migrants held at the centre": after a trigger that ends in a
  // preposition, only a person is an object ("fired on protesters").
  const bool ends_in_preposition = w.end > w.begin + 1 && IsPreposition(doc_.tokens[w.end - 1].lower);
  const bool person_next = next && (lexicon_.Is(*next, kPersonNoun) || IsPersonalPronoun(next->lower) ||
                                    person_after_modifier || (count_after && count_after->token_begin == w.end));
  // "Soldiers raided homes": a bare plural noun object.
  const bool plural_noun_next = next && next->kind == TokenKind::kWord && !next->capitalized &&
                                next->lower != next->lemma && next->lower.ends_with("s") &&
                                !phrases_.LooksLikeVerb(w.end) && !IsAdverbLike(*next);
  const bool object_follows =
      ends_in_preposition ? person_next :
      next &&
      (plural_noun_next || IsDeterminer(next->lower) || IsPersonalPronoun(next->lower) ||
       next->kind == TokenKind::kNumber || NumberWordValue(next->lower) || lexicon_.Is(*next, kPersonNoun) ||
       person_after_modifier || target_follows || (count_after && count_after->token_begin == w.end) ||
       (next->kind == TokenKind::kWord && (next->lower == "no" || next->lower == "none" ||
                                           next->lower == "anyone" || next->lower == "anybody")) ||
       // "attackers stormed Kwall village", "police arrested Ali Hassan": a name.
       (next->kind == TokenKind::kWord && next->capitalized && !IsMonthOrWeekday(next->lower) &&
        entities_.MentionAt(w.end) != nullptr));
  // An object inside a gapped trigger too: "guards beat two detainees to death".
  bool object_inside = false;
  for (size_t k = w.begin + 1; k + 1 < w.end && !object_inside; ++k) {
    const Token& g = doc_.tokens[k];
    object_inside = g.kind == TokenKind::kNumber || NumberWordValue(g.lower) || lexicon_.Is(g, kPersonNoun) ||
                    IsPersonalPronoun(g.lower) || IsDeterminer(g.lower);
  }
  // "was briefly detained and released", "were detained by the RSF on 18 May
  // and released": a participle coordinated with a passive one, the other's
  // by-phrase, place and time between them.
  // ("Police were deployed and arrested 40 protesters": an object makes it
  // active; "released two days later" has none.)
  const bool time_follows = w.end + 1 < w.clause_end && IsMeasureUnit(doc_.tokens[w.end + 1].lower);
  if ((!object_follows || time_follows) && !object_inside && j > w.clause_begin + 2 &&
      (doc_.tokens[j - 1].lower == "and" || doc_.tokens[j - 1].lower == "or")) {
    constexpr size_t kMaxBetween = 10;
    const auto is_participle = [](const Token& p) {
      return p.lower != p.lemma && (p.lower.ends_with("ed") || p.lower.ends_with("en") || p.lower.ends_with("t"));
    };
    for (size_t o = j - 1; o > w.clause_begin + 1 && j - o <= kMaxBetween; --o) {
      const Token& other = doc_.tokens[o - 1];
      if (IsRelativeWord(other.lower) || IsBeForm(other.lower) || other.kind == TokenKind::kQuoteOpen) break;
      if (!is_participle(other)) continue;
      size_t k = o - 1;
      // "were beaten, tortured and detained": back over the list to its first participle.
      while (k >= w.clause_begin + 2 && doc_.token_text(k - 1) == "," && is_participle(doc_.tokens[k - 2])) k -= 2;
      while (k > w.clause_begin && IsAdverbLike(doc_.tokens[k - 1])) --k;
      if (k > w.clause_begin && IsBeForm(doc_.tokens[k - 1].lower)) return true;
      break;  // the nearest participle decides
    }
  }
  // An object after it makes it active: "gunmen killed a teacher"; so does
  // one it shares with a verb coordinated after it: "guards beat and tortured dozens".
  const bool participle = t.lower.back() != 's' && !object_follows && !object_inside && SharedObjectStart(w) == SIZE_MAX;
  return participle && j == w.begin && j > w.clause_begin && IsVictimHead(j - 1) &&
         !entities_.MentionAt(j - 1);
}

bool SlotFinder::IsCompoundModifier(size_t modifier, size_t head) const {
  const Token& m = doc_.tokens[modifier];
  if (m.kind != TokenKind::kWord || IsCountWord(m.lower)) return false;
  if (lexicon_.Is(m, kForceNoun)) return true;
  return deps_ && deps_->available() && deps_->Ensure(SentenceOf(head)) && deps_->Penn(modifier) == "NN" &&
         deps_->Is(modifier, "compound") && deps_->Head(modifier) == static_cast<int>(head);
}

size_t SlotFinder::CoordinationStart(size_t head, size_t limit_begin) const {
  const auto people = [&](size_t k) {
    const Token& t = doc_.tokens[k];
    const bool demonym = t.capitalized && t.lower.size() > 3 && t.lower.back() == 's' && gazetteer_ &&
                         gazetteer_->FindDemonym(t.lower);
    return (lexicon_.Is(t, kPersonNoun) && !IsCountWord(t.lower)) || demonym;
  };
  size_t b = head;
  if (b >= limit_begin + 2 && (doc_.tokens[b - 1].lower == "and" || doc_.tokens[b - 1].lower == "or") && people(b - 2)) {
    b -= 2;
    while (b >= limit_begin + 2 && doc_.token_text(b - 1) == "," && people(b - 2)) b -= 2;
  }
  return b;
}

std::optional<Count> SlotFinder::AllButCount(const Count& count, size_t head) const {
  const Sentence& s = doc_.sentences[SentenceOf(head)];
  const auto all_but_before = [&](size_t k) {
    return k >= s.token_begin + 2 && doc_.tokens[k - 2].lower == "all" &&
           (doc_.tokens[k - 1].lower == "but" || doc_.tokens[k - 1].lower == "except");
  };
  const size_t b = count.token_begin;
  const auto exact_at = [&](size_t k) -> std::optional<int64_t> {
    const Token& t = doc_.tokens[k];
    if (t.kind != TokenKind::kNumber && !NumberWordValue(t.lower)) return std::nullopt;
    auto c = ParseCountPhraseAt(doc_, k, std::min<size_t>(k + 1, s.token_end));
    if (!c || !c->max || c->min != c->max) return std::nullopt;
    return *c->max;
  };
  // The count `n` cited from "all" at `begin` to the end of the phrase found.
  const auto rest = [&](int64_t n, size_t begin) {
    Count out = count;
    out.min = out.max = n;
    out.token_begin = static_cast<uint32_t>(begin);
    out.text = std::string(doc_.span_text(doc_.tokens[begin].begin, doc_.tokens[count.token_end - 1].end));
    return out;
  };
  // "all but 12 of the 87 detainees": the count found is the whole.
  size_t of = b;
  while (of > s.token_begin && IsDeterminer(doc_.tokens[of - 1].lower)) --of;
  if (of >= s.token_begin + 4 && doc_.tokens[of - 1].lower == "of" && all_but_before(of - 2) && count.max &&
      count.min == count.max) {
    if (auto part = exact_at(of - 2); part && *part < *count.max) return rest(*count.max - *part, of - 4);
  }
  if (!all_but_before(b)) return count;
  if (!count.max || count.min != count.max) return std::nullopt;
  // The whole: "all but 12 of the 87", else the nearest number before
  // ("87 were detained and all but 12 released").
  std::optional<int64_t> whole;
  size_t k = head + 1;
  if (k < s.token_end && doc_.tokens[k].lower == "of") {
    ++k;
    while (k < s.token_end && IsDeterminer(doc_.tokens[k].lower)) ++k;
    if (k < s.token_end) whole = exact_at(k);
  } else {
    for (size_t j = b - 2; j > s.token_begin && !whole; --j) whole = exact_at(j - 1);
  }
  if (!whole || *whole <= *count.max) return std::nullopt;
  return rest(*whole - *count.max, b - 2);
}

SlotFinder::Argument SlotFinder::ArgumentAt(size_t head, size_t limit_begin) const {
  Argument arg;
  // "about 60 Sudanese, Chadians and Nigeriens": the number before the
  // first of a list of people counts them all.
  const size_t first = CoordinationStart(head, limit_begin);
  auto count = first < head ? ParseCountBefore(doc_, first, limit_begin) : std::nullopt;
  if (!count) count = ParseCountBefore(doc_, head, limit_begin);
  if (count) count = AllButCount(*count, head);
  // "any immigrant", "no migrants": a generic or negated noun states no number.
  auto generic = [](const std::string& w) {
    return w == "any" || w == "no" || w == "every" || w == "each";
  };
  bool generic_noun = head > limit_begin && generic(doc_.tokens[head - 1].lower);
  if (count && count->token_begin < doc_.tokens.size()) {
    // "no fewer than 12" is a number; the bare plural's "2 or more" is not.
    const bool numeric = count->token_begin < head && (count->min.value_or(0) > 1 || count->max.value_or(1) > 1);
    if (!numeric && (generic(doc_.tokens[count->token_begin].lower) ||
                     (count->token_begin > 0 && generic(doc_.tokens[count->token_begin - 1].lower)))) {
      count.reset();
      generic_noun = true;
    }
  }
  // SPEC: a plural noun with no number is 2 or more; "no protesters" is none.
  const Token& noun = doc_.tokens[head];
  const bool plural_noun = lexicon_.Is(noun, kPersonNoun) && noun.lower != noun.lemma && !IsCountWord(noun.lower);
  if (!count && plural_noun && !generic_noun) {
    count = Count{2, std::nullopt, true, static_cast<uint32_t>(head), static_cast<uint32_t>(head + 1),
                  std::string(doc_.token_text(head))};
  }
  if (count) {
    CountValue c;
    c.min = count->min;
    c.max = count->max;
    c.approx = count->approx;
    c.text = count->text;
    arg.count = c;
  }
  const Token& t = doc_.tokens[head];
  if (lexicon_.Is(t, kPersonNoun) || (t.kind == TokenKind::kWord && !IsCountWord(t.lower) &&
                                      t.lower != "them" && t.lower != "one" && t.lower != "those")) {
    // "mothers and children", "Sudanese, Chadians and Nigeriens": a
    // coordination of people.
    size_t b = first;
    // "police officers", "asylum seekers", "aid workers": a compound noun
    // names the group; the parse finds the compound, a force noun needs none.
    if (b > limit_begin && b == head && IsCompoundModifier(b - 1, head)) --b;
    arg.victims = Text(b, head + 1);
    // "The detainees, about 60 Chadians, Malians and Nigeriens, had been
    // held": an appositive describes the noun before it, which names
    // the group.
    const size_t start = count && count->token_begin < b ? count->token_begin : b;
    // (Past where they come from: "three men and a woman from Guinea and Mali,".)
    size_t after = head + 1;
    if (after < doc_.tokens.size() && doc_.tokens[after].lower == "from") {
      constexpr size_t kMaxOriginWords = 6;
      size_t k = after + 1;
      while (k < doc_.tokens.size() && k <= after + kMaxOriginWords &&
             (doc_.tokens[k].capitalized || doc_.tokens[k].lower == "and")) {
        ++k;
      }
      if (k > after + 1) after = k;
    }
    if (start >= limit_begin + 2 && doc_.token_text(start - 1) == "," && after < doc_.tokens.size() &&
        doc_.token_text(after) == ",") {
      const Token& before = doc_.tokens[start - 2];
      if (lexicon_.Is(before, kPersonNoun) && before.lower != before.lemma && !entities_.MentionAt(start - 2)) {
        arg.victims = Text(start - 2, start - 1);
      }
    }
  }
  // "two migrants were killed and three others hurt", "hundreds of others":
  // more of the group named just before. "Five refugees died and over 20 were
  // injured": a bare number shares the noun of the clause it is coordinated with.
  if (t.lower == "others") {
    if (std::string group = Antecedent(head, /*plural=*/true, 3, /*skip_speakers=*/true); !group.empty()) {
      arg.victims = group;
    }
  } else if (arg.victims.empty() && (t.kind == TokenKind::kNumber || NumberWordValue(t.lower)) &&
             !(head > limit_begin && doc_.tokens[head - 1].lower == "no") &&  // "no one was missing"
             head + 1 < doc_.tokens.size() && doc_.tokens[head + 1].kind == TokenKind::kWord &&
             IsAuxiliary(doc_.tokens[head + 1].lower)) {
    arg.victims = Antecedent(head, /*plural=*/true, 1);
  }
  arg.found = true;
  return arg;
}

size_t SlotFinder::RelativePronounBefore(size_t i, size_t limit_begin) const {
  constexpr size_t kMaxRelativeClauseWords = 10;
  for (size_t r = i; r > limit_begin + 1 && i - r < kMaxRelativeClauseWords; --r) {
    const Token& t = doc_.tokens[r - 1];
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuoteOpen || t.kind == TokenKind::kQuoteClose) break;
    if (t.lower != "who") continue;
    return r < i && phrases_.LooksLikeVerb(r) ? r - 1 : SIZE_MAX;
  }
  return SIZE_MAX;
}

SlotFinder::Argument SlotFinder::VictimsLeft(const EventWord& w) const {
  // "migrants ... trying to flee": an infinitive's subject is its clause's subject.
  if (w.begin > w.clause_begin + 1 && doc_.tokens[w.begin - 1].lower == "to") {
    // "fired on migrants trying to escape": the noun right before the verb
    // the infinitive hangs on, when there is one.
    // ("when he tried to flee": a pronoun subject too.)
    if (w.begin >= w.clause_begin + 3 && phrases_.LooksLikeVerb(w.begin - 2) &&
        (lexicon_.Is(doc_.tokens[w.begin - 3], kPersonNoun) || IsPersonalPronoun(doc_.tokens[w.begin - 3].lower)) &&
        !entities_.MentionAt(w.begin - 3)) {
      return ArgumentAt(w.begin - 3, w.clause_begin);
    }
    for (size_t k = w.clause_begin; k + 1 < w.begin; ++k) {
      if (lexicon_.Is(doc_.tokens[k], kPersonNoun) && !entities_.MentionAt(k)) return ArgumentAt(k, w.clause_begin);
    }
  }
  size_t j = w.begin;
  while (j > w.clause_begin) {
    const Token& t = doc_.tokens[j - 1];
    // Auxiliaries, adverbs, relative pronouns and aspect verbs: "refugees started demonstrating".
    // ("that \"at least 19 fighters\" were killed": a quotation closes before the verb.)
    if (t.kind == TokenKind::kQuoteClose || IsAdverbLike(t) || IsAuxiliary(t.lower) || t.lower == "who" || t.lower == "that" ||
        t.lower == "remain" || t.lower == "to" || IsAspectVerb(t.lemma) || IsHedgeVerb(t.lower)) {
      --j;
      continue;
    }
    // "two teenagers were brought in dead": a verb of carrying before the
    // state it arrived in; "have gone missing": a verb of becoming.
    if (w.trigger->adj && (t.lower == "brought" || t.lower == "carried" || t.lower == "wheeled" ||
                           t.lower == "gone" || t.lower == "went" || t.lower == "go" || t.lower == "goes" ||
                           ((t.lower == "in" || t.lower == "back") && j >= w.clause_begin + 2 &&
                            (doc_.tokens[j - 2].lower == "brought" || doc_.tokens[j - 2].lower == "carried")))) {
      --j;
      continue;
    }
    // "40 people remain missing and are believed drowned": the subject is shared
    // across a coordinated verb phrase.
    // ("was abducted by armed men and found dead": not the agent of the
    // first verb, whose subject is further left.)
    if ((t.lower == "and" || t.lower == "or") && j - 1 > w.clause_begin) {
      size_t k = j - 1;
      size_t window = 6;
      constexpr size_t kMaxSharedSubjectDistance = 14;
      for (;;) {
        // ("he was unarmed and had been shot": the pronoun is the shared subject.)
        while (k > w.clause_begin && j - k < window && !IsVictimHead(k - 1) && !NamedPerson(k - 1).found &&
               !IsSingularSubjectPronoun(doc_.tokens[k - 1].lower)) {
          --k;
        }
        if (k > w.clause_begin && IsSingularSubjectPronoun(doc_.tokens[k - 1].lower)) break;
        if (k <= w.clause_begin || j - k >= window) break;
        const NounPhrase np = phrases_.EndingAt(k, w.clause_begin);
        if (np.empty() || np.begin <= w.clause_begin || doc_.tokens[np.begin - 1].lower != "by") break;
        k = np.begin - 1;
        window = kMaxSharedSubjectDistance;
      }
      if (k > w.clause_begin && j - k < window &&
          ((IsVictimHead(k - 1) && !entities_.MentionAt(k - 1)) || NamedPerson(k - 1).found ||
           IsSingularSubjectPronoun(doc_.tokens[k - 1].lower))) {
        j = k;
        break;
      }
    }
    // "150 Nigerians held there were flown home", "migrants detained at the
    // port were deported": a participle phrase between the subject and its verb.
    constexpr size_t kMaxParticiplePhrase = 6;
    for (size_t k = j - 1; k > w.clause_begin + 1 && j - k <= kMaxParticiplePhrase; --k) {
      const Token& p = doc_.tokens[k];
      if (p.kind != TokenKind::kWord || IsAuxiliary(p.lower) || IsConjunction(p.lower)) break;
      const bool participle = p.lower.ends_with("ed") || p.lower == "held" || p.lower == "kept" ||
                              p.lower == "taken" || p.lower == "caught" || p.lower == "found";
      if (participle && IsVictimHead(k - 1) && !entities_.MentionAt(k - 1)) {
        j = k;
        break;
      }
    }
    break;
  }
  if (j <= w.clause_begin) return {};
  size_t head = j - 1;
  // "Some 200 people said they were beaten": "they" are the people who say
  // it, counted before the verb of saying.
  if (doc_.tokens[head].lower == "they") {
    size_t verb = head;
    if (verb > BodyBegin(w.sentence) && doc_.tokens[verb - 1].lower == "that") --verb;
    // ("Twelve migrants told reporters they had been beaten": past the addressee.)
    constexpr size_t kMaxAddresseeWords = 3;
    for (size_t k = verb; k > BodyBegin(w.sentence) + 1 && verb - k < kMaxAddresseeWords; --k) {
      if (doc_.tokens[k - 1].lemma != "tell") continue;
      verb = k;
      break;
    }
    if (verb > BodyBegin(w.sentence) + 1 && lexicon_.reporting().LongestAt(doc_, verb - 1, verb)) {
      const size_t speaker_end = verb - 1;
      if (IsVictimHead(speaker_end - 1) && !entities_.MentionAt(speaker_end - 1)) {
        const Argument speakers = ArgumentAt(speaker_end - 1, BodyBegin(w.sentence));
        if (speakers.count && speakers.count->min.value_or(0) >= 2) return speakers;
      }
    }
  }
  // "He was shot in the back": one person (SPEC: a singular victim is 1).
  if (IsSingularSubjectPronoun(doc_.tokens[head].lower)) {
    Argument one;
    one.found = true;
    one.pronoun = true;
    one.count = CountValue{1, 1, false, std::string(doc_.token_text(head))};
    return one;
  }
  // "hundreds more are feared missing", "two more died": the count stands for people.
  if (doc_.tokens[head].lower == "more" && head > w.clause_begin &&
      (IsCountWord(doc_.tokens[head - 1].lower) || doc_.tokens[head - 1].kind == TokenKind::kNumber)) {
    --head;
  }
  // "Five people, a child among them, were killed": the subject stands before the appositive;
  // "The refugees, about 90 Somalis, ..., had been held": or the appositive itself counts.
  if (doc_.token_text(head) == "," && head > w.clause_begin) {
    --head;
    constexpr size_t kMaxAppositiveWords = 14;  // "including three INM officials and a private security guard"
    for (size_t k = head; k > w.clause_begin && head - k < kMaxAppositiveWords; --k) {
      if (doc_.token_text(k - 1) != ",") continue;
      if (k - 1 > w.clause_begin && IsVictimHead(k - 2) && !IsVictimHead(head)) head = k - 2;
      if (k - 1 > w.clause_begin && IsVictimHead(k - 2) && doc_.tokens[k].lower == "a") head = k - 2;
      // "Eleven migrants, including four women, died": a subset, not the subject.
      const std::string& opener = doc_.tokens[k].lower;
      if (k - 1 > w.clause_begin && IsVictimHead(k - 2) &&
          (opener == "including" || opener == "among" || opener == "mostly" || opener == "mainly" ||
           opener == "many" || opener == "most")) {
        head = k - 2;
      }
      break;
    }
  }
  // "Five refugees from Congo died": step over a prepositional phrase after the head.
  if (!IsVictimHead(head) || entities_.MentionAt(head)) {
    for (size_t p = head; p > w.clause_begin && head - p < 6; --p) {
      const Token& t = doc_.tokens[p - 1];
      if (t.kind != TokenKind::kWord) break;
      if (t.lower == "from" || t.lower == "in" || t.lower == "of" || t.lower == "at" || t.lower == "near") {
        if (p - 1 > w.clause_begin && IsVictimHead(p - 2) && !entities_.MentionAt(p - 2)) head = p - 2;
        break;
      }
    }
  }
  // "The soldiers who killed two men were arrested": the noun before a
  // relative clause is the subject, not the relative clause's object.
  if (const size_t who = RelativePronounBefore(head, w.clause_begin); who != SIZE_MAX) {
    if (IsVictimHead(who - 1) && !entities_.MentionAt(who - 1)) head = who - 1;
  }
  // "27 migrants' bodies": the possessor carries the count.
  if (doc_.tokens[head].lower == "'" || doc_.tokens[head].lower == "'s") {
    if (head == w.clause_begin) return {};
    --head;
  }
  if (entities_.MentionAt(head)) return NamedPerson(head);
  // "They were released": the people the pronoun stands for (as the parse
  // finds them too).
  // ("five of them" counts: ArgumentAt below.)
  if (IsPersonalPronoun(doc_.tokens[head].lower) && !(head > w.clause_begin && doc_.tokens[head - 1].lower == "of")) {
    Argument arg;
    arg.victims = PronounAntecedent(head);
    arg.found = !arg.victims.empty();
    return arg;
  }
  if (!IsVictimHead(head)) return {};
  return ArgumentAt(head, w.clause_begin);
}

SlotFinder::Argument SlotFinder::NamedPerson(size_t last) const {
  const Mention* m = entities_.MentionAt(last);
  if (!m || m->end != last + 1 || entities_.entities()[m->entity].type != EntityType::kPerson) return {};
  if (m->begin > 0 && lexicon_.Is(doc_.tokens[m->begin - 1], kCraftNoun)) return {};  // "the ship Geo Barents"
  Argument arg;
  const std::string name = Text(m->begin, m->end);
  arg.count = CountValue{1, 1, false, name};
  arg.victims = name;
  arg.found = true;
  return arg;
}

SlotFinder::Argument SlotFinder::VictimsRight(size_t begin, size_t limit) const {
  size_t last_number = SIZE_MAX;
  for (size_t i = begin; i < limit && i < begin + 12; ++i) {
    const Token& t = doc_.tokens[i];
    const std::string_view text = doc_.token_text(i);
    if (t.kind == TokenKind::kPunct && text != "-") {
      // "more than 30, perhaps as many as 50"
      if (text == "," && i + 1 < limit && (doc_.tokens[i + 1].lower == "perhaps" || doc_.tokens[i + 1].lower == "possibly"))
        continue;
      break;
    }
    if (t.kind == TokenKind::kQuoteOpen || t.kind == TokenKind::kQuoteClose) continue;
    // "police arrested the activist Ali Hassan": the name is the one person.
    if (const Mention* m = entities_.MentionAt(i)) {
      if (Argument named = NamedPerson(m->end - 1); named.found && last_number == SIZE_MAX) return named;
      break;
    }
    // "pushed her out": an object pronoun right after the verb is one person.
    if (i == begin && (t.lower == "him" || t.lower == "her" || t.lower == "me") &&
        (i + 1 >= limit || !lexicon_.Is(doc_.tokens[i + 1], kPersonNoun))) {
      Argument arg;
      arg.count = CountValue{1, 1, false, std::string(text)};
      arg.found = true;
      return arg;
    }
    // "They beat us": people, the speaker among them, not counted.
    if (i == begin && t.lower == "us") {
      Argument arg;
      arg.found = true;
      return arg;
    }
    // "guards beat them": the people named before, not counted.
    if (i == begin && t.lower == "them" && (i + 1 >= limit || !lexicon_.Is(doc_.tokens[i + 1], kPersonNoun))) {
      Argument arg;
      arg.victims = Antecedent(i, /*plural=*/true, 2);
      arg.found = true;
      return arg;
    }
    if (t.kind == TokenKind::kNumber || IsCountWord(t.lower)) {
      last_number = i;
      continue;
    }
    // "40 Afghans": a plural demonym names people too.
    const bool demonym_people = t.capitalized && t.lower.size() > 3 && t.lower.back() == 's' && gazetteer_ &&
                                gazetteer_->FindDemonym(t.lower);
    if ((lexicon_.Is(t, kPersonNoun) && t.lower != "one") || demonym_people) {
      // "African immigrants", "Eritrean refugees": the last noun of a run is the head.
      while (i + 1 < limit && lexicon_.Is(doc_.tokens[i + 1], kPersonNoun) && doc_.tokens[i + 1].lower != "one" &&
             !entities_.MentionAt(i + 1)) {
        ++i;
      }
      return ArgumentAt(i, begin);
    }
    // "some of those who fled", "two of them": the pronoun heads the phrase;
    // "wounding 40 others": more of the people just named.
    if (((t.lower == "those" || t.lower == "them") && i > begin && doc_.tokens[i - 1].lower == "of") ||
        t.lower == "others") {
      return ArgumentAt(i, begin);
    }
    if (IsDeterminer(t.lower) || IsCountModifierWord(t.lower) || t.lower == "of" || t.lower == "than" ||
        t.lower == "and" || t.lower == "perhaps" || t.lower == "possibly") {
      continue;
    }
    // "the last two weeks", "600 mln dlrs": a number before a unit counts no people.
    if (last_number != SIZE_MAX && IsMeasureUnit(t.lower)) {
      last_number = SIZE_MAX;
      break;
    }
    // "two rubber boats carrying 120 migrants": a number before a craft
    // counts the craft, not the people.
    if (lexicon_.Is(t, kCraftNoun) && !lexicon_.Is(t, kPersonNoun)) {
      last_number = SIZE_MAX;
      continue;
    }
    // A participle right before a person noun modifies it: "unarmed protesters".
    const bool modifies_next = i + 1 < limit && lexicon_.Is(doc_.tokens[i + 1], kPersonNoun);
    // "intercepted a dinghy carrying 42 migrants", "a boat with 60 people":
    // the people a craft carries are who the event happened to.
    const bool after_noun = i > begin && last_number == SIZE_MAX && doc_.tokens[i - 1].kind == TokenKind::kWord &&
                            !IsDeterminer(doc_.tokens[i - 1].lower) && !phrases_.LooksLikeVerb(i - 1);
    if (after_noun && (t.lower == "carrying" || t.lower == "transporting" || t.lower == "with")) continue;
    if (IsPreposition(t.lower) || IsAuxiliary(t.lower) || (phrases_.LooksLikeVerb(i) && !modifies_next)) break;
    // An adjective or another modifier: "peaceful protesters".
  }
  if (last_number != SIZE_MAX) return ArgumentAt(last_number, begin);
  return {};
}

bool SlotFinder::CanAct(const NounPhrase& np) const {
  const Token& h = doc_.tokens[np.head];
  const Mention* m = entities_.FirstMentionIn(np.begin, np.end);
  return (m && entities_.entities()[m->entity].type != EntityType::kPlace) || lexicon_.Is(h, kForceNoun) ||
         lexicon_.Is(h, kOrgNoun) || lexicon_.Is(h, kPersonNoun) || lexicon_.Is(h, kGroupNoun);
}

void SlotFinder::AgentOf(const EventWord& w, bool passive, Claim& claim) {
  const Trigger& tr = *w.trigger;
  const bool noun = tr.noun || UsedAsNoun(w);
  const size_t sentence_begin = doc_.sentences[w.sentence].token_begin;
  const bool seen_ing = !passive && doc_.tokens[w.begin].lower.size() > 4 && doc_.tokens[w.begin].lower.ends_with("ing");
  // "Footage showed police beating migrants", "witnesses saw soldiers
  // shooting": the object of a verb of seeing does what it is seen doing.
  if (seen_ing && w.begin > sentence_begin + 1) {
    const NounPhrase seen = phrases_.EndingAt(w.begin, sentence_begin);
    static constexpr std::string_view kSeeing[] = {"show", "see", "film", "watch", "witness",
                                                   "record", "capture", "depict", "hear", "photograph"};
    if (!seen.empty() && seen.begin > sentence_begin && CanAct(seen) &&
        std::find(std::begin(kSeeing), std::end(kSeeing), doc_.tokens[seen.begin - 1].lemma) != std::end(kSeeing)) {
      claim.agent = Text(seen.begin, seen.end);
      claim.agent_entity = entities_.ResolvePhrase(seen.begin, seen.end, seen.head);
      return;
    }
  }
  if (passive || noun || tr.adj || tr.subject_undergoes) {
    for (size_t i = w.end; i < w.clause_end && i < w.end + 8; ++i) {
      // "The abduction of three journalists was condemned by the union": a
      // passive verb after an event noun owns the by-phrase.
      if (noun && !passive && IsBeForm(doc_.tokens[i].lower)) return;
      // "Migrants held at the centre have been beaten by guards": the by-phrase
      // after another verb's auxiliary is that verb's.
      if (!noun && IsAuxiliary(doc_.tokens[i].lower)) break;
      if (doc_.tokens[i].lower != "by") continue;
      // "at a clinic run by MSF": the by-phrase of another participle.
      // (Who runs the camp people are held in holds them: "held in a camp
      // operated by the militia".)
      // ("were beaten and tortured by soldiers": a participle coordinated
      // with the event shares its by-phrase; one after a noun does not.)
      if (i > w.end && tr.type != "detain") {
        const std::string& l = doc_.tokens[i - 1].lemma;
        bool noun_between = false;
        for (size_t j = w.end; j + 1 < i; ++j) {
          const Token& t = doc_.tokens[j];
          noun_between |= t.kind == TokenKind::kWord && t.lower != "and" && t.lower != "or" &&
                          !phrases_.LooksLikeVerb(j) && !IsAdverbLike(t);
        }
        if (noun_between && (phrases_.LooksLikeVerb(i - 1) || l == "run" || l == "own" || l == "manage" ||
                             l == "operate" || l == "lead" || l == "control" || l == "fund" || l == "back" ||
                             l == "build" || l == "organize" || l == "organise")) {
          break;
        }
      }
      // 'held for ransom by "a notorious smuggler"': a quoted agent.
      const size_t start = i + 1 < w.clause_end && doc_.tokens[i + 1].kind == TokenKind::kQuoteOpen ? i + 2 : i + 1;
      NounPhrase np = phrases_.StartingAt(start, w.clause_end);
      if (np.empty()) break;
      // "by gunfire": a cause ("by gunmen", "by a sniper" are people, and the cause too).
      const Token& head = doc_.tokens[np.head];
      if (HeadNamesCause(np.begin, np.head) && !lexicon_.Is(head, kForceNoun) &&
          !lexicon_.Is(head, kPersonNoun)) {
        break;
      }
      if (phrases_.LooksLikeVerb(i + 1)) break;                            // "by using"
      if (NamesInstrument(np.begin, np.head)) break;                       // "by stones"
      if (IsTimeSpanNoun(head.lower) || IsMonthOrWeekday(doc_.tokens[np.begin].lower)) break;  // "by Sunday morning"
      claim.agent = Text(np.begin, np.end);
      claim.agent_entity = entities_.ResolvePhrase(np.begin, np.end, np.head);
      claim.agent_from_by_phrase = true;
      return;
    }
    // "..., killing 23 people": the -ing form of a noun trigger used as a verb.
    if (noun) AgentOfParticipleAdjunct(w, claim);
    // "Police shot at the rioters, causing the deaths": the object of a
    // participle of causing shares its subject.
    // ("..., leaving 12 people dead": so does the state it leaves them in.)
    if ((noun || tr.adj) && claim.agent.empty()) {
      constexpr size_t kMaxObjectWords = 5;
      size_t k = w.begin;
      while (k > w.clause_begin && w.begin - k < kMaxObjectWords &&
             (IsDeterminer(doc_.tokens[k - 1].lower) || lexicon_.triggers().LongestAt(doc_, k - 1, k) ||
              doc_.tokens[k - 1].lower == "and" || (tr.adj && (doc_.tokens[k - 1].kind == TokenKind::kNumber ||
                                                              IsCountWord(doc_.tokens[k - 1].lower) ||
                                                              IsVictimHead(k - 1))))) {
        --k;
      }
      const Token* verb = k > w.clause_begin ? &doc_.tokens[k - 1] : nullptr;
      if (verb && (verb->lemma == "cause" || verb->lemma == "leave" || verb->lower == "causing" ||
                   verb->lower == "leaving")) {
        EventWord participle = w;
        participle.begin = k - 1;
        participle.end = k;
        AgentOfParticipleAdjunct(participle, claim);
      }
    }
    return;
  }
  // Active: the subject on the left is the agent ("police killed ...").
  size_t j = w.begin;
  while (j > w.clause_begin && (IsAdverbLike(doc_.tokens[j - 1]) || IsAuxiliary(doc_.tokens[j - 1].lower))) --j;
  // "shot and killed", "attacked and hurt": skip a coordinated verb.
  if (j >= w.clause_begin + 2 && doc_.tokens[j - 1].lower == "and" && phrases_.LooksLikeVerb(j - 2)) j -= 2;
  const bool ing = doc_.tokens[w.begin].lower.size() > 4 && doc_.tokens[w.begin].lower.ends_with("ing");
  // "Monitors who toured the centre": the relative pronoun stands for the
  // noun before it.
  if (j > sentence_begin + 1 && doc_.tokens[j - 1].lower == "who") {
    const NounPhrase antecedent = phrases_.EndingAt(j - 1, sentence_begin);
    if (!antecedent.empty() && CanAct(antecedent)) {
      claim.agent = Text(antecedent.begin, antecedent.end);
      claim.agent_entity = entities_.ResolvePhrase(antecedent.begin, antecedent.end, antecedent.head);
      return;
    }
  }
  // "The attackers looted the market and shot two traders": a verb after
  // "and" and an object shares the subject of the verb before.
  if (!ing && j > sentence_begin + 2 && doc_.tokens[j - 1].lower == "and" && AgentOfCoordinatedVerb(j - 1, w, claim)) {
    return;
  }
  if (j <= w.clause_begin || doc_.token_text(j - 1) == "," || (ing && doc_.tokens[j - 1].lower == "and")) {
    AgentOfParticipleAdjunct(w, claim);
    return;
  }
  if (j > w.clause_begin + 1 && doc_.tokens[j - 1].lower == "to" && AgentOfInfinitive(j - 1, w, claim)) return;
  NounPhrase np = phrases_.EndingAt(j, w.clause_begin);
  if (np.empty()) return;
  // "On Monday police detained ...": the time before the subject is no part of it.
  const auto time_word = [&](size_t k) {
    const std::string& l = doc_.tokens[k].lower;
    return IsMonthOrWeekday(l) || l == "yesterday" || l == "today" ||
           ((l == "last" || l == "this" || l == "next" || l == "early" || l == "late") && k + 1 < np.head &&
            IsMonthOrWeekday(doc_.tokens[k + 1].lower));
  };
  while (np.begin < np.head && time_word(np.begin)) ++np.begin;
  // "soldiers and police killed": coordinated actors act together.
  if (np.begin >= w.clause_begin + 2 && doc_.tokens[np.begin - 1].lower == "and" &&
      (lexicon_.Is(doc_.tokens[np.begin - 2], kForceNoun) || entities_.MentionAt(np.begin - 2))) {
    // (Only subjects: "killed by members of the ministry and the ministry
    // had released ..." joins two clauses, not two actors.)
    NounPhrase first = phrases_.EndingAt(np.begin - 1, w.clause_begin);
    while (!first.empty() && first.begin < first.head && time_word(first.begin)) ++first.begin;
    const bool opens_clause = !first.empty() && (first.begin == w.clause_begin || doc_.token_text(first.begin - 1) == "," ||
                                                 time_word(first.begin - 1));
    if (opens_clause) np = NounPhrase{first.begin, np.end, np.head};
  }
  // "Police who raided the camp arrested 40 people": the subject stands
  // before the relative clause.
  if (const size_t who = RelativePronounBefore(np.begin, w.clause_begin); who != SIZE_MAX) {
    const NounPhrase antecedent = phrases_.EndingAt(who, w.clause_begin);
    if (!antecedent.empty()) np = antecedent;
  }
  // "An airstrike on a market in the town of X killed ...": a phrase after
  // a preposition is no subject; the parse may find the real one.
  // "local authorities in Al-Khoms opened fire": the phrase the preposition
  // modifies is the subject, when one stands before it.
  // "Police in the northern city of Kano arrested ...": up through a few
  // such phrases.
  // "A strike on a school sheltering displaced families killed ...",
  // "Gunmen wearing uniforms killed ...": so is the object of a participle
  // that describes the noun before it.
  const auto opens_modifier = [&](size_t k) {
    const Token& t = doc_.tokens[k];
    if (IsPhrasalPreposition(t.lower)) return true;
    // (-ing nouns are many, "building", "meeting", "bombing": the lexicon's
    // nouns and the event words are no participles.)
    return k > w.clause_begin && t.kind == TokenKind::kWord && !t.capitalized && t.lower.size() > 4 &&
           t.lower.ends_with("ing") && !lexicon_.noun_classes(t.lower) && !IsTimeSpanNoun(t.lower) &&
           !lexicon_.triggers().LongestAt(doc_, k, k + 1) && !phrases_.EndingAt(k, w.clause_begin).empty();
  };
  // ("sheltering displaced families": the object may open with a participle.)
  const auto opens_object = [&](size_t begin) {
    if (begin > w.clause_begin + 1 && doc_.tokens[begin - 1].lower.ends_with("ed") &&
        doc_.tokens[begin - 1].kind == TokenKind::kWord && opens_modifier(begin - 2) &&
        !IsPhrasalPreposition(doc_.tokens[begin - 2].lower)) {
      --begin;
    }
    return begin > w.clause_begin && opens_modifier(begin - 1) ? begin : SIZE_MAX;
  };
  constexpr int kMaxPhrasesBack = 3;
  for (int phrases = 0; np.begin > w.clause_begin; ++phrases) {
    const size_t opening = opens_object(np.begin);
    if (opening == SIZE_MAX) break;
    if (phrases == kMaxPhrasesBack) return;
    np = phrases_.EndingAt(opening - 1, w.clause_begin);
    if (np.empty()) return;
  }
  const Token& h = doc_.tokens[np.head];
  // A subject pronoun ("police said they arrested ...") is kept as text for
  // the claim builder, which knows the speaker it may refer to.
  if (IsPersonalPronoun(h.lower) && np.end == np.begin + 1) {
    claim.agent = Text(np.begin, np.end);
    return;
  }
  if (!CanAct(np) || IsPersonalPronoun(h.lower)) return;
  claim.agent = Text(np.begin, np.end);
  claim.agent_entity = entities_.ResolvePhrase(np.begin, np.end, np.head);
}

bool SlotFinder::AgentOfInfinitive(size_t to, const EventWord& w, Claim& claim) const {
  const auto can_act = [&](const NounPhrase& np) {
    if (np.empty() || IsPersonalPronoun(doc_.tokens[np.head].lower)) return false;
    const Token& h = doc_.tokens[np.head];
    const Mention* m = entities_.FirstMentionIn(np.begin, np.end);
    return (m && entities_.entities()[m->entity].type != EntityType::kPlace) || lexicon_.Is(h, kForceNoun) ||
           lexicon_.Is(h, kOrgNoun) || lexicon_.Is(h, kGroupNoun);
  };
  const auto take = [&](const NounPhrase& np) {
    claim.agent = Text(np.begin, np.end);
    claim.agent_entity = entities_.ResolvePhrase(np.begin, np.end, np.head);
    return true;
  };
  // "urged police to release them": the noun before "to" does it.
  if (const NounPhrase before = phrases_.EndingAt(to, w.clause_begin); can_act(before)) return take(before);
  // "police fired tear gas to disperse them", "soldiers were deployed to
  // clear the camp": the purpose is the subject's, that of the verb before.
  constexpr size_t kMaxBack = 12;
  for (size_t k = to; k > w.clause_begin + 1 && to - k < kMaxBack; --k) {
    if (!phrases_.LooksLikeVerb(k - 1) || IsAuxiliary(doc_.tokens[k - 1].lower)) continue;
    size_t subject_end = k - 1;
    while (subject_end > w.clause_begin &&
           (IsAdverbLike(doc_.tokens[subject_end - 1]) || IsAuxiliary(doc_.tokens[subject_end - 1].lower))) {
      --subject_end;
    }
    const NounPhrase subject = phrases_.EndingAt(subject_end, w.clause_begin);
    return can_act(subject) && take(subject);
  }
  return false;
}

void SlotFinder::AgentOwningCraft(const EventWord& w, Claim& claim) {
  // "its rescue ship was helping 40 migrants": the trigger's own first
  // words name a craft; its owner acts.
  bool craft = false;
  for (size_t k = w.begin; k < w.end && k < w.begin + 2; ++k) craft |= lexicon_.Is(doc_.tokens[k], kCraftNoun);
  if (!craft || w.begin == 0 || w.begin <= doc_.sentences[w.sentence].token_begin) return;
  const std::string& owner = doc_.tokens[w.begin - 1].lower;
  int e = -1;
  if (owner == "its" || owner == "their") {
    e = AgentPronoun(w.begin - 1);
  } else if (owner == "'s" && w.begin >= 2) {
    if (const Mention* m = entities_.MentionAt(w.begin - 2)) e = static_cast<int>(m->entity);
  }
  if (e < 0 || entities_.entities()[static_cast<size_t>(e)].type == EntityType::kPlace) return;
  claim.agent = entities_.entities()[static_cast<size_t>(e)].name;
  claim.agent_entity = e;
}

bool SlotFinder::AgentOfCoordinatedVerb(size_t conjunction, const EventWord& w, Claim& claim) const {
  const size_t sentence_begin = BodyBegin(w.sentence);
  constexpr size_t kMaxObjectWords = 8;
  // Back over the first verb's object (no verb, clause mark or comma in it)
  // to that verb, then its auxiliaries, to the subject.
  size_t v = conjunction;
  while (v > sentence_begin && conjunction - v < kMaxObjectWords && !phrases_.LooksLikeVerb(v - 1)) {
    const Token& t = doc_.tokens[v - 1];
    if (t.kind != TokenKind::kWord || IsRelativeWord(t.lower) || IsConjunction(t.lower) ||
        lexicon_.reporting().LongestAt(doc_, v - 1, v)) {
      return false;
    }
    --v;
  }
  if (v <= sentence_begin + 1 || v == conjunction || !phrases_.LooksLikeVerb(v - 1)) return false;
  size_t subject_end = v - 1;
  while (subject_end > sentence_begin &&
         (IsAuxiliary(doc_.tokens[subject_end - 1].lower) || IsAdverbLike(doc_.tokens[subject_end - 1]))) {
    --subject_end;
  }
  // ("... said the attackers had set fire to it and shot ...": the
  // subject may follow a verb of saying.)
  const NounPhrase np = phrases_.EndingAt(subject_end, sentence_begin);
  if (np.empty() || np.end != subject_end || !CanAct(np) || IsPersonalPronoun(doc_.tokens[np.head].lower)) return false;
  claim.agent = Text(np.begin, np.end);
  claim.agent_entity = entities_.ResolvePhrase(np.begin, np.end, np.head);
  return true;
}

void SlotFinder::AgentFromNationality(const EventWord& w, Claim& claim) const {
  // "An Israeli air strike killed ...", "killed in Russian shelling",
  // "wounded by Turkish gunfire": a weapon or a raid named with a
  // nationality is that state's. (Not "two Israeli soldiers": no weapon.)
  constexpr size_t kMaxWordsBetween = 2;  // "Russian air strikes", "Israeli military drone strike"
  size_t best = SIZE_MAX, best_distance = SIZE_MAX;
  for (size_t k = w.clause_begin; k < w.clause_end; ++k) {
    // ("A Saudi-led coalition air strike": whoever leads or backs it too.)
    const std::string& lower = doc_.tokens[k].lower;
    const bool leads = doc_.tokens[k].capitalized && (lower.ends_with("-led") || lower.ends_with("-backed"));
    if (!entities_.IsNationalityAdjective(k) && !leads) continue;
    bool weapon = false;
    for (size_t j = k + 1; j < w.clause_end && j <= k + 1 + kMaxWordsBetween && !weapon; ++j) {
      const Token& t = doc_.tokens[j];
      if (t.kind != TokenKind::kWord || IsPreposition(t.lower) || IsDeterminer(t.lower)) break;
      if (const auto cue = lexicon_.causes().LongestAt(doc_, j, w.clause_end)) {
        const std::string& cause = lexicon_.cause(cue->value);
        weapon = (cause == "explosion" || cause == "shooting") && !lexicon_.Is(doc_.tokens[cue->end - 1], kPersonNoun);
      }
      if (const auto trigger = lexicon_.triggers().LongestAt(doc_, j, w.clause_end)) {
        const Trigger& tr = lexicon_.trigger(trigger->value);
        weapon |= tr.type == "raid" && tr.noun;
      }
    }
    if (!weapon) continue;
    const size_t d = k >= w.end ? k - w.end : w.begin - k;
    if (d < best_distance) {
      best_distance = d;
      best = k;
    }
  }
  if (best == SIZE_MAX) return;
  // ("A Myanmar military air strike", "a Russian army drone strike": with the force named.)
  size_t end = best + 1;
  while (end < w.clause_end && end < best + 1 + kMaxWordsBetween &&
         (lexicon_.Is(doc_.tokens[end], kForceNoun) || lexicon_.Is(doc_.tokens[end], kOrgNoun))) {
    ++end;
  }
  claim.agent = Text(best, end);
  claim.agent_entity = entities_.ResolvePhrase(best, end, end - 1);
}

bool SlotFinder::HeadNamesCause(size_t begin, size_t head) const {
  for (size_t k = begin; k <= head; ++k) {
    if (auto cue = lexicon_.causes().LongestAt(doc_, k, head + 1); cue && cue->end == head + 1) return true;
  }
  return false;
}

// "Gunmen stormed a village, killing 23 people": an -ing clause after a comma
// has the subject of the sentence's first clause, when that subject is one
// that can act (not "A bomb exploded, killing 12").
void SlotFinder::AgentOfParticipleAdjunct(const EventWord& w, Claim& claim) const {
  const std::string& form = doc_.tokens[w.begin].lower;
  if (form.size() < 5 || !form.ends_with("ing")) return;
  if (w.begin == 0) return;
  // "..., killing 14 and wounding 22": the second participle shares the first's subject.
  bool after_comma = doc_.token_text(w.begin - 1) == ",";
  if (!after_comma && doc_.tokens[w.begin - 1].lower == "and") {
    for (size_t k = w.begin - 1; k > w.clause_begin && w.begin - k < 8; --k) {
      const std::string& form_k = doc_.tokens[k - 1].lower;
      if (k >= 2 && form_k.size() > 4 && form_k.ends_with("ing") && doc_.token_text(k - 2) == ",") {
        after_comma = true;
        break;
      }
    }
  }
  if (!after_comma) return;
  // The verb after a subject: an auxiliary or adverb may stand between; an
  // irregular past tense ("went", "came") is a verb too.
  auto verb_after = [&](const NounPhrase& subject) -> size_t {
    size_t verb = subject.end;
    // "Guards at a detention centre opened fire": past the subject's
    // prepositional phrases.
    for (int phrases = 0; phrases < 3 && verb + 1 < w.begin && IsPhrasalPreposition(doc_.tokens[verb].lower);
         ++phrases) {
      const NounPhrase object = phrases_.StartingAt(verb + 1, w.begin);
      if (object.empty()) break;
      verb = object.end;
    }
    while (verb < w.begin && (IsAdverbLike(doc_.tokens[verb]) || IsAuxiliary(doc_.tokens[verb].lower))) ++verb;
    if (verb >= w.begin) return SIZE_MAX;
    const Token& v = doc_.tokens[verb];
    const bool irregular = v.kind == TokenKind::kWord && v.lower != v.lemma && !v.lower.ends_with("s") &&
                           !lexicon_.noun_classes(v.lemma);
    return phrases_.LooksLikeVerb(verb) || irregular ? verb : SIZE_MAX;
  };
  NounPhrase np = phrases_.StartingAt(BodyBegin(w.sentence), w.begin);
  if (np.empty() || np.end >= w.begin) return;
  size_t verb = verb_after(np);
  if (verb == SIZE_MAX) return;
  // "Witnesses said troops went door to door, shooting men": the subject of
  // the reported clause acts, not the speaker.
  if (const auto said = lexicon_.reporting().LongestAt(doc_, verb, w.begin)) {
    size_t clause = said->end;
    if (clause < w.begin && doc_.tokens[clause].lower == "that") ++clause;
    np = phrases_.StartingAt(clause, w.begin);
    if (np.empty() || np.end >= w.begin || verb_after(np) == SIZE_MAX) return;
  }
  if (!CanAct(np) || IsPersonalPronoun(doc_.tokens[np.head].lower)) return;
  claim.agent = Text(np.begin, np.end);
  claim.agent_entity = entities_.ResolvePhrase(np.begin, np.end, np.head);
}

std::string SlotFinder::CauseNear(const EventWord& w) const {
  if (!w.trigger->cause.empty()) return w.trigger->cause;
  const Sentence& s = doc_.sentences[w.sentence];
  std::string best;
  size_t best_distance = SIZE_MAX;
  // "fired live bullets and tear gas, killing three": crowd-control gas
  // seldom kills, so it is the cause only when the sentence names no other.
  const auto crowd_control = [&](const PhraseMatch& m) {
    return lexicon_.cause(m.value) == "asphyxiation" &&
           (doc_.tokens[m.begin].lower == "tear" || doc_.tokens[m.begin].lower == "teargas");
  };
  bool other_cause = false;
  const auto matches = lexicon_.causes().FindAll(doc_, s.token_begin, s.token_end);
  for (const auto& m : matches) other_cause |= !entities_.MentionAt(m.begin) && !crowd_control(m);
  for (const auto& m : matches) {
    if (entities_.MentionAt(m.begin) || (other_cause && crowd_control(m))) continue;
    const size_t d = m.begin >= w.end ? m.begin - w.end : w.begin - std::min(w.begin, m.end);
    if (d < best_distance) {
      best_distance = d;
      best = lexicon_.cause(m.value);
    }
  }
  return best;
}

bool SlotFinder::SpeaksNext(size_t i, size_t end) const {
  // ("the human rights office in Geneva called for ...": past where it sits.)
  if (i + 1 < end && (doc_.tokens[i].lower == "in" || doc_.tokens[i].lower == "at") && doc_.tokens[i + 1].capitalized) {
    constexpr size_t kMaxNameWords = 3;
    const size_t name_begin = ++i;
    while (i < end && i < name_begin + kMaxNameWords && doc_.tokens[i].capitalized) ++i;
  }
  while (i < end && (IsAuxiliary(doc_.tokens[i].lower) || IsAdverbLike(doc_.tokens[i]))) ++i;
  return i < end && doc_.tokens[i].kind == TokenKind::kWord && lexicon_.reporting().LongestAt(doc_, i, i + 1);
}

size_t SlotFinder::SharedObjectStart(const EventWord& w) const {
  // "beat and tortured dozens", "arrested, beat and released 40 protesters":
  // verbs joined by commas and a last "and" or "or", then the object.
  size_t k = w.end;
  bool closed = false;
  while (!closed && k + 2 < w.clause_end) {
    const std::string& joint = doc_.tokens[k].lower;
    const bool comma = doc_.token_text(k) == ",";
    if (joint != "and" && joint != "or" && !comma) break;
    if (!phrases_.LooksLikeVerb(k + 1) && !lexicon_.triggers().LongestAt(doc_, k + 1, k + 2)) break;
    closed = !comma;
    k += 2;
  }
  if (!closed) return SIZE_MAX;
  const Token& next = doc_.tokens[k];
  if (next.kind == TokenKind::kNumber || IsDeterminer(next.lower) || NumberWordValue(next.lower) ||
      lexicon_.Is(next, kPersonNoun)) {
    return k;
  }
  const auto count = ParseCountPhraseAt(doc_, k, w.clause_end);
  return count && count->token_begin == k ? k : SIZE_MAX;
}

bool SlotFinder::NamesInstrument(size_t begin, size_t head) const {
  const Token& h = doc_.tokens[head];
  if (!lexicon_.IsThing(h) || entities_.MentionAt(head)) return false;
  // "Russian warplanes", "a police truck", "army drones": an actor's
  // weapon or vehicle stands for the actor.
  for (size_t k = begin; k <= head; ++k) {
    const Token& t = doc_.tokens[k];
    if (entities_.MentionAt(k) || (gazetteer_ && gazetteer_->FindDemonym(t.lower)) || lexicon_.Is(t, kForceNoun) ||
        lexicon_.Is(t, kOrgNoun) || lexicon_.Is(t, kPersonNoun) || lexicon_.Is(t, kGroupNoun) ||
        lexicon_.Is(t, kCraftNoun)) {
      return false;
    }
  }
  return true;
}

bool SlotFinder::AccusedBefore(size_t head, size_t limit) const {
  // The accusing verb stands a short noun phrase before: "blamed armed individuals among the demonstrators".
  constexpr size_t kMaxPhrase = 7;
  for (size_t k = head; k > limit && head - k < kMaxPhrase; --k) {
    const auto verb = lexicon_.reporting().LongestAt(doc_, k - 1, k);
    if (verb) return lexicon_.reporting_verb(verb->value).kind == ReportKind::kAccuse;
  }
  return false;
}

bool SlotFinder::OwnsActorNext(size_t i, size_t end) const {
  if (i >= end || doc_.tokens[i].lower != "'s") return false;
  // The possessed phrase is short: "Russia's defence ministry", not a clause.
  for (size_t k = i + 1; k < end && k <= i + 3 && doc_.tokens[k].kind == TokenKind::kWord; ++k) {
    const Token& t = doc_.tokens[k];
    if (lexicon_.Is(t, kOrgNoun) || lexicon_.Is(t, kForceNoun) || lexicon_.Is(t, kRoleNoun)) return true;
  }
  return false;
}

bool SlotFinder::NamesUnknownSettlementAfter(const EventWord& w) const {
  const Sentence& s = doc_.sentences[w.sentence];
  for (size_t i = w.end; i < s.token_end && i < w.place_end; ++i) {
    const Mention* m = entities_.MentionAt(i);
    if (!m) continue;
    const Entity& e = entities_.entities()[m->entity];
    if (e.type == EntityType::kPlace && e.place < 0 && m->begin >= 2 && doc_.tokens[m->begin - 1].lower == "of" &&
        (doc_.tokens[m->begin - 2].lower == "village" || doc_.tokens[m->begin - 2].lower == "town")) {
      return true;
    }
    i = m->end - 1;
  }
  return false;
}

std::optional<PlaceValue> SlotFinder::PlaceNear(const EventWord& w, bool unknown_settlement_after) const {
  if (!gazetteer_) return std::nullopt;
  const Sentence& s = doc_.sentences[w.sentence];
  std::optional<PlaceValue> best;
  long best_score = 0;
  // "sentenced three soldiers for the killing of 12 civilians in the
  // village of Diallassagou": a settlement the gazetteer does not know,
  // named after the event word, is where it was; a known place before the
  // event word ("A military court in Bamako") is where something else is.
  auto consider = [&](const geo::Place& p, size_t i) {
    // (A country or region before it may still hold it: "In Mali, ...".)
    if (unknown_settlement_after && i < w.begin && p.kind != geo::PlaceKind::kCountry &&
        p.kind != geo::PlaceKind::kAdmin1) {
      return;
    }
    const long distance = i >= w.end ? static_cast<long>(i - w.end) : static_cast<long>(w.begin - i) + 3;
    const long score = KindRank(p.kind) * 40 + distance;
    if (!best || score < best_score) {
      best_score = score;
      best = ValueOf(p);
    }
  };
  // Not the dateline's city: where the report was filed, not where it happened.
  for (size_t i = BodyBegin(w.sentence); i < s.token_end && i < w.place_end; ++i) {
    if (doc_.tokens[i].lower == "capital") {
      if (const geo::Place* capital = CapitalNamedAt(i)) consider(*capital, i);
      continue;
    }
    if (!doc_.tokens[i].capitalized) continue;
    // "off the Libyan coast", "in Greek waters": the country's shore.
    if (const geo::Place* nation = CountryOfShoreAt(i)) {
      consider(*nation, i);
      ++i;
      continue;
    }
    const Mention* m = entities_.MentionAt(i);
    if (m && entities_.entities()[m->entity].type != EntityType::kPlace) {
      i = m->end - 1;  // "Kenya police", "Sudan's Ministry": a name, not a place of the event
      continue;
    }
    // "the village of Tin Hama": a place the gazetteer knows only a part of
    // (Hamah in Syria) is none of its places.
    if (m && m->begin < i && entities_.entities()[m->entity].place < 0) {
      i = m->end - 1;
      continue;
    }
    auto match = gazetteer_->MatchAt(doc_, i, entities_.report_country());
    if (!match) continue;
    // "urged Tehran to respect the law", "called on Khartoum", "accused
    // Kigali": a place asked or blamed is its government, not where.
    {
      static constexpr std::string_view kAddressVerbs[] = {"urge", "press", "accuse", "blame", "ask",
                                                           "warn", "pressure", "criticize", "criticise"};
      const Token* verb = i > s.token_begin ? &doc_.tokens[i - 1] : nullptr;
      if (verb && verb->lower == "on" && i > s.token_begin + 1 && doc_.tokens[i - 2].lemma == "call") verb = &doc_.tokens[i - 2];
      if (verb && (verb->lemma == "call" ||
                   std::find(std::begin(kAddressVerbs), std::end(kAddressVerbs), verb->lemma) != std::end(kAddressVerbs))) {
        i += match->tokens - 1;
        continue;
      }
    }
    if (WhereABodyIsBased(i, s.token_begin)) {
      i += match->tokens - 1;
      continue;
    }
    // "Central and South America", "Latin America": a capitalized compass
    // word before an alternate name makes a larger region ("America" is
    // also a name of the United States); "Northern Mali" is still Mali.
    static constexpr std::string_view kRegionWords[] = {"north", "south", "east", "west", "central", "latin"};
    if (match->by_alias && i > s.token_begin && doc_.tokens[i - 1].capitalized &&
        std::find(std::begin(kRegionWords), std::end(kRegionWords), doc_.tokens[i - 1].lower) != std::end(kRegionWords)) {
      i += match->tokens - 1;
      continue;
    }
    // "Athens has denied": the government speaks ("Police in Kenya said": the place is where they are).
    // Only a place that is the subject: at the clause's start ("Survivors of a boat that sank off
    // southern Greece said" names where).
    const auto preposition_at = [&](size_t k) { return k >= s.token_begin && IsPreposition(doc_.tokens[k].lower); };
    const bool subject_slot = i == BodyBegin(w.sentence) ||
                              !(preposition_at(i - 1) || (i >= 2 && preposition_at(i - 2) && !doc_.tokens[i - 1].capitalized &&
                                                          doc_.tokens[i - 1].kind == TokenKind::kWord));
    if ((subject_slot && SpeaksNext(i + match->tokens, s.token_end)) || OwnsActorNext(i + match->tokens, s.token_end)) {
      i += match->tokens - 1;
      continue;
    }
    // "German", "Libyan": a nationality word, not the town that happens to share its spelling.
    if (match->tokens == 1 && gazetteer_->FindDemonym(doc_.tokens[i].lower) &&
        match->place->kind != geo::PlaceKind::kCountry) {
      continue;
    }
    const size_t after = i + match->tokens;
    const bool force_next = after < doc_.tokens.size() && lexicon_.Is(doc_.tokens[after], kForceNoun);
    const geo::Place* reading = ReadingInContext(doc_, *gazetteer_, i, *match, entities_.report_country(), force_next);
    // "deported 150 Myanmar nationals": a country before a noun for people
    // says where they are from, not where the event was.
    const bool nationality = reading && reading->kind == geo::PlaceKind::kCountry && after < doc_.tokens.size() &&
                             lexicon_.Is(doc_.tokens[after], kPersonNoun) && !force_next;
    // "near Assamaka, close to the border with Algeria": the country across
    // the border is not where the event was.
    const bool across_border = reading && reading->kind == geo::PlaceKind::kCountry && i >= s.token_begin + 2 &&
                               doc_.tokens[i - 1].lower == "with" &&
                               (doc_.tokens[i - 2].lemma == "border" || doc_.tokens[i - 2].lemma == "frontier");
    // "near the U.S. border", "at the Turkish-Syrian frontier": a country's
    // border is the edge of it, on either side.
    const bool country_border = reading && reading->kind == geo::PlaceKind::kCountry && after < s.token_end &&
                                (doc_.tokens[after].lemma == "border" || doc_.tokens[after].lemma == "frontier");
    if (across_border || country_border) {
      i += match->tokens - 1;
      continue;
    }
    // "one man from Guinea died", "their exodus from Myanmar", "rockets
    // fired from Lebanon": a country after "from" is where people or things
    // came from, unless the event moves people ("migrants deported from
    // Libya" left Libya).
    // ("a woman from Guinea and Mali were picked up": a list of countries
    // is where people are from, whatever the event; no one leaves two.)
    size_t from = i;
    while (from >= s.token_begin + 3 && (doc_.tokens[from - 1].lower == "and" || doc_.token_text(from - 1) == ",") &&
           doc_.tokens[from - 2].capitalized) {
      from -= 2;
    }
    const bool list_follows = after + 1 < s.token_end &&
                              (doc_.tokens[after].lower == "and" || doc_.token_text(after) == ",") &&
                              doc_.tokens[after + 1].capitalized;
    const bool listed_after_person = (from < i || list_follows) && from >= s.token_begin + 2 &&
                                     lexicon_.Is(doc_.tokens[from - 2], kPersonNoun);
    const bool origin = reading && reading->kind == geo::PlaceKind::kCountry &&
                        (!MovesPeople(w.trigger->type) || listed_after_person) && from >= s.token_begin + 2 &&
                        doc_.tokens[from - 1].lower == "from" && !lexicon_.Is(doc_.tokens[from - 2], kForceNoun);
    if (reading && !nationality && !origin) consider(*reading, i);
    i += match->tokens - 1;
  }
  return best;
}

// "The charity, based in London, said", "a Geneva-based group": where a
// body is based is not where the event was.
bool SlotFinder::WhereABodyIsBased(size_t i, size_t sentence_begin) const {
  // (The tokenizer keeps "Geneva-based" one word.)
  if (doc_.tokens[i].lower.ends_with("-based") || doc_.tokens[i].lower.ends_with("-headquartered")) return true;
  return i >= sentence_begin + 2 && (doc_.tokens[i - 1].lower == "in" || doc_.tokens[i - 1].lower == "at") &&
         (doc_.tokens[i - 2].lower == "based" || doc_.tokens[i - 2].lower == "headquartered");
}

std::optional<PlaceValue> SlotFinder::SettingOf(size_t sentence) const {
  if (!gazetteer_) return std::nullopt;
  const Sentence& s = doc_.sentences[sentence];
  for (size_t i = std::max<size_t>(BodyBegin(sentence), s.token_begin + 1); i < s.token_end; ++i) {
    const std::string& before = doc_.tokens[i - 1].lower;
    if (!doc_.tokens[i].capitalized || (before != "in" && before != "around" && before != "near" &&
                                        before != "outside" && before != "across")) {
      continue;
    }
    const Mention* m = entities_.MentionAt(i);
    if (m && entities_.entities()[m->entity].type != EntityType::kPlace) continue;
    if (WhereABodyIsBased(i, s.token_begin)) continue;
    auto match = gazetteer_->MatchAt(doc_, i, entities_.report_country());
    if (!match) continue;
    if (match->tokens == 1 && gazetteer_->FindDemonym(doc_.tokens[i].lower) &&
        match->place->kind != geo::PlaceKind::kCountry) {
      continue;
    }
    const geo::Place* p = ReadingInContext(doc_, *gazetteer_, i, *match, entities_.report_country(), false);
    if (!p) continue;
    return ValueOf(*p);
  }
  return std::nullopt;
}

const geo::Place* SlotFinder::CountryOfShoreAt(size_t i) const {
  if (i + 1 >= doc_.tokens.size()) return nullptr;
  const std::string& next = doc_.tokens[i + 1].lower;
  const bool shore = next == "coast" || next == "coastline" || next == "shore" || next == "shores" ||
                     next == "waters" || next == "territory" || next == "soil" || next == "mainland";
  return shore ? gazetteer_->FindDemonym(doc_.tokens[i].lower) : nullptr;
}

const geo::Place* SlotFinder::CapitalNamedAt(size_t i) const {
  // "the capital, Tripoli", "capital city Juba": the name that follows is matched itself.
  if (i + 1 < doc_.tokens.size() && doc_.tokens[i + 1].capitalized) return nullptr;
  if (i + 2 < doc_.tokens.size() && doc_.token_text(i + 1) == "," && doc_.tokens[i + 2].capitalized) return nullptr;
  if (i == 0) return nullptr;
  std::string country;
  const Token& before = doc_.tokens[i - 1];
  if ((before.lower == "'s" || before.lower == "'") && i >= 2) {
    // "Nigeria's capital"
    const Mention* m = entities_.MentionAt(i - 2);
    if (!m) return nullptr;
    const Entity& e = entities_.entities()[m->entity];
    if (e.type != EntityType::kPlace || e.place < 0) return nullptr;
    const geo::Place& p = gazetteer_->places()[e.place];
    if (p.kind != geo::PlaceKind::kCountry) return nullptr;
    country = p.country_code;
  } else if (const geo::Place* nation = gazetteer_->FindDemonym(before.lower); nation && before.capitalized) {
    country = nation->country_code;  // "the Libyan capital"
  } else if (before.lower == "the") {
    country = entities_.report_country();  // "in the capital": the report's country's
  }
  return country.empty() ? nullptr : gazetteer_->FindCapital(country);
}

std::string SlotFinder::FacilityNear(const EventWord& w) const {
  const Sentence& s = doc_.sentences[w.sentence];
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (size_t i = s.token_begin; i < s.token_end; ++i) {
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::kWord || !lexicon_.Is(t, kFacilityNoun) || t.lemma == "detention") continue;
    if (i + 1 < s.token_end && lexicon_.Is(doc_.tokens[i + 1], kFacilityNoun)) continue;  // the head comes later
    // "A prison service spokesman", "camp officials": a facility word modifying who speaks or acts.
    if (i + 1 < s.token_end && (lexicon_.Is(doc_.tokens[i + 1], kOrgNoun) || lexicon_.Is(doc_.tokens[i + 1], kRoleNoun) ||
                                lexicon_.Is(doc_.tokens[i + 1], kGroupNoun))) {
      continue;
    }
    const Mention* m = entities_.MentionAt(i);
    if (m && entities_.entities()[m->entity].type != EntityType::kPlace) continue;
    // "the U.N. human rights office said": an office that speaks is its staff;
    // "the centre's operator" is no centre.
    if (SpeaksNext(i + 1, s.token_end)) continue;
    if (i + 1 < s.token_end && (doc_.tokens[i + 1].lower == "'s" || doc_.tokens[i + 1].lower == "'")) continue;
    // "sentenced to 10 years in prison", "life in jail": a term, not a place.
    if (i >= s.token_begin + 2 && doc_.tokens[i - 1].lower == "in" &&
        (doc_.tokens[i - 2].lemma == "year" || doc_.tokens[i - 2].lemma == "month" ||
         doc_.tokens[i - 2].lower == "life")) {
      continue;
    }
    NounPhrase np = phrases_.EndingAt(i + 1, s.token_begin);
    if (np.empty()) continue;
    size_t modifiers = 0;
    for (size_t k = np.begin; k < i; ++k) modifiers += !IsDeterminer(doc_.tokens[k].lower);
    if (!IsStrongFacility(t.lemma) && modifiers == 0) continue;
    // "in our facilities", "the prisons": a plural with nothing but a determiner names no one place.
    if (modifiers == 0 && t.lower != t.lemma) continue;
    // "they rescued 22 migrants ... and that two of them were taken to
    // hospital": a facility in a further clause of the saying is that clause's.
    if (i >= w.clause_end) {
      bool further_clause = false;
      for (size_t k = w.clause_end; k < i && !further_clause; ++k) further_clause = doc_.tokens[k].lower == "that";
      if (further_clause) continue;
    }
    const size_t d = i >= w.end ? i - w.end : w.begin - std::min(w.begin, i);
    if (d < best_distance) {
      best_distance = d;
      best = Text(np.begin, np.end);
    }
  }
  return best;
}

std::optional<TimeValue> SlotFinder::TimeNear(const EventWord& w) const {
  const Sentence& s = doc_.sentences[w.sentence];
  const TimeExpr* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (size_t k = times_from_[w.sentence]; k < times_from_[w.sentence + 1]; ++k) {
    const TimeExpr& t = times_[k];
    if (t.token_begin < s.token_begin || t.token_end > s.token_end) continue;
    // "..., UNHCR said, calling it the deadliest year since 2014": past a
    // comma after a trailing saying, the words are the speaker's comment.
    // ("..., police said, adding that the attack was on Monday": a further
    // saying is content again.)
    if (t.token_begin >= w.place_end && !(w.place_end + 1 < s.token_end &&
                                          lexicon_.reporting().LongestAt(doc_, w.place_end + 1, w.place_end + 2))) {
      continue;
    }
    // "said today that ...", "police said on Friday": the time of the saying, not of the event.
    size_t before = t.token_begin;
    if (before > s.token_begin && doc_.tokens[before - 1].lower == "on") --before;
    // ("in Kaduna state on Thursday": a region, not "to state".)
    if (before > s.token_begin && lexicon_.reporting().LongestAt(doc_, before - 1, before) &&
        !phrases_.StateIsNoVerb(before - 1)) {
      continue;
    }
    // "told reporters in Geneva on Friday": past the addressee and where.
    if (TellsAddresseeBefore(before, s.token_begin)) continue;
    // "Amnesty today called on ...", "police on Friday said": the time of the
    // saying or the appeal, before its verb.
    if (t.token_end < s.token_end && w.begin > t.token_end) {
      const auto cue = lexicon_.cues().LongestAt(doc_, t.token_end, s.token_end);
      if ((cue && lexicon_.cue(cue->value) == CueKind::kIrrealis) ||
          (lexicon_.reporting().LongestAt(doc_, t.token_end, t.token_end + 1) &&
           !phrases_.StateIsNoVerb(t.token_end))) {
        continue;
      }
    }
    // "a report published on Wednesday": when the document came out.
    // ("Sadiq al-Mahdi was released on Friday" is when the release was.)
    if (before > s.token_begin + 1) {
      const std::string& lemma = doc_.tokens[before - 1].lemma;
      const std::string& noun = doc_.tokens[before - 2].lemma;
      const bool document = noun == "report" || noun == "statement" || noun == "study" || noun == "communique" ||
                            noun == "document" || noun == "video" || noun == "letter";
      if (document && (lemma == "publish" || lemma == "release" || lemma == "issue" || lemma == "post")) continue;
      // "a report by the council published on Wednesday": only documents are published.
      if (lemma == "publish") continue;
    }
    if (IsDateline(t)) continue;  // "TRIPOLI, May 25 -": when the report was filed
    size_t d = t.token_begin >= w.end ? t.token_begin - w.end : w.begin - std::min<size_t>(w.begin, t.token_end);
    if (t.token_begin < w.clause_begin || t.token_end > w.clause_end) d += kOutsideClausePenalty;
    // "detained 300 people on Monday and released them on Wednesday": a time
    // before "and" belongs to the verb before it.
    if (t.token_end <= w.begin) {
      for (size_t k = t.token_end; k < w.begin; ++k) {
        if (doc_.tokens[k].lower == "and" || doc_.tokens[k].lower == "but") {
          d += kOutsideClausePenalty;
          break;
        }
      }
    }
    if (d < best_distance) {
      best_distance = d;
      best = &t;
    }
  }
  if (!best) return std::nullopt;
  // '"They shot my brother yesterday," he said on Tuesday': in a quotation,
  // words that count from the moment of speaking count from the saying. (In
  // reported speech they are the reporter's: "insisted on Tuesday that
  // yesterday's shootings ...".)
  std::optional<TimeExpr> reanchored;
  bool deictic = false;
  for (size_t k = best->token_begin; k < best->token_end; ++k) {
    const std::string& word = doc_.tokens[k].lower;
    deictic |= word == "ago" || word == "yesterday" || word == "today" ||
               (word == "night" && k > best->token_begin && doc_.tokens[k - 1].lower == "last");
  }
  if (deictic && Quoted(w.sentence, best->token_begin)) {
    if (const auto day = SayingDay(w, best)) {
      for (const TimeExpr& t : FindTimeExprs(doc_, best->token_begin, best->token_end, day)) {
        if (t.token_begin == best->token_begin && t.token_end == best->token_end) reanchored = t;
      }
      if (reanchored) best = &*reanchored;
    }
  }
  TimeValue v;
  v.text = best->text;
  if (best->date) v.date = FormatIso(*best->date);
  if (best->start) v.start = FormatIso(*best->start);
  if (best->end) v.end = FormatIso(*best->end);
  return v;
}

bool SlotFinder::Quoted(size_t sentence, size_t token) const {
  const Sentence& s = doc_.sentences[sentence];
  int opens = 0, closes = 0;
  for (size_t k = s.token_begin; k < token; ++k) {
    opens += doc_.tokens[k].kind == TokenKind::kQuoteOpen;
    closes += doc_.tokens[k].kind == TokenKind::kQuoteClose;
  }
  if (opens != closes) return opens > closes;
  if (opens > 0) return false;
  // A quotation that opened in an earlier sentence closes after the token.
  for (size_t k = token; k < s.token_end; ++k) {
    if (doc_.tokens[k].kind == TokenKind::kQuoteOpen) return false;
    if (doc_.tokens[k].kind == TokenKind::kQuoteClose) return true;
  }
  return false;
}

std::optional<Date> SlotFinder::SayingDay(const EventWord& w, const TimeExpr* event_time) const {
  if (w.report_verb == SIZE_MAX || !anchor_) return std::nullopt;
  const Sentence& s = doc_.sentences[w.sentence];
  for (size_t k = times_from_[w.sentence]; k < times_from_[w.sentence + 1]; ++k) {
    const TimeExpr& t = times_[k];
    if (&t == event_time || !t.date || IsDateline(t)) continue;
    // Before the verb and outside the content ("On Monday, X said"), or
    // right after it ("said on Tuesday", "said today").
    const bool before = t.token_end <= w.report_verb && t.token_end <= w.begin &&
                        (t.token_begin == BodyBegin(w.sentence) || t.token_begin == s.token_begin);
    const bool after = t.token_begin > w.report_verb && t.token_begin <= w.report_verb + 3 &&
                       (t.token_begin == w.report_verb + 1 || doc_.tokens[t.token_begin - 1].lower == "on");
    if ((before || after) && *t.date != *anchor_) return t.date;
  }
  return std::nullopt;
}

size_t SlotFinder::SentenceOf(size_t token) const {
  const auto after = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token,
                                      [](size_t t, const Sentence& s) { return t < s.token_begin; });
  return after == doc_.sentences.begin() ? 0 : static_cast<size_t>(after - doc_.sentences.begin()) - 1;
}

PlaceValue SlotFinder::ValueOf(const geo::Place& p) const {
  return PlaceValue{static_cast<int>(&p - gazetteer_->places().data()), p.name, p.country_code,
                    p.kind == geo::PlaceKind::kCity || p.kind == geo::PlaceKind::kLocal, p.has_coords, p.lat, p.lon};
}

size_t SlotFinder::BodyBegin(size_t sentence) const { return DatelineEnd(doc_, doc_.sentences[sentence]); }

// A dateline opens a paragraph: "SABHA, March 14 -", "TRIPOLI, May 25 :".
bool SlotFinder::IsDateline(const TimeExpr& t) const {
  if (t.token_end >= doc_.tokens.size()) return false;
  size_t next = t.token_end;
  // "CAIRO, Aug 14 (AP) -": the agency in brackets comes between.
  if (doc_.token_text(next) == "(") {
    size_t close = next + 1;
    while (close < doc_.tokens.size() && close < next + 5 && doc_.token_text(close) != ")") ++close;
    if (close + 1 >= doc_.tokens.size() || doc_.token_text(close) != ")") return false;
    next = close + 1;
  }
  const std::string_view after = doc_.token_text(next);
  if (after != "-" && after != ":" && after != "\xE2\x80\x94" && after != "\xE2\x80\x93") return false;
  size_t start = t.token_begin;
  while (start > 0 && !doc_.tokens[start].paragraph_start && t.token_begin - start < 5) --start;
  return doc_.tokens[start].paragraph_start;
}

// "the wounded were taken to hospital", "the dead and wounded at both
// sites": an adjective after "the" with no noun after it stands for people.
// Returns where "the" is, or SIZE_MAX.
size_t SlotFinder::NominalAdjectiveStart(const EventWord& w) const {
  size_t the = w.begin;
  if (the > w.clause_begin + 1 && doc_.tokens[the - 1].lower == "and" &&
      lexicon_.triggers().LongestAt(doc_, the - 2, the - 1)) {
    the -= 2;  // "the dead and wounded"
  }
  if (the <= w.clause_begin || doc_.tokens[the - 1].lower != "the") return SIZE_MAX;
  if (w.end >= w.clause_end) return the - 1;
  const Token& next = doc_.tokens[w.end];
  const bool noun_next = next.kind == TokenKind::kWord && !IsPreposition(next.lower) && !IsAuxiliary(next.lower) &&
                         !IsConjunction(next.lower) && !IsRelativeWord(next.lower) && !phrases_.LooksLikeVerb(w.end);
  return noun_next ? SIZE_MAX : the - 1;
}

bool SlotFinder::TellsAddresseeBefore(size_t i, size_t limit) const {
  constexpr size_t kMaxWords = 5;  // "reporters in New York"
  for (size_t k = i; k > limit && i - k < kMaxWords; --k) {
    const Token& t = doc_.tokens[k - 1];
    if (t.kind != TokenKind::kWord) return false;
    if (t.lemma == "tell" || t.lemma == "brief" || t.lemma == "inform" || t.lemma == "assure") return k < i;
    if (phrases_.LooksLikeVerb(k - 1) || lexicon_.reporting().LongestAt(doc_, k - 1, k)) return false;
  }
  return false;
}

bool SlotFinder::CommaBetween(size_t begin, size_t end) const {
  for (size_t i = begin; i < end; ++i) {
    if (doc_.token_text(i) == ",") return true;
  }
  return false;
}

bool SlotFinder::MarksPartialCount(const EventWord& w) const {
  for (size_t i = w.clause_begin; i < w.clause_end; ++i) {
    auto cue = lexicon_.cues().LongestAt(doc_, i, w.clause_end);
    if (cue && lexicon_.cue(cue->value) == CueKind::kPartialCount) return true;
  }
  return false;
}

bool SlotFinder::Fill(const EventWord& w, Claim& claim) {
  const Trigger& tr = *w.trigger;
  const bool noun = tr.noun || UsedAsNoun(w);
  const bool passive = IsPassive(w);
  Argument arg;
  if (noun) {
    // "the killing of two migrants"; "the remains of 30 people", whose trigger ends in "of".
    const bool of_inside = w.end > w.begin + 1 && doc_.tokens[w.end - 1].lower == "of";
    const bool of_phrase = of_inside || (w.end < w.clause_end && doc_.tokens[w.end].lower == "of");
    if (of_phrase) arg = VictimsRight(of_inside ? w.end : w.end + 1, w.clause_end);
    if (of_phrase && arg.found) {
      // "the killing of two migrants"; "25 bodies of soldiers": the number
      // before a body counts the dead, when the "of" phrase gives none.
      const std::string& noun = doc_.tokens[w.begin].lemma;
      if ((noun == "body" || noun == "corpse") && w.begin > w.clause_begin &&
          (!arg.count || (arg.count->approx && !arg.count->max))) {
        auto c = ParseCountBefore(doc_, w.begin, w.clause_begin);
        if (c && c->token_begin < w.begin && c->min.value_or(0) >= 1) arg.count = CountValue{c->min, c->max, c->approx, c->text};
      }
    } else if (lexicon_.Is(doc_.tokens[w.end - 1], kPersonNoun)) {
      // "27 migrants' bodies": the possessor carries the count; else "Close to 40 bodies".
      const bool possessed = w.begin > w.clause_begin &&
                             (doc_.tokens[w.begin - 1].lower == "'" || doc_.tokens[w.begin - 1].lower == "'s");
      if (possessed) arg = VictimsLeft(w);
      if (!arg.found) arg = ArgumentAt(w.end - 1, w.clause_begin);
    } else if (doc_.tokens[w.begin].lower.ends_with("ing") && w.end < w.clause_end &&
               (arg = VictimsRight(w.end, w.clause_end)).found) {
      // "..., killing 23 people": the -ing form used as a verb takes an object.
    } else if (w.begin > w.clause_begin && IsVictimHead(w.begin - 1)) {
      arg = ArgumentAt(w.begin - 1, w.clause_begin);  // "five deaths", before any number after it
    } else if (auto c = ParseCountPhraseAt(doc_, w.end, w.clause_end);
               c && (tr.type == "kill" || tr.type == "injure") && !CommaBetween(w.end, c->token_begin)) {
      // ("treated 200 people for injuries, many of them gunshot wounds": a
      // count past a comma is of something else.)
      arg.count = CountValue{c->min, c->max, c->approx, c->text};  // "the death toll rose to 108"
      arg.found = true;
    } else {
      // "two dozen were taken to hospital with serious injuries": the subject before the auxiliary.
      size_t k = w.begin;
      while (k > w.clause_begin && doc_.tokens[k - 1].kind == TokenKind::kWord && !IsPreposition(doc_.tokens[k - 1].lower)) --k;
      // "treated 25 people for gunshot wounds": the people treated for them.
      // ("blamed armed men for the killing" names who is blamed, not who died.)
      if (k > w.clause_begin + 1 && doc_.tokens[k - 1].lower == "for" && IsVictimHead(k - 2) &&
          !entities_.MentionAt(k - 2) && !AccusedBefore(k - 2, doc_.sentences[w.sentence].token_begin)) {
        arg = ArgumentAt(k - 2, w.clause_begin);
      }
      // "three people with gunshot wounds": the people who have them.
      if (k > w.clause_begin + 1 && doc_.tokens[k - 1].lower == "with" && tr.type == "injure" &&
          IsVictimHead(k - 2) && !entities_.MentionAt(k - 2)) {
        arg = ArgumentAt(k - 2, w.clause_begin);
      }
      // ("17 refugees were treated for injuries": the subject of the passive.)
      if (!arg.found && k > w.clause_begin && (doc_.tokens[k - 1].lower == "with" || doc_.tokens[k - 1].lower == "for")) {
        for (size_t a = k - 1; a > w.clause_begin + 1; --a) {
          if (!IsAuxiliary(doc_.tokens[a - 1].lower)) continue;
          if (IsVictimHead(a - 2) && !entities_.MentionAt(a - 2)) arg = ArgumentAt(a - 2, w.clause_begin);
          break;
        }
      }
    }
  } else if (passive || tr.adj || tr.subject_undergoes) {
    arg = VictimsLeft(w);
    // "Among the dead were four children": the subject after the verb.
    const size_t right = w.end < w.clause_end && IsBeForm(doc_.tokens[w.end].lower) ? w.end + 1 : w.end;
    if (!arg.found && tr.adj) arg = VictimsRight(right, w.clause_end);
  } else {
    // From the word after the first trigger word: "admitted the migrants to"
    // has its object inside, up to the trigger's last word ("took three
    // soldiers prisoner": not "soldiers prisoner").
    arg = VictimsRight(w.begin + 1, w.end > w.begin + 1 ? std::min(w.clause_end, w.end - 1) : w.clause_end);
    // "shot and killed a protester": the object follows the whole trigger.
    if (!arg.found && w.end > w.begin + 1) arg = VictimsRight(w.end, w.clause_end);
    // "beat and tortured dozens of detainees": the object of the verb after "and".
    if (const size_t shared = arg.found ? SIZE_MAX : SharedObjectStart(w); shared != SIZE_MAX) {
      arg = VictimsRight(shared, w.clause_end);
    }
    if (!arg.found && (tr.type == "abuse" || tr.type == "raid")) {
      for (size_t i = w.end; i < w.clause_end && i < w.end + 6; ++i) {
        if (doc_.tokens[i].lower == "against" || doc_.tokens[i].lower == "on" || doc_.tokens[i].lower == "at") {
          arg = VictimsRight(i + 1, w.clause_end);
          break;
        }
      }
    }
  }
  // "about 30 injured people", "two wounded soldiers": a participle between
  // the number and its noun; the number counts the noun.
  if (!noun && w.end < w.clause_end && lexicon_.Is(doc_.tokens[w.end], kPersonNoun) && w.begin > w.clause_begin) {
    auto c = ParseCountBefore(doc_, w.begin, w.clause_begin);
    if (c && c->token_end == w.begin && c->token_begin < w.begin && c->min.value_or(0) >= 1) {
      arg.count = CountValue{c->min, c->max, c->approx, c->text};
    }
  }
  if (!arg.count && !noun && (tr.adj || doc_.tokens[w.end - 1].lower.ends_with("ed"))) {
    if (const size_t the = NominalAdjectiveStart(w); the != SIZE_MAX) {
      arg.count = CountValue{2, std::nullopt, true, Text(the, w.end)};  // "the wounded": two or more
    }
  }
  if (arg.count) {
    claim.count = arg.count;
    claim.count->partial = MarksPartialCount(w);
  }
  claim.victims = arg.victims;
  // ("no one was missing": nobody, and the parse is not asked for somebody.)
  if (claim.victims.empty() && !arg.pronoun && !NoOneBefore(w)) {
    std::optional<CountValue> count;
    claim.victims = VictimsFromParse(w, passive, &count);
    if (!claim.count && count) claim.count = count;
  }
  // "police said nobody had died": the denial names no group.
  if (IsNoOne(claim.victims)) claim.victims.clear();
  if (!claim.victims.empty()) {
    const size_t space = claim.victims.rfind(' ');
    const std::string lower = LowerCase(claim.victims.substr(space == std::string::npos ? 0 : space + 1));
    const auto classes = [&](uint8_t c) {
      return (lexicon_.noun_classes(lower) & c) ||
             (lower.size() > 1 && lower.back() == 's' && (lexicon_.noun_classes(lower.substr(0, lower.size() - 1)) & c));
    };
    claim.victims_are_forces = classes(kForceNoun);
    claim.victims_are_armed_group = classes(kArmedGroupNoun);
  }
  AgentOf(w, passive, claim);
  // A pronoun subject is the last resort: the parse may name the agent.
  std::string pronoun;
  if (claim.agent_entity < 0 && IsPronounPhrase(claim.agent)) pronoun = std::exchange(claim.agent, "");
  if (claim.agent.empty()) AgentFromParse(w, passive, claim);
  if (claim.agent.empty()) claim.agent = pronoun;
  if (claim.agent.empty()) AgentOwningCraft(w, claim);
  if (claim.agent.empty()) AgentFromNationality(w, claim);
  if (w.trigger->no_agent) {
    claim.agent.clear();
    claim.agent_entity = -1;
  }
  // ("Soldiers fired on the crowd": who acts is not also who suffers it.)
  if (!claim.victims.empty() && NamesSameGroup(claim.victims, claim.agent)) {
    // (Nor do they count it: "The attackers stormed ..." is no tally of attackers.)
    if (claim.count && claim.agent.find(claim.count->text) != std::string::npos) claim.count.reset();
    claim.victims.clear();
    claim.victims_are_forces = false;
    claim.victims_are_armed_group = false;
  }
  // Without a parse, "they" still names the forces just named ("guards
  // beat them ... 'They beat us'"), as in AgentFromParse.
  if (claim.agent_entity < 0 && (claim.agent == "they" || claim.agent == "They")) {
    for (size_t k = w.clause_begin; k < w.begin; ++k) {
      if (doc_.tokens[k].lower != "they") continue;
      if (const auto force = PluralForceBefore(k)) {
        claim.agent = Text(*force, *force + 1);
        claim.agent_entity = entities_.ResolvePhrase(*force, *force + 1, *force);
      }
      break;
    }
  }

  // "Authorities detained the rescue ship": a craft held, released or sent
  // back is no event that happens to people.
  if (!passive && (tr.type == "arrest" || tr.type == "release" || tr.type == "deport")) {
    const NounPhrase object = phrases_.StartingAt(w.end, w.clause_end);
    if (!object.empty() && lexicon_.Is(doc_.tokens[object.head], kCraftNoun)) return false;
    // ("the rescue ship Geo Barents": the name after the craft word)
    for (size_t k = object.begin; !object.empty() && k < object.end; ++k) {
      if (lexicon_.Is(doc_.tokens[k], kCraftNoun) && k + 1 < object.end && entities_.MentionAt(k + 1)) return false;
    }
  }
  // "bodies were found", "recovered 40 bodies": a body is a dead person
  // where the sentence finds, recovers or buries it; "an advisory body",
  // "body panels" are none.
  if (noun && tr.type == "kill" && doc_.tokens[w.begin].lemma == "body") {
    static constexpr std::string_view kBodyVerbs[] = {"find", "recover", "retrieve", "wash", "discover", "identify",
                                                      "bury", "dump", "exhume", "float", "pull", "count", "litter",
                                                      "dead", "lie", "remove", "collect", "return", "repatriate", "morgue",
                                                      "hand"};
    // Verbs of moving things that take bodies only as their object:
    // "received 38 bodies", "brought the bodies" (not "bring into
    // production a ... ore body").
    static constexpr std::string_view kCarryVerbs[] = {"receive", "bring", "carry", "transport"};
    constexpr size_t kMaxObjectWords = 3;
    const Sentence& s = doc_.sentences[w.sentence];
    bool found = false;
    for (size_t i = s.token_begin; i < s.token_end && !found; ++i) {
      found = std::find(std::begin(kBodyVerbs), std::end(kBodyVerbs), doc_.tokens[i].lemma) != std::end(kBodyVerbs);
    }
    for (size_t i = w.begin; i > s.token_begin && w.begin - i <= kMaxObjectWords && !found; --i) {
      found = std::find(std::begin(kCarryVerbs), std::end(kCarryVerbs), doc_.tokens[i - 1].lemma) != std::end(kCarryVerbs);
    }
    // Or as the subject of their passive: "25 bodies (of soldiers) were
    // brought to the hospital", "had been taken to the morgue".
    constexpr size_t kMaxWordsToVerb = 6;
    for (size_t i = w.end + 1; i < s.token_end && i <= w.end + kMaxWordsToVerb && !found; ++i) {
      const std::string& lemma = doc_.tokens[i].lemma;
      const bool carried = lemma == "take" ||
                           std::find(std::begin(kCarryVerbs), std::end(kCarryVerbs), lemma) != std::end(kCarryVerbs);
      found = carried && IsBeForm(doc_.tokens[i - 1].lower) && i + 1 < s.token_end && doc_.tokens[i + 1].lower == "to";
    }
    if (!found) return false;
  }
  // The parse's victims count too: "Migrants held at the centre have been beaten".
  if (tr.people && !arg.found && claim.victims.empty()) return false;
  // "pulling bodies from the rubble": the dead are recovered, not rescued.
  if (tr.type == "rescue" && !claim.victims.empty()) {
    const std::string head = LowerCase(claim.victims.substr(claim.victims.rfind(' ') + 1));
    if (head == "bodies" || head == "body" || head == "corpses" || head == "corpse" || head == "remains") return false;
  }
  bool facility = false;
  if (tr.needs_facility) {
    // The facility must be the argument: the subject of "the office was closed",
    // the object of "closed the camp" — not "closed doors at the centre".
    size_t j = w.begin;
    while (j > w.clause_begin && (IsAdverbLike(doc_.tokens[j - 1]) || IsAuxiliary(doc_.tokens[j - 1].lower))) --j;
    if (passive && j > w.clause_begin) facility = lexicon_.Is(doc_.tokens[j - 1], kFacilityNoun);
    // An adjective has no object: "a crowded market" states no crowding of a facility.
    if (!passive && !tr.adj) {
      // "the closure of the camp": a noun's object follows "of".
      const size_t from = noun && w.end < w.clause_end && doc_.tokens[w.end].lower == "of" ? w.end + 1 : w.end;
      const NounPhrase object = phrases_.StartingAt(from, w.clause_end);
      facility = !object.empty() && lexicon_.Is(doc_.tokens[object.head], kFacilityNoun);
    }
    if (!facility) return false;
  }
  // ("causing the deaths and injuries": a weak noun joined to another event
  // noun is an event too.)
  const bool joined_to_event = noun && w.begin >= w.clause_begin + 2 &&
                               (doc_.tokens[w.begin - 1].lower == "and" || doc_.tokens[w.begin - 1].lower == "or") &&
                               lexicon_.triggers().LongestAt(doc_, w.begin - 2, w.begin - 1).has_value();
  if (tr.weak && !arg.found && claim.agent.empty() && !facility && !joined_to_event) return false;
  if (claim.type == "kill" || claim.type == "injure") {
    claim.cause = CauseNear(w);
  } else if (claim.type == "abuse" || claim.type == "raid") {
    claim.context_cause = CauseNear(w);  // "the smugglers fired on the migrants"
  }
  const bool unknown_settlement_after = NamesUnknownSettlementAfter(w);
  claim.place = PlaceNear(w, unknown_settlement_after);
  claim.place_unknown_to_gazetteer = !claim.place && unknown_settlement_after;
  claim.facility = FacilityNear(w);
  claim.when = TimeNear(w);
  return true;
}

}  // namespace crosscheck

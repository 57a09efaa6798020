#include "extract/events.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <unordered_map>

#include "extract/count.h"
#include "extract/lower_case.h"
#include "extract/negation_scope.h"
#include "extract/noun_phrase.h"
#include "extract/number_words.h"
#include "extract/word_classes.h"

namespace crosscheck {

namespace {

// Clause limits inside a frame's content: a semicolon, or a comma before
// "while", "but", "whereas" starts a new clause.
size_t ClauseBegin(const Doc& doc, size_t begin, size_t i) {
  for (size_t k = i; k > begin; --k) {
    const std::string_view t = doc.token_text(k - 1);
    if (t == ";" || (t == "," && (doc.tokens[k].lower == "while" || doc.tokens[k].lower == "but" ||
                                   doc.tokens[k].lower == "whereas" || doc.tokens[k].lower == "although"))) {
      return k;
    }
  }
  return begin;
}

size_t ClauseEnd(const Doc& doc, size_t i, size_t end) {
  for (size_t k = i; k < end; ++k) {
    const std::string_view t = doc.token_text(k);
    if (t == ";" || (t == "," && k + 1 < end &&
                     (doc.tokens[k + 1].lower == "while" || doc.tokens[k + 1].lower == "but" ||
                      doc.tokens[k + 1].lower == "whereas" || doc.tokens[k + 1].lower == "although"))) {
      return k;
    }
    // "said it had documented 23 deaths, and that 300 people had been arrested":
    // a second reported clause.
    if (doc.tokens[k].lower == "and" && k + 1 < end && doc.tokens[k + 1].lower == "that") {
      return k > i && doc.token_text(k - 1) == "," ? k - 1 : k;
    }
  }
  return end;
}

// "..., and the ministry had released ...": a conjunction followed by a new
// subject starts a clause that a denial before it does not reach.
bool NewClauseBetween(const Doc& doc, size_t begin, size_t end) {
  for (size_t k = begin; k + 1 < end; ++k) {
    const std::string& w = doc.tokens[k].lower;
    if (doc.token_text(k) == ";") return true;
    if (w != "and" && w != "but") continue;
    const Token& next = doc.tokens[k + 1];
    if (IsDeterminer(next.lower) || IsPersonalPronoun(next.lower) || next.capitalized) return true;
  }
  return false;
}

// A past participle right after a noun opens a reduced relative clause
// ("migrants caught in raids"): background the denial does not deny.
bool IsReducedRelative(const Doc& doc, const NounPhraseFinder& phrases, size_t i, size_t begin) {
  if (i <= begin) return false;
  const Token& t = doc.tokens[i];
  const Token& prev = doc.tokens[i - 1];
  if (t.kind != TokenKind::kWord || t.lower == t.lemma || t.lower.back() == 's') return false;
  if (t.lower.size() > 3 && t.lower.compare(t.lower.size() - 3, 3, "ing") == 0) return false;
  // "five were killed and dozens injured": a count after "and" is the subject
  // of an elided "were", not a noun a participle describes.
  // "when police dispersed a crowd": a participle with an object of its own
  // is a verb in the past tense, not a passive describing the noun.
  if (i + 1 < doc.tokens.size() &&
      (IsDeterminer(doc.tokens[i + 1].lower) || doc.tokens[i + 1].kind == TokenKind::kNumber)) {
    return false;
  }
  // So does "and a dozen injured", "and about 20 wounded", "and 40 others
  // wounded", "and two children hurt": a counted phrase after "and".
  {
    size_t k = i;
    bool counted = false;
    while (k > begin && i - k < 5) {
      const Token& w = doc.tokens[k - 1];
      const bool count = IsCountWord(w.lower) || w.kind == TokenKind::kNumber;
      if (!(count || w.lower == "a" || w.lower == "about" || w.lower == "some" ||
            (w.kind == TokenKind::kWord && w.lower != "and" && phrases.CanBeInPhrase(k - 1)))) {
        break;
      }
      counted = counted || count;
      --k;
    }
    if (counted && k > begin && doc.tokens[k - 1].lower == "and") return false;
  }
  // ("had been summarily executed": an auxiliary before the adverb.)
  size_t p = i - 1;
  while (p > begin && IsLyAdverb(doc.tokens[p].lower)) --p;
  if (p != i - 1 && IsAuxiliary(doc.tokens[p].lower)) return false;
  return prev.kind == TokenKind::kWord && !IsDeterminer(prev.lower) && phrases.CanBeInPhrase(i - 1) &&
         !IsAuxiliary(prev.lower) && !IsPersonalPronoun(prev.lower);
}

// A trigger right after "who", "which" or "that" (with auxiliaries between).
// Only for people known by the event ("those who fled") or an earlier one
// ("migrants who had escaped"): "supporters who marched on Saturday" and
// "refugees who were protesting" report the event as it happened.
bool InRelativeClause(const Doc& doc, size_t i, size_t begin) {
  bool pluperfect = false;
  while (i > begin && (IsAuxiliary(doc.tokens[i - 1].lower) || doc.tokens[i - 1].lower == "not")) {
    pluperfect = pluperfect || doc.tokens[i - 1].lower == "had";
    --i;
  }
  if (i <= begin || (doc.tokens[i - 1].lower != "who" && doc.tokens[i - 1].lower != "which")) return false;
  const std::string& antecedent = i >= begin + 2 ? doc.tokens[i - 2].lower : std::string();
  return pluperfect || antecedent == "those" || antecedent == "anyone" || antecedent == "all";
}

// Whether a pronoun can stand for an entity: a person is not "it" or
// "they"; "we" and "I" may be anyone (a spokesman speaks for his office).
bool PronounMayName(std::string_view pronoun, const Entity& entity) {
  const std::string lower = LowerCase(pronoun);
  if (lower == "we" || lower == "i") return true;
  if (entity.type == EntityType::kPerson) return lower == "he" || lower == "she";
  // ("Lyng said he ...": a surname alone may have been taken for an
  // organization's name; "he" says it is a person's.)
  return lower == "it" || lower == "they" || lower == "he" || lower == "she";
}

}  // namespace

bool ClaimBuilder::SkipTrigger(size_t sentence, size_t i) const {
  const Token& t = doc_.tokens[i];
  if (t.kind != TokenKind::kWord) return true;
  // A capitalized word inside a sentence is a name or a month ("March"), not an event.
  const Sentence& s = doc_.sentences[sentence];
  const bool initial = i == s.token_begin || doc_.tokens[i - 1].kind == TokenKind::kQuoteOpen;
  if (t.capitalized && !initial) {
    // Headlines capitalize every word; accept them there.
    int words = 0, caps = 0;
    for (size_t k = s.token_begin; k < s.token_end; ++k) {
      if (doc_.tokens[k].kind != TokenKind::kWord) continue;
      ++words;
      caps += doc_.tokens[k].capitalized;
    }
    if (caps * 4 < words * 3) return true;
  }
  const Mention* m = entities_.MentionAt(i);
  if (m && entities_.entities()[m->entity].type != EntityType::kPlace && m->end - m->begin > 1) return true;
  // "March 2", "March/April": the month, whichever case a dateline writes it in.
  if (t.lower == "march" && (t.capitalized || (i + 1 < s.token_end && doc_.tokens[i + 1].kind == TokenKind::kNumber))) {
    return true;
  }
  const Trigger* trigger = nullptr;
  const auto match = lexicon_.triggers().LongestAt(doc_, i, s.token_end);
  if (match) trigger = &lexicon_.trigger(match->value);
  // A bare verb form modifying a noun: "rescue vessels", "protest leaders",
  // "release date". (A noun trigger of several words opens with its own
  // modifier: "that excessive force was used".)
  const bool modifier_inside = trigger && trigger->noun && match->end > match->begin + 1;
  if (t.lower == t.lemma && i + 1 < s.token_end && !modifier_inside) {
    const Token& next = doc_.tokens[i + 1];
    const std::string_view prev = i > s.token_begin ? std::string_view(doc_.tokens[i - 1].lower) : "";
    const bool modifier_slot = i == s.token_begin || IsDeterminer(prev) || prev == "'s" || prev == "'" ||
                               prev == "and" || prev == "of" || doc_.tokens[i - 1].kind == TokenKind::kQuoteOpen;
    const bool noun_next = next.kind == TokenKind::kWord && !IsDeterminer(next.lower) &&
                           !IsPreposition(next.lower) && !IsPersonalPronoun(next.lower) &&
                           !IsAuxiliary(next.lower) && !IsConjunction(next.lower) && !lexicon_.Is(next, kPersonNoun) &&
                           ((next.lower != next.lemma && next.lower.back() == 's') || lexicon_.Is(next, kFacilityNoun) ||
                            lexicon_.Is(next, kRoleNoun) || lexicon_.Is(next, kOrgNoun));
    if (modifier_slot && noun_next) return true;
  }
  // "injured migrants went to hospital": a participle before its noun describes them, it is not an event told.
  if (t.lower != t.lemma && i + 1 < s.token_end && lexicon_.Is(doc_.tokens[i + 1], kPersonNoun)) {
    const std::string_view prev = i > s.token_begin ? std::string_view(doc_.tokens[i - 1].lower) : "";
    // "the wounded and injured migrants", but not "raided homes and detained refugees".
    const bool after_modifier = prev == "and" && i >= s.token_begin + 2 &&
                                (i - 2 == s.token_begin || IsDeterminer(doc_.tokens[i - 3].lower));
    const bool modifier_slot = i == s.token_begin || IsDeterminer(prev) || after_modifier ||
                               doc_.tokens[i - 1].kind == TokenKind::kQuoteOpen;
    const size_t n = t.lower.size();
    if (modifier_slot && n > 2 && t.lower.compare(n - 2, 2, "ed") == 0) return true;
  }
  // "the dead", "the wounded", "the missing": the victims named, not an event told.
  return trigger && trigger->adj && i > s.token_begin && doc_.tokens[i - 1].lower == "the";
}

// An irrealis ("urged them to protest", "if they claim") or question ("how
// each of them died") cue shortly before the event word, in its clause.
bool ClaimBuilder::NotAnEvent(size_t trigger, size_t content_begin, bool nominal) const {
  // "called on the authorities to investigate the deaths of two men": a
  // definite event noun with its own "of" phrase is presupposed, whatever is
  // asked about it. (A bare "the deaths" points back to an event told before.)
  if (nominal && trigger > content_begin && trigger + 1 < doc_.tokens.size() &&
      doc_.tokens[trigger + 1].lower == "of") {
    const std::string& det = doc_.tokens[trigger - 1].lower;
    if (det == "the" || det == "their" || det == "his" || det == "her" || det == "its") return false;
  }
  // "their imminent deportation", "a planned release", "migrants awaiting
  // deportation": a word of the future right before the event word.
  if (trigger > content_begin) {
    static constexpr std::string_view kFuture[] = {
        "imminent", "impending",  "upcoming", "pending",   "possible", "potential", "proposed", "planned",
        "future",   "looming",    "expected", "threatened", "intended", "scheduled", "awaiting", "await",
        "awaits",   "facing"};
    const std::string& before = doc_.tokens[trigger - 1].lower;
    if (std::find(std::begin(kFuture), std::end(kFuture), before) != std::end(kFuture)) return true;
  }
  const size_t from = trigger > content_begin + kIrrealisWindow ? trigger - kIrrealisWindow : content_begin;
  for (size_t i = from; i < trigger; ++i) {
    // A name is no cue: "Bani Walid" (lemma "ban"), "Ban Ki-moon".
    if (entities_.MentionAt(i)) continue;
    auto cue = lexicon_.cues().LongestAt(doc_, i, trigger);
    if (!cue) continue;
    const CueKind kind = lexicon_.cue(cue->value);
    if (kind != CueKind::kIrrealis && kind != CueKind::kQuestion) continue;
    bool crossed = false;
    for (size_t j = cue->end; j < trigger; ++j) crossed |= doc_.token_text(j) == "," || doc_.token_text(j) == ";";
    if (!crossed) return true;
  }
  return false;
}

std::string ClaimBuilder::ForceOfRole(const Entity& person) const {
  for (const std::string& role : person.roles) {
    const size_t space = role.find(' ');
    if (space == std::string::npos) continue;
    const std::string first = LowerCase(role.substr(0, space));
    if (lexicon_.noun_classes(first) & kForceNoun) return first;
  }
  return "";
}

std::vector<PhraseMatch> ClaimBuilder::TriggersIn(size_t begin, size_t end) const {
  const PhraseTable& triggers = lexicon_.triggers();
  const auto type_of = [&](const PhraseMatch& m) -> const std::string& { return lexicon_.trigger(m.value).type; };
  std::vector<PhraseMatch> out;
  for (size_t i = begin; i < end;) {
    const auto m = triggers.LongestAt(doc_, i, end);
    if (!m) {
      ++i;
      continue;
    }
    // "A fire at a migrant centre", "the fire on the boat": after an article
    // the word is a noun, not the verb of an actor's trigger ("fired at").
    if (lexicon_.trigger(m->value).subject_acts && m->begin > begin &&
        (doc_.tokens[m->begin - 1].lower == "a" || doc_.tokens[m->begin - 1].lower == "the")) {
      ++i;
      continue;
    }
    if (m->gapped) {
      // "shot dead three protesters and wounded dozens": an event of another
      // type that the gapped pattern's first words already complete is
      // that event; the rest of the gap is read again. Only a pattern of
      // several words: "shot two men and wounded a third" is one shooting
      // that wounded, and a "none" pattern ("rescue vessel") names no event.
      const auto complete = triggers.LongestAt(doc_, m->begin, m->end - 1);
      // A gapped "none" pattern ("fired rounds into the air") still blocks.
      const bool completes_other = complete && !complete->gapped && complete->end - complete->begin > 1 &&
                                   type_of(*m) != "none" && type_of(*complete) != "none" &&
                                   type_of(*complete) != type_of(*m);
      if (completes_other) {
        out.push_back(*complete);
        i = complete->end;
        continue;
      }
    }
    out.push_back(*m);
    if (m->gapped) {
      // "pulled 30 wounded people from the rubble": the words in a gap may
      // tell an event of another type; one of the same type is this one.
      for (const auto& inner : triggers.FindAll(doc_, m->begin + 1, m->end - 1)) {
        if (type_of(inner) != type_of(*m)) out.push_back(inner);
      }
    }
    i = m->end;
  }
  return out;
}

bool ClaimBuilder::ForecastToll(const Trigger& trigger, size_t end, size_t content_end) const {
  if (!trigger.noun || (trigger.type != "kill" && trigger.type != "injure")) return false;
  bool modal = false;
  for (size_t i = end; i < content_end && i < end + 6; ++i) {
    const Token& t = doc_.tokens[i];
    if (t.kind == TokenKind::kNumber || NumberWordValue(t.lower)) return false;  // "stood at 17 and could rise"
    if (t.lower == "could" || t.lower == "may" || t.lower == "might" || t.lower == "will" || t.lower == "would" ||
        t.lemma == "expect" || t.lower == "likely" || t.lower == "set") {
      modal = true;
      continue;
    }
    if (modal && (t.lemma == "rise" || t.lemma == "climb" || t.lemma == "increase" || t.lemma == "grow" ||
                  t.lemma == "mount")) {
      return true;
    }
  }
  return false;
}

bool ClaimBuilder::ModifiesNoun(const PhraseMatch& hedge, size_t event) const {
  // "the suspected killing": the noun is the event itself.
  if (hedge.end != hedge.begin + 1 || hedge.end >= doc_.tokens.size() || hedge.end == event) return false;
  const Token& t = doc_.tokens[hedge.begin];
  if (!t.lower.ends_with("ed") || t.lower == "believed" || t.lower == "feared" || t.lower == "thought") return false;
  const Token& next = doc_.tokens[hedge.end];
  return next.kind == TokenKind::kWord && !IsPreposition(next.lower) && next.lower != "that" &&
         !IsAuxiliary(next.lower) && !IsConjunction(next.lower);
}

// A negation cue ("not", "no", "never", "nobody", "without") at i that
// negates what follows: not "no more than", "not only". *end: where it ends.
bool ClaimBuilder::NegationCueAt(size_t i, size_t* end) const {
  auto cue = lexicon_.cues().LongestAt(doc_, i, doc_.tokens.size());
  if (!cue || lexicon_.cue(cue->value) != CueKind::kNegation) return false;
  *end = cue->end;
  if (cue->end >= doc_.tokens.size()) return true;
  const std::string& next = doc_.tokens[cue->end].lower;
  return !IsComparative(next) && next != "only";
}

std::vector<size_t> ClaimBuilder::NegationsOutside(const EventWord& w) const {
  std::vector<size_t> out;
  const Sentence& s = doc_.sentences[w.sentence];
  for (size_t i = s.token_begin; i < s.token_end; ++i) {
    size_t end = i;
    if (i >= w.begin && i < w.end) continue;
    if (!NegationCueAt(i, &end)) continue;
    out.push_back(i);
    i = end - 1;
  }
  return out;
}

bool ClaimBuilder::ProtestAsSetting(const Trigger& trigger, size_t begin, size_t content_begin) const {
  if (trigger.type != "protest") return false;  // a noun here: it follows a preposition
  // The preposition before the protest noun and its modifiers ("during
  // huge rallies against the coup", "amid the protests").
  size_t k = begin;
  for (int modifiers = 0; k > content_begin && modifiers < 3; ++modifiers) {
    const Token& t = doc_.tokens[k - 1];
    if (t.kind != TokenKind::kWord || IsPreposition(t.lower) || IsConjunction(t.lower)) break;
    --k;
  }
  if (k <= content_begin) return false;
  const std::string& prep = doc_.tokens[k - 1].lower;
  // "since" too: "the death toll since anti-coup protests erupted".
  if (prep != "during" && prep != "amid" && prep != "at" && prep != "since") return false;
  const size_t clause = ClauseBegin(doc_, content_begin, k - 1);
  for (const auto& other : lexicon_.triggers().FindAll(doc_, clause, k - 1)) {
    const std::string& type = lexicon_.trigger(other.value).type;
    if (type != "none" && type != "protest") return true;
  }
  return false;
}

// "no one holding a valid visa had been expelled", "no migrant held at the
// centre was beaten": a negative subject with a participle or prepositional
// phrase reaches past the five words of the window (and past the clause
// break before a participle), to the verb group its clause ends in.
bool ClaimBuilder::NegatedSubjectOf(size_t cue_begin, size_t cue_end, const EventWord& w) const {
  const std::string& cue = doc_.tokens[cue_begin].lower;
  if (cue != "no" && cue != "nobody" && cue != "none") return false;
  constexpr size_t kMaxSubjectWords = 10;
  if (w.begin > cue_end + kMaxSubjectWords) return false;
  size_t verb_group = w.begin;
  while (verb_group > cue_end && IsAuxiliary(doc_.tokens[verb_group - 1].lower)) --verb_group;
  if (verb_group == w.begin) return false;  // "no one" right before "died" is in the window anyway
  // (Its own clause: "no one" before "died" in a clause before a comma or
  // a conjunction is not this event's subject.)
  for (size_t j = cue_end; j < verb_group; ++j) {
    const Token& t = doc_.tokens[j];
    if (t.kind != TokenKind::kWord || IsAuxiliary(t.lower) || IsConjunction(t.lower) || IsRelativeWord(t.lower) ||
        lexicon_.reporting().LongestAt(doc_, j, j + 1)) {
      return false;
    }
  }
  return true;
}

Stance ClaimBuilder::StanceOf(const Frame& frame, const EventWord& w, bool* unnamed_too) const {
  bool denied = false, negated = false, hedged = false;
  // The parse finds negations the word window cannot see ("killed no
  // one") and shows which clause a negation belongs to (negation_scope.h);
  // where it cannot tell or is absent, a negation shortly before the event
  // word, in its clause, counts.
  // Only a sentence with a negation word needs its parse for this.
  const std::vector<size_t> negations = NegationsOutside(w);
  const bool parsed = deps_ && !negations.empty() && deps_->Ensure(w.sentence);
  const size_t event = parsed ? deps_->HeadOfSpan(w.begin, w.end) : w.begin;
  const bool negated_in_parse =
      parsed && std::any_of(negations.begin(), negations.end(),
                            [&](size_t n) { return NegationGoverns(*deps_, n, event) == true; });
  for (size_t i = frame.content_begin; i < w.begin; ++i) {
    auto cue = lexicon_.cues().LongestAt(doc_, i, w.begin);
    if (!cue) continue;
    const CueKind kind = lexicon_.cue(cue->value);
    if (kind == CueKind::kDenialFrame) {
      if (NewClauseBetween(doc_, cue->end, w.begin)) {
        i = cue->end - 1;
        continue;
      }
      denied = true;
      for (size_t j = cue->end; j < std::min(w.begin, cue->end + 4); ++j) {
        auto u = lexicon_.cues().LongestAt(doc_, j, j + 1);
        if (u && lexicon_.cue(u->value) == CueKind::kUnnamedSource) *unnamed_too = true;
      }
    } else if (kind == CueKind::kHedge) {
      // "May 25" is a date, not "may". "Dozens, possibly hundreds,", "two or
      // perhaps three": a hedge between two numbers widens the count and
      // leaves the event asserted.
      const auto number_at = [&](size_t k) {
        return k < doc_.tokens.size() &&
               (doc_.tokens[k].kind == TokenKind::kNumber || IsCountWord(doc_.tokens[k].lower));
      };
      const bool between_numbers = i >= frame.content_begin + 2 &&
                                   (doc_.token_text(i - 1) == "," || doc_.tokens[i - 1].lower == "or") &&
                                   number_at(i - 2) && number_at(cue->end);
      if (!(doc_.tokens[i].capitalized && IsMonthOrWeekday(doc_.tokens[i].lower)) && !ModifiesNoun(*cue, w.begin) &&
          !between_numbers) {
        hedged = true;
      }
    } else if (kind == CueKind::kNegation &&
               ((i + 5 >= w.begin && i >= w.clause_begin) || NegatedSubjectOf(i, cue->end, w)) &&
               !(parsed && NegationGoverns(*deps_, i, event) == false)) {
      const bool comparative = cue->end < doc_.tokens.size() && IsComparative(doc_.tokens[cue->end].lower);
      const bool only = cue->end < doc_.tokens.size() && doc_.tokens[cue->end].lower == "only";
      bool crossed_clause = false;
      for (size_t j = cue->end; j < w.begin; ++j) {
        // ("no deaths or injuries": a conjunction joining two event nouns
        // keeps the negation.)
        const bool joins_nouns = j + 1 == w.begin && j > cue->end && w.trigger->noun &&
                                 (doc_.tokens[j].lower == "or" || doc_.tokens[j].lower == "and") &&
                                 lexicon_.triggers().LongestAt(doc_, j - 1, j).has_value();
        crossed_clause |= doc_.token_text(j) == "," || (IsConjunction(doc_.tokens[j].lower) && !joins_nouns);
      }
      if (!comparative && !only && !crossed_clause) negated = true;
    }
    i = cue->end - 1;
  }
  // A hedge right after the event word: "feared dead", "believed drowned" come before; "reportedly" after.
  for (size_t i = w.end; i < std::min(w.clause_end, w.end + 2); ++i) {
    auto cue = lexicon_.cues().LongestAt(doc_, i, w.clause_end);
    if (cue && lexicon_.cue(cue->value) == CueKind::kHedge && !ModifiesNoun(*cue, w.begin)) hedged = true;
  }
  // "the reported deaths were incorrect": a denial predicated of the event.
  for (size_t i = w.end; i + 1 < w.clause_end && i < w.end + 4; ++i) {
    if (!IsAuxiliary(doc_.tokens[i].lower)) continue;
    size_t j = i + 1;
    while (j < w.clause_end && doc_.tokens[j].kind == TokenKind::kQuoteOpen) ++j;
    auto cue = lexicon_.cues().LongestAt(doc_, j, w.clause_end);
    if (cue && lexicon_.cue(cue->value) == CueKind::kDenialFrame) denied = true;
  }
  if (denied || negated || negated_in_parse) return Stance::kDenies;
  if (frame.stance == Stance::kAsserts && hedged) return Stance::kUncertain;
  return frame.stance;
}

bool ClaimBuilder::CountDifferently(const Claim& a, const Claim& b) {
  if (!a.count || !b.count) return false;
  // Ranges that overlap may be one figure told twice ("five people ... the bodies").
  const int64_t a_min = a.count->min.value_or(0), b_min = b.count->min.value_or(0);
  const int64_t a_max = a.count->max.value_or(INT64_MAX), b_max = b.count->max.value_or(INT64_MAX);
  return a_max < b_min || b_max < a_min;
}

void ClaimBuilder::Merge(Claim& into, const Claim& from) {
  if (!into.count && from.count) into.count = from.count;
  if (into.victims.empty()) into.victims = from.victims;
  if (into.agent.empty()) {
    into.agent = from.agent;
    into.agent_entity = from.agent_entity;
    into.agent_from_by_phrase = from.agent_from_by_phrase;
  }
  into.denies_agency = into.denies_agency || from.denies_agency;
  if (into.cause.empty()) into.cause = from.cause;
  if (!into.place) into.place = from.place;
  if (into.facility.empty()) into.facility = from.facility;
  if (!into.when) into.when = from.when;
}

void ClaimBuilder::FromFrame(size_t sentence, const Frame& frame, std::vector<Claim>& out) {
  const Sentence& s = doc_.sentences[sentence];
  const size_t first_new = out.size();
  const NounPhraseFinder phrases(doc_, lexicon_, entities_);
  // "If they claim police killed 33 people": a conditional saying asserts nothing.
  if (frame.verb > s.token_begin) {
    for (size_t k = frame.verb; k > s.token_begin && frame.verb - k < 4; --k) {
      if (doc_.tokens[k - 1].lower == "if" || doc_.tokens[k - 1].lower == "unless") return;
    }
  }
  // A sentence of one word ("Dead", "Injured": a table's header cell, a
  // label) tells of no event.
  size_t words = 0;
  for (size_t i = s.token_begin; i < s.token_end && words < 2; ++i) {
    words += doc_.tokens[i].kind == TokenKind::kWord || doc_.tokens[i].kind == TokenKind::kNumber;
  }
  if (words < 2) return;
  size_t presupposed_from = SIZE_MAX;  // where a denied clause's background begins
  for (const auto& m : TriggersIn(frame.content_begin, frame.content_end)) {
    const Trigger& trigger = lexicon_.trigger(m.value);
    if (trigger.type == "none" || SkipTrigger(sentence, m.begin)) continue;
    // "those who had fled", after the event they undergo: background, not a claim.
    if (out.size() > first_new && InRelativeClause(doc_, m.begin, frame.content_begin)) continue;
    if (NotAnEvent(m.begin, frame.content_begin, trigger.noun) || ForecastToll(trigger, m.end, frame.content_end)) continue;
    if (ProtestAsSetting(trigger, m.begin, frame.content_begin)) continue;
    // "Those rescued or intercepted at sea must be ...", "anyone detained": generic people, no event.
    bool generic = false;
    for (size_t k = m.begin; k > frame.content_begin && m.begin - k < 4; --k) {
      const Token& t = doc_.tokens[k - 1];
      if (t.lower == "those" || t.lower == "anyone" || t.lower == "whoever") generic = true;
      // Only across other participles ("rescued or intercepted"); "anyone was arrested" is a clause.
      const bool participle = t.lower != t.lemma && t.lower.size() > 2 && t.lower.compare(t.lower.size() - 2, 2, "ed") == 0;
      if (generic || t.kind != TokenKind::kWord || !(participle || t.lower == "or" || t.lower == "and")) break;
    }
    // "all rescue operations were carried out lawfully", "every arrest":
    // events in general, none in particular.
    if (trigger.noun && m.begin > frame.content_begin &&
        (doc_.tokens[m.begin - 1].lower == "all" || doc_.tokens[m.begin - 1].lower == "every")) {
      continue;
    }
    if (generic) continue;
    // "killed by live ammunition", "wounded with live rounds": an event noun
    // in the instrument phrase of the death or injury just found is its cause.
    if (trigger.noun && m.begin > frame.content_begin + 1 && out.size() > first_new &&
        (doc_.tokens[m.begin - 1].lower == "by" || doc_.tokens[m.begin - 1].lower == "with") &&
        (out.back().type == "kill" || out.back().type == "injure") && out.back().trigger < m.begin &&
        m.begin - out.back().trigger <= 4) {
      continue;
    }
    // "27 people have died ..., most of them from drowning": after "from" or
    // "of", the -ing form of a death is how the deaths just found came about.
    if (trigger.type == "kill" && doc_.tokens[m.begin].lower.ends_with("ing") && m.begin > frame.content_begin &&
        (doc_.tokens[m.begin - 1].lower == "from" || doc_.tokens[m.begin - 1].lower == "of") &&
        out.size() > first_new && (out.back().type == "kill" || out.back().type == "injure") &&
        out.back().trigger < m.begin) {
      continue;
    }
    if (presupposed_from == SIZE_MAX && out.size() > first_new &&
        IsReducedRelative(doc_, phrases, m.begin, frame.content_begin)) {
      presupposed_from = m.begin;
    }
    EventWord w;
    w.begin = m.begin;
    w.end = m.end;
    w.trigger = &trigger;
    w.sentence = sentence;
    w.clause_begin = ClauseBegin(doc_, frame.content_begin, m.begin);
    w.clause_end = ClauseEnd(doc_, m.end, frame.content_end);
    // "..., said X, who speaks for the office in Nairobi": past a comma
    // after a trailing saying, the words describe the speaker.
    if (frame.verb >= frame.content_end && frame.verb > m.begin) {
      for (size_t k = frame.verb; k < s.token_end; ++k) {
        if (doc_.token_text(k) == ",") {
          w.place_end = k;
          break;
        }
      }
    }
    if (frame.verb > 0 && frame.speaker.kind != Speaker::kNarrator) w.report_verb = frame.verb;
    Claim c;
    c.type = trigger.type;
    c.speaker = frame.speaker;
    c.sentence = sentence;
    c.span_begin = s.begin;
    c.span_end = s.end;
    c.trigger = m.begin;
    if (!slots_.Fill(w, c)) continue;
    // "rescuers pulled bodies from the rubble": the dead are recovered, not rescued.
    if (c.type == "rescue" && (c.victims == "bodies" || c.victims == "body" || c.victims == "remains" ||
                               c.victims == "corpses" || c.victims == "corpse")) {
      continue;
    }
    // "The ICRC said it had visited 200 detainees": a pronoun agent in the
    // reported clause is its speaker; any other pronoun names no one.
    // ("'They beat us,' said Mamadou": a person is not "they" or "it".)
    // "'We arrested them,' said a police commander": the first person is
    // the speaker wherever the saying stands; "we" of a person is the body
    // they speak for, when known.
    if (c.agent_entity < 0 && IsPronounPhrase(c.agent)) {
      const std::string pronoun = LowerCase(c.agent);
      const bool first_person = pronoun == "we" || pronoun == "i";
      int who = -1;
      std::string force;  // "a police commander": the force the role names
      if (frame.speaker.kind == Speaker::kEntity && (frame.verb < m.begin || first_person) &&
          PronounMayName(pronoun, entities_.entities()[static_cast<size_t>(frame.speaker.entity)])) {
        who = frame.speaker.entity;
        const Entity& e = entities_.entities()[static_cast<size_t>(who)];
        if (pronoun == "we" && e.type == EntityType::kPerson) {
          who = e.affiliation;
          if (who < 0) force = ForceOfRole(e);
        }
      }
      c.agent = who >= 0 ? entities_.entities()[static_cast<size_t>(who)].name : force;
      c.agent_entity = who;
    }
    // "Soldiers shot dead three protesters and wounded dozens": a verb
    // coordinated with the last event's verb shares its subject. The parse
    // often misses this (it reads "wounded" as an adjective of "dozens").
    // ("Police arrested, beat and released 40 protesters": a list of verbs too.)
    const bool listed = m.begin > frame.content_begin + 1 && doc_.token_text(m.begin - 1) == "," &&
                        out.size() > first_new && out.back().trigger + 2 == m.begin;
    // ("causing the deaths and injuries": so does a noun joined to the event noun before.)
    const bool joined_nouns = trigger.noun && out.size() > first_new && out.back().trigger + 2 == m.begin;
    if (c.agent.empty() && (!trigger.noun || joined_nouns) && out.size() > first_new && m.begin > frame.content_begin &&
        (doc_.tokens[m.begin - 1].lower == "and" || listed) && out.back().sentence == sentence &&
        out.back().trigger < m.begin && !out.back().agent.empty() && !out.back().agent_from_by_phrase) {
      c.agent = out.back().agent;
      c.agent_entity = out.back().agent_entity;
    }
    if (c.agent.empty() && !frame.accused.empty()) {
      c.agent = std::string(doc_.span_text(doc_.tokens[frame.accused.begin].begin, doc_.tokens[frame.accused.end - 1].end));
      c.agent_entity = frame.accused_entity;
    }
    bool unnamed_too = frame.unnamed_asserts_too;
    c.stance = StanceOf(frame, w, &unnamed_too);
    // The background of a denial or an accusation ("migrants caught in raids")
    // is the report's own, not what is denied or alleged.
    const bool disputed = c.stance == Stance::kDenies || frame.kind == ReportKind::kAccuse ||
                          frame.speaker.kind == Speaker::kUnnamed;
    if (m.begin >= presupposed_from && disputed && !NewClauseBetween(doc_, presupposed_from, m.begin)) {
      c.speaker = Speaker{Speaker::kNarrator, -1};
      c.stance = Stance::kAsserts;
      unnamed_too = false;
    }
    c.agent_generic_force = slots_.IsGenericForce(c.agent);
    std::vector<Claim> made{c};
    if (unnamed_too && c.stance == Stance::kDenies && frame.speaker.kind != Speaker::kUnnamed) {
      Claim u = c;
      u.speaker = Speaker{Speaker::kUnnamed, -1};
      u.stance = Stance::kAsserts;
      made.push_back(u);
    }
    for (auto& claim : made) {
      // Two event words of one type in one clause are one claim ("shot and
      // killed"), unless they count different numbers: "killed a third
      // protester, taking the death toll to 12" states two facts.
      auto same = std::find_if(out.begin() + static_cast<long>(first_new), out.end(), [&](const Claim& o) {
        return o.type == claim.type && o.stance == claim.stance && SameSpeaker(o.speaker, claim.speaker) &&
               !CountDifferently(o, claim);
      });
      if (same != out.end()) {
        Merge(*same, claim);
      } else {
        out.push_back(std::move(claim));
      }
    }
  }
}

// A headline (the first paragraph, one sentence with no final punctuation)
// restates the report's body in telegraphic style; its claims come from the body.
bool IsHeadline(const Doc& doc, size_t sentence) {
  if (sentence != 0 || doc.sentences.empty()) return false;
  const Sentence& s = doc.sentences[0];
  if (doc.sentences.size() > 1 && doc.sentences[1].paragraph == s.paragraph) return false;
  const std::string_view last = doc.token_text(s.token_end - 1);
  return last != "." && last != "!" && last != "?";
}

// "The figure did not go beyond 46": a count noun pointing back at the last
// counted event takes its type.
void ClaimBuilder::FromCountAnaphor(size_t sentence, const Frame& frame, std::vector<Claim>& out) {
  const Claim* last = nullptr;
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    if (it->count && (it->type == "kill" || it->type == "injure")) {
      last = &*it;
      break;
    }
  }
  if (!last || sentence > last->sentence + 2) return;
  for (size_t i = frame.content_begin; i + 1 < frame.content_end; ++i) {
    const Token& t = doc_.tokens[i];
    if (t.lower != "the" && t.lower != "this") continue;
    const std::string& noun = doc_.tokens[i + 1].lemma;
    if (noun != "figure" && noun != "number" && noun != "tally" && noun != "total") continue;
    auto count = ParseCountPhraseAt(doc_, i + 2, frame.content_end);
    if (!count) return;
    const Sentence& s = doc_.sentences[sentence];
    Claim c;
    c.type = last->type;
    c.speaker = frame.speaker;
    c.stance = frame.stance;
    c.count = CountValue{count->min, count->max, count->approx, count->text};
    c.sentence = sentence;
    c.span_begin = s.begin;
    c.span_end = s.end;
    c.trigger = i + 1;
    out.push_back(std::move(c));
    return;
  }
}

size_t ClaimBuilder::AgencyDenialEnd(const Frame& frame) const {
  if (frame.kind != ReportKind::kDeny || frame.speaker.kind != Speaker::kEntity) return 0;
  size_t i = frame.content_begin;
  while (i < frame.content_end && (IsDeterminer(doc_.tokens[i].lower) || doc_.tokens[i].lower == "any")) ++i;
  if (i >= frame.content_end) return 0;
  const std::string& noun = doc_.tokens[i].lemma;
  const bool agency = noun == "responsibility" || noun == "involvement" || noun == "role" || noun == "part" ||
                      noun == "blame" || noun == "culpability";
  if (agency) return i + 1;
  // "denied striking the prison", "denied targeting civilians", "denied
  // having targetted the detention center": a gerund of attacking that
  // names no event of its own denies doing the harm reported.
  const bool perfect = doc_.tokens[i].lower == "having" && i + 1 < frame.content_end;
  if (perfect) ++i;
  const Token& t = doc_.tokens[i];
  static constexpr std::string_view kAttackVerbs[] = {"strike", "target", "bomb", "shell", "attack", "hit",
                                                      "carry",  "launch", "conduct", "stage", "order"};
  const auto attack_verb = [&](std::string_view form) {
    return std::find(std::begin(kAttackVerbs), std::end(kAttackVerbs), form) != std::end(kAttackVerbs);
  };
  // The stem of an inflected form the lemmatizer may not know ("targetted").
  std::string stem;
  for (std::string_view suffix : {"ing", "ed"}) {
    if (!t.lower.ends_with(suffix) || t.lower.size() <= suffix.size() + 2) continue;
    stem = t.lower.substr(0, t.lower.size() - suffix.size());
    if (stem[stem.size() - 1] == stem[stem.size() - 2]) stem.pop_back();  // "targett", "hitt"
    break;
  }
  const bool form = perfect ? t.lower.ends_with("ed") || t.lower == "struck" || t.lower == "hit"
                            : t.lower.ends_with("ing");
  const bool attack = form &&
                      (attack_verb(t.lemma) || attack_verb(stem)) &&
                      !lexicon_.triggers().LongestAt(doc_, i, frame.content_end);
  return attack ? i + 1 : 0;
}

// The speaker of the denial is the agent it denies being.
void ClaimBuilder::MarkAgencyDenials(const Frame& frame, size_t first_claim, std::vector<Claim>& out) {
  if (!AgencyDenialEnd(frame)) return;
  for (size_t k = first_claim; k < out.size(); ++k) {
    Claim& c = out[k];
    if (c.stance != Stance::kDenies || !SameSpeaker(c.speaker, frame.speaker)) continue;
    c.denies_agency = true;
    c.agent = entities_.entities()[static_cast<size_t>(frame.speaker.entity)].name;
    c.agent_entity = frame.speaker.entity;
  }
}

// "Officials denied the allegations", "rejected the rights group's
// findings", "dismissed the reports as fabricated": a denial whose object is
// only a word for what others said is a denial of the claim reported before.
bool ClaimBuilder::DeniesTheReport(const Frame& frame, ReportObject* object) const {
  if (frame.kind != ReportKind::kDeny || frame.speaker.kind == Speaker::kNarrator) return false;
  // "..., an accusation Athens has denied": the noun the denial's relative
  // clause hangs on, right before its speaker, after the clause it sums up.
  if (frame.verb > frame.content_end) {
    size_t k = frame.content_end;
    if (k > frame.content_begin && (doc_.tokens[k - 1].lower == "that" || doc_.tokens[k - 1].lower == "which")) --k;
    if (k > frame.content_begin && IsReportNoun(doc_.tokens[k - 1])) {
      *object = ReportObject{k - 1};
      object->sums_up_clause_before = true;
      return true;
    }
  }
  // "denies that it engages in such practices", "rejected claims it uses
  // these methods": a practice named only by "such" or "these" is the one
  // reported before.
  static constexpr std::string_view kPractices[] = {"practice", "act", "abuse", "action", "method", "tactic",
                                                    "conduct", "treatment", "violation"};
  bool names_event = false;
  for (size_t k = frame.content_begin; k < frame.content_end && !names_event; ++k) {
    names_event = lexicon_.triggers().LongestAt(doc_, k, frame.content_end).has_value();
  }
  for (size_t k = frame.content_begin; !names_event && k + 1 < frame.content_end; ++k) {
    const std::string& d = doc_.tokens[k].lower;
    if (d != "such" && d != "these" && d != "those") continue;
    for (size_t n = k + 1; n < frame.content_end && n <= k + 2; ++n) {
      if (std::find(std::begin(kPractices), std::end(kPractices), doc_.tokens[n].lemma) == std::end(kPractices)) {
        continue;
      }
      *object = ReportObject{n};
      object->practice = true;
      return true;
    }
  }
  if (!FindReportObject(doc_, frame.content_begin, frame.content_end, object)) return false;
  // "denied reports that ...": the clause names the event itself.
  const size_t after = object->noun + 1;
  return after >= frame.content_end || doc_.tokens[after].lower != "that";
}

bool ClaimBuilder::CallsTheReportFalse(const Frame& frame, ReportObject* object) const {
  if (frame.speaker.kind == Speaker::kNarrator) return false;
  if (!FindReportObject(doc_, frame.content_begin, frame.content_end, object)) {
    // "the report is false": here the singular is the report, not the document.
    size_t i = frame.content_begin;
    while (i < frame.content_end && (doc_.tokens[i].kind == TokenKind::kQuoteOpen || IsDeterminer(doc_.tokens[i].lower))) ++i;
    if (i >= frame.content_end || doc_.tokens[i].lemma != "report") return false;
    *object = ReportObject{i};
  }
  // "... are baseless", "... were completely false", "is a lie"
  for (size_t k = object->noun + 1; k + 1 < frame.content_end && k < object->noun + 8; ++k) {
    if (!IsBeForm(doc_.tokens[k].lower)) continue;
    for (size_t j = k + 1; j < frame.content_end && j < k + 4; ++j) {
      const std::string& w = doc_.tokens[j].lemma;
      if (w == "lie" || w == "fake" || w == "fabrication") return true;
      // The cues of denial: "baseless", "false", "exaggerated", "inflated" (cues.tsv).
      const auto cue = lexicon_.cues().LongestAt(doc_, j, frame.content_end);
      if (cue && lexicon_.cue(cue->value) == CueKind::kDenialFrame) return true;
    }
    return false;
  }
  return false;
}

// "The Rapid Support Forces denied involvement." names no event: the denial
// is about the harm reported just before (within two sentences of the
// latest claim, at most five back). So is
// "Libyan officials deny the allegations", about whatever was alleged.
void ClaimBuilder::FromAgencyDenial(size_t sentence, const Frame& frame, std::vector<Claim>& out) {
  const size_t agency_end = AgencyDenialEnd(frame);
  const bool agency = agency_end > 0;
  ReportObject object;
  if (!agency && !DeniesTheReport(frame, &object) && !CallsTheReportFalse(frame, &object)) return;
  // "rejected the rights group's findings": when the owner of the report
  // spoke in the window, only its claims are denied.
  int owner = -1;
  if (!agency && object.has_possessor()) {
    owner = entities_.ResolvePhrase(object.possessor_begin, object.possessor_end, object.possessor_end - 1);
  }
  // What was alleged is the gravest harm another speaker reported in the
  // last two sentences (a report of killings and woundings is denied for the
  // killings first; a protest named beside them is their setting), else the
  // latest claim.
  const auto gravity = [](const Claim& c) {
    static constexpr std::string_view kGravest[] = {"deport", "raid", "arrest", "abuse", "injure", "kill"};
    const auto* at = std::find(std::begin(kGravest), std::end(kGravest), c.type);
    return at == std::end(kGravest) ? 0 : static_cast<int>(at - std::begin(kGravest)) + 1;
  };
  // The window is the two sentences before the denial, or, when sentences
  // that claim nothing stand between (a quote, a description of the
  // attackers), the two before the latest one that does.
  constexpr size_t kWindow = 2, kMaxReach = 5;
  const bool latest = !agency && object.practice;
  const auto gravest = [&](const auto& eligible) {
    const Claim* found = nullptr;
    std::optional<size_t> first;  // the first sentence of the window
    for (auto it = out.rbegin(); it != out.rend() && it->sentence + kMaxReach >= sentence; ++it) {
      if (it->stance != Stance::kAsserts || SameSpeaker(it->speaker, frame.speaker) || !eligible(*it)) continue;
      if (!first) {
        const size_t last_of_window = it->sentence + kWindow >= sentence ? sentence : it->sentence;
        first = last_of_window > kWindow ? last_of_window - kWindow : 0;
      }
      if (it->sentence < *first) break;
      if (latest) return static_cast<const Claim*>(&*it);
      if (!found || gravity(*it) > gravity(*found)) found = &*it;
    }
    return found;
  };
  // ", a charge the army denied": the clause before the charge is what was
  // charged; when it makes no claim, nothing reported earlier is denied.
  const bool sums_up_its_sentence = !agency && object.sums_up_clause_before;
  const Claim* last = nullptr;
  if (sums_up_its_sentence) {
    last = gravest([&](const Claim& c) { return c.sentence == sentence; });
  } else if (owner >= 0) {
    // The owner's claims, else one nobody is named for ("a rights group
    // said"); never a claim of somebody else named.
    // ("the commission's figures" after "the rights commission said": a
    // shorter name for the same speaker ends with the same word.)
    const std::string& owner_head = doc_.tokens[object.possessor_end - 1].lower;
    const auto owned = [&](const Claim& c) {
      if (c.speaker.kind != Speaker::kEntity) return false;
      if (c.speaker.entity == owner) return true;
      std::string name = entities_.entities()[static_cast<size_t>(c.speaker.entity)].name;
      for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      return name.size() > owner_head.size() && name.ends_with(owner_head) &&
             name[name.size() - owner_head.size() - 1] == ' ';
    };
    last = gravest(owned);
    if (!last) last = gravest([](const Claim& c) { return c.speaker.kind == Speaker::kUnnamed; });
  } else {
    last = gravest([](const Claim&) { return true; });
  }
  if (!last || (agency && gravity(*last) == 0)) return;
  const Sentence& s = doc_.sentences[sentence];
  Claim c;
  c.type = last->type;
  c.speaker = frame.speaker;
  c.stance = Stance::kDenies;
  if (agency) {
    c.denies_agency = true;
    c.agent = entities_.entities()[static_cast<size_t>(frame.speaker.entity)].name;
    c.agent_entity = frame.speaker.entity;
  } else {
    c.victims = last->victims;  // the allegation was about them
    c.victims_are_forces = last->victims_are_forces;
    c.victims_are_armed_group = last->victims_are_armed_group;
    c.agent = last->agent;      // and about who did it to them
    c.agent_entity = last->agent_entity;
    c.agent_generic_force = last->agent_generic_force;
  }
  c.sentence = sentence;
  c.span_begin = s.begin;
  c.span_end = s.end;
  c.trigger = agency ? agency_end - 1 : frame.content_begin;
  out.push_back(std::move(c));
}

// "An airstrike killed 43 people, a committee said. The committee blamed
// the army.": an accusation that names no event names the doer of the
// harm its speaker just reported, when that claim names none.
void ClaimBuilder::LendAccusedAsAgent(size_t sentence, const Frame& frame, std::vector<Claim>& out) const {
  if (frame.kind != ReportKind::kAccuse || frame.accused.empty()) return;
  constexpr size_t kMaxSentencesBack = 2;
  const std::string accused(
      doc_.span_text(doc_.tokens[frame.accused.begin].begin, doc_.tokens[frame.accused.end - 1].end));
  for (auto it = out.rbegin(); it != out.rend() && it->sentence + kMaxSentencesBack >= sentence; ++it) {
    if (!SameSpeaker(it->speaker, frame.speaker) || it->stance != Stance::kAsserts) continue;
    if (it->type != "kill" && it->type != "injure" && it->type != "abuse") continue;
    if (!it->agent.empty()) continue;
    it->agent = accused;
    it->agent_entity = frame.accused_entity;
    it->agent_generic_force = slots_.IsGenericForce(accused);
  }
}

std::vector<Claim> ClaimBuilder::Build(const std::vector<std::vector<Frame>>& frames) {
  std::vector<Claim> claims;
  for (size_t s = IsHeadline(doc_, 0) ? 1 : 0; s < frames.size(); ++s) {
    for (const auto& f : frames[s]) {
      const size_t before = claims.size();
      FromFrame(s, f, claims);
      MarkAgencyDenials(f, before, claims);
      if (claims.size() == before && f.speaker.kind != Speaker::kNarrator) FromCountAnaphor(s, f, claims);
      if (claims.size() == before) FromAgencyDenial(s, f, claims);
      if (claims.size() == before) LendAccusedAsAgent(s, f, claims);
    }
  }
  // Two frames over the same words (a denial of an accusation) can yield the same claim twice.
  std::vector<Claim> unique;
  // Indices into `unique` by sentence, ascending: the first match is the one
  // a scan of all of `unique` would find, at a cost linear in the document.
  std::unordered_map<size_t, std::vector<size_t>> unique_in_sentence;
  for (auto& c : claims) {
    std::vector<size_t>& candidates = unique_in_sentence[c.sentence];
    auto same = std::find_if(candidates.begin(), candidates.end(), [&](size_t k) {
      const Claim& o = unique[k];
      return o.sentence == c.sentence && o.type == c.type && o.stance == c.stance && SameSpeaker(o.speaker, c.speaker) &&
             !CountDifferently(o, c);
    });
    if (same != candidates.end()) {
      Merge(unique[*same], c);
    } else {
      candidates.push_back(unique.size());
      unique.push_back(std::move(c));
    }
  }
  // "Police shot at the rioters, causing the deaths", "two were killed ...,
  // one had been shot in the head": being shot is how the people of the
  // killing or wounding in its sentence came to harm, not an event of its
  // own. ("Opened fire on the crowd, killing five" stays two claims: the
  // firing on a crowd is excessive force whoever it hit.)
  std::erase_if(unique, [&](const Claim& attack) {
    if (attack.type != "abuse" || doc_.tokens[attack.trigger].lemma != "shoot") return false;
    return std::any_of(unique.begin(), unique.end(), [&](const Claim& harm) {
      return harm.sentence == attack.sentence && (harm.type == "kill" || harm.type == "injure") &&
             harm.stance == attack.stance && harm.cause == attack.context_cause;
    });
  });
  for (size_t i = 0; i < unique.size(); ++i) unique[i].id = "c" + std::to_string(i + 1);
  return unique;
}

}  // namespace crosscheck

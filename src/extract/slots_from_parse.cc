// SlotFinder's reading of the dependency parse: who did it and to whom, taken
// from the trigger's dependents where the word-window grammar of slots.cc
// found nothing — subjects separated from their verb by a relative clause or
// a participle phrase, subjects shared by coordinated or controlled verbs,
// "by" agents of passives, objects of "of" after event nouns — and pronouns
// ("them", "they", "it") resolved to what they stand for.
#include <algorithm>

#include "extract/count.h"
#include "extract/slots.h"
#include "extract/word_classes.h"

namespace crosscheck {
namespace {

bool IsPluralPronoun(std::string_view w) { return w == "them" || w == "they" || w == "those" || w == "others"; }
bool IsSingularPronoun(std::string_view w) { return w == "him" || w == "her" || w == "he" || w == "she"; }

// The dependents that belong to a noun's phrase: determiners, modifiers,
// compounds, conjuncts ("the navy and local fishermen") and
// "of" phrases ("members of the border police"); not relative clauses,
// appositions or adverbs ("the coast guard, which has EU backing,").
bool InPhrase(const DependencyView& deps, const Doc& doc, size_t token) {
  const std::string_view r = deps.Relation(token);
  if (r == "det" || r == "det:predet" || r == "amod" || r == "compound" || r == "nummod" || r == "nmod:poss" ||
      r == "flat" || r == "conj" || r == "cc" || r == "case" || r == "fixed") {
    return true;
  }
  if (r == "punct") return doc.token_text(token) == "," || doc.token_text(token) == "-";
  if (r == "nmod") {
    const auto c = deps.Child(token, "case");
    return c && doc.tokens[*c].lower == "of" && static_cast<int>(token) > deps.Head(token);
  }
  return false;
}

constexpr size_t kMaxPhraseTokens = 12;
constexpr size_t kAntecedentSentences = 2;  // the pronoun's sentence and the one before

}  // namespace

std::pair<size_t, size_t> SlotFinder::PhraseOf(size_t head) const {
  auto [begin, end] = deps_->SpanOf(head, [&](size_t c) { return InPhrase(*deps_, doc_, c); });
  // (Nor a preposition the parse hung on the noun: "a day after delegates
  // of the Red Cross visited" names "delegates of the Red Cross".)
  while (begin < head && (doc_.tokens[begin].kind == TokenKind::kPunct || doc_.tokens[begin].kind == TokenKind::kQuoteOpen ||
                          IsPreposition(doc_.tokens[begin].lower)))
    ++begin;
  while (end > head + 1 && doc_.tokens[end - 1].kind != TokenKind::kWord && doc_.tokens[end - 1].kind != TokenKind::kNumber)
    --end;
  if (end - begin > kMaxPhraseTokens) begin = head + 1 >= kMaxPhraseTokens ? std::max(begin, head + 1 - kMaxPhraseTokens) : begin;
  if (end - begin > kMaxPhraseTokens) end = begin + kMaxPhraseTokens;
  return {begin, end};
}

bool SlotFinder::Agentive(size_t begin, size_t end, size_t head, bool active_subject) const {
  const Token& h = doc_.tokens[head];
  if (const Mention* m = entities_.FirstMentionIn(begin, end)) {
    const Entity& e = entities_.entities()[m->entity];
    if (e.type != EntityType::kPlace) return true;
    // "Tunisia had pushed her out": a country acting is its government.
    if (active_subject && gazetteer_ && e.place >= 0 && m->begin == begin &&
        gazetteer_->places()[e.place].kind == geo::PlaceKind::kCountry) {
      return true;
    }
    return false;
  }
  if (lexicon_.Is(h, kForceNoun) || lexicon_.Is(h, kOrgNoun) || lexicon_.Is(h, kGroupNoun) ||
      (lexicon_.Is(h, kPersonNoun) && !IsPersonalPronoun(h.lower))) {
    return true;
  }
  // "a coast guard vessel", "a police car": a force's own vessel or unit acts for it.
  for (size_t c : deps_->Children(head)) {
    if (deps_->Relation(c) == "compound" && (lexicon_.Is(doc_.tokens[c], kForceNoun) || lexicon_.Is(doc_.tokens[c], kOrgNoun)))
      return true;
  }
  return false;
}

int SlotFinder::AgentPronoun(size_t pronoun) const {
  const std::string& w = doc_.tokens[pronoun].lower;
  if (w == "he" || w == "she") return entities_.ResolvePhrase(pronoun, pronoun + 1, pronoun);
  // "it", "its", "they", "their": the nearest organization, group or country
  // acting before it, in its sentence or the one before.
  const size_t sentence = SentenceOf(pronoun);
  const size_t limit = doc_.sentences[sentence > 0 ? sentence - 1 : 0].token_begin;
  // Not a dateline's place ("N'DJAMENA, Oct 3 -"), in this sentence or the one before.
  const size_t body = BodyBegin(sentence);
  const size_t previous_body = sentence > 0 ? BodyBegin(sentence - 1) : 0;
  for (size_t k = pronoun; k > limit; --k) {
    const bool in_this_sentence = k - 1 >= doc_.sentences[sentence].token_begin;
    if (k - 1 < (in_this_sentence ? body : previous_body)) break;
    if (const Mention* m = entities_.MentionAt(k - 1)) {
      const Entity& e = entities_.entities()[m->entity];
      const bool country = e.type == EntityType::kPlace && gazetteer_ && e.place >= 0 &&
                           gazetteer_->places()[e.place].kind == geo::PlaceKind::kCountry;
      if (e.type == EntityType::kOrganization || e.type == EntityType::kGroup || country) return m->entity;
      k = m->begin + 1;  // skip the rest of the name
    }
  }
  return -1;
}

std::optional<size_t> SlotFinder::PluralForceBefore(size_t pronoun) const {
  const size_t sentence = SentenceOf(pronoun);
  const size_t limit = sentence > 0 ? BodyBegin(sentence - 1) : BodyBegin(0);
  for (size_t k = pronoun; k > limit; --k) {
    const Token& t = doc_.tokens[k - 1];
    if (t.kind != TokenKind::kWord || entities_.MentionAt(k - 1) || !lexicon_.Is(t, kForceNoun)) continue;
    if (t.lower != t.lemma || t.lower == "police") return k - 1;
  }
  return std::nullopt;
}

bool SlotFinder::MayNameAgent(const EventWord& w) const {
  const Sentence& s = doc_.sentences[w.sentence];
  for (size_t i = s.token_begin; i < s.token_end; ++i) {
    if (i >= w.begin && i < w.end) continue;
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::kWord) continue;
    if (const Mention* m = entities_.MentionAt(i)) {
      if (entities_.entities()[m->entity].type != EntityType::kPlace || gazetteer_) return true;
      continue;
    }
    if (lexicon_.Is(t, kForceNoun) || lexicon_.Is(t, kOrgNoun) || lexicon_.Is(t, kGroupNoun) ||
        lexicon_.Is(t, kPersonNoun) || t.lower == "he" || t.lower == "she" || t.lower == "it" || t.lower == "they" ||
        t.lower == "its" || t.lower == "their") {
      return true;
    }
  }
  return false;
}

bool SlotFinder::MayNameVictims(const EventWord& w) const {
  const Sentence& s = doc_.sentences[w.sentence];
  for (size_t i = s.token_begin; i < s.token_end; ++i) {
    if (i >= w.begin && i < w.end) continue;
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::kWord || entities_.MentionAt(i)) continue;
    if (lexicon_.Is(t, kPersonNoun) || IsPluralPronoun(t.lower) || IsSingularPronoun(t.lower)) return true;
  }
  return false;
}

void SlotFinder::AgentFromParse(const EventWord& w, bool passive, Claim& claim) {
  // Parsing costs more than the rest of extraction: only where the sentence
  // has a word that could be the agent.
  if (!deps_ || !deps_->available() || !MayNameAgent(w) || !deps_->Ensure(w.sentence)) return;
  const Trigger& tr = *w.trigger;
  const size_t t = deps_->HeadOfSpan(w.begin, w.end);
  // "carried out a raid": a trigger the tagger reads as a noun is nominal here.
  const bool nominal = tr.noun || deps_->Penn(t).substr(0, 2) == "NN";
  bool undergoes = passive || deps_->IsPassive(t) || nominal || tr.adj || tr.subject_undergoes;
  std::optional<size_t> head;
  if (undergoes) {
    head = deps_->Child(t, "obl:agent");
    if (!head) head = deps_->ChildWithCase(t, "by");
    if (head && HeadNamesCause(PhraseOf(*head).first, *head)) return;  // "by gunfire", "by live ammunition": a cause
    if (head && NamesInstrument(PhraseOf(*head).first, *head)) return;  // "by stones", "by a falling wall"
    // "police carried out a raid", "a raid was carried out by police": the
    // subject of a support verb does what its object names.
    if (!head && nominal && deps_->Head(t) >= 0) {
      const size_t verb = static_cast<size_t>(deps_->Head(t));
      auto cue = lexicon_.cues().LongestAt(doc_, verb, std::min(verb + 3, w.clause_end));
      if (cue && lexicon_.cue(cue->value) == CueKind::kSupportVerb) {
        // ("took part in the killings", "were responsible for the deaths":
        // a support cue ending in a preposition takes the event as its phrase.)
        const bool prepositional = cue->end > verb + 1 && IsPreposition(doc_.tokens[cue->end - 1].lower) &&
                                   (deps_->Is(t, "obl") || deps_->Is(t, "nmod")) &&
                                   deps_->ChildWithCase(verb, doc_.tokens[cue->end - 1].lower) == t;
        if (deps_->Is(t, "obj") || prepositional) {
          head = deps_->SubjectOf(verb, false);
          if (head) undergoes = false;
        } else if (deps_->Relation(t) == "nsubj:pass") {
          head = deps_->Child(verb, "obl:agent");
          if (!head) head = deps_->ChildWithCase(verb, "by");
        }
      }
    }
  } else {
    head = deps_->SubjectOf(t, false);
  }
  if (!head) return;
  const size_t h = *head;
  if (h == t) return;
  // The subject of a reporting verb speaks; a misparse that hangs the event
  // on "said" would make the speaker the agent ("Witnesses said soldiers
  // fired ..., causing five deaths").
  if (const int gov = deps_->Head(h); gov >= 0 && deps_->Is(h, "nsubj") &&
      lexicon_.reporting().LongestAt(doc_, static_cast<size_t>(gov), doc_.tokens.size())) {
    return;
  }
  const std::string& lower = doc_.tokens[h].lower;
  if (IsPersonalPronoun(lower) || lower == "who" || lower == "which" || lower == "that") {
    // "They have rescued some 60 people": the pronoun names whoever it stands for.
    if (lower != "he" && lower != "she" && lower != "they" && lower != "it") return;
    // "Security forces killed nine refugees when they opened fire": the
    // subject of the clause the pronoun's clause hangs on; "authorities said
    // they had closed the camp": the one who says it.
    if (const int verb = deps_->Head(h); verb >= 0 && deps_->Head(static_cast<size_t>(verb)) >= 0 &&
                                         (deps_->Is(static_cast<size_t>(verb), "advcl") ||
                                          deps_->Is(static_cast<size_t>(verb), "conj") ||
                                          deps_->Is(static_cast<size_t>(verb), "ccomp"))) {
      const auto main_subject = deps_->Child(static_cast<size_t>(deps_->Head(static_cast<size_t>(verb))), "nsubj");
      if (main_subject && *main_subject < h && !IsPersonalPronoun(doc_.tokens[*main_subject].lower)) {
        const auto [begin, end] = PhraseOf(*main_subject);
        if (Agentive(begin, end, *main_subject, true)) {
          claim.agent_entity = entities_.ResolvePhrase(begin, end, *main_subject);
          claim.agent = claim.agent_entity >= 0 ? entities_.entities()[static_cast<size_t>(claim.agent_entity)].name
                                                : Text(begin, end);
          claim.agent_from_by_phrase = undergoes;
          return;
        }
      }
    }
    // "Guards beat them ... according to Human Rights Watch. 'They beat
    // us every day'": "they" is rather the people who acted than an
    // organization, which English calls "it".
    if (const auto force = lower == "they" ? PluralForceBefore(h) : std::nullopt) {
      const auto [begin, end] = deps_->Ensure(SentenceOf(*force)) ? PhraseOf(*force) : std::pair{*force, *force + 1};
      claim.agent = Text(begin, end);
      claim.agent_entity = entities_.ResolvePhrase(begin, end, *force);
      claim.agent_from_by_phrase = undergoes;
      return;
    }
    const int e = AgentPronoun(h);
    if (e < 0) return;
    claim.agent = entities_.entities()[static_cast<size_t>(e)].name;  // who "they" are, not "they"
    claim.agent_entity = e;
    claim.agent_from_by_phrase = undergoes;
    return;
  }
  const auto [begin, end] = PhraseOf(h);
  // A subject right after "of" or "in" is a misparse of a prepositional phrase.
  if (!undergoes && begin > doc_.sentences[w.sentence].token_begin &&
      IsPhrasalPreposition(doc_.tokens[begin - 1].lower)) {
    return;
  }
  if (!Agentive(begin, end, h, !undergoes)) {
    // "its rescue vessel was assisting migrants": the owner acts.
    auto owner = deps_->Child(h, "nmod:poss");
    if (!owner) return;
    const std::string& o = doc_.tokens[*owner].lower;
    const int e = (o == "its" || o == "their") ? AgentPronoun(*owner) : -1;
    if (e < 0) return;
    claim.agent = entities_.entities()[static_cast<size_t>(e)].name;  // the owner, not "its rescue vessel"
    claim.agent_entity = e;
    claim.agent_from_by_phrase = undergoes;
    return;
  }
  claim.agent = Text(begin, end);
  claim.agent_entity = entities_.ResolvePhrase(begin, end, h);
  claim.agent_from_by_phrase = undergoes;
}

std::string SlotFinder::Antecedent(size_t word, bool plural, size_t sentences, bool skip_speakers) const {
  const size_t sentence = SentenceOf(word);
  const size_t first_sentence = sentence + 1 >= sentences ? sentence + 1 - sentences : 0;
  const size_t limit = doc_.sentences[first_sentence].token_begin;
  for (size_t k = word; k > limit; --k) {
    const Token& t = doc_.tokens[k - 1];
    if (t.kind != TokenKind::kWord || !lexicon_.Is(t, kPersonNoun) || entities_.MentionAt(k - 1)) continue;
    if (lexicon_.Is(t, kForceNoun) || lexicon_.Is(t, kOrgNoun) || lexicon_.Is(t, kRoleNoun)) continue;
    if (IsCountWord(t.lower) || IsPersonalPronoun(t.lower) || t.lower == "others" || t.lower == "those") continue;
    // "refugees accused of inciting violence": a participle, not "the accused".
    if (t.lower != t.lemma && t.lower.ends_with("ed") && !(k >= 2 && IsDeterminer(doc_.tokens[k - 2].lower))) continue;
    // "Survivors said about 20 others were missing": who speaks is not the
    // group "others" adds to. ("One woman said they had pushed her": she is.)
    if (skip_speakers && SpeaksNext(k, doc_.tokens.size())) continue;
    const bool is_plural = t.lower != t.lemma || t.lower == "people";  // "people" is its own lemma
    if (is_plural != plural) continue;
    return std::string(doc_.token_text(k - 1));
  }
  return "";
}

std::string SlotFinder::PronounAntecedent(size_t pronoun) const {
  const std::string& w = doc_.tokens[pronoun].lower;
  if (!IsPluralPronoun(w) && !IsSingularPronoun(w)) return "";
  return Antecedent(pronoun, IsPluralPronoun(w), kAntecedentSentences);
}

std::string SlotFinder::VictimNoun(size_t head, size_t limit_begin, std::optional<CountValue>* count) const {
  const Token& t = doc_.tokens[head];
  // "Roughly 10 of them", "some of those who fled": the "of" phrase names the group.
  if (t.kind == TokenKind::kNumber || IsCountWord(t.lower) || IsCountModifierWord(t.lower) || t.lower == "some" ||
      t.lower == "many" || t.lower == "most" || t.lower == "all") {
    if (auto of = deps_->ChildWithCase(head, "of")) return VictimNoun(*of, limit_begin);
    return "";
  }
  // "all those on board", "those who fled": "those" with a phrase of its
  // own names its people; it points back to nobody.
  if (t.lower == "those" && head + 1 < doc_.tokens.size() &&
      (IsPreposition(doc_.tokens[head + 1].lower) || doc_.tokens[head + 1].lower == "who")) {
    // Up to the clause's next punctuation or conjunction: "those who had
    // fled the detention centre".
    constexpr size_t kMaxWords = 8;
    size_t end = head + 1;
    while (end < doc_.tokens.size() && end - head < kMaxWords &&
           (doc_.tokens[end].kind == TokenKind::kWord || doc_.tokens[end].kind == TokenKind::kNumber) &&
           doc_.tokens[end].lower != "and" && doc_.tokens[end].lower != "but" && doc_.tokens[end].lower != "or") {
      ++end;
    }
    return Text(head, end);
  }
  if (IsPluralPronoun(t.lower) || IsSingularPronoun(t.lower)) return PronounAntecedent(head);
  if (entities_.MentionAt(head) || !lexicon_.Is(t, kPersonNoun)) return "";
  Argument arg = ArgumentAt(head, limit_begin);
  if (count) *count = arg.count;
  return arg.victims;
}

std::string SlotFinder::VictimsFromParse(const EventWord& w, bool passive, std::optional<CountValue>* count) const {
  if (!deps_ || !deps_->available() || !MayNameVictims(w) || !deps_->Ensure(w.sentence)) return "";
  const Trigger& tr = *w.trigger;
  const size_t t = deps_->HeadOfSpan(w.begin, w.end);
  std::optional<size_t> head;
  if (tr.noun || deps_->Penn(t).substr(0, 2) == "NN") {
    head = deps_->ChildWithCase(t, "of");
    if (!head) head = deps_->Child(t, "obj");  // "of killing more than 30 protesters": a gerund
    // "excessive force against protesters"; but "blamed the deaths on the
    // coast guard" names who is blamed, not who died.
    const bool harm = tr.type == "kill" || tr.type == "injure";
    for (const char* marker : {"against", "on"}) {
      if (!head && !harm) head = deps_->ChildWithCase(t, marker);
    }
    if (!head) head = deps_->Child(t, "nmod:poss");
    // "live ammunition was used against protesters", "fired tear gas at the
    // crowd": the phrase hangs on the verb the event noun is the object of.
    if (!head && deps_->Head(t) >= 0 && (deps_->Is(t, "obj") || deps_->Is(t, "nsubj"))) {
      const size_t verb = static_cast<size_t>(deps_->Head(t));
      for (const char* marker : {"against", "on", "at"}) {
        if (!head) head = deps_->ChildWithCase(verb, marker);
      }
    }
  } else if (passive || deps_->IsPassive(t)) {
    head = deps_->SubjectOf(t, true);
  } else if (tr.adj || tr.subject_undergoes) {
    head = deps_->SubjectOf(t, false);
  } else {
    head = deps_->Child(t, "obj");
    for (const char* marker : {"on", "at", "against"}) {
      if (!head) head = deps_->ChildWithCase(t, marker);
    }
  }
  if (!head || *head == t) return "";
  return VictimNoun(*head, w.clause_begin, count);
}

}  // namespace crosscheck

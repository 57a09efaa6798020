#include "extract/noun_phrase.h"

#include "extract/word_classes.h"

namespace crosscheck {

bool NounPhraseFinder::LooksLikeVerb(size_t i) const {
  const Token& t = doc_.tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  if (entities_.MentionAt(i)) return false;
  if (IsAuxiliary(t.lower)) return true;
  // After a determiner or a possessive it is a noun: "the report", "the group's statement".
  if (i > 0 && (IsDeterminer(doc_.tokens[i - 1].lower) || doc_.tokens[i - 1].lower == "'s")) return false;
  if (StateIsNoVerb(i)) return false;  // "the West Darfur state health ministry"
  if (lexicon_.reporting().LongestAt(doc_, i, i + 1) && !lexicon_.Is(t, kPersonNoun)) {
    // "The 40-page report describes ...": a source noun right before a verb of saying is its subject.
    const auto cue = lexicon_.cues().LongestAt(doc_, i, i + 1);
    const bool source_noun = cue && lexicon_.cue(cue->value) == CueKind::kUnnamedSource;
    if (source_noun && i + 1 < doc_.tokens.size() && lexicon_.reporting().LongestAt(doc_, i + 1, i + 2)) return false;
    return true;
  }
  const bool inflected = t.lemma != t.lower;
  const size_t n = t.lower.size();
  if (inflected && n > 3 && (t.lower.compare(n - 2, 2, "ed") == 0 || t.lower.compare(n - 3, 3, "ing") == 0)) {
    if (OpensPeoplePhrase(i)) return false;
    return !lexicon_.noun_classes(t.lemma);
  }
  // An irregular past form: "went", "fled", "shot", "took" (not the plurals
  // "data", "media", "bodies", nor "men", which the lexicon knows as people).
  if (inflected && t.lower.back() != 's' && t.lower.back() != 'a' && !t.capitalized) {
    return !lexicon_.noun_classes(t.lemma);
  }
  return false;
}

// "Armed men stormed ...", "by masked gunmen", "- Unidentified attackers":
// a participle that opens a phrase (no subject before it) right before a
// noun for people or a group ("armed groups") describes them. ("Police arrested protesters": after a
// subject it is the verb.)
bool NounPhraseFinder::OpensPeoplePhrase(size_t i) const {
  if (i + 1 >= doc_.tokens.size()) return false;
  const Token& next = doc_.tokens[i + 1];
  if (next.kind != TokenKind::kWord ||
      !(lexicon_.Is(next, kPersonNoun) || lexicon_.Is(next, kForceNoun) || lexicon_.Is(next, kGroupNoun) ||
        lexicon_.Is(next, kOrgNoun))) {
    return false;
  }
  if (i == 0 || doc_.tokens[i].paragraph_start) return true;
  const Token& prev = doc_.tokens[i - 1];
  const std::string_view before = doc_.token_text(i - 1);
  return prev.kind == TokenKind::kQuoteOpen || before == "." || before == "-" || before == "\xE2\x80\x94" ||
         prev.lower == "by" || prev.lower == "from" || prev.lower == "with" || prev.lower == "against" ||
         // "blamed armed men", "accused masked gunmen": the object of a verb of saying or accusing.
         (prev.kind == TokenKind::kWord && lexicon_.reporting().LongestAt(doc_, i - 1, i).has_value()) ||
         // "the Malian armed forces": after a nationality, which no verb follows.
         entities_.IsNationalityAdjective(i - 1);
}

bool NounPhraseFinder::StateIsNoVerb(size_t i) const {
  if (doc_.tokens[i].lower != "state") return false;
  // "in Gezira state on Wednesday": after a name, the verb would be "states",
  // and "state" says something only before "that" or a colon.
  if (i > 0 && doc_.tokens[i - 1].capitalized && entities_.MentionAt(i - 1) && i + 1 < doc_.tokens.size() &&
      doc_.tokens[i + 1].lower != "that" && doc_.token_text(i + 1) != ":") {
    return true;
  }
  if (i > 0) {
    if (IsDeterminer(doc_.tokens[i - 1].lower)) return true;  // "in the state since January"
    const Mention* m = entities_.MentionAt(i - 1);
    if (m && entities_.entities()[m->entity].type == EntityType::kPlace) return true;
  }
  return i + 1 < doc_.tokens.size() &&
         (lexicon_.Is(doc_.tokens[i + 1], kOrgNoun) || lexicon_.Is(doc_.tokens[i + 1], kForceNoun));
}

bool NounPhraseFinder::CanBeInPhrase(size_t i) const {
  const Token& t = doc_.tokens[i];
  if (entities_.MentionAt(i)) return true;
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord) {
    // A hyphen inside a word joins ("pro-government"); a spaced dash ends
    // the phrase: "NAIROBI, July 8 - Kenyan police" names no "July 8 - ...".
    if (doc_.token_text(i) != "-" || i == 0 || i + 1 >= doc_.tokens.size()) return false;
    return doc_.tokens[i - 1].end == t.begin && t.end == doc_.tokens[i + 1].begin;
  }
  if (t.lower == "'s" || t.lower == "'") return true;
  if (IsPreposition(t.lower) || IsConjunction(t.lower) || IsRelativeWord(t.lower) || IsAuxiliary(t.lower)) {
    return false;
  }
  if (IsPersonalPronoun(t.lower) && t.lower != "her" && t.lower != "his") return false;
  if (t.lower == "not" || t.lower == "n't" || t.lower == "also" || t.lower == "then") return false;
  // Verb particles: "broke up two protest camps", "carried out raids".
  if (t.lower == "up" || t.lower == "down" || t.lower == "out" || t.lower == "away" || t.lower == "back") return false;
  return !LooksLikeVerb(i);
}

// "report", "allegation", "charge": a noun for what an unnamed source says.
bool NounPhraseFinder::IsSourceNoun(size_t i) const {
  const auto cue = lexicon_.cues().LongestAt(doc_, i, i + 1);
  return cue && lexicon_.cue(cue->value) == CueKind::kUnnamedSource;
}

NounPhrase NounPhraseFinder::EndingAt(size_t end, size_t limit) const {
  NounPhrase np;
  if (end == 0 || end <= limit) return np;
  size_t head = end - 1;
  const Token& h = doc_.tokens[head];
  if (h.kind == TokenKind::kWord && IsPersonalPronoun(h.lower)) return {head, end, head};
  if (const Mention* m = entities_.MentionEndingAt(end)) {
    // Include a role phrase or determiner right before the name.
    // Not a source noun: "an accusation Athens has denied" names Athens.
    size_t b = m->begin;
    while (b > limit && CanBeInPhrase(b - 1) && !IsDeterminer(doc_.tokens[b - 1].lower) &&
           !entities_.MentionAt(b - 1) && !IsSourceNoun(b - 1)) {
      --b;
    }
    if (b > limit && IsDeterminer(doc_.tokens[b - 1].lower)) --b;
    return {b, end, head};
  }
  if (!CanBeInPhrase(head) || IsDeterminer(h.lower)) return np;
  size_t b = head;
  // Nor in "a charge police denied": the source noun heads a phrase of its own.
  while (b > limit && CanBeInPhrase(b - 1) && !(b == head && IsSourceNoun(b - 1) && b - 1 > limit &&
                                                 IsDeterminer(doc_.tokens[b - 2].lower))) {
    --b;
    if (IsDeterminer(doc_.tokens[b].lower)) break;
  }
  // "members of the Justice Ministry", "some of those": one "of" phrase joins;
  // so does a "for" phrase after a role ("a spokesman for the centre's operator").
  if (b >= limit + 2 && doc_.tokens[b - 1].lower == "of" && CanBeInPhrase(b - 2)) {
    const NounPhrase outer = EndingAt(b - 1, limit);
    if (!outer.empty()) return {outer.begin, end, outer.head};
  }
  if (b >= limit + 2 && doc_.tokens[b - 1].lower == "for" && CanBeInPhrase(b - 2) &&
      lexicon_.Is(doc_.tokens[b - 2], kRoleNoun)) {
    const NounPhrase outer = EndingAt(b - 1, limit);
    if (!outer.empty()) return {outer.begin, end, outer.head};
  }
  return {b, end, head};
}

NounPhrase NounPhraseFinder::StartingAt(size_t begin, size_t limit) const {
  NounPhrase np;
  size_t i = begin;
  if (i < limit && IsDeterminer(doc_.tokens[i].lower)) ++i;
  size_t last = begin;
  bool any = false;
  while (i < limit && CanBeInPhrase(i) && !IsDeterminer(doc_.tokens[i].lower)) {
    if (doc_.tokens[i].kind == TokenKind::kWord || doc_.tokens[i].kind == TokenKind::kNumber) {
      last = i;
      any = true;
    }
    ++i;
    // Stop after a plain noun that is followed by a lower-case word that looks like a verb.
  }
  if (!any) return np;
  np.begin = begin;
  np.end = last + 1;
  np.head = last;
  // "members of the Justice Ministry"
  if (np.end + 1 < limit && doc_.tokens[np.end].lower == "of") {
    const NounPhrase inner = StartingAt(np.end + 1, limit);
    if (!inner.empty()) np.end = inner.end;
  }
  return np;
}

}  // namespace crosscheck

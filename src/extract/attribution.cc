#include "extract/attribution.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/dateline.h"
#include "extract/report_object.h"
#include "extract/count.h"
#include "extract/word_classes.h"

namespace crosscheck {

namespace {

// "yet to", "unable to", "failed to": the verb after "to" is not done.
bool NegatingBeforeTo(const std::string& lower) {
  return lower == "yet" || lower == "unable" || lower == "failed" || lower == "impossible" || lower == "refused" ||
         lower == "declined";
}

bool IsTimeWord(const Token& t) {
  return IsMonthOrWeekday(t.lower) || t.lower == "yesterday" || t.lower == "today" ||
         t.lower == "tonight" || t.lower == "later" || t.lower == "earlier" || t.lower == "late" ||
         t.lower == "also" || t.lower == "again" || t.lower == "previously" || t.lower == "then" ||
         t.lower == "now" || t.lower == "recently" || t.lower == "last" || t.lower == "night" ||
         t.lower == "morning" || t.lower == "evening" || t.lower == "week";
}

// Nouns for a document that speaks for its author: "the statement said".
bool IsStatementNoun(const Token& t) {
  return t.lemma == "statement" || t.lemma == "communique" || t.lemma == "release" ||
         t.lemma == "announcement" || t.lemma == "post" || t.lemma == "tweet";
}

// A figure noun within the verb's object: "put the death toll at", "raised
// its tally to", "gave a figure of".
bool FigureFollows(const Doc& doc, size_t begin) {
  for (size_t k = begin; k < doc.tokens.size() && k < begin + 4; ++k) {
    const Token& t = doc.tokens[k];
    if (t.kind != TokenKind::kWord) return false;
    if (t.lemma == "toll" || t.lemma == "tally" || t.lemma == "figure" || t.lemma == "number" || t.lemma == "count") {
      return true;
    }
  }
  return false;
}

// The object forms that cannot also be a determiner ("her claims") or
// stand for a statement ("denied it").
bool IsObjectPronoun(std::string_view lower) {
  return lower == "him" || lower == "them" || lower == "us" || lower == "me";
}

// What one is denied or refused rather than what one denies: "denied
// access", "refused entry", "denied bail".
bool IsDeprivedGood(std::string_view lemma) {
  static constexpr std::string_view kGoods[] = {"access", "entry", "food",   "water",      "bail", "asylum",
                                                "visa",   "permission", "passage", "treatment", "medical"};
  return std::find(std::begin(kGoods), std::end(kGoods), lemma) != std::end(kGoods);
}

bool IsIngForm(const Token& t) {
  return t.lower.size() > 4 && t.lower.compare(t.lower.size() - 3, 3, "ing") == 0;
}

// "a report published on Wednesday", "a statement posted on Facebook": the
// participle phrase that describes the document.
// "on state television", "on its Telegram channel", "via social media":
// where a statement was heard, after a verb of saying or a statement.
bool IsMediumNoun(const Token& t) {
  return t.lemma == "television" || t.lower == "tv" || t.lemma == "radio" || t.lemma == "twitter" ||
         t.lemma == "facebook" || t.lemma == "telegram" || t.lemma == "website" || t.lemma == "channel" ||
         t.lemma == "media" || t.lemma == "broadcaster" || t.lemma == "account";
}

size_t SkipMediumPhrase(const Doc& doc, size_t i, size_t end) {
  if (i >= end || (doc.tokens[i].lower != "on" && doc.tokens[i].lower != "via")) return i;
  size_t j = i + 1;
  for (size_t modifiers = 0; j < end && modifiers < 3 && !IsMediumNoun(doc.tokens[j]); ++j, ++modifiers) {
    const Token& m = doc.tokens[j];
    const bool modifier = IsDeterminer(m.lower) || m.lower == "its" || m.lower == "their" || m.capitalized ||
                          m.lower == "state" || m.lower == "national" || m.lower == "local" || m.lower == "public" ||
                          m.lower == "official" || m.lower == "social" || m.lower == "private";
    if (m.kind != TokenKind::kWord || !modifier) return i;
  }
  if (j >= end || !IsMediumNoun(doc.tokens[j])) return i;
  ++j;
  while (j < end && IsMediumNoun(doc.tokens[j])) ++j;  // "Telegram channel", "Twitter account"
  return j;
}

size_t SkipParticiplePhrase(const Doc& doc, size_t i, size_t end) {
  if (i >= end) return i;
  const Token& p = doc.tokens[i];
  // "a statement read on state television", "broadcast on national radio"
  if (p.lower == "read" || p.lower == "broadcast" || p.lower == "aired" || p.lower == "posted") {
    if (const size_t k = SkipMediumPhrase(doc, i + 1, end); k > i + 1) return k;
  }
  if (p.kind != TokenKind::kWord || p.lower == p.lemma || !p.lower.ends_with("ed")) return i;
  size_t k = i + 1;
  if (k < end && (doc.tokens[k].lower == "on" || doc.tokens[k].lower == "in" || doc.tokens[k].lower == "by")) {
    size_t j = k + 1;
    while (j < end && j < k + 5 && doc.tokens[j].kind != TokenKind::kPunct &&
           (IsTimeWord(doc.tokens[j]) || IsDeterminer(doc.tokens[j].lower) || doc.tokens[j].capitalized ||
            doc.tokens[j].kind == TokenKind::kNumber || doc.tokens[j].lower == "its" || doc.tokens[j].lower == "their")) {
      ++j;
    }
    if (j > k + 1) k = j;
  }
  return k;
}

// Time words and "on Tuesday", "in a statement" after a verb of saying.
size_t SkipSayingAdverbial(const Doc& doc, size_t i, size_t end) {
  const Token& t = doc.tokens[i];
  if (IsTimeWord(t)) return i + 1;
  if (t.lower == "on" && i + 1 < end && IsTimeWord(doc.tokens[i + 1])) return i + 2;
  if (const size_t k = SkipMediumPhrase(doc, i, end); k > i) return k;
  if ((t.lower == "in" || t.lower == "on" || t.lower == "via") && i + 2 < end &&
      (IsDeterminer(doc.tokens[i + 1].lower) || doc.tokens[i + 1].capitalized)) {
    const Token& n = doc.tokens[i + 2];
    if (IsStatementNoun(n) || n.lemma == "interview" || n.lemma == "briefing" || n.lemma == "conference" ||
        n.lemma == "report" || doc.tokens[i + 1].lemma == "twitter") {
      return SkipParticiplePhrase(doc, i + 3, end);
    }
  }
  return i;
}

}  // namespace

Attributor::Attributor(const Doc& doc, const Lexicon& lexicon, EntityRegistry& entities,
                       const DependencyView* deps)
    : doc_(doc), lexicon_(lexicon), entities_(entities), deps_(deps), phrases_(doc, lexicon, entities) {}

// in_quote_[i] is true for tokens between an opening and a closing quote.
// Journalistic style reopens a quote at each paragraph, so an unclosed
// quote ends at the paragraph break.
void Attributor::MarkQuotes() {
  in_quote_.assign(doc_.tokens.size(), false);
  bool open = false;
  for (size_t i = 0; i < doc_.tokens.size(); ++i) {
    const Token& t = doc_.tokens[i];
    if (t.paragraph_start) open = false;
    if (t.kind == TokenKind::kQuoteOpen) {
      open = true;
      continue;
    }
    if (t.kind == TokenKind::kQuoteClose) {
      open = false;
      continue;
    }
    in_quote_[i] = open;
  }
}

bool Attributor::IsReportingVerbAt(size_t i, size_t* end, size_t* value) const {
  const auto m = lexicon_.reporting().LongestAt(doc_, i, doc_.tokens.size());
  if (!m) return false;
  const Token& t = doc_.tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  // "said to be", "claims that" after a determiner, "the report": not a verb of saying here.
  // ("said to reporters", "told to journalists": a person after "to" hears it.)
  if (i + 2 < doc_.tokens.size() && doc_.tokens[i + 1].lower == "to" && t.lemma == "say") {
    const Token& after = doc_.tokens[i + 2];
    const bool hearer = lexicon_.Is(after, kPersonNoun) || lexicon_.Is(after, kOrgNoun) || entities_.MentionAt(i + 2) ||
                        IsDeterminer(after.lower);
    if (!hearer) return false;
  }
  // "a mass grave believed to contain ...", "migrants feared to have
  // drowned": a hedging participle before "to" and a verb qualifies what
  // follows; the noun before it believes nothing. ("admitted to hospital"
  // is no hedge.)
  if (i + 2 < doc_.tokens.size() && doc_.tokens[i + 1].lower == "to" && t.lower != t.lemma && t.lower.ends_with("ed") &&
      lexicon_.reporting_verb(m->value).stance == Stance::kUncertain) {
    const Token& after = doc_.tokens[i + 2];
    if (after.kind == TokenKind::kWord && after.lower == after.lemma && !after.capitalized && !IsDeterminer(after.lower) &&
        !lexicon_.Is(after, kPersonNoun)) {
      return false;
    }
  }
  // "in Zamfara state, police said", "state media reported": not "to state".
  if (phrases_.StateIsNoVerb(i)) return false;
  // "an army post", "a Facebook post": a base form after a singular
  // indefinite noun is that noun's head; its verb would be "posts".
  if (t.lower == t.lemma && i >= 2 && doc_.tokens[i - 1].kind == TokenKind::kWord &&
      !IsPersonalPronoun(doc_.tokens[i - 1].lower) &&
      (doc_.tokens[i - 2].lower == "a" || doc_.tokens[i - 2].lower == "an")) {
    return false;
  }
  // "victims of Islamic State, an official said": a capitalized word inside
  // a sentence is part of a name.
  if (t.capitalized && i > 0 && !t.paragraph_start) {
    const Token& prev = doc_.tokens[i - 1];
    const std::string_view before = doc_.token_text(i - 1);
    const bool opens = prev.kind == TokenKind::kQuoteOpen || before == "." || before == "!" || before == "?" ||
                       before == ":" || before == "-" || before == "(";
    if (!opens && prev.kind == TokenKind::kWord && prev.capitalized) return false;
  }
  if (i > 0) {
    const Token& prev = doc_.tokens[i - 1];
    // ("have yet to confirm", "were unable to verify" still say something of the content.)
    const bool negated_infinitive = prev.lower == "to" && i >= 2 && NegatingBeforeTo(doc_.tokens[i - 2].lower);
    // ("Another said", "Some said": a determiner that stands for people is the subject.)
    const bool people_determiner = IsQuantifierForPeople(prev.lower) &&
                                   (i == 1 || !IsPreposition(doc_.tokens[i - 2].lower));
    if ((IsDeterminer(prev.lower) && !people_determiner) || (IsPreposition(prev.lower) && !negated_infinitive)) {
      return false;
    }
    if (prev.lower == "'s" || prev.kind == TokenKind::kNumber) return false;
    const bool noun_too = lexicon_.cues().LongestAt(doc_, i, i + 1).has_value() || IsStatementNoun(t);
    if (noun_too && prev.kind == TokenKind::kWord && phrases_.LooksLikeVerb(i - 1)) return false;
    // ("Local sources report that ...": a source noun before it is its subject.)
    const auto prev_cue = lexicon_.cues().LongestAt(doc_, i - 1, i);
    const bool source_before = prev_cue && lexicon_.cue(prev_cue->value) == CueKind::kUnnamedSource &&
                               prev.lower != prev.lemma;
    if (noun_too && prev.kind == TokenKind::kWord && !entities_.MentionAt(i - 1) &&
        !IsPersonalPronoun(prev.lower) && !lexicon_.Is(prev, kGroupNoun) && !lexicon_.Is(prev, kOrgNoun) &&
        !lexicon_.Is(prev, kRoleNoun) && !IsAuxiliary(prev.lower) && !source_before) {
      return false;
    }
  } else if (lexicon_.cues().LongestAt(doc_, i, i + 1)) {
    return false;  // "Reports say ..." opens with the noun
  }
  if (lexicon_.reporting_verb(m->value).needs_clause) {
    size_t k = m->end;
    while (k < doc_.tokens.size() && doc_.tokens[k].kind == TokenKind::kWord && IsLyAdverb(doc_.tokens[k].lower)) {
      ++k;  // "found repeatedly that"
    }
    const bool clause = k < doc_.tokens.size() && (doc_.tokens[k].lower == "that" || doc_.token_text(k) == ":" ||
                                                   doc_.tokens[k].kind == TokenKind::kQuoteOpen);
    if (!clause) return false;
  }
  // "called the commission's figures speculative": a denial only with the
  // verdict (a denial cue of cues.tsv) before the clause ends.
  if (lexicon_.reporting_verb(m->value).needs_verdict) {
    bool verdict = false;
    for (size_t k = m->end; k < doc_.tokens.size() && k < m->end + 8 && !verdict; ++k) {
      const std::string_view text = doc_.token_text(k);
      if (text == "." || text == ";" || doc_.tokens[k].lower == "that") break;
      const auto cue = lexicon_.cues().LongestAt(doc_, k, k + 1);
      verdict = cue && lexicon_.cue(cue->value) == CueKind::kDenialFrame;
    }
    if (!verdict) return false;
  }
  // "guards denied them food", "were refused entry", "rejected him at the
  // border": a person as the object of a denial verb is deprived or turned
  // away; nothing said is denied.
  if (lexicon_.reporting_verb(m->value).kind == ReportKind::kDeny && m->end < doc_.tokens.size()) {
    const Token& object = doc_.tokens[m->end];
    if (IsObjectPronoun(object.lower) || IsDeprivedGood(object.lemma)) return false;
  }
  // "..., raising the death toll to 9": an event's consequence, not a report.
  if (lexicon_.reporting_verb(m->value).needs_figure && (!FigureFollows(doc_, m->end) || IsIngForm(t))) return false;
  *end = m->end;
  *value = m->value;
  return true;
}

namespace {

// The index of the sentence holding `token`, or SIZE_MAX before the first.
size_t SentenceHolding(const Doc& doc, size_t token) {
  const auto after = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                                      [](size_t t, const Sentence& x) { return t < x.token_begin; });
  return after == doc.sentences.begin() ? SIZE_MAX : static_cast<size_t>(after - doc.sentences.begin()) - 1;
}

}  // namespace

int Attributor::BodyOpeningSentenceBefore(size_t token) const {
  const size_t here = SentenceHolding(doc_, token);
  if (here == SIZE_MAX || here == 0) return -1;
  const Sentence& before = doc_.sentences[here - 1];
  size_t k = before.token_begin;
  while (k < before.token_end && IsDeterminer(doc_.tokens[k].lower)) ++k;
  const Mention* m = k < before.token_end ? entities_.MentionAt(k) : nullptr;
  if (!m || m->begin != k) return -1;
  return entities_.entities()[m->entity].type == EntityType::kOrganization ? m->entity : -1;
}

bool Attributor::NamedRecently(int entity, size_t token) const {
  const size_t here = SentenceHolding(doc_, token);
  if (here == SIZE_MAX) return false;
  const size_t from = doc_.sentences[here == 0 ? 0 : here - 1].token_begin;
  for (size_t k = from; k < token; ++k) {
    const Mention* m = entities_.MentionAt(k);
    if (m && m->entity == entity) return true;
  }
  return false;
}

bool Attributor::NamedBodyCalled(const std::string& lemma) const {
  for (const Entity& e : entities_.entities()) {
    if (e.type != EntityType::kOrganization && e.type != EntityType::kGroup) continue;
    std::string name = e.name;
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const size_t space = name.rfind(' ');
    const std::string last = space == std::string::npos ? name : name.substr(space + 1);
    if (space != std::string::npos && (last == lemma || last == lemma + "s")) return true;
  }
  return false;
}

NounPhrase Attributor::SpeakerLeftOf(size_t verb, size_t limit) const {
  size_t end = verb;
  // Skip auxiliaries and adverbs: "Okafor has also said", "police later said".
  while (end > limit) {
    const Token& t = doc_.tokens[end - 1];
    const bool adverb = t.kind == TokenKind::kWord && IsLyAdverb(t.lower) && !entities_.MentionAt(end - 1);
    // ('said it "categorically rejects"': a quotation that opens on the verb.)
    const bool quote_on_verb = t.kind == TokenKind::kQuoteOpen && end < verb && end + 3 > verb;
    if (IsAuxiliary(t.lower) || adverb || quote_on_verb || t.lower == "also" || t.lower == "later" ||
        t.lower == "earlier" || t.lower == "then" || t.lower == "not" || t.lower == "n't" || t.lower == "had" ||
        t.lower == "first") {
      --end;
      if (t.lower == "first" && end > limit && doc_.tokens[end - 1].lower == "at") --end;  // "at first"
      continue;
    }
    // "have yet to confirm", "were unable to verify": the subject is before.
    if (t.lower == "to" && end - 1 > limit) {
      if (NegatingBeforeTo(doc_.tokens[end - 2].lower)) {
        end -= 2;
        continue;
      }
    }
    // ", on Tuesday" and "(ICRC)," between the subject and its verb.
    if (IsTimeWord(t) || (t.lower == "on" && end < verb && IsTimeWord(doc_.tokens[end]))) {
      --end;
      continue;
    }
    if (doc_.token_text(end - 1) == "," && end - 1 > limit && end < verb) {
      --end;
      continue;
    }
    if (doc_.token_text(end - 1) == ")" && end >= limit + 3 && doc_.token_text(end - 3) == "(" &&
        entities_.MentionAt(end - 2) && end - 3 > limit && entities_.MentionAt(end - 4)) {
      end -= 3;
      continue;
    }
    break;
  }
  if (end <= limit) return {};
  const Token& last = doc_.tokens[end - 1];
  if (last.kind != TokenKind::kWord && last.kind != TokenKind::kNumber && doc_.token_text(end - 1) != ")") return {};
  NounPhrase np = phrases_.EndingAt(end, limit);
  // ("Another said": a determiner that stands for a person by itself.)
  if (np.empty() && IsQuantifierForPeople(last.lower) && (end - 1 == limit || !IsPreposition(doc_.tokens[end - 2].lower))) {
    np = NounPhrase{end - 1, end, end - 1};
  }
  if (np.empty()) return {};
  // "aid workers in Gao confirmed", "doctors at the camp clinic said": the
  // place is a modifier; the speaker is before it.
  // ("officers in Assam state said": the region's noun heads a place too.)
  const std::string& head_word = doc_.tokens[np.head].lower;
  const bool region_noun = head_word == "state" || head_word == "province" || head_word == "region" ||
                           head_word == "district" || head_word == "county" || head_word == "governorate";
  const Mention* place_head = entities_.MentionAt(region_noun && np.head > np.begin ? np.head - 1 : np.head);
  const bool place = place_head && entities_.entities()[place_head->entity].type == EntityType::kPlace;
  // "Survivors of a shipwreck off Pylos told": up through "of" phrases too,
  // to the first noun that can speak.
  // ("off", "near" and "outside" only ever introduce where, so a name after
  // them is a place even when the gazetteer does not know it.)
  const std::string& before_np = np.begin > limit ? doc_.tokens[np.begin - 1].lower : head_word;
  // ("The Al-Aqsa Martyrs Hospital in Deir al-Balah said": a name after
  // "in" or "at" that the gazetteer does not know is where the speaker is.)
  const bool inside_speaker = (before_np == "in" || before_np == "at") && np.begin > limit + 1 && [&] {
    const NounPhrase outer = phrases_.EndingAt(np.begin - 1, limit);
    return !outer.empty() && CanSpeak(outer);
  }();
  const bool locative = before_np == "off" || before_np == "near" || before_np == "outside" || inside_speaker;
  if ((place || locative || lexicon_.Is(doc_.tokens[np.head], kFacilityNoun)) && np.begin > limit + 1) {
    NounPhrase climbed = np;
    for (int steps = 0; steps < 3 && climbed.begin > limit + 1; ++steps) {
      const std::string& prep = doc_.tokens[climbed.begin - 1].lower;
      if (prep != "in" && prep != "from" && prep != "at" && prep != "of" && prep != "off" && prep != "near" &&
          prep != "outside") {
        break;
      }
      size_t outer_end = climbed.begin - 1;
      // "Médecins Sans Frontières (MSF) in the town of Sid": past the acronym.
      if (outer_end >= limit + 4 && doc_.token_text(outer_end - 1) == ")" && doc_.token_text(outer_end - 3) == "(") {
        outer_end -= 3;
      }
      const NounPhrase outer = phrases_.EndingAt(outer_end, limit);
      if (outer.empty()) break;
      climbed = {outer.begin, np.end, outer.head};
      if (CanSpeak(NounPhrase{outer.begin, outer.end, outer.head})) break;
    }
    if (climbed.begin != np.begin) np = climbed;
  }
  // "A doctors' committee linked to the protest movement said", "a group
  // based in London said": the participle phrase modifies the speaker.
  if (np.begin > limit + 2 && IsPreposition(doc_.tokens[np.begin - 1].lower)) {
    const Token& participle = doc_.tokens[np.begin - 2];
    if (participle.kind == TokenKind::kWord && participle.lower != participle.lemma &&
        (participle.lower.ends_with("ed") || participle.lower == "close")) {
      const NounPhrase speaker = phrases_.EndingAt(np.begin - 2, limit);
      if (!speaker.empty() && CanSpeak(speaker)) return speaker;
    }
  }
  return CanSpeak(np) ? np : NounPhrase{};
}

// The head must be able to speak: a name, a pronoun, a group, a role, an organization, a source noun.
bool Attributor::CanSpeak(const NounPhrase& np) const {
  const Token& h = doc_.tokens[np.head];
  const bool named = entities_.MentionAt(np.head) != nullptr;
  bool has_org_word = false;  // "the French news agency AFP"
  for (size_t k = np.begin; k < np.end; ++k) has_org_word |= lexicon_.Is(doc_.tokens[k], kOrgNoun);
  return named || has_org_word || IsPersonalPronoun(h.lower) || lexicon_.Is(h, kGroupNoun) ||
         lexicon_.Is(h, kRoleNoun) || lexicon_.Is(h, kOrgNoun) || lexicon_.Is(h, kForceNoun) ||
         lexicon_.Is(h, kPersonNoun) || IsStatementNoun(h) ||
         lexicon_.cues().LongestAt(doc_, np.head, np.head + 1).has_value() ||
         (np.end == np.begin + 1 && IsQuantifierForPeople(h.lower));  // "Others said", "Many told reporters"
}

Speaker Attributor::SpeakerOf(const NounPhrase& np) {
  Speaker s;
  const Token& h = doc_.tokens[np.head];
  const bool named = entities_.FirstMentionIn(np.begin, np.end) != nullptr;
  // "a police officer in Assam state": a place after the head names no one.
  // ("Survivors of a shipwreck off Pylos": a name after "off", "near", "in"
  // or "at" is where, whether or not the gazetteer knows it.)
  bool named_before_place = false;
  size_t where_begin = np.end;  // the preposition before the first such place
  for (size_t k = np.begin; k < np.end; ++k) {
    const Mention* m = entities_.MentionAt(k);
    if (!m) continue;
    const std::string& prep = k > np.begin ? doc_.tokens[k - 1].lower : std::string();
    const bool where = entities_.entities()[m->entity].type == EntityType::kPlace || prep == "off" ||
                       prep == "near" || prep == "outside" || prep == "in" || prep == "at";
    if (k <= np.head || !where) named_before_place = true;
    if (k > np.head && where && where_begin == np.end) {
      // From the preposition that opens the description of where: "in the
      // Serbian town of Sid", not "of Sid".
      where_begin = k - 1;
      for (size_t p = np.head + 1; p + 1 < k; ++p) {
        const std::string& w = doc_.tokens[p].lower;
        if (w == "in" || w == "at" || w == "near" || w == "off" || w == "outside") {
          where_begin = p;
          break;
        }
      }
    }
    k = m->end - 1;
  }
  if (!named) {
    const auto cue = lexicon_.cues().LongestAt(doc_, np.head, np.head + 1);
    const bool source_noun = cue && lexicon_.cue(cue->value) == CueKind::kUnnamedSource;
    // "the report", "the statement": a definite description points back to the last speaker.
    const std::string& det = doc_.tokens[np.begin].lower;
    const bool definite = det == "the" || det == "this" || det == "that";
    // "a directorate statement", "a police statement": the body's words.
    if (IsStatementNoun(h) && np.head > np.begin) {
      const Token& body = doc_.tokens[np.head - 1];
      if (!IsDeterminer(body.lower) && (lexicon_.Is(body, kOrgNoun) || lexicon_.Is(body, kForceNoun)) &&
          !lexicon_.Is(body, kRoleNoun)) {
        if (const int e = entities_.ResolvePhrase(np.head - 1, np.head, np.head - 1); e >= 0) {
          s.kind = Speaker::kEntity;
          s.entity = e;
          return s;
        }
      }
    }
    if ((source_noun || IsStatementNoun(h)) && definite) {
      // "the source said" is the source introduced before ("a Libyan source reported").
      if (auto it = last_by_head_.find(h.lemma); it != last_by_head_.end()) return it->second;
      if (last_document_speaker_.kind == Speaker::kEntity) return last_document_speaker_;
      if (last_speaker_.kind == Speaker::kEntity) return last_speaker_;
    }
    if (source_noun || IsStatementNoun(h)) {
      s.kind = Speaker::kUnnamed;
      return s;
    }
    // "the UN refugee agency and IOM said ... the agencies said": a plural
    // description is the bodies that last spoke together.
    if (definite && h.lower != h.lemma && lexicon_.Is(h, kOrgNoun) && last_joint_speaker_.kind == Speaker::kEntity) {
      return last_joint_speaker_;
    }
    // "A ministry official denied ... 'There was a fight,' the official
    // said": a definite noun with no name is whoever that noun named last.
    // (Organizations and groups are resolved by name below: "the group".)
    if (definite && np.end - np.begin <= 3 && !lexicon_.Is(h, kOrgNoun) &&
        (!lexicon_.Is(h, kGroupNoun) || lexicon_.Is(h, kRoleNoun))) {
      if (auto it = last_by_head_.find(h.lemma); it != last_by_head_.end()) return it->second;
    }
    // "a local resistance committee said ... The committee blamed": the
    // unnamed body introduced before, when no body of that kind has a name.
    if (definite && np.end - np.begin <= 3 && (lexicon_.Is(h, kOrgNoun) || lexicon_.Is(h, kGroupNoun))) {
      if (auto it = last_by_head_.find(h.lemma);
          it != last_by_head_.end() && it->second.kind == Speaker::kUnnamed && !NamedBodyCalled(h.lemma)) {
        return it->second;
      }
    }
  }
  // "The RSF rejected the accusation. ... the paramilitary group said": a
  // definite description of a body, where no body has that name, is the
  // body that spoke last when it was named in this sentence or the one before.
  // ("The RSF denied ... The army said": a state's own institutions are
  // never another body's second name.)
  static constexpr std::string_view kInstitutions[] = {"army",   "police",     "government", "ministry",
                                                       "court",  "parliament", "embassy",    "consulate",
                                                       "navy",   "coastguard", "military",   "presidency",
                                                       "tribunal", "prefecture", "municipality"};
  const bool institution = std::find(std::begin(kInstitutions), std::end(kInstitutions), h.lemma) != std::end(kInstitutions);
  if (!named && !institution && last_speaker_.kind == Speaker::kEntity && np.end - np.begin <= 3 &&
      (doc_.tokens[np.begin].lower == "the") && (lexicon_.Is(h, kOrgNoun) || lexicon_.Is(h, kGroupNoun)) &&
      !lexicon_.Is(h, kRoleNoun) && !lexicon_.Is(h, kPersonNoun) && !NamedBodyCalled(h.lemma) &&
      NamedRecently(last_speaker_.entity, np.begin)) {
    const EntityType t = entities_.entities()[last_speaker_.entity].type;
    if (t == EntityType::kOrganization || t == EntityType::kGroup) {
      entities_.AddAlias(last_speaker_.entity, std::string(doc_.span_text(doc_.tokens[np.begin].begin, doc_.tokens[np.end - 1].end)));
      return last_speaker_;
    }
  }
  // "The UN mission called for an investigation. In a post on X, it said
  // ...": "it" is the body the sentence before is about, when one opens it.
  if (np.end - np.begin == 1 && h.lower == "it") {
    if (const int body = BodyOpeningSentenceBefore(np.begin); body >= 0) {
      entities_.AddAlias(body, std::string(doc_.token_text(np.head)));
      s.kind = Speaker::kEntity;
      s.entity = body;
      return s;
    }
  }
  // A pronoun subject of a reporting verb is most often the last speaker.
  if (np.end - np.begin == 1 && last_speaker_.kind == Speaker::kEntity) {
    const EntityType t = entities_.entities()[last_speaker_.entity].type;
    const bool person = t == EntityType::kPerson;
    if (((h.lower == "he" || h.lower == "she") && person) || ((h.lower == "it" || h.lower == "they") && !person)) {
      entities_.AddAlias(last_speaker_.entity, std::string(doc_.token_text(np.head)));
      return last_speaker_;
    }
  }
  // "a health official", "one woman", "a local source": an indefinite person with no name is unnamed.
  const std::string& first = doc_.tokens[np.begin].lower;
  if (!named_before_place && (first == "a" || first == "an" || first == "one") && h.lower == h.lemma) {
    // "an army spokesman": a spokesperson's words are the statement of the
    // body named, though the person is not. ("A ministry official", "a
    // police officer" speak for themselves: unnamed.)
    if (h.lemma.starts_with("spokes") && np.head > np.begin + 1) {
      const Token& body = doc_.tokens[np.head - 1];
      if (!entities_.MentionAt(np.head - 1) && !IsDeterminer(body.lower) &&
          (lexicon_.Is(body, kForceNoun) || lexicon_.Is(body, kOrgNoun)) && !lexicon_.Is(body, kRoleNoun)) {
        const int e = entities_.ResolvePhrase(np.head - 1, np.head, np.head - 1);
        if (e >= 0) {
          s.kind = Speaker::kEntity;
          s.entity = e;
          return s;
        }
      }
    }
    // "an opposition coalition", "a local rights group": a body described,
    // not named, is still one body that later sentences call "the coalition".
    if (lexicon_.Is(h, kOrgNoun) && !lexicon_.Is(h, kRoleNoun) && !lexicon_.Is(h, kPersonNoun) &&
        np.head > np.begin + 1 && first != "one") {
      if (const int e = entities_.ResolvePhrase(np.begin, std::min(where_begin, np.end), np.head); e >= 0) {
        s.kind = Speaker::kEntity;
        s.entity = e;
        return s;
      }
    }
    s.kind = Speaker::kUnnamed;
    return s;
  }
  // ("The head of the refugee agency in Chad" is the head of the refugee agency.)
  // ("The Al-Aqsa Martyrs Hospital in Deir al-Balah" is the hospital.)
  const int e = named && where_begin > np.head ? entities_.ResolvePhrase(np.begin, where_begin, np.head)
                                               : entities_.ResolvePhrase(np.begin, np.end, np.head);
  if (e >= 0) {
    s.kind = Speaker::kEntity;
    s.entity = e;
    return s;
  }
  // "Athens has denied", "Libya said": a place that speaks is its government.
  if (const Mention* m = entities_.MentionAt(np.head);
      m && m->begin == np.begin && m->end == np.end && entities_.entities()[m->entity].type == EntityType::kPlace) {
    s.kind = Speaker::kEntity;
    s.entity = m->entity;
    return s;
  }
  s.kind = Speaker::kUnnamed;  // "one woman said", "a local source"
  return s;
}

bool Attributor::SayingNegated(size_t verb, size_t limit) const {
  size_t k = verb;
  while (k > limit && (IsAuxiliary(doc_.tokens[k - 1].lower) || doc_.tokens[k - 1].lower == "immediately" ||
                       doc_.tokens[k - 1].lower == "independently")) {
    --k;
  }
  if (k == limit) return false;
  const std::string& before = doc_.tokens[k - 1].lower;
  if (before == "not" || before == "n't" || before == "never") return true;
  // "have yet to confirm", "unable to verify", "failed to confirm"
  if (before == "to" && k - 1 > limit) return NegatingBeforeTo(doc_.tokens[k - 2].lower);
  return false;
}

// Whether the "that" or "which" at token i opens a relative clause (it is
// the clause's subject) rather than what is said. Where the sentence parses,
// a WDT that is a subject (the parser also makes "a statement that armed men
// killed 12" a relative clause, with "that" its object); otherwise a verb
// after it, an -ed form only when a determiner or preposition follows ("that
// called for calm", not "that armed men ...").
bool Attributor::OpensRelativeClause(size_t i, size_t sentence, size_t end) const {
  if (doc_.tokens[i].lower == "which") return true;
  if (deps_ && deps_->Ensure(sentence)) return deps_->Penn(i) == "WDT" && deps_->Is(i, "nsubj");
  if (i + 1 >= end) return false;
  if (phrases_.LooksLikeVerb(i + 1)) return true;
  const Token& next = doc_.tokens[i + 1];
  if (next.lemma == next.lower || !next.lower.ends_with("ed") || i + 2 >= end) return false;
  const std::string& after = doc_.tokens[i + 2].lower;
  return IsDeterminer(after) || IsPhrasalPreposition(after);
}

// Skips what stands between a reporting verb and its content: "that", ":",
// the addressee of "told", "in a statement", "on Saturday".
size_t Attributor::SkipAfterVerb(size_t i, size_t end, size_t sentence) const {
  const bool tell = i > 0 && (doc_.tokens[i - 1].lemma == "tell" || doc_.tokens[i - 1].lemma == "assure");
  bool skipped_object = false;
  bool skipped_adverbial = false;
  while (i < end) {
    const Token& t = doc_.tokens[i];
    const std::string_view text = doc_.token_text(i);
    // "said in a statement that called for calm that ...": after an adjunct,
    // "that" or "which" before a verb opens a relative clause on the
    // adjunct's noun, which says nothing; what is said, if anything, comes
    // after it.
    if (skipped_adverbial && (t.lower == "that" || t.lower == "which") && OpensRelativeClause(i, sentence, end)) {
      ++i;
      while (i < end && doc_.token_text(i) != "," &&
             !(doc_.tokens[i].lower == "that" && !OpensRelativeClause(i, sentence, end))) {
        ++i;
      }
      continue;
    }
    if (t.lower == "that" || text == ":" || text == ",") {
      ++i;
      continue;
    }
    if (const size_t next = SkipSayingAdverbial(doc_, i, end); next > i) {
      i = next;
      skipped_adverbial = true;
      continue;
    }
    if (tell && !skipped_object && t.kind == TokenKind::kWord && t.kind != TokenKind::kQuoteOpen) {
      NounPhrase obj = phrases_.StartingAt(i, end);
      // ("told reporters 10 migrants were arrested": a number after the
      // addressee opens what is said.)
      for (size_t k = obj.begin + 1; k < obj.end; ++k) {
        if (doc_.tokens[k].kind == TokenKind::kNumber || IsCountWord(doc_.tokens[k].lower)) {
          obj.end = k;
          break;
        }
      }
      if (!obj.empty()) {
        i = obj.end;
        skipped_object = true;
        continue;
      }
    }
    break;
  }
  return i;
}

std::vector<Frame> Attributor::FramesOf(size_t sentence) {
  const Sentence& s = doc_.sentences[sentence];
  struct Verb {
    size_t begin, end, value;
    NounPhrase speaker;
    bool right_speaker;  // "said Okafor"
    bool according;
    bool quoted;         // inside a quotation: the quoted speaker says it
    bool passive;        // "X accused of ...": X is the accused, the speaker unnamed
  };
  std::vector<Verb> verbs;
  size_t limit = s.token_begin;
  for (size_t i = s.token_begin; i < s.token_end; ++i) {
    if (auto cue = lexicon_.cues().LongestAt(doc_, i, s.token_end);
        cue && lexicon_.cue(cue->value) == CueKind::kAccordingTo) {
      NounPhrase np = phrases_.StartingAt(cue->end, s.token_end);
      // "According to a report that the charity published, ...": the
      // first name before the comma is the speaker.
      for (size_t k = cue->end; k < s.token_end && doc_.token_text(k) != ","; ++k) {
        // "according to a statement issued by the UN agencies": the by-phrase names the source.
        if (doc_.tokens[k].lower == "by") {
          NounPhrase by = phrases_.StartingAt(k + 1, s.token_end);
          if (!by.empty()) np = by;
          break;
        }
        // "according to a statement from the health ministry" (not "a report from last week").
        if (doc_.tokens[k].lower == "from") {
          NounPhrase from = phrases_.StartingAt(k + 1, s.token_end);
          if (!from.empty() && CanSpeak(from)) np = from;
          break;
        }
        const Mention* m = entities_.MentionAt(k);
        if (m && entities_.entities()[m->entity].type != EntityType::kPlace) {
          np = {m->begin, m->end, m->end - 1};
          break;
        }
      }
      if (!np.empty()) {
        // "according to a report that X published": X is who "the report" means later.
        for (size_t k = cue->end; k < np.begin && doc_.token_text(k) != ","; ++k) {
          if (doc_.tokens[k].lemma == "report" || IsStatementNoun(doc_.tokens[k])) report_noun_of_[np.begin] = k;
        }
        verbs.push_back({i, cue->end, 0, np, true, true, static_cast<bool>(in_quote_[i]), false});
        limit = np.end;
        i = np.end - 1;
      }
      continue;
    }
    // "expressed alarm at reports that ...", "concerned by reports that ...":
    // the reports, whoever made them, say the clause; the speaker only reacts.
    // So do "amid reports that", "there were reports that", "could not
    // verify the reports that" and a sentence that opens "Reports that".
    // ("received credible reports that", "had heard unconfirmed reports
    // that": past the words that grade them, after a verb of receiving.)
    static constexpr std::string_view kReportGrades[] = {
        "credible", "unconfirmed", "confirmed", "reliable", "multiple", "several", "numerous", "many",
        "new",      "further",     "alarming",  "disturbing", "worrying", "conflicting", "initial", "media",
        "press",    "persistent",  "repeated",  "widespread"};
    const auto opens_report_clause = [&](size_t k) {
      while (k > s.token_begin + 1 && std::find(std::begin(kReportGrades), std::end(kReportGrades),
                                                doc_.tokens[k - 1].lower) != std::end(kReportGrades)) {
        --k;
      }
      if (k == s.token_begin) return true;
      const std::string& prev = doc_.tokens[k - 1].lower;
      const std::string& prev_lemma = doc_.tokens[k - 1].lemma;
      return prev == "at" || prev == "about" || prev == "over" || prev == "by" || prev == "amid" || prev == "of" ||
             prev == "despite" || prev == "following" || IsDeterminer(prev) || IsBeForm(prev) ||
             prev_lemma == "receive" || prev_lemma == "hear" || prev_lemma == "investigate";
    };
    // "concerned by reports of ill-treatment": so does an event noun after "of".
    const auto event_noun_follows = [&](size_t of) {
      for (size_t k = of + 1; k < s.token_end && k < of + 4; ++k) {
        if (lexicon_.triggers().LongestAt(doc_, k, s.token_end)) return true;
      }
      return false;
    };
    if (i >= limit && i + 1 < s.token_end &&
        (doc_.tokens[i + 1].lower == "that" || (doc_.tokens[i + 1].lower == "of" && event_noun_follows(i + 1))) &&
        opens_report_clause(i) && (i > limit || i == s.token_begin)) {
      const auto cue = lexicon_.cues().LongestAt(doc_, i, i + 1);
      const Token& noun = doc_.tokens[i];
      if (cue && lexicon_.cue(cue->value) == CueKind::kUnnamedSource && noun.lower != noun.lemma) {
        verbs.push_back({i, i + 1, 0, NounPhrase{i, i + 1, i}, false, false, static_cast<bool>(in_quote_[i]), false});
        limit = i + 1;
        continue;
      }
    }
    size_t end = 0, value = 0;
    if (!IsReportingVerbAt(i, &end, &value)) continue;
    // "The spokesman denied that officers fired and said two protesters died
    // in a stampede": a verb of saying right after "and", with a verb of
    // saying before it in the sentence, is that speaker's second statement.
    // Only a verb that then says something: "and admitted the migrants to a
    // centre" is no statement.
    const bool complement_next = end < s.token_end && (doc_.tokens[end].lower == "that" || doc_.token_text(end) == ":" ||
                                                       doc_.tokens[end].kind == TokenKind::kQuoteOpen);
    // ("... said five people had died and blamed the refugees for the
    // violence": an accusation names its accused next.)
    const bool says_next =
        end < s.token_end && (complement_next || doc_.tokens[i].lemma == "say" || doc_.tokens[i].lemma == "add" ||
                              lexicon_.reporting_verb(value).kind == ReportKind::kAccuse);
    // ("... said it had opened an investigation, but denied that ...": "but" too.)
    const bool and_again = !verbs.empty() && i > s.token_begin &&
                           (doc_.tokens[i - 1].lower == "and" || doc_.tokens[i - 1].lower == "but") && says_next &&
                           !verbs.back().right_speaker && !verbs.back().according && !verbs.back().passive;
    NounPhrase np = and_again ? verbs.back().speaker : SpeakerLeftOf(i, limit);
    // ("JNIM, the group that claimed the attack, also said": past an adverb.)
    size_t before_adverbs = i;
    while (before_adverbs > limit + 1 && doc_.tokens[before_adverbs - 1].kind == TokenKind::kWord &&
           IsAdverbWord(doc_.tokens[before_adverbs - 1].lower)) {
      --before_adverbs;
    }
    if (np.empty() && before_adverbs > limit + 2 && doc_.token_text(before_adverbs - 1) == ",") {
      np = AppositiveSpeaker(before_adverbs - 1, limit);
    }
    if (np.empty() && i > limit + 1 && doc_.tokens[i - 1].lower == "who") np = RelativeAntecedent(i - 1, limit);
    // Past what the word patterns skip (a relative clause, a participle
    // phrase), the parse finds the subject; it also keeps "told Reuters"
    // from making the addressee the speaker below.
    if (np.empty()) np = SubjectFromParse(sentence, i, limit);
    // "X said ..., denying reports that ...", "..., adding that ...": a participle
    // after a comma shares the speaker of the clause it hangs on.
    if (np.empty() && !verbs.empty() && i > s.token_begin && doc_.token_text(i - 1) == "," &&
        IsIngForm(doc_.tokens[i])) {
      np = verbs.back().speaker;
    }
    // "The ministry called the report baseless and said ...": a verb of
    // saying coordinated with another verb shares its subject.
    // ("The observatory welcomed the verdict but said ...": "but" too.)
    if (np.empty() && i > s.token_begin && (doc_.tokens[i - 1].lower == "and" || doc_.tokens[i - 1].lower == "but")) {
      np = ConjunctSubjectFromParse(sentence, i, limit);
      // Where the parse has none, the words: the subject of the verb the
      // object before "and"/"but" belongs to ("..., which documented the
      // killings, welcomed the verdict but said").
      constexpr size_t kMaxObjectWords = 6;
      for (size_t v = i - 1; np.empty() && v > limit && i - v <= kMaxObjectWords + 1; --v) {
        if (doc_.token_text(v - 1) == "," || !phrases_.LooksLikeVerb(v - 1)) continue;
        np = SpeakerLeftOf(v - 1, limit);
        if (np.empty() && v - 1 > limit + 2 && doc_.token_text(v - 2) == ",") np = AppositiveSpeaker(v - 2, limit);
        break;
      }
    }
    // "X said ..., and added that ...": the same speaker again.
    if (np.empty() && !verbs.empty() && i > s.token_begin && doc_.tokens[i - 1].lower == "and" && complement_next) {
      np = verbs.back().speaker;
    }
    // "police accused of killing", "was reported": the subject is not the speaker.
    const Token& vt = doc_.tokens[i];
    const bool participle = vt.lower != vt.lemma && vt.lower.size() > 2 &&
                            vt.lower.compare(vt.lower.size() - 2, 2, "ed") == 0;
    size_t before = i;
    while (before > limit && IsLyAdverb(doc_.tokens[before - 1].lower)) {
      --before;
    }
    const bool be_before = before > limit && (doc_.tokens[before - 1].lower == "was" ||
                                              doc_.tokens[before - 1].lower == "were" ||
                                              doc_.tokens[before - 1].lower == "been" ||
                                              doc_.tokens[before - 1].lower == "is" ||
                                              doc_.tokens[before - 1].lower == "are");
    const bool passive = participle && !np.empty() &&
                         (be_before || (end < s.token_end && doc_.tokens[end].lower == "of" && before == i));
    bool right = false;
    if (np.empty()) {
      // Inverted: "..., said Okafor." / "..., said the ministry."
      const bool after_break = i > s.token_begin &&
          (doc_.token_text(i - 1) == "," || doc_.tokens[i - 1].kind == TokenKind::kQuoteClose);
      if (after_break) {
        np = phrases_.StartingAt(end, s.token_end);
        right = !np.empty();
      }
    }
    if (np.empty()) continue;
    verbs.push_back({i, end, value, np, right, false, static_cast<bool>(in_quote_[i]), passive});
    limit = right ? np.end : end;
    i = (right ? np.end : end) - 1;
  }

  std::vector<Frame> frames;
  size_t prev_end = s.token_begin;
  for (size_t k = 0; k < verbs.size(); ++k) {
    const Verb& v = verbs[k];
    Frame f;
    f.verb = v.begin;
    if (!v.according) {
      const ReportingVerb& rv = lexicon_.reporting_verb(v.value);
      f.stance = rv.stance;
      f.kind = rv.kind;
      // "could not confirm that ...", "have yet to confirm", "did not deny":
      // a saying negated leaves the content open.
      if (f.kind != ReportKind::kAccuse && SayingNegated(v.begin, s.token_begin)) f.stance = Stance::kUncertain;
      // "unconfirmed reports that ...": a hedge on the source noun hedges what it says.
      const auto source = lexicon_.cues().LongestAt(doc_, v.begin, v.end);
      if (source && lexicon_.cue(source->value) == CueKind::kUnnamedSource && f.stance == Stance::kAsserts) {
        for (size_t k = v.begin; k > s.token_begin && v.begin - k < 3; --k) {
          const auto hedge = lexicon_.cues().LongestAt(doc_, k - 1, k);
          if (hedge && lexicon_.cue(hedge->value) == CueKind::kHedge) f.stance = Stance::kUncertain;
        }
      }
    }
    // A verb inside a quotation ("Ruritania rejects all allegations ...") is the
    // quoted speaker's: its stance counts, its subject is not the speaker.
    if (v.quoted && !frames.empty() && !verbs[k - 1].quoted) {
      f.speaker = frames.back().speaker;
      frames.back().content_end = frames.back().content_begin;  // the nested frame carries the content
    } else if (v.quoted) {
      f.inherits_speaker = true;
    } else if (v.passive) {
      f.speaker = Speaker{Speaker::kUnnamed, -1};
      if (f.kind == ReportKind::kAccuse) {
        f.accused = v.speaker;
        f.accused_entity = entities_.ResolvePhrase(v.speaker.begin, v.speaker.end, v.speaker.head);
      }
    } else {
      f.speaker = SpeakerOf(v.speaker);
      last_by_head_[doc_.tokens[v.speaker.head].lemma] = f.speaker;
      if (auto it = report_noun_of_.find(v.speaker.begin); it != report_noun_of_.end() &&
          f.speaker.kind == Speaker::kEntity) {
        last_by_head_[doc_.tokens[it->second].lemma] = f.speaker;
        last_document_speaker_ = f.speaker;
      }
      // "the report" later points back to whoever issued a report or statement.
      bool document = doc_.tokens[v.begin].lemma == "report" || doc_.tokens[v.begin].lemma == "publish";
      for (size_t k = v.speaker.begin; k < v.speaker.end; ++k) document |= IsStatementNoun(doc_.tokens[k]) || doc_.tokens[k].lemma == "report";
      // "the office said in a statement": "the statement" later is the office's.
      for (size_t k = v.end; k + 2 < s.token_end && k < v.end + 4; ++k) {
        if (doc_.tokens[k].lower != "in") continue;
        const Token& noun = doc_.tokens[k + 2];
        if (IsStatementNoun(noun) || noun.lemma == "report") {
          document = true;
          if (f.speaker.kind == Speaker::kEntity) last_by_head_[noun.lemma] = f.speaker;
        }
        break;
      }
      if (document && f.speaker.kind == Speaker::kEntity) last_document_speaker_ = f.speaker;
    }
    const size_t after = v.right_speaker ? v.speaker.end : v.end;
    size_t next_begin = s.token_end;
    bool next_own_subject = false;
    if (k + 1 < verbs.size()) {
      const Verb& next = verbs[k + 1];
      // A verb that reuses an earlier speaker (", denying", "and added") ends the content at itself.
      next_own_subject = !next.right_speaker && !next.according && next.speaker.begin > v.begin;
      next_begin = next_own_subject ? next.speaker.begin : next.begin;
    }
    const size_t content_right = SkipAfterVerb(after, next_begin, sentence);
    int words_right = 0;
    // ("There were reports that 12 people died": a number is a word of the content.)
    for (size_t j = content_right; j < next_begin; ++j) {
      words_right += doc_.tokens[j].kind == TokenKind::kWord || doc_.tokens[j].kind == TokenKind::kNumber;
    }
    // "..., residents and a rights group said": the first of coordinated
    // speakers is where the speaker begins.
    size_t speaker_begin = v.speaker.begin;
    if (!v.right_speaker && !v.according && speaker_begin > prev_end + 1 &&
        doc_.tokens[speaker_begin - 1].lower == "and") {
      const NounPhrase first = phrases_.EndingAt(speaker_begin - 1, prev_end);
      if (!first.empty() && CanSpeak(first)) speaker_begin = first.begin;
      // ("... the agencies said" later is this pair.)
      if (speaker_begin != v.speaker.begin && f.speaker.kind == Speaker::kEntity) last_joint_speaker_ = f.speaker;
    }
    const size_t left_end = v.according ? v.begin : (v.right_speaker ? v.begin : speaker_begin);
    int words_left = 0;
    for (size_t j = prev_end; j < left_end; ++j) words_left += doc_.tokens[j].kind == TokenKind::kWord;
    const bool starts_sentence = v.according ? v.begin <= DatelineEnd(doc_, s) + 1 : false;
    // '"...", the statement said, and added ...': the quotation before is the content.
    size_t before_speaker = left_end;
    while (before_speaker > prev_end && doc_.token_text(before_speaker - 1) == ",") --before_speaker;
    const bool after_quote = before_speaker > prev_end && words_left > 0 &&
                             doc_.tokens[before_speaker - 1].kind == TokenKind::kQuoteClose;
    // A speaker after a comma, with no "that" or colon after the verb, says what came before.
    const Token& after_verb = doc_.tokens[std::min<size_t>(content_right, s.token_end - 1)];
    bool complement = after_verb.lower == "that" || doc_.token_text(std::min<size_t>(content_right, s.token_end - 1)) == ":" ||
                      after_verb.kind == TokenKind::kQuoteOpen ||
                      (content_right > after && (doc_.tokens[content_right - 1].lower == "that" ||
                                                 doc_.token_text(content_right - 1) == ":"));
    // ("said by phone that ...", "said in a statement that ...": past a short adjunct.)
    constexpr size_t kMaxAdjunctWords = 5;
    for (size_t j = after; !complement && j < next_begin && j <= after + kMaxAdjunctWords; ++j) {
      if (doc_.token_text(j) == ",") break;
      // ("in a statement that called for calm": "that" before a verb is a relative pronoun.)
      complement = doc_.tokens[j].lower == "that" && j > after && j + 1 < next_begin && !phrases_.LooksLikeVerb(j + 1);
    }
    // ..., medics said, even though ...": the speaker and verb stand between commas.
    // "the office said on Tuesday, citing ...": the time stands between too.
    size_t verb_next = after;
    // ("..., a spokesperson told reporters in Paris on Friday": past the addressee too.)
    if (!v.right_speaker && (doc_.tokens[v.begin].lemma == "tell" || doc_.tokens[v.begin].lemma == "assure")) {
      const NounPhrase addressee = phrases_.StartingAt(after, next_begin);
      if (!addressee.empty() && addressee.begin == after) verb_next = addressee.end;
    }
    for (size_t skipped = verb_next; verb_next < next_begin; verb_next = skipped) {
      skipped = SkipSayingAdverbial(doc_, verb_next, next_begin);
      if (skipped == verb_next) break;
    }
    // ("..., a rights group said in one of the deadliest incidents": a
    // preposition after the verb opens an adjunct of the saying, not what is said.)
    // ("said at least 11 migrants", "said over 30 people": a count opens the content.)
    const auto count_after = verb_next < s.token_end ? ParseCountPhraseAt(doc_, verb_next, s.token_end) : std::nullopt;
    const bool count_next = count_after && count_after->token_begin == verb_next;
    const bool parenthetical = verb_next >= s.token_end || doc_.token_text(verb_next) == "," ||
                               doc_.token_text(verb_next) == "." ||
                               (IsPhrasalPreposition(doc_.tokens[verb_next].lower) && !complement && !count_next);
    const bool after_comma = before_speaker < left_end && words_left >= 3 && parenthetical;
    // "X refuted reports accusing ...": the next frame is this verb's object.
    // ("..., survivors said, the agency said": a comma between them makes
    // the second a saying of its own.)
    bool comma_between = false;
    for (size_t j = after; j < next_begin; ++j) comma_between |= doc_.token_text(j) == ",";
    const bool object_is_next_frame =
        next_own_subject && next_begin <= content_right + 1 && words_right == 0 && !comma_between;
    if (object_is_next_frame ||
        (((words_right >= 3 && !(v.according && !starts_sentence)) || words_left == 0) && !after_quote &&
         !(after_comma && !complement && !v.according))) {
      f.content_begin = content_right;
      f.content_end = next_begin;
    } else {
      f.content_begin = prev_end;
      f.content_end = left_end;
    }
    // "..., a charge police denied": the relative clause's noun sums up the
    // clause before it, and is what the denial is about.
    if (f.kind == ReportKind::kDeny && !v.right_speaker && !v.according) {
      int content_words = 0;
      for (size_t j = f.content_begin; j < f.content_end; ++j) content_words += doc_.tokens[j].kind == TokenKind::kWord;
      // ('..., an account the coast guard called "completely false"': what
      // follows a verb of verdict is the verdict, not what is denied.)
      if (lexicon_.reporting_verb(v.value).needs_verdict && f.content_begin >= v.end) content_words = 0;
      size_t noun_end = v.speaker.begin;
      if (noun_end > s.token_begin && (doc_.tokens[noun_end - 1].lower == "that" || doc_.tokens[noun_end - 1].lower == "which")) {
        --noun_end;
      }
      // ("..., a figure the ministry disputed": the figure is the outlet's
      // own report, which the denial is about; an accusation is not.)
      const bool figure = noun_end > s.token_begin + 1 && (doc_.tokens[noun_end - 1].lemma == "figure" ||
                                                           doc_.tokens[noun_end - 1].lemma == "toll");
      if ((content_words == 0 || figure) && noun_end > s.token_begin + 1 && IsReportNoun(doc_.tokens[noun_end - 1])) {
        size_t noun_begin = noun_end - 1;
        while (noun_begin > s.token_begin && doc_.tokens[noun_begin - 1].kind == TokenKind::kWord &&
               noun_end - noun_begin < 4) {
          --noun_begin;
        }
        if (noun_begin > s.token_begin && doc_.token_text(noun_begin - 1) == ",") {
          // The outlet's own clause before the figure stays the outlet's.
          if (figure && content_words > 0 && f.content_begin + 1 < noun_begin) {
            Frame narrator;
            narrator.content_begin = f.content_begin;
            narrator.content_end = noun_begin - 1;
            frames.push_back(narrator);
          }
          f.content_begin = noun_begin;
          f.content_end = v.speaker.begin;
          if (!frames.empty() && frames.back().content_end > noun_begin - 1) frames.back().content_end = noun_begin - 1;
        }
      }
    }
    // "X accused Y of Z": Y is the agent.
    if (f.kind == ReportKind::kAccuse && f.content_begin == content_right && !v.passive) {
      // 'blamed "armed individuals" for ...': the quoted words are the accused.
      const size_t obj_begin = f.content_begin + (f.content_begin < f.content_end &&
                                                  doc_.tokens[f.content_begin].kind == TokenKind::kQuoteOpen);
      NounPhrase obj = phrases_.StartingAt(obj_begin, f.content_end);
      // "accused gunmen of the killing": the "of" phrase is the deed, not part of the accused.
      for (size_t j = obj.begin + 1; !obj.empty() && j + 1 < obj.end; ++j) {
        if (doc_.tokens[j].lower != "of") continue;
        bool deed = doc_.tokens[j + 1].lower.ends_with("ing");
        for (size_t k = j + 1; k < obj.end && k < j + 4 && !deed; ++k) {
          deed = lexicon_.triggers().LongestAt(doc_, k, obj.end).has_value();
        }
        if (!deed) continue;
        obj.end = j;
        obj.head = j - 1;
        break;
      }
      // "blamed the deaths on the coast guard": the object is the event; the
      // one blamed follows "on".
      if (!obj.empty() && lexicon_.triggers().LongestAt(doc_, obj.head, obj.head + 1)) {
        obj = obj.end + 1 < f.content_end && doc_.tokens[obj.end].lower == "on"
                  ? phrases_.StartingAt(obj.end + 1, f.content_end)
                  : NounPhrase{};
        if (!obj.empty() && !CanSpeak(obj)) obj = {};  // "on tighter border controls": no one acted
      }
      if (!obj.empty()) {
        f.accused = obj;
        f.accused_entity = entities_.ResolvePhrase(obj.begin, obj.end, obj.head);
      }
    }
    // "refuted reports ...", "dismisses all allegations that ...": an unnamed claim is denied.
    if (f.kind == ReportKind::kDeny) {
      for (size_t j = f.content_begin; j < std::min(f.content_end, f.content_begin + 4); ++j) {
        auto cue = lexicon_.cues().LongestAt(doc_, j, j + 1);
        if (cue && lexicon_.cue(cue->value) == CueKind::kUnnamedSource) f.unnamed_asserts_too = true;
      }
    }
    // "Police detained 11 refugees accused of inciting violence": the
    // clause around a reduced "accused of" is the outlet's own; only what
    // follows "of" is alleged.
    const bool reduced_accused = v.passive && f.kind == ReportKind::kAccuse && !v.according && v.begin > 0 &&
                                 !IsBeForm(doc_.tokens[v.begin - 1].lower) && v.end < s.token_end &&
                                 doc_.tokens[v.end].lower == "of";
    if (reduced_accused) {
      f.content_begin = v.end;
      f.content_end = std::max(next_begin, v.end);
    }
    if (reduced_accused && v.speaker.begin > prev_end && (frames.empty() || frames.back().content_end <= prev_end)) {
      bool verb_before = false;
      for (size_t j = prev_end; j < v.speaker.begin; ++j) verb_before |= phrases_.LooksLikeVerb(j);
      if (verb_before) {
        Frame narrator;
        narrator.content_begin = prev_end;
        narrator.content_end = v.speaker.end;
        frames.push_back(narrator);
      }
    }
    if (f.speaker.kind == Speaker::kEntity) last_speaker_ = f.speaker;
    prev_end = std::max(f.content_end, v.right_speaker ? v.speaker.end : v.end);
    frames.push_back(f);
  }
  // "9,800 were intercepted, according to IOM figures, and 1,100 died": a
  // clause joined after an attribution set off by commas is the same speaker's.
  constexpr size_t kMaxAttributionWords = 8;
  size_t comma = frames.empty() ? s.token_end : std::max(prev_end, frames.back().verb);
  while (comma < s.token_end && comma < prev_end + kMaxAttributionWords && doc_.token_text(comma) != ",") ++comma;
  if (!frames.empty() && frames.back().content_end <= frames.back().verb && comma + 2 < s.token_end &&
      doc_.token_text(comma) == "," && doc_.tokens[comma + 1].lower == "and") {
    Frame rest = frames.back();
    rest.content_begin = comma + 2;
    rest.content_end = s.token_end;
    rest.accused = NounPhrase{};
    rest.accused_entity = -1;
    rest.unnamed_asserts_too = false;
    frames.push_back(rest);
  }
  // 'said it "rejects" the allegations and that its officers had rescued
  // 250,000 people': after the denied report, "and that" opens a second
  // clause of the saying, which the speaker asserts.
  for (size_t k = 0; k < frames.size(); ++k) {
    Frame& f = frames[k];
    ReportObject object;
    if (f.kind != ReportKind::kDeny || !FindReportObject(doc_, f.content_begin, f.content_end, &object)) continue;
    constexpr size_t kMaxObjectWords = 4;
    for (size_t j = object.noun + 1; j + 1 < f.content_end && j <= object.noun + kMaxObjectWords; ++j) {
      if (doc_.tokens[j].lower != "and" || doc_.tokens[j + 1].lower != "that") continue;
      Frame asserted = f;
      asserted.kind = ReportKind::kSay;
      asserted.stance = Stance::kAsserts;
      asserted.accused = {};
      asserted.accused_entity = -1;
      asserted.unnamed_asserts_too = false;
      asserted.content_begin = j + 2;
      f.content_end = j;
      frames.insert(frames.begin() + static_cast<long>(k) + 1, asserted);
      break;
    }
  }
  // "X refuted reports accusing Y of Z": the denial's object is the next
  // frame ("reports accusing ..."), so the denial covers that frame's content.
  for (size_t k = 0; k + 1 < frames.size(); ++k) {
    Frame& f = frames[k];
    if (f.kind != ReportKind::kDeny) continue;
    int words = 0;
    for (size_t j = f.content_begin; j < f.content_end; ++j) words += doc_.tokens[j].kind == TokenKind::kWord;
    if (words > 0 || verbs[k + 1].speaker.begin > f.content_end + 1) continue;
    f.content_begin = frames[k + 1].content_begin;
    f.content_end = frames[k + 1].content_end;
    f.accused = frames[k + 1].accused;
    f.accused_entity = frames[k + 1].accused_entity;
    f.unnamed_asserts_too = false;
  }
  return frames;
}

std::vector<std::vector<Frame>> Attributor::Run() {
  MarkQuotes();
  const size_t n = doc_.sentences.size();
  std::vector<std::vector<Frame>> frames(n);
  std::vector<Speaker> speaker_before(n);  // the last entity speaker before each sentence
  for (size_t s = 0; s < n; ++s) {
    speaker_before[s] = last_speaker_;
    frames[s] = FramesOf(s);
  }
  for (size_t s = 0; s < n; ++s) {
    for (auto& f : frames[s]) {
      if (f.inherits_speaker) f.speaker = QuoteSpeaker(frames, speaker_before, s);
    }
    if (!frames[s].empty()) continue;
    const Sentence& sent = doc_.sentences[s];
    Frame f;
    f.content_begin = sent.token_begin;
    f.content_end = sent.token_end;
    const Token& first = doc_.tokens[sent.token_begin];
    const bool quoted = first.kind == TokenKind::kQuoteOpen || in_quote_[sent.token_begin];
    if (quoted) {
      f.speaker = QuoteSpeaker(frames, speaker_before, s);
    } else if (s > 0 && doc_.sentences[s - 1].paragraph == sent.paragraph && !frames[s - 1].empty() &&
               frames[s - 1].back().speaker.kind == Speaker::kEntity && frames[s - 1].back().verb > 0 &&
               frames[s - 1].back().content_begin > frames[s - 1].back().verb) {
      // Reported speech runs on within its paragraph: "He said matters grew so bad
      // that ... Police then shot at the rioters." After a closing attribution
      // ("..., the association said.") the outlet speaks again.
      f.speaker = frames[s - 1].back().speaker;
    }
    frames[s].push_back(f);
  }
  return frames;
}

// The speaker of a quoted sentence: the one named where the quotation
// closes ("...," he said), else the speaker before it (a quote paragraph
// continues the last speaker).
Speaker Attributor::QuoteSpeaker(const std::vector<std::vector<Frame>>& frames,
                                 const std::vector<Speaker>& speaker_before, size_t s) const {
  for (size_t t = s + 1; t < frames.size() && t <= s + 4; ++t) {
    const Sentence& next = doc_.sentences[t];
    if (!in_quote_[next.token_begin] && doc_.tokens[next.token_begin].kind != TokenKind::kQuoteClose) break;
    if (!frames[t].empty() && !frames[t].front().inherits_speaker &&
        frames[t].front().content_begin == next.token_begin) {
      return frames[t].front().speaker;
    }
  }
  return speaker_before[s];
}

// "Peter Mwangi, spokesman for the city police, who disputed ...": the
// nearest name before the relative pronoun, across an appositive.
NounPhrase Attributor::RelativeAntecedent(size_t who, size_t limit) const {
  for (size_t k = who; k > limit && who - k < 20; --k) {
    const Mention* m = entities_.MentionAt(k - 1);
    if (!m) continue;
    const EntityType type = entities_.entities()[m->entity].type;
    if (type == EntityType::kPerson || type == EntityType::kOrganization) {
      // Prefer a person named before the appositive over an organization inside it.
      if (type == EntityType::kOrganization) {
        for (size_t j = m->begin; j > limit && m->begin - j < 16; --j) {
          const Mention* p = entities_.MentionAt(j - 1);
          if (p && entities_.entities()[p->entity].type == EntityType::kPerson) return {p->begin, p->end, p->end - 1};
        }
      }
      return {m->begin, m->end, m->end - 1};
    }
    k = m->begin + 1;
  }
  return {};
}

NounPhrase Attributor::SubjectFromParse(size_t sentence, size_t verb, size_t limit) const {
  // Only a verb after a comma can qualify (below): test that before paying for the parse.
  if (!deps_ || verb == 0 || verb <= limit || doc_.token_text(verb - 1) != ",") return {};
  if (!deps_->Ensure(sentence)) return {};
  for (size_t c : deps_->Children(verb)) {
    if (deps_->Relation(c) != "nsubj" || c < limit || c >= verb) continue;
    const std::string_view tag = deps_->Penn(c);
    if (!(tag.starts_with("NN") || tag == "PRP")) return {};  // "who", "which": RelativeAntecedent's
    // The subject with its determiners, modifiers and "of"/"in" phrases,
    // not its relative clauses, appositions or participle phrases.
    const auto [span_begin, span_end] = deps_->SpanOf(c, [&](size_t d) {
      return d >= limit && d < verb &&
             (deps_->Is(d, "det") || deps_->Is(d, "amod") || deps_->Is(d, "compound") || deps_->Is(d, "nmod") ||
              deps_->Is(d, "case") || deps_->Is(d, "flat") || deps_->Is(d, "nummod"));
    });
    // A name is whole whatever the parse made of it ("Department for
    // Combating Illegal Migration", read with a participle inside).
    size_t begin = span_begin, end = span_end;
    if (const Mention* m = entities_.MentionAt(c); m && m->begin >= limit && m->end < verb) {
      begin = std::min<size_t>(begin, m->begin);
      end = std::max<size_t>(end, m->end);
    }
    // What stands between must be set off by commas, as a relative clause
    // or a participle phrase is: a parse that joins a subject to a verb
    // across other material ("Security forces fired ..., wounding six
    // people, a doctor at the hospital said") is more often wrong than right.
    if (end >= verb || doc_.token_text(end) != "," || doc_.token_text(verb - 1) != ",") return {};
    const NounPhrase np{begin, end, c};
    return CanSpeak(np) ? np : NounPhrase{};  // "each side is accusing the other"
  }
  return {};
}

NounPhrase Attributor::ConjunctSubjectFromParse(size_t sentence, size_t verb, size_t limit) const {
  if (!deps_ || !deps_->Ensure(sentence) || !deps_->Is(verb, "conj") || deps_->Head(verb) < 0) return {};
  const size_t first = static_cast<size_t>(deps_->Head(verb));
  if (first >= verb || !deps_->Penn(first).starts_with("VB")) return {};
  const auto subject = deps_->Child(first, "nsubj");
  if (!subject || *subject < limit || *subject >= first) return {};
  const std::string_view tag = deps_->Penn(*subject);
  if (!(tag.starts_with("NN") || tag == "PRP")) return {};
  const auto [begin, end] = deps_->SpanOf(*subject, [&](size_t d) {
    return d >= limit && d < first &&
           (deps_->Is(d, "det") || deps_->Is(d, "amod") || deps_->Is(d, "compound") || deps_->Is(d, "flat") ||
            deps_->Is(d, "nmod"));
  });
  const NounPhrase np{begin, end, *subject};
  return CanSpeak(np) ? np : NounPhrase{};
}

// "Lina Haddad, country director of the charity, said": the name
// before an appositive that holds a role noun.
NounPhrase Attributor::AppositiveSpeaker(size_t comma, size_t limit) const {
  // "..., the region's refugee commissioner, Omar Farah, said": the name itself.
  if (const Mention* m = entities_.MentionEndingAt(comma)) {
    const EntityType type = entities_.entities()[m->entity].type;
    if (m->begin > limit && doc_.token_text(m->begin - 1) == "," &&
        (type == EntityType::kPerson || type == EntityType::kOrganization)) {
      return {m->begin, m->end, m->end - 1};
    }
  }
  size_t k = comma;
  bool role = false;
  while (k > limit && comma - k < 16) {
    --k;
    if (doc_.token_text(k) == ",") break;
    role |= lexicon_.Is(doc_.tokens[k], kRoleNoun) || lexicon_.Is(doc_.tokens[k], kOrgNoun);
  }
  // Any appositive that opens with an article: ", an independent body,".
  if (k + 1 < comma && doc_.token_text(k) == "," && IsDeterminer(doc_.tokens[k + 1].lower)) role = true;
  // A relative clause set off by commas: "The department, which runs the
  // centre, rejected ...".
  // So is a participle phrase: "The Coastal Defence Army, commanded by
  // Aziz Varo, denied ...", "The group, led by ..., said".
  const auto participle = [&](const Token& t) {
    return t.kind == TokenKind::kWord && !t.capitalized &&
           ((t.lower.ends_with("ed") && t.lower != t.lemma) || t.lower == "led" || t.lower == "run" ||
            t.lower == "known" || t.lower == "based" || t.lower == "backed");
  };
  const bool relative = k + 1 < comma && doc_.token_text(k) == "," &&
                        (doc_.tokens[k + 1].lower == "which" || doc_.tokens[k + 1].lower == "who" ||
                         participle(doc_.tokens[k + 1]));
  if (!(role || relative) || doc_.token_text(k) != "," || k <= limit) return {};
  if (relative) {
    // "The head of the refugee agency in Chad, who ...": back over the
    // phrases that modify the noun, to the one that speaks.
    constexpr int kMaxPhrasesBack = 3;
    NounPhrase np = phrases_.EndingAt(k, limit);
    for (int n = 0; n < kMaxPhrasesBack && !np.empty() && np.begin > limit + 1 &&
                    IsPhrasalPreposition(doc_.tokens[np.begin - 1].lower);
         ++n) {
      const NounPhrase before = phrases_.EndingAt(np.begin - 1, limit);
      if (before.empty()) break;
      np = NounPhrase{before.begin, np.end, before.head};
    }
    return !np.empty() && CanSpeak(np) ? np : NounPhrase{};
  }
  if (!entities_.MentionEndingAt(k)) return {};
  return phrases_.EndingAt(k, limit);
}

}  // namespace crosscheck

// SlotFinder: the arguments of one event word — who it happened to and how
// many, who did it, the cause, place, facility and time — read from the
// words around it within its clause.
//
// The shallow grammar: a passive or intransitive event ("six migrants were
// shot dead", "two refugees died") takes its victims from the subject on the
// left and its agent from a "by" phrase; an active one ("police killed three
// protesters") takes the agent from the subject and the victims from the
// object; a nominal one ("the killing of two migrants", "the death toll rose
// to 108") from its "of" phrase or the number that follows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/count.h"
#include "extract/claim.h"
#include "extract/date.h"
#include "extract/dependencies.h"
#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/noun_phrase.h"
#include "extract/time_expr.h"
#include "geo/gazetteer.h"
#include "text/doc.h"

namespace crosscheck {

struct EventWord {
  size_t begin = 0, end = 0;  // trigger tokens
  const Trigger* trigger = nullptr;
  size_t clause_begin = 0, clause_end = 0;  // the tokens the arguments may come from
  size_t sentence = 0;
  // Where the event's place may no longer be named: the description of a
  // speaker after the content ("..., said Amina Yusuf, who speaks for
  // the agency's office in Nairobi").
  size_t place_end = SIZE_MAX;
  // The first token of the verb of saying whose content holds the event, or
  // SIZE_MAX: its time ("On Monday, the agency said ...") is when
  // "two days ago" in the content is counted from.
  size_t report_verb = SIZE_MAX;
};

class SlotFinder {
 public:
  // deps may be null (no syntax model): the shallow grammar alone is used.
  SlotFinder(const Doc& doc, const Lexicon& lexicon, EntityRegistry& entities,
             const geo::Gazetteer* gazetteer, std::optional<Date> anchor,
             const DependencyView* deps = nullptr);

  // Fills count, victims, agent, cause, place, facility and when of `claim`.
  // Returns false when the event word lacks an argument its trigger requires.
  bool Fill(const EventWord& w, Claim& claim);

  bool IsPassive(const EventWord& w) const;
  bool UsedAsNoun(const EventWord& w) const;
  // A village or town the gazetteer does not know named after the event word.
  bool NamesUnknownSettlementAfter(const EventWord& w) const;

  // "Ethiopian soldiers", "the security forces", "police": words for state
  // forces with no name but a nationality.
  bool IsGenericForce(const std::string& agent) const;

  // Where a sentence says the story is: the first place after "in",
  // "around", "near", "outside" or "across" ("Fighting in and around El
  // Fasher continued"), for claims that name no place and follow no claim
  // that does (place_context.h).
  std::optional<PlaceValue> SettingOf(size_t sentence) const;

  // Extra distance for a time expression outside the event word's clause.
  static constexpr size_t kOutsideClausePenalty = 50;

 private:
  struct Argument {
    std::optional<CountValue> count;
    std::string victims;
    bool found = false;
    bool pronoun = false;  // "he was shot": one person, whom the parse need not name
  };
  Argument VictimsLeft(const EventWord& w) const;
  // The "who" of a relative clause ("who raided the camp") that token `i`
  // ends, if any, else SIZE_MAX: the noun before it is the clause's antecedent.
  size_t RelativePronounBefore(size_t i, size_t limit_begin) const;
  // A phrase that can do something: a name (not a place's), or a noun for
  // forces, organizations, people or groups.
  bool CanAct(const NounPhrase& np) const;
  Argument VictimsRight(size_t begin, size_t limit) const;
  Argument ArgumentAt(size_t head, size_t limit_begin) const;
  // "all but 12": the rest of the whole the sentence counts ("87 ... all but
  // 12" is 75, so is "all but 12 of the 87"), or no number when none is given.
  std::optional<Count> AllButCount(const Count& count, size_t head) const;
  // The first word of a list of people ending at `head` ("mothers and
  // children", "Sudanese, Chadians and Nigeriens"); `head` if none.
  size_t CoordinationStart(size_t head, size_t limit_begin) const;
  // "Sadiq al-Mahdi was detained": a named person is one victim. Empty
  // unless a person's name ends at `last`.
  Argument NamedPerson(size_t last) const;
  void AgentOfParticipleAdjunct(const EventWord& w, Claim& claim) const;
  // "no one was missing", "nobody was hurt": a negated subject shortly before the event word.
  bool NoOneBefore(const EventWord& w) const;
  // "by gunfire", "by live ammunition": a cause cue that ends at the phrase's head.
  bool HeadNamesCause(size_t begin, size_t head) const;
  void AgentOf(const EventWord& w, bool passive, Claim& claim);
  // "its rescue ship was helping 40 migrants": the owner of a craft the
  // trigger begins with.
  void AgentOwningCraft(const EventWord& w, Claim& claim);
  void AgentFromNationality(const EventWord& w, Claim& claim) const;
  bool AgentOfCoordinatedVerb(size_t conjunction, const EventWord& w, Claim& claim) const;
  // The parse's reading, used where the shallow grammar found nothing
  // (slots_from_parse.cc).
  void AgentFromParse(const EventWord& w, bool passive, Claim& claim);
  // The victims the parse names; `count` gets their number when the noun
  // found carries one ("14 people" as the subject of "after being hit").
  std::string VictimsFromParse(const EventWord& w, bool passive, std::optional<CountValue>* count = nullptr) const;
  std::string VictimNoun(size_t head, size_t limit_begin, std::optional<CountValue>* count = nullptr) const;
  // The people a pronoun ("they", "him") stands for, in its sentence or the
  // one before; "" for no pronoun or none found.
  std::string PronounAntecedent(size_t pronoun) const;
  // The person noun a pronoun or "others" stands for: the nearest one of the
  // given number before `word`, in its sentence and the sentences - 1 before;
  // with skip_speakers, not one that speaks ("Survivors said ... others").
  std::string Antecedent(size_t word, bool plural, size_t sentences, bool skip_speakers = false) const;
  int AgentPronoun(size_t pronoun) const;
  // The nearest plural noun for armed or state forces ("guards", "police")
  // before a "they", in its sentence or the one before.
  std::optional<size_t> PluralForceBefore(size_t pronoun) const;
  bool MayNameAgent(const EventWord& w) const;
  bool MayNameVictims(const EventWord& w) const;
  std::pair<size_t, size_t> PhraseOf(size_t head) const;
  bool Agentive(size_t begin, size_t end, size_t head, bool active_subject) const;
  std::string CauseNear(const EventWord& w) const;
  // `unknown_settlement_after`: NamesUnknownSettlementAfter(w), which Fill
  // also needs.
  std::optional<PlaceValue> PlaceNear(const EventWord& w, bool unknown_settlement_after) const;
  std::string FacilityNear(const EventWord& w) const;
  std::optional<TimeValue> TimeNear(const EventWord& w) const;
  std::string Text(size_t begin, size_t end) const;
  bool IsVictimHead(size_t i) const;
  // A lower-case noun before `head` that forms one name with it ("asylum
  // seekers", "police officers").
  bool IsCompoundModifier(size_t modifier, size_t head) const;
  size_t NominalAdjectiveStart(const EventWord& w) const;
  // Whether the words before token i are the addressee of "told" ("told reporters in Geneva").
  bool TellsAddresseeBefore(size_t i, size_t limit) const;
  bool WhereABodyIsBased(size_t i, size_t sentence_begin) const;
  bool CommaBetween(size_t begin, size_t end) const;
  bool MarksPartialCount(const EventWord& w) const;
  bool IsDateline(const TimeExpr& t) const;
  // Where a sentence's own words begin: after a dateline ("DHAKA, Nov 10
  // (AFP) - ") when the sentence opens a paragraph with one.
  size_t BodyBegin(size_t sentence) const;
  // The sentence holding `token` (the last one starting at or before it).
  size_t SentenceOf(size_t token) const;
  // A gazetteer place as a claim's place value.
  PlaceValue ValueOf(const geo::Place& p) const;
  // A verb of saying (after auxiliaries and adverbs) starts at i: the place
  // before it is a speaker ("Athens has denied"), not where the event was.
  bool SpeaksNext(size_t i, size_t end) const;
  // "'s defence ministry", "'s army", "'s interior minister" start at i: the
  // country before it owns an actor and is not where the event was.
  bool OwnsActorNext(size_t i, size_t end) const;
  // A verb of accusing ("blamed", "accused") stands just before the noun
  // phrase whose head is `head`: that phrase is the accused.
  bool AccusedBefore(size_t head, size_t limit) const;
  // The phrase [begin, head] names a thing that cannot act and no actor
  // owning it ("stones", "a falling wall"; not "Russian warplanes").
  bool NamesInstrument(size_t begin, size_t head) const;
  // The agent of an event verb after "to" at `to`: the one urged before it,
  // else the subject of the verb the purpose belongs to. Sets it and
  // returns true when found.
  bool AgentOfInfinitive(size_t to, const EventWord& w, Claim& claim) const;
  // The day the event's speaker spoke, when the sentence says it ("said on
  // Tuesday", "On Monday, X said") and it is not the publication day.
  std::optional<Date> SayingDay(const EventWord& w, const TimeExpr* event_time) const;
  // Whether the token stands inside a quotation, by the quotation marks of
  // its sentence.
  bool Quoted(size_t sentence, size_t token) const;
  // "beat and tortured dozens", "arrested, beat and released 40": the event
  // verb is followed by more verbs and the object they all share. Where that
  // object starts, or SIZE_MAX.
  size_t SharedObjectStart(const EventWord& w) const;
  // "the Libyan coast", "Greek waters", "Turkish territory": the country,
  // or nullptr when token i is no nationality word before such a noun.
  const geo::Place* CountryOfShoreAt(size_t i) const;
  // "Nigeria's capital", "the Libyan capital", "the capital" (of the
  // report's country) at token i ("capital"): that country's capital city.
  const geo::Place* CapitalNamedAt(size_t i) const;

  const Doc& doc_;
  const Lexicon& lexicon_;
  EntityRegistry& entities_;
  const geo::Gazetteer* gazetteer_;
  std::optional<Date> anchor_;
  const DependencyView* deps_;
  NounPhraseFinder phrases_;
  std::vector<TimeExpr> times_;  // all time expressions of the document
  // times_ of sentence k are [times_from_[k], times_from_[k + 1]): TimeNear
  // looks at its own sentence only, in time linear in the document.
  std::vector<size_t> times_from_;
};

}  // namespace crosscheck

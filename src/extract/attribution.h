// Attribution: who says each part of a sentence.
//
// A Frame is one act of saying: a speaker, the stance their verb takes
// ("said" asserts, "refuted" denies, "hinted" is uncertain) and the tokens
// that carry what they say. Frames come from reporting verbs ("X said
// (that) ...", "..., X said", "X told Y that ...", "said X"), from
// "according to X", and from quotations: a quoted sentence with no verb of
// its own belongs to the speaker named next to the quotation, or to the
// last speaker when a quote paragraph continues. What no frame covers is
// the narrator's.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/claim.h"
#include "extract/dependencies.h"
#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/noun_phrase.h"
#include "text/doc.h"

namespace crosscheck {

struct Frame {
  Speaker speaker;
  Stance stance = Stance::kAsserts;
  ReportKind kind = ReportKind::kSay;
  size_t content_begin = 0, content_end = 0;  // tokens
  size_t verb = 0;                            // first token of the reporting verb
  // A denial whose object is an unnamed claim ("refuted reports that ...",
  // "dismisses all allegations that ..."): the content is also asserted by `unnamed`.
  bool unnamed_asserts_too = false;
  // "X accused Y of Z": Y, the agent of the events in Z.
  NounPhrase accused;
  int accused_entity = -1;
  // A verb inside a quotation whose speaker is the quotation's, found later.
  bool inherits_speaker = false;
};

class Attributor {
 public:
  // deps may be null (no syntax model): speakers then come from the word
  // patterns alone.
  Attributor(const Doc& doc, const Lexicon& lexicon, EntityRegistry& entities,
             const DependencyView* deps = nullptr);

  // Frames of every sentence, indexed by sentence; each list is ordered and
  // its content ranges do not overlap. Sentences with no frame get one
  // narrator frame over the whole sentence.
  std::vector<std::vector<Frame>> Run();

 private:
  // The organization named first in the sentence before the one holding
  // `token` (its subject, after determiners), or -1.
  int BodyOpeningSentenceBefore(size_t token) const;
  // Whether `entity` is named in the sentence holding `token`, before it, or in the sentence before.
  bool NamedRecently(int entity, size_t token) const;
  // Whether an organization or group of several words ends in `lemma`
  // ("Committee to Protect Journalists" does not; "Kano State Peace
  // Committee" does): "the committee" then means it.
  bool NamedBodyCalled(const std::string& lemma) const;
  std::vector<Frame> FramesOf(size_t sentence);
  bool IsReportingVerbAt(size_t i, size_t* end, size_t* value) const;
  Speaker SpeakerOf(const NounPhrase& np);
  NounPhrase SpeakerLeftOf(size_t verb, size_t limit) const;
  // A negation before the verb of saying at `verb` ("could not confirm",
  // "have yet to confirm", "did not deny").
  bool SayingNegated(size_t verb, size_t limit) const;
  bool CanSpeak(const NounPhrase& np) const;
  NounPhrase AppositiveSpeaker(size_t comma, size_t limit) const;
  // The reporting verb's subject in the parse, between limit and the verb:
  // "The head of the mission, who visited the centre on Saturday, said".
  // "X called the report baseless and said ...": the subject of the verb
  // a verb of saying is coordinated with.
  NounPhrase ConjunctSubjectFromParse(size_t sentence, size_t verb, size_t limit) const;
  NounPhrase SubjectFromParse(size_t sentence, size_t verb, size_t limit) const;
  NounPhrase RelativeAntecedent(size_t who, size_t limit) const;
  Speaker QuoteSpeaker(const std::vector<std::vector<Frame>>& frames,
                       const std::vector<Speaker>& speaker_before, size_t s) const;
  bool OpensRelativeClause(size_t i, size_t sentence, size_t end) const;
  size_t SkipAfterVerb(size_t i, size_t end, size_t sentence) const;
  void MarkQuotes();

  const Doc& doc_;
  const Lexicon& lexicon_;
  EntityRegistry& entities_;
  const DependencyView* deps_;
  NounPhraseFinder phrases_;
  std::vector<bool> in_quote_;
  Speaker last_speaker_;
  Speaker last_document_speaker_;  // who last issued a report or statement
  Speaker last_joint_speaker_;     // the last of two bodies that spoke together ("X and Y said")
  std::unordered_map<std::string, Speaker> last_by_head_;  // speaker last named by each head noun
  std::unordered_map<size_t, size_t> report_noun_of_;      // according-to speaker -> its "report" token
};

}  // namespace crosscheck

// ClaimBuilder: turns attributed sentences into claims.
//
// For every frame (who says what, attribution.h) it finds the event words of
// the taxonomy in the frame's content, decides the stance (the frame's verb,
// a denial frame such as "there is no truth to ...", a negation of the
// event word, a hedge), fills the slots (slots.h) and merges event words of
// one type said by one speaker in one sentence into one claim. A denial of
// an unnamed claim ("refuted reports that ...") yields the unnamed
// assertion too.
#pragma once

#include <optional>
#include <vector>

#include "extract/attribution.h"
#include "extract/claim.h"
#include "extract/dependencies.h"
#include "extract/report_object.h"
#include "extract/slots.h"

namespace crosscheck {

class ClaimBuilder {
 public:
  // deps may be null (no syntax model): negation scope is then read from
  // word windows alone.
  ClaimBuilder(const Doc& doc, const Lexicon& lexicon, EntityRegistry& entities, SlotFinder& slots,
               const DependencyView* deps = nullptr)
      : doc_(doc), lexicon_(lexicon), entities_(entities), slots_(slots), deps_(deps) {}

  std::vector<Claim> Build(const std::vector<std::vector<Frame>>& frames);

 private:
  void FromFrame(size_t sentence, const Frame& frame, std::vector<Claim>& out);
  void FromCountAnaphor(size_t sentence, const Frame& frame, std::vector<Claim>& out);
  // "X denied responsibility / involvement / any role": the index of the
  // token after the responsibility noun, or 0 when the frame is no such denial.
  size_t AgencyDenialEnd(const Frame& frame) const;
  void MarkAgencyDenials(const Frame& frame, size_t first_claim, std::vector<Claim>& out);
  bool DeniesTheReport(const Frame& frame, ReportObject* object) const;
  // "The claims of the militia are baseless", "the allegations were false":
  // a frame that calls a report untrue denies what was reported.
  bool CallsTheReportFalse(const Frame& frame, ReportObject* object) const;
  void FromAgencyDenial(size_t sentence, const Frame& frame, std::vector<Claim>& out);
  bool NegatedSubjectOf(size_t cue_begin, size_t cue_end, const EventWord& w) const;
  Stance StanceOf(const Frame& frame, const EventWord& w, bool* unnamed_too) const;
  // The negation words of the event word's sentence, outside the event word.
  std::vector<size_t> NegationsOutside(const EventWord& w) const;
  bool NegationCueAt(size_t i, size_t* end) const;
  bool SkipTrigger(size_t sentence, size_t i) const;
  bool NotAnEvent(size_t trigger, size_t content_begin, bool nominal) const;
  // "The committee blamed the army": the accused of an accusation that
  // names no event is the doer of the harm its speaker just reported.
  void LendAccusedAsAgent(size_t sentence, const Frame& frame, std::vector<Claim>& out) const;
  // The armed or state force a person's role names: "police" for "police
  // commander", "" for "spokesman".
  std::string ForceOfRole(const Entity& person) const;
  // The trigger matches in [begin, end), with those inside a gapped match.
  std::vector<PhraseMatch> TriggersIn(size_t begin, size_t end) const;
  // "arrested three suspected traffickers", "alleged smugglers": a hedge
  // participle before a noun qualifies the noun, not the event.
  bool ModifiesNoun(const PhraseMatch& hedge, size_t event) const;
  // "The death toll could rise", "is expected to climb": a forecast of a
  // toll, with no number before the forecast, reports no event.
  bool ForecastToll(const Trigger& trigger, size_t end, size_t content_end) const;
  // "killed three protesters during huge rallies", "12 killings at
  // protests": a protest named as the setting of another event the same
  // clause reports is background, not a claim of its own.
  bool ProtestAsSetting(const Trigger& trigger, size_t begin, size_t content_begin) const;
  static constexpr size_t kIrrealisWindow = 8;  // tokens before an event word a cue may stand
  static void Merge(Claim& into, const Claim& from);
  // Both claims count their victims, with different numbers: two facts
  // ("killed a third protester, taking the toll to 12"), not one to merge.
  static bool CountDifferently(const Claim& a, const Claim& b);

  const Doc& doc_;
  const Lexicon& lexicon_;
  EntityRegistry& entities_;
  SlotFinder& slots_;
  const DependencyView* deps_;
};

}  // namespace crosscheck

// Lexicon: the taxonomy and every word list extraction reads, loaded from
// data files at start so analysts extend them without recompiling.
//
// Files (doc/lexicon.md): taxonomy.tsv, lexicon/triggers.tsv,
// lexicon/reporting.tsv, lexicon/cues.tsv, lexicon/causes.tsv,
// lexicon/nouns.tsv. Each begins with a "#crosscheck-... 1" header; a file
// with another header or a malformed row is rejected with file and line.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "crosscheck/status.h"
#include "extract/phrase_table.h"

namespace crosscheck {

enum class Stance : uint8_t { kAsserts, kDenies, kUncertain };
const char* StanceName(Stance s);

struct EventType {
  std::string name;
  std::string description;
  std::string cameo;
  std::string acled;
};

struct Trigger {
  std::string type;      // a taxonomy type, or "none" for a blocking pattern
  bool noun = false;     // nominal: "death toll", "breakout"
  bool adj = false;      // predicative: "dead", "missing"
  bool weak = false;     // needs a count, victim or agent nearby
  bool people = false;   // needs a people argument nearby
  bool subject_undergoes = false;  // "two died": the subject is who it happens to
  bool subject_acts = false;       // "soldiers opened fire": never a headline passive
  bool needs_facility = false;     // "the office was closed"
  bool no_agent = false;           // "villagers buried 12 victims": who does it did not kill them
  std::string cause;     // cause the trigger itself names, or empty
};

enum class ReportKind : uint8_t { kSay, kAccuse, kDeny };
struct ReportingVerb {
  Stance stance = Stance::kAsserts;
  ReportKind kind = ReportKind::kSay;
  // Reports only with a clause after it ("found that ..."); with a plain
  // object it is an act of its own ("rescuers found 12 bodies").
  bool needs_clause = false;
  // Reports only with a figure as its object ("put the death toll at 87",
  // "raised its tally to 40"); otherwise an ordinary verb ("put them on a bus").
  bool needs_figure = false;
  // Denies only with a verdict of falsehood after its object ("called the
  // figures speculative", "described the report as baseless"); otherwise an
  // ordinary verb ("called the police").
  bool needs_verdict = false;
};

enum class CueKind : uint8_t { kNegation, kDenialFrame, kHedge, kUnnamedSource, kAccordingTo, kPartialCount, kIrrealis, kQuestion,
                             kSupportVerb };

enum NounClass : uint8_t {
  kPersonNoun = 1,
  kForceNoun = 2,
  kFacilityNoun = 4,
  kRoleNoun = 8,
  kOrgNoun = 16,
  kGroupNoun = 32,
  kCraftNoun = 64,  // boats, ships, aircraft: "detained the rescue ship" holds no people
  kArmedGroupNoun = 128,  // non-state fighters ("rebels", "attackers"): a side apart from state forces
};

class Lexicon {
 public:
  static Result<Lexicon> Load(const std::string& data_dir);

  const std::vector<EventType>& types() const { return types_; }
  bool HasType(const std::string& name) const;

  const PhraseTable& triggers() const { return trigger_table_; }
  const Trigger& trigger(size_t value) const { return triggers_[value]; }

  const PhraseTable& reporting() const { return reporting_table_; }
  const ReportingVerb& reporting_verb(size_t value) const { return reporting_[value]; }

  const PhraseTable& cues() const { return cue_table_; }
  CueKind cue(size_t value) const { return cues_[value]; }

  const PhraseTable& causes() const { return cause_table_; }
  const std::string& cause(size_t value) const { return causes_[value]; }

  // Bitmask of NounClass for a lemma (0 when unknown).
  uint8_t noun_classes(const std::string& lemma) const;
  // By lemma too ("migrants"), but not for a participle: "convicted" is no
  // "convict", "sheltering" no "shelter" (a noun in -ing, "building", is
  // found by its own form).
  bool Is(const Token& t, NounClass c) const {
    const bool participle =
        t.lower != t.lemma && t.lower.size() > 3 && (t.lower.ends_with("ed") || t.lower.ends_with("ing"));
    return (!participle && (noun_classes(t.lemma) & c)) || (noun_classes(t.lower) & c) ||
           ((c & kPersonNoun) && IsAgeNoun(t.lower));
  }
  // "a 24-year-old", "two 17-year-olds": a person by age, any age.
  static bool IsAgeNoun(std::string_view lower) {
    return lower.size() > 9 && (lower.ends_with("-year-old") || lower.ends_with("-year-olds"));
  }

  // Objects and substances that cannot act (thing_nouns.tsv): "injured by
  // stones" names an instrument, not an agent. Kept apart from NounClass so
  // that "shelled" or "bombed" still look like verbs.
  bool IsThing(const Token& t) const { return things_.contains(t.lemma) || things_.contains(t.lower); }

  // A short fingerprint of the loaded files, recorded with extracted claims.
  const std::string& version() const { return version_; }

 private:
  std::vector<EventType> types_;
  std::vector<Trigger> triggers_;
  PhraseTable trigger_table_;
  std::vector<ReportingVerb> reporting_;
  PhraseTable reporting_table_;
  std::vector<CueKind> cues_;
  PhraseTable cue_table_;
  std::vector<std::string> causes_;
  PhraseTable cause_table_;
  std::unordered_map<std::string, uint8_t> nouns_;
  std::unordered_set<std::string> things_;
  std::string version_;
};

}  // namespace crosscheck

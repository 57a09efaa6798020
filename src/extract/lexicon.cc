#include "extract/lexicon.h"

#include <algorithm>
#include <sstream>

#include "extract/tsv_file.h"

namespace crosscheck {

const char* StanceName(Stance s) {
  switch (s) {
    case Stance::kAsserts: return "asserts";
    case Stance::kDenies: return "denies";
    case Stance::kUncertain: return "uncertain";
  }
  return "asserts";
}

namespace {

Result<Stance> ParseStance(const std::string& s) {
  if (s == "asserts") return Stance::kAsserts;
  if (s == "denies") return Stance::kDenies;
  if (s == "uncertain") return Stance::kUncertain;
  return Status::InvalidInput("unknown stance '" + s + "'");
}

// Parses "noun,weak,cause=shooting" into a Trigger.
std::string ParseTriggerFlags(const std::string& flags, Trigger* t) {
  std::istringstream in(flags);
  std::string flag;
  while (std::getline(in, flag, ',')) {
    if (flag.empty()) continue;
    if (flag == "noun") t->noun = true;
    else if (flag == "adj") t->adj = true;
    else if (flag == "weak") t->weak = true;
    else if (flag == "people") t->people = true;
    else if (flag == "subj") t->subject_undergoes = true;
    else if (flag == "actor") t->subject_acts = true;
    else if (flag == "facility") t->needs_facility = true;
    else if (flag == "noagent") t->no_agent = true;
    else if (flag.rfind("cause=", 0) == 0) t->cause = flag.substr(6);
    else return "unknown flag '" + flag + "'";
  }
  return "";
}

}  // namespace

bool Lexicon::HasType(const std::string& name) const {
  return std::any_of(types_.begin(), types_.end(), [&](const EventType& t) { return t.name == name; });
}

uint8_t Lexicon::noun_classes(const std::string& lemma) const {
  auto it = nouns_.find(lemma);
  return it == nouns_.end() ? 0 : it->second;
}

Result<Lexicon> Lexicon::Load(const std::string& dir) {
  Lexicon lex;
  std::string& v = lex.version_;
  Status s = ReadTsvFile(dir + "/taxonomy.tsv", "#crosscheck-taxonomy 1",
      [&](const std::vector<std::string>& f, size_t) -> std::string {
        if (f.empty() || f[0].empty()) return "missing type name";
        lex.types_.push_back({f[0], f.size() > 1 ? f[1] : "", f.size() > 2 ? f[2] : "", f.size() > 3 ? f[3] : ""});
        return "";
      }, &v);
  if (!s.ok()) return s;

  s = ReadTsvFile(dir + "/lexicon/triggers.tsv", "#crosscheck-lexicon 1 triggers",
      [&](const std::vector<std::string>& f, size_t) -> std::string {
        if (f.size() < 2) return "expected: type, pattern[, flags]";
        if (f[0] != "none" && !lex.HasType(f[0])) return "unknown event type '" + f[0] + "' (not in taxonomy.tsv)";
        auto pattern = ParsePattern(f[1]);
        if (!pattern.ok()) return pattern.status().message();
        Trigger t;
        t.type = f[0];
        if (f.size() > 2) {
          if (auto e = ParseTriggerFlags(f[2], &t); !e.empty()) return e;
        }
        lex.trigger_table_.Add(std::move(pattern).value(), lex.triggers_.size());
        lex.triggers_.push_back(std::move(t));
        return "";
      }, &v);
  if (!s.ok()) return s;

  s = ReadTsvFile(dir + "/lexicon/reporting.tsv", "#crosscheck-lexicon 1 reporting",
      [&](const std::vector<std::string>& f, size_t) -> std::string {
        if (f.size() < 3) return "expected: pattern, stance, kind";
        auto pattern = ParsePattern(f[0]);
        if (!pattern.ok()) return pattern.status().message();
        auto stance = ParseStance(f[1]);
        if (!stance.ok()) return stance.status().message();
        ReportingVerb r;
        r.stance = *stance;
        if (f[2] == "say") r.kind = ReportKind::kSay;
        else if (f[2] == "accuse") r.kind = ReportKind::kAccuse;
        else if (f[2] == "deny") r.kind = ReportKind::kDeny;
        else return "unknown kind '" + f[2] + "'";
        if (f.size() > 3 && !f[3].empty()) {
          if (f[3] == "clause") {
            r.needs_clause = true;
          } else if (f[3] == "figure") {
            r.needs_figure = true;
          } else if (f[3] == "verdict") {
            r.needs_verdict = true;
          } else {
            return "unknown flag '" + f[3] + "' (expected: clause, figure or verdict)";
          }
        }
        lex.reporting_table_.Add(std::move(pattern).value(), lex.reporting_.size());
        lex.reporting_.push_back(r);
        return "";
      }, &v);
  if (!s.ok()) return s;

  s = ReadTsvFile(dir + "/lexicon/cues.tsv", "#crosscheck-lexicon 1 cues",
      [&](const std::vector<std::string>& f, size_t) -> std::string {
        if (f.size() < 2) return "expected: kind, pattern";
        CueKind kind;
        if (f[0] == "negation") kind = CueKind::kNegation;
        else if (f[0] == "denial_frame") kind = CueKind::kDenialFrame;
        else if (f[0] == "hedge") kind = CueKind::kHedge;
        else if (f[0] == "unnamed_source") kind = CueKind::kUnnamedSource;
        else if (f[0] == "according_to") kind = CueKind::kAccordingTo;
        else if (f[0] == "partial_count") kind = CueKind::kPartialCount;
        else if (f[0] == "irrealis") kind = CueKind::kIrrealis;
        else if (f[0] == "question") kind = CueKind::kQuestion;
        else if (f[0] == "support_verb") kind = CueKind::kSupportVerb;
        else return "unknown cue kind '" + f[0] + "'";
        auto pattern = ParsePattern(f[1]);
        if (!pattern.ok()) return pattern.status().message();
        lex.cue_table_.Add(std::move(pattern).value(), lex.cues_.size());
        lex.cues_.push_back(kind);
        return "";
      }, &v);
  if (!s.ok()) return s;

  s = ReadTsvFile(dir + "/lexicon/causes.tsv", "#crosscheck-lexicon 1 causes",
      [&](const std::vector<std::string>& f, size_t) -> std::string {
        if (f.size() < 2) return "expected: cause, pattern";
        auto pattern = ParsePattern(f[1]);
        if (!pattern.ok()) return pattern.status().message();
        lex.cause_table_.Add(std::move(pattern).value(), lex.causes_.size());
        lex.causes_.push_back(f[0]);
        return "";
      }, &v);
  if (!s.ok()) return s;

  // nouns.tsv is written by hand; person_nouns.tsv and thing_nouns.tsv are
  // generated from WordNet (tools/make_person_nouns.sh, make_thing_nouns.sh).
  // All have the same columns.
  auto noun_row = [&](const std::vector<std::string>& f, size_t) -> std::string {
        if (f.size() < 2 || f[1].empty()) return "expected: class, lemma";
        uint8_t c = 0;
        if (f[0] == "person") c = kPersonNoun;
        else if (f[0] == "force") c = kForceNoun;
        else if (f[0] == "facility") c = kFacilityNoun;
        else if (f[0] == "role") c = kRoleNoun;
        else if (f[0] == "org") c = kOrgNoun;
        else if (f[0] == "group") c = kGroupNoun;
        else if (f[0] == "craft") c = kCraftNoun;
        else if (f[0] == "armed") c = kArmedGroupNoun;
        else if (f[0] != "thing") return "unknown noun class '" + f[0] + "'";
        // Multi-word entries are keyed on their last word, the head noun.
        const std::string head = f[1].substr(f[1].rfind(' ') == std::string::npos ? 0 : f[1].rfind(' ') + 1);
        if (f[0] == "thing") {
          lex.things_.insert(head);
          return "";
        }
        lex.nouns_[head] |= c;
        return "";
      };
  for (const char* file : {"/lexicon/nouns.tsv", "/lexicon/person_nouns.tsv", "/lexicon/thing_nouns.tsv"}) {
    s = ReadTsvFile(dir + file, "#crosscheck-lexicon 1 nouns", noun_row, &v);
    if (!s.ok()) return s;
  }
  return lex;
}

}  // namespace crosscheck

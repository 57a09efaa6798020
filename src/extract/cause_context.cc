#include "extract/cause_context.h"

namespace crosscheck {
namespace {

// The event types whose cause is a way of dying or being hurt.
bool HasCause(const std::string& type) { return type == "kill" || type == "injure" || type == "missing"; }

// "drowned when their boat overturned on 10 August" and "attacked a convoy
// on 9 August, injuring two drivers": claims dated to different days are
// different events, whose causes say nothing of each other.
bool DatedApart(const Claim& a, const Claim& b) {
  return a.when && b.when && !a.when->date.empty() && !b.when->date.empty() && a.when->date != b.when->date;
}

}  // namespace

void InheritCausesFromContext(const Doc& doc, std::vector<Claim>* claims) {
  // Only causes the sentences themselves named are passed on, so an
  // inherited cause never travels further down the report.
  std::vector<const Claim*> named;
  const auto cause_of = [](const Claim& c) -> const std::string& {
    return c.cause.empty() ? c.context_cause : c.cause;
  };
  // Nor are causes a speaker denied ("denied that officers used live
  // ammunition"): they are what the speaker says did not happen.
  for (const Claim& c : *claims) {
    const std::string& cause = cause_of(c);
    if (!cause.empty() && cause != "unknown" && c.stance != Stance::kDenies) named.push_back(&c);
  }
  std::vector<std::string> inherited(claims->size());
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (!c.cause.empty() || !HasCause(c.type) || c.stance != Stance::kAsserts) continue;
    const Claim* before = nullptr;
    const Claim* after = nullptr;
    for (const Claim* n : named) {
      if (n == &c || !SameSpeaker(n->speaker, c.speaker) || DatedApart(*n, c)) continue;
      if (n->sentence <= c.sentence && c.sentence - n->sentence <= kCauseContextSentences) {
        if (!before || n->sentence > before->sentence) before = n;
      } else if (n->sentence > c.sentence &&
                 (doc.sentences[n->sentence].paragraph == doc.sentences[c.sentence].paragraph ||
                  n->sentence == c.sentence + 1)) {
        if (!after || n->sentence < after->sentence) after = n;
      }
    }
    if (before || after) inherited[i] = cause_of(*(before ? before : after));
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    if (!inherited[i].empty()) {
      (*claims)[i].cause = inherited[i];
      (*claims)[i].cause_from_context = true;
    }
  }
}

}  // namespace crosscheck

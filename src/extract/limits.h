// Hard limits on one report, so that hostile input (one endless sentence, a
// page of one repeated trigger word, thousands of names) costs time linear
// in its size and a bounded amount of output. doc/hardening.md lists them
// with the reasons for each value; Pipeline::Run applies them and records a
// warning for each one that cut something (JSON: document.warnings).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/claim.h"
#include "resolve/incidents.h"
#include "text/doc.h"

namespace crosscheck {

// Text of one report; a longer one is refused with InvalidInput.
inline constexpr size_t kMaxReportBytes = size_t{16} << 20;  // 16 MiB
// Tokens in one sentence: a longer one is cut into pieces of at most this
// many tokens. Every stage looks at a sentence as a whole, so its cost per
// event is bounded by this. Edited news sentences stay far below it.
inline constexpr size_t kMaxSentenceTokens = 200;
// Claims of one report: later ones are dropped. Incidents compare claims
// pairwise, so this bounds that work.
inline constexpr size_t kMaxClaimsPerReport = 1000;
// Contradictions listed for one report: later ones are dropped (n claims
// can contradict each other in n*(n-1)/2 pairs).
inline constexpr size_t kMaxContradictionsPerReport = 10000;

// Cuts every sentence longer than max_tokens: each piece ends at the last
// ',', ';', ':' or line start in the second half of its window, else at the
// window's end. Returns the number of sentences cut.
size_t SplitLongSentences(Doc& doc, size_t max_tokens = kMaxSentenceTokens);

// Keeps the first `max` claims; returns how many were dropped.
size_t CapClaims(std::vector<Claim>& claims, size_t max = kMaxClaimsPerReport);

// Keeps the first `max` contradictions, incident by incident; returns how
// many were dropped.
size_t CapContradictions(std::vector<Incident>& incidents, size_t max = kMaxContradictionsPerReport);

}  // namespace crosscheck

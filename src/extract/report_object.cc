#include "extract/report_object.h"

#include "extract/word_classes.h"

namespace crosscheck {
namespace {

bool IsPossessiveMarker(const Token& t) { return t.lower == "'s" || t.lower == "'"; }

// (A closing quote too: 'said it "categorically rejects" the allegations'
// quotes the verb, not its object.)
bool OpensPhrase(const Token& t) {
  return t.kind == TokenKind::kQuoteOpen || t.kind == TokenKind::kQuoteClose || IsDeterminer(t.lower) ||
         t.lower == "any" || t.lower == "these" ||
         t.lower == "such" || t.lower == "all";
}

// A possessor is a short name or noun phrase: "the army", "the UN refugee agency".
constexpr size_t kMaxPossessorWords = 5;

}  // namespace

bool IsReportNoun(const Token& t) {
  const std::string& l = t.lemma;
  if (l == "allegation" || l == "accusation" || l == "claim" || l == "charge" || l == "finding" ||
      l == "account" || l == "version" || l == "figure" || l == "toll" || l == "conclusion" || l == "rumour" ||
      l == "rumor" || l == "assertion" || l == "narrative") {
    return true;
  }
  return l == "report";  // "rejected the report", "dismissed reports as fabricated"
}

bool FindReportObject(const Doc& doc, size_t begin, size_t end, ReportObject* out) {
  ReportObject found;
  size_t i = begin;
  while (i < end && OpensPhrase(doc.tokens[i])) ++i;
  // "the rights group's findings": the phrase before 's owns the report.
  for (size_t k = i; k < end && k < i + kMaxPossessorWords + 1; ++k) {
    const Token& t = doc.tokens[k];
    if (IsPossessiveMarker(t)) {
      if (k > i) {
        found.possessor_begin = begin;
        while (found.possessor_begin < i && doc.tokens[found.possessor_begin].kind == TokenKind::kQuoteOpen) {
          ++found.possessor_begin;
        }
        found.possessor_end = k;
        i = k + 1;
      }
      break;
    }
    if (t.kind != TokenKind::kWord) break;
  }
  // One modifier before the noun: "casualty figures", "the latest reports".
  for (size_t k = i; k < end && k < i + 2; ++k) {
    const Token& t = doc.tokens[k];
    if (t.kind != TokenKind::kWord) break;
    if (IsReportNoun(t)) {
      found.noun = k;
      *out = found;
      return true;
    }
  }
  return false;
}

}  // namespace crosscheck

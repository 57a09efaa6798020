// What someone else said, named as a noun: "the allegations", "the army's
// account", "the rights group's findings", "the latest casualty figures".
// A denial whose object is such a noun denies a claim reported before it,
// and a possessor says whose claim that was.
#pragma once

#include <cstddef>

#include "text/doc.h"

namespace crosscheck {

struct ReportObject {
  size_t noun = 0;             // the report noun ("findings")
  size_t possessor_begin = 0;  // "the rights group" of "the rights group's"; empty when none
  size_t possessor_end = 0;
  // ", a charge the army denied": the noun sums up the clause before it.
  bool sums_up_clause_before = false;
  // "such practices": the practice reported last, not the gravest harm.
  bool practice = false;
  bool has_possessor() const { return possessor_end > possessor_begin; }
};

// Words for a report of what happened: allegation, accusation, claim,
// charge, finding, account, version, figure, toll, conclusion, rumour,
// assertion, narrative, report ("rejected the report": the document's
// claims are what is denied). Takes the token's lemma and form.
bool IsReportNoun(const Token& t);

// The report noun heading the phrase that opens [begin, end): after
// determiners ("the", "any", "these", "such", "all"), an opening quote, a
// possessor ending in 's or ' and at most one modifier word. Returns false
// when the phrase is headed by anything else.
bool FindReportObject(const Doc& doc, size_t begin, size_t end, ReportObject* out);

}  // namespace crosscheck

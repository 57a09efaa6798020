// Causes from context: a killing or wounding whose sentence names no cause
// takes the cause its own speaker gave just before.
//
// A source names the cause once and goes on counting: "Guards shot dead six
// migrants, the source said. About ten others were wounded, the source
// added." An analyst codes the wounding as a shooting too. Only the same
// speaker's claims pass a cause on: when the IOM says migrants were shot and
// the minister says one died, the minister did not say how, and giving his
// claim the IOM's cause would hide the very disagreement crosscheck exists
// to show. A cause passed on is not the source's own statement, so it
// raises no cause contradiction within the report (resolve/incidents.cc).
//
// A killing, injury or disappearance takes the cause of the nearest claim of
// the same speaker that names one (an attack's "fired on" counts), at most
// kCauseContextSentences sentences before it or in its own sentence;
// failing that, of the nearest such claim after it in the same paragraph or
// in the next sentence ("Medics said three inmates had died. [new
// paragraph] 'Guards opened fire,' a nurse said").
#pragma once

#include <vector>

#include "extract/claim.h"
#include "text/doc.h"

namespace crosscheck {

inline constexpr size_t kCauseContextSentences = 3;

void InheritCausesFromContext(const Doc& doc, std::vector<Claim>* claims);

}  // namespace crosscheck

// Times from an event anaphor: "Three inmates died when guards broke up a
// hunger strike, the prison service said. The clash on Tuesday followed a
// week of protests."
//
// A report often dates an event only when it points back to it: "the
// clash", "the attack", "this shooting" with a time right after the noun.
// An analyst dates the deaths told just before to that day. So a sentence
// that opens (or whose reported clause opens: "UNHCR said the fighting
// broke out at the camp on Monday") with a definite incident noun followed
// by a time expression, or by a verb of occurring and a time in its clause,
// gives that time to the claims of the sentence before it, and to those of
// its own sentence, that have no time of their own (and are not told as
// earlier events).
#pragma once

#include <optional>
#include <vector>

#include "extract/claim.h"
#include "extract/date.h"
#include "text/doc.h"

namespace crosscheck {

void InheritTimesFromEventAnaphora(const Doc& doc, std::optional<Date> anchor, std::vector<Claim>* claims);

}  // namespace crosscheck

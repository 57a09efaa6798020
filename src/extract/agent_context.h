// Agents from context: a killing or wounding told without its doer,
// next to its speaker's account of an attack, was done by the attackers.
//
// "A nurse said gunmen fired on the bus. Eight of the passengers were
// wounded, she said." An analyst codes the wounding as the gunmen's. Only an attack ("fired on", "opened fire",
// "shelled": an abuse claim) passes its agent on, only to a claim of the
// same speaker in the same sentence, the next or the one before (an attack
// told just after the toll explains it), and never to claims whose
// victims are forces ("Police opened fire. Two officers were killed": the
// police did not kill their own).
#pragma once

#include <vector>

#include "extract/claim.h"

namespace crosscheck {

inline constexpr size_t kAgentContextSentences = 1;

void InheritAgentsFromAttacks(std::vector<Claim>* claims);

}  // namespace crosscheck

#include "extract/agent_context.h"

namespace crosscheck {

void InheritAgentsFromAttacks(std::vector<Claim>* claims) {
  // Agents are read from the claims as extracted, so a passed-on agent
  // travels no further.
  std::vector<const Claim*> attacks;
  for (const Claim& c : *claims) {
    if (c.type == "abuse" && c.stance == Stance::kAsserts && !c.agent.empty() && !c.earlier_event) {
      attacks.push_back(&c);
    }
  }
  std::vector<const Claim*> source(claims->size(), nullptr);
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if ((c.type != "kill" && c.type != "injure") || c.stance != Stance::kAsserts || !c.agent.empty() ||
        c.victims_are_forces) {
      continue;
    }
    const Claim* after = nullptr;
    for (const Claim* a : attacks) {
      if (!SameSpeaker(a->speaker, c.speaker)) continue;
      const bool before = a->sentence < c.sentence || (a->sentence == c.sentence && a->trigger < c.trigger);
      if (!before) {
        // "Medics said three inmates had died. 'Guards opened fire,' a
        // nurse said": the attack told just after.
        if (a->sentence - c.sentence <= kAgentContextSentences && (!after || a->trigger < after->trigger)) after = a;
        continue;
      }
      if (c.sentence - a->sentence > kAgentContextSentences) continue;
      if (!source[i] || a->sentence > source[i]->sentence ||
          (a->sentence == source[i]->sentence && a->trigger > source[i]->trigger)) {
        source[i] = a;
      }
    }
    if (!source[i]) source[i] = after;
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    if (!source[i]) continue;
    (*claims)[i].agent = source[i]->agent;
    (*claims)[i].agent_entity = source[i]->agent_entity;
    (*claims)[i].agent_generic_force = source[i]->agent_generic_force;
  }
}

}  // namespace crosscheck

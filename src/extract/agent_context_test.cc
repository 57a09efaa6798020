// Agents from attacks (agent_context.cc), on invented reports.
#include "extract/agent_context.h"

#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "extract/test_pipelines.h"

namespace crosscheck {
namespace {

using testing::BothPipelines;
using testing::Extract;

std::string AgentOf(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type == type) return c.agent.empty() ? "(none)" : c.agent;
  }
  return "(no claim)";
}

TEST(AgentContext, TheWoundedAfterAnAttackWereWoundedByTheAttackers) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "A nurse said gunmen fired on the bus near the checkpoint.\n\n"
                         "Eight of the passengers were wounded, the nurse said.");
    EXPECT_EQ(AgentOf(x, "injure"), "gunmen");
  }
}

TEST(AgentContext, AnotherSpeakersCasualtiesKeepNoAgent) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "A nurse said gunmen fired on the bus near the checkpoint.\n\n"
                         "Eight passengers were wounded, the hospital said.");
    EXPECT_EQ(AgentOf(x, "injure"), "(none)");
  }
}

TEST(AgentContext, TheAttackersOwnSideIsNotTheirVictim) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "Witnesses said police opened fire on the crowd.\n\n"
                         "Two police officers were killed, the witnesses said.");
    EXPECT_EQ(AgentOf(x, "kill"), "(none)");
  }
}

TEST(AgentContext, AnAttackTwoSentencesBackIsTooFar) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "A nurse said gunmen fired on the bus near the checkpoint. The nurse said the "
                         "town was calm by night. She said food was short.\n\n"
                         "Eight of the passengers were wounded, the nurse said.");
    EXPECT_EQ(AgentOf(x, "injure"), "(none)");
  }
}

TEST(AgentContext, AnAttackToldInTheNextSentenceExplainsTheDeaths) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "In a statement, the prison service said three inmates had been killed and five others hurt.\n\n"
                         "\"Riot police opened fire as the inmates tried to break out,\" the prison service said.");
    EXPECT_EQ(AgentOf(x, "kill"), "Riot police");
    EXPECT_EQ(AgentOf(x, "injure"), "Riot police");
    for (const auto& c : x.claims) {
      if (c.type == "kill" || c.type == "injure") {
        EXPECT_EQ(c.cause, "shooting") << c.type;
      }
    }
  }
}

TEST(AgentContext, AClaimWithItsOwnAgentKeepsIt) {
  std::vector<Claim> claims(2);
  claims[0].type = "abuse";
  claims[0].agent = "smugglers";
  claims[1].type = "kill";
  claims[1].agent = "guards";
  claims[1].sentence = 1;
  InheritAgentsFromAttacks(&claims);
  EXPECT_EQ(claims[1].agent, "guards");
  claims[1].agent.clear();
  InheritAgentsFromAttacks(&claims);
  EXPECT_EQ(claims[1].agent, "smugglers");
}

}  // namespace
}  // namespace crosscheck

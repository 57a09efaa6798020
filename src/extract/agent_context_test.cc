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
    auto x = Extract(*p, "A local source said smugglers fired on the migrants as they fled.\n\n"
                         "Twelve of them were wounded, the source said.");
    EXPECT_EQ(AgentOf(x, "injure"), "smugglers");
  }
}

TEST(AgentContext, AnotherSpeakersCasualtiesKeepNoAgent) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "A local source said smugglers fired on the migrants as they fled.\n\n"
                         "Twelve migrants were wounded, the hospital said.");
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
    auto x = Extract(*p, "A local source said smugglers fired on the migrants as they fled. The source said the "
                         "town was calm by night. It said food was short.\n\n"
                         "Twelve of them were wounded, the source said.");
    EXPECT_EQ(AgentOf(x, "injure"), "(none)");
  }
}

TEST(AgentContext, AnAttackToldInTheNextSentenceExplainsTheDeaths) {
  for (const Pipeline* p : BothPipelines()) {
    auto x = Extract(*p, "In a statement, the IOM said two migrants had been killed and three others hurt.\n\n"
                         "\"Local authorities opened fire as the migrants tried to flee,\" the IOM said.");
    EXPECT_EQ(AgentOf(x, "kill"), "Local authorities");
    EXPECT_EQ(AgentOf(x, "injure"), "Local authorities");
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

// The two pipelines the extraction tests compare: with the dependency parse
// (the shipped models) and without it (the word-window grammar alone).
// Loaded once per test binary.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/pipeline.h"

namespace crosscheck::testing {

inline const Pipeline& LoadedPipeline(const std::string& model_dir) {
  auto r = Pipeline::Load(CROSSCHECK_DATA_DIR, model_dir);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return *std::move(r).value().release();  // kept for the whole test run
}

inline const Pipeline& ParsingPipeline() {
  static const Pipeline& p = LoadedPipeline(DefaultSyntaxModelDir());
  return p;
}

inline const Pipeline& ShallowPipeline() {
  static const Pipeline& p = LoadedPipeline("");
  return p;
}

// Both, for tests that hold for either pipeline.
inline std::vector<const Pipeline*> BothPipelines() { return {&ParsingPipeline(), &ShallowPipeline()}; }

// Runs `p` on `text` as a report published on 2024-05-02.
inline Extraction Extract(const Pipeline& p, const std::string& text) {
  Report r;
  r.text = text;
  r.published = "2024-05-02";
  auto x = p.Run(r);
  EXPECT_TRUE(x.ok()) << x.status().message();
  return std::move(x).value();
}

// A copy of the first claim of `type`, so it stays valid after a
// temporary Extraction is gone.
inline std::optional<Claim> FirstClaim(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type == type) return c;
  }
  return std::nullopt;
}

// A copy of the first claim of `type` with `stance`.
inline std::optional<Claim> ClaimWith(const Extraction& x, const std::string& type, Stance stance) {
  for (const auto& c : x.claims) {
    if (c.type == type && c.stance == stance) return c;
  }
  return std::nullopt;
}

// Who says the first claim of `type`: an entity's name, "unnamed",
// "narrator", or "no claim".
inline std::string SpeakerOfClaim(const Extraction& x, const std::string& type) {
  for (const auto& c : x.claims) {
    if (c.type != type) continue;
    if (c.speaker.kind == Speaker::kEntity) return x.entities[c.speaker.entity].name;
    return c.speaker.kind == Speaker::kUnnamed ? "unnamed" : "narrator";
  }
  return "no claim";
}

}  // namespace crosscheck::testing

// A readable view of one extraction (SPEC JSON object) for people:
// claims one per line with their evidence, then the contradictions side by side.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace crosscheck {

std::string FormatTextView(const nlohmann::json& extraction);

}  // namespace crosscheck

// The SPEC section 4 JSON object for one Extraction. Offsets in evidence
// spans are Unicode code points of the stored text.
#pragma once

#include <nlohmann/json.hpp>

#include "extract/pipeline.h"

namespace crosscheck {

nlohmann::json ToJson(const Extraction& extraction, const geo::Gazetteer& gazetteer);

}  // namespace crosscheck

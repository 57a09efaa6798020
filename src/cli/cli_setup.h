// What the commands that extract reports (extract, ingest) set up alike:
// the Extractor and the input options. Each prints its own error to stderr
// and returns nothing on failure, so the caller exits with status 2.
#pragma once

#include <optional>
#include <string>

#include "crosscheck/extractor.h"
#include "io/input.h"

namespace crosscheck {

// The Extractor loaded from data_dir, or from Extractor::DefaultDataDir() when empty.
std::optional<Extractor> LoadExtractor(const std::string& data_dir);

// Input options from the --input, --source, --published and --url flags.
std::optional<InputOptions> MakeInputOptions(const std::string& input, const std::string& source,
                                             const std::string& published, const std::string& url);

}  // namespace crosscheck

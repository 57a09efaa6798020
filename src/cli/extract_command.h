// crosscheck extract: reports in, SPEC JSON (or a readable view) out.
#pragma once

#include <CLI/CLI.hpp>

void AddExtractCommand(CLI::App& app);

// crosscheck export: incidents as JSON lines, ACLED-like CSV or GeoJSON.
#pragma once

#include <CLI/CLI.hpp>

void AddExportCommand(CLI::App& app);

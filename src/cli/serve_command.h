// crosscheck serve: the JSON API and the web page over a store (src/server).
#pragma once

#include <CLI/CLI.hpp>

void AddServeCommand(CLI::App& app);

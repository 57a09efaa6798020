// The store's commands: ingest, incidents, show, search, sources.
#pragma once

#include <CLI/CLI.hpp>

void AddStoreCommands(CLI::App& app);

// The store's commands: ingest, incidents, show, search, sources, split, merge, reextract.
#pragma once

#include <CLI/CLI.hpp>

void AddStoreCommands(CLI::App& app);

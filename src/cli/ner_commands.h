// CLI commands of the entity recognizer (src/ner, doc/ner.md). A failing
// command prints the Status message to stderr and exits with status 1.
#pragma once

#include <CLI/CLI.hpp>

// crosscheck train-ner [--data DIR] --out FILE [--epochs N] [--seed N]
//   trains on the fixed training split of the entity data (DIR defaults to
//   ../shared/data) and prints the held-out scores.
// crosscheck eval-ner [--model FILE] [--data DIR]
//   prints precision / recall / F1 per type and overall on each held-out set.
void AddNerCommands(CLI::App& app);

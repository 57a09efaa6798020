// crosscheck eval: scores extraction against gold annotations, agreeing
// exactly with /work/shared/tools/score.py (see doc/eval.md).
//
//   crosscheck eval DIR [--verbose] [--json] [--data DIR]
//       every subfolder of DIR (sorted by name) holding gold.json and
//       article.txt: extract the article, score it, print one line per
//       report, then the TOTAL line and "F1 x.xxx".
//   crosscheck eval --gold G.json --system S.json [--verbose] [--json]
//       score one existing system output, like score.py's two-file mode.
//
// Exit status: 0 when everything was scored, 1 when a gold file could not be
// read or scored (extraction failures are scored as empty output, as
// score.py does, and only warned about), 2 for bad arguments or data.
#pragma once

#include <CLI/CLI.hpp>

// Registers the subcommand; its callback throws CLI::RuntimeError(exit code),
// which main() turns into the process exit status.
void AddEvalCommand(CLI::App& app);

// crosscheck_ner_tool: the train-ner and eval-ner commands of the crosscheck
// CLI in a small binary of their own.
#include <CLI/CLI.hpp>

#include "cli/ner_commands.h"

int main(int argc, char** argv) {
  CLI::App app{"crosscheck entity recognizer tools"};
  app.require_subcommand(1);
  AddNerCommands(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}

// crosscheck_syntax_tool: the syntax commands of the crosscheck CLI in a
// small binary of their own (parse, train-syntax, eval-syntax).
#include <CLI/CLI.hpp>

#include "cli/syntax_commands.h"

int main(int argc, char** argv) {
  CLI::App app{"crosscheck syntax tools"};
  app.require_subcommand(1);
  AddParseCommand(app);
  AddTrainCommand(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}

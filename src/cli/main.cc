// crosscheck: the command-line front end. Each subcommand lives in its own
// file and registers itself here.
#include <CLI/CLI.hpp>

#include "cli/eval_command.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/ner_commands.h"
#include "cli/serve_command.h"
#include "cli/store_commands.h"
#include "cli/syntax_commands.h"

int main(int argc, char** argv) {
  CLI::App app{"crosscheck: source-attributed claims and contradictions from news reports"};
  app.set_version_flag("--version", std::string("crosscheck ") + CROSSCHECK_VERSION);
  app.require_subcommand(1);
  AddExtractCommand(app);
  AddEvalCommand(app);
  AddStoreCommands(app);
  AddExportCommand(app);
  AddParseCommand(app);
  AddTrainCommand(app);
  AddNerCommands(app);
  AddServeCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}

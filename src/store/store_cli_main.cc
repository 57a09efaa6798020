// crosscheck_store_cli: the store's commands alone (see CMakeLists.txt).
#include <CLI/CLI.hpp>

#include "cli/store_commands.h"

int main(int argc, char** argv) {
  CLI::App app{"crosscheck store commands"};
  app.require_subcommand(1);
  AddStoreCommands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return 0;
}

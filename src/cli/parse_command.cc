// `crosscheck parse`: CoNLL-U in, CoNLL-U with predicted syntax out.
#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/syntax_commands.h"
#include "syntax/conllu.h"
#include "syntax/syntax.h"
#include "syntax/train.h"

namespace {

struct ParseArgs {
  std::string format = "conllu";
  std::string model = crosscheck::DefaultSyntaxModelDir();
  std::string file;
};

int RunParse(const ParseArgs& args) {
  if (args.format != "conllu") {
    std::cerr << "parse: unsupported --format '" << args.format << "' (only conllu)\n";
    return 1;
  }
  crosscheck::Result<crosscheck::SyntaxModel> model = crosscheck::LoadSyntaxModel(args.model);
  if (!model.ok()) {
    std::cerr << "parse: " << model.status().message() << "\n";
    return 1;
  }
  auto sentences = crosscheck::syntax::ReadConllu(args.file);
  if (!sentences.ok()) {
    std::cerr << "parse: " << sentences.status().message() << "\n";
    return 1;
  }
  crosscheck::syntax::AnnotateConllu(*model, &*sentences);
  crosscheck::syntax::WriteConllu(std::cout, *sentences);
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace

void AddParseCommand(CLI::App& app) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand("parse", "Tag and parse CoNLL-U (tokenization as given), write CoNLL-U");
  cmd->add_option("--format", args->format, "Input and output format")->check(CLI::IsMember({"conllu"}));
  cmd->add_option("--model", args->model, "Directory with tagger.model and parser.model");
  cmd->add_option("FILE", args->file, "CoNLL-U file to parse")->required();
  cmd->callback([args] {
    int rc = RunParse(*args);
    if (rc != 0) std::exit(rc);
  });
}

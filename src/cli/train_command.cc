// `crosscheck train-syntax` and `crosscheck eval-syntax`.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/syntax_commands.h"
#include "syntax/conllu.h"
#include "syntax/syntax.h"
#include "syntax/train.h"

namespace {

struct TrainArgs {
  std::string train, dev, out = "models";
  crosscheck::syntax::TrainSyntaxOptions options;
};

struct EvalArgs {
  std::string model = crosscheck::DefaultSyntaxModelDir();
  std::string file;
};

int RunEval(const EvalArgs& args) {
  auto model = crosscheck::LoadSyntaxModel(args.model);
  if (!model.ok()) {
    std::cerr << "eval-syntax: " << model.status().message() << "\n";
    return 1;
  }
  auto gold = crosscheck::syntax::ReadConllu(args.file);
  if (!gold.ok()) {
    std::cerr << "eval-syntax: " << gold.status().message() << "\n";
    return 1;
  }
  crosscheck::syntax::SyntaxScores s = crosscheck::syntax::EvaluateSyntax(*model, *gold);
  std::printf("file: %s\nsentences: %zu\nwords: %zu\nUPOS: %.2f\nUAS: %.2f\nLAS: %.2f\n", args.file.c_str(),
              s.sentences, s.words, s.upos, s.uas, s.las);
  std::printf("speed: %.0f sentences/s (tagger + parser, one thread)\n",
              s.seconds > 0 ? s.sentences / s.seconds : 0.0);
  return 0;
}

}  // namespace

void AddTrainCommand(CLI::App& app) {
  auto targs = std::make_shared<TrainArgs>();
  CLI::App* train = app.add_subcommand("train-syntax", "Train the POS tagger and dependency parser on CoNLL-U");
  train->add_option("--train", targs->train, "Training treebank (CoNLL-U)")->required();
  train->add_option("--dev", targs->dev, "Development treebank, scored after training");
  train->add_option("--out", targs->out, "Directory to write tagger.model and parser.model")->required();
  train->add_option("--epochs", targs->options.parser_epochs, "Parser training epochs");
  train->add_option("--tagger-epochs", targs->options.tagger_epochs, "Tagger training epochs");
  train->add_option("--folds", targs->options.jackknife_folds, "Jackknife folds for the parser's tags");
  train->add_option("--seed", targs->options.seed, "Random seed");
  train->add_option("--prune", targs->options.parser_prune, "Drop parser weights below this magnitude");
  train->callback([targs] {
    crosscheck::Status st =
        crosscheck::syntax::TrainSyntax(targs->train, targs->dev, targs->out, targs->options, &std::cerr);
    if (!st.ok()) {
      std::cerr << "train-syntax: " << st.message() << "\n";
      std::exit(1);
    }
  });

  auto eargs = std::make_shared<EvalArgs>();
  CLI::App* eval = app.add_subcommand("eval-syntax", "Print UPOS accuracy, UAS and LAS on a CoNLL-U file");
  eval->add_option("--model", eargs->model, "Directory with tagger.model and parser.model");
  eval->add_option("FILE", eargs->file, "Gold CoNLL-U file (e.g. en_ewt-ud-test.conllu)")->required();
  eval->callback([eargs] {
    int rc = RunEval(*eargs);
    if (rc != 0) std::exit(rc);
  });
}

// `crosscheck train-syntax` and `crosscheck eval-syntax`.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/syntax_commands.h"
#include "syntax/cluster_training.h"
#include "syntax/conllu.h"
#include "syntax/syntax.h"
#include "syntax/train.h"

namespace {

struct TrainArgs {
  std::string train, dev, out = "models";
  crosscheck::syntax::TrainSyntaxOptions options;
};

struct ClusterArgs {
  std::string out, dump;
  std::vector<std::string> inputs;
  crosscheck::syntax::ClusterOptions options;
};

int RunClusters(const ClusterArgs& args) {
  crosscheck::syntax::ClusterCorpus corpus;
  for (const std::string& path : args.inputs) {
    crosscheck::Status st = crosscheck::syntax::ReadClusterCorpus(path, &corpus);
    if (!st.ok()) {
      std::cerr << "train-clusters: " << st.message() << "\n";
      return 1;
    }
  }
  crosscheck::syntax::WordClusters clusters =
      crosscheck::syntax::BuildWordClusters(corpus, args.options, &std::cerr);
  crosscheck::Status st = clusters.SaveFile(args.out);
  if (!st.ok()) {
    std::cerr << "train-clusters: " << st.message() << "\n";
    return 1;
  }
  if (!args.dump.empty()) {
    std::ofstream dump(args.dump);
    crosscheck::syntax::DumpWordClusters(clusters, corpus, dump);
    if (!dump) {
      std::cerr << "train-clusters: " << args.dump << ": cannot write\n";
      return 1;
    }
  }
  return 0;
}

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
  train->add_flag("--tagger-backward", targs->options.tagger_backward,
                  "Also train a right-to-left tagger pass (more accurate tags, twice the tagging time)");
  train->add_option("--folds", targs->options.jackknife_folds, "Jackknife folds for the parser's tags");
  train->add_option("--seed", targs->options.seed, "Random seed");
  train->add_option("--prune", targs->options.parser_prune, "Drop parser weights below this magnitude");
  train->add_option("--clusters", targs->options.clusters_path, "Word clusters (from train-clusters) for features");
  train->add_option("--wordnet", targs->options.wordnet_dir,
                    "WordNet dict folder (e.g. /usr/share/wordnet) for the tagger's word lexicon");
  train->callback([targs] {
    crosscheck::Status st =
        crosscheck::syntax::TrainSyntax(targs->train, targs->dev, targs->out, targs->options, &std::cerr);
    if (!st.ok()) {
      std::cerr << "train-syntax: " << st.message() << "\n";
      std::exit(1);
    }
  });

  auto cargs = std::make_shared<ClusterArgs>();
  CLI::App* clusters =
      app.add_subcommand("train-clusters", "Learn word clusters from unlabeled text (.conllu, .jsonl, text)");
  clusters->add_option("--out", cargs->out, "Cluster file to write (e.g. models/clusters.model)")->required();
  clusters->add_option("--dump", cargs->dump, "Also write the clusters as text: path, word, count");
  clusters->add_option("--min-count", cargs->options.min_count, "Rarer words get no cluster");
  clusters->add_option("--depth", cargs->options.max_depth, "Longest path in bits")
      ->check(CLI::Range(1, crosscheck::syntax::WordClusters::kMaxDepth));
  clusters->add_option("FILES", cargs->inputs, "Input files")->required();
  clusters->callback([cargs] {
    int rc = RunClusters(*cargs);
    if (rc != 0) std::exit(rc);
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

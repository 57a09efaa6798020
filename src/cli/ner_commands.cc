// `crosscheck train-ner` and `crosscheck eval-ner`.
#include "cli/ner_commands.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "ner/corpus.h"
#include "ner/ner.h"
#include "ner/train.h"

namespace {

// ../shared/data from the working directory, else beside the source tree.
std::string DefaultDataDir() {
  std::error_code ec;
  if (std::filesystem::is_directory("../shared/data", ec)) return "../shared/data";
  return std::string(CROSSCHECK_DATA_DIR) + "/../../shared/data";
}

struct TrainArgs {
  std::string data = DefaultDataDir();
  std::string out;
  crosscheck::ner::NerTrainOptions options;
  bool no_tagger = false;
};

struct EvalArgs {
  std::string data = DefaultDataDir();
  std::string model = crosscheck::DefaultNerModelPath();
};

void PrintHeldOut(const crosscheck::NerModel& model, const crosscheck::ner::NerData& data) {
  for (const crosscheck::ner::NerCorpus& c : data.held_out) {
    crosscheck::ner::PrintScores(c.name, crosscheck::ner::EvaluateNer(model, c), std::cout);
  }
}

int RunTrain(const TrainArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  auto gazetteer = crosscheck::geo::Gazetteer::Load(crosscheck::DefaultGazetteerDir());
  if (!gazetteer.ok()) {
    std::cerr << "train-ner: " << gazetteer.status().message() << "\n";
    return 1;
  }
  auto shared = std::make_shared<const crosscheck::geo::Gazetteer>(std::move(*gazetteer));
  std::shared_ptr<const crosscheck::syntax::Tagger> tagger;
  if (!args.no_tagger) {
    auto loaded = crosscheck::syntax::Tagger::Load(crosscheck::DefaultPosTaggerPath());
    if (!loaded.ok()) {
      std::cerr << "train-ner: " << loaded.status().message() << "\n";
      return 1;
    }
    tagger = std::make_shared<const crosscheck::syntax::Tagger>(std::move(*loaded));
  }
  std::string log;
  auto data = crosscheck::ner::LoadNerData(args.data, shared.get(), &log);
  if (!data.ok()) {
    std::cerr << "train-ner: " << data.status().message() << "\n";
    return 1;
  }
  std::cerr << log;
  for (const auto& c : data->train_parts) std::cerr << "train " << c.name << ": " << c.sentences.size() << " sentences\n";
  crosscheck::NerModel model = crosscheck::ner::TrainNer(data->train, shared, tagger, args.options, &std::cerr);
  if (crosscheck::Status st = model.Save(args.out); !st.ok()) {
    std::cerr << "train-ner: " << st.message() << "\n";
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "wrote " << args.out << " (" << model.weights().num_features() << " features, "
            << model.weights().num_weights() << " weights) in " << seconds << " s\n";
  // Score the model as read back: the file stores 16-bit weights, so these
  // are the figures eval-ner prints.
  auto reloaded = crosscheck::LoadNerModel(args.out, shared, tagger);
  if (!reloaded.ok()) {
    std::cerr << "train-ner: " << reloaded.status().message() << "\n";
    return 1;
  }
  PrintHeldOut(*reloaded, *data);
  return 0;
}

int RunEval(const EvalArgs& args) {
  auto model = crosscheck::LoadNerModel(args.model);
  if (!model.ok()) {
    std::cerr << "eval-ner: " << model.status().message() << "\n";
    return 1;
  }
  auto data = crosscheck::ner::LoadNerData(args.data, model->gazetteer());
  if (!data.ok()) {
    std::cerr << "eval-ner: " << data.status().message() << "\n";
    return 1;
  }
  PrintHeldOut(*model, *data);
  return 0;
}

}  // namespace

void AddNerCommands(CLI::App& app) {
  auto targs = std::make_shared<TrainArgs>();
  CLI::App* train = app.add_subcommand("train-ner", "Train the named-entity recognizer on ../shared/data");
  train->add_option("--data", targs->data, "Shared data folder (uner_english/, wikigold/, re3d/)");
  train->add_option("--out", targs->out, "Model file to write (e.g. models/ner.model)")->required();
  train->add_option("--epochs", targs->options.epochs, "Training epochs");
  train->add_option("--seed", targs->options.seed, "Random seed for the sentence order");
  train->add_flag("--no-pos", targs->no_tagger, "Train without the part-of-speech features");
  train->callback([targs] {
    if (int rc = RunTrain(*targs); rc != 0) std::exit(rc);
  });

  auto eargs = std::make_shared<EvalArgs>();
  CLI::App* eval = app.add_subcommand("eval-ner", "Print entity precision/recall/F1 on the held-out split");
  eval->add_option("--model", eargs->model, "Model file (default models/ner.model)");
  eval->add_option("--data", eargs->data, "Shared data folder (uner_english/, wikigold/, re3d/)");
  eval->callback([eargs] {
    if (int rc = RunEval(*eargs); rc != 0) std::exit(rc);
  });
}

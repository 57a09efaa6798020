#include "ner/train.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

#include "ner/tagging.h"

namespace crosscheck::ner {

namespace {

// One training sentence with its label-independent features precomputed.
struct Prepared {
  std::vector<TokenAtoms> atoms;
  std::vector<std::vector<uint64_t>> features;
  const std::vector<int>* labels = nullptr;
};

}  // namespace

NerModel TrainNer(const std::vector<NerSentence>& train, std::shared_ptr<const geo::Gazetteer> gazetteer,
                  std::shared_ptr<const syntax::Tagger> tagger, const NerTrainOptions& options,
                  std::ostream* log) {
  std::vector<Prepared> prepared(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    const Doc doc = WordsDoc(train[s].words);
    Prepared& p = prepared[s];
    p.atoms = ComputeAtoms(doc, 0, static_cast<uint32_t>(doc.tokens.size()), gazetteer.get(), tagger.get());
    p.features.resize(p.atoms.size());
    for (size_t i = 0; i < p.atoms.size(); ++i) StaticFeatures(p.atoms, i, &p.features[i]);
    p.labels = &train[s].labels;
  }
  syntax::PerceptronTrainer trainer(kNumLabels);
  std::vector<size_t> order(prepared.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  std::vector<uint64_t> feats;
  float scores[kNumLabels];
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t tokens = 0, errors = 0;
    for (size_t s : order) {
      const Prepared& p = prepared[s];
      int prev = -2, prev2 = -2;
      for (size_t i = 0; i < p.atoms.size(); ++i) {
        feats = p.features[i];
        HistoryFeatures(p.atoms[i], prev, prev2, &feats);
        std::fill(scores, scores + kNumLabels, 0.0f);
        trainer.Score(feats.data(), feats.size(), scores);
        int guess = kOutside;
        for (int l = 1; l < kNumLabels; ++l) {
          if (Allowed(prev, l) && scores[l] > scores[guess]) guess = l;
        }
        const int truth = (*p.labels)[i];
        if (truth != kUnknownLabel) {
          ++tokens;
          if (guess != truth) {
            ++errors;
            trainer.Update(feats.data(), feats.size(), truth, guess);
          }
        }
        trainer.Tick();
        prev2 = prev;
        prev = guess;
      }
    }
    if (log != nullptr) {
      *log << "epoch " << epoch + 1 << ": token errors " << errors << " / " << tokens << "\n";
      log->flush();
    }
  }
  return NerModel(trainer.Averaged(options.prune), std::move(gazetteer), std::move(tagger));
}

NerScores EvaluateNer(const NerModel& model, const NerCorpus& corpus) {
  NerScores scores;
  auto keep = [&](const NamedSpan& s) { return corpus.score_group || s.type != NerType::kGroup; };
  for (const NerSentence& sent : corpus.sentences) {
    ++scores.sentences;
    const Doc doc = WordsDoc(sent.words);
    std::vector<NamedSpan> predicted = FindEntities(model, doc);
    std::vector<int> gold_labels = sent.labels;
    for (int& l : gold_labels) l = l == kUnknownLabel ? kOutside : l;
    std::vector<NamedSpan> gold = SpansFromLabels(gold_labels, 0);
    std::erase_if(predicted, [&](const NamedSpan& s) {
      if (!keep(s)) return true;
      for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
        if (sent.labels[k] == kUnknownLabel) return true;
      }
      return false;
    });
    std::erase_if(gold, [&](const NamedSpan& s) { return !keep(s); });
    for (const NamedSpan& g : gold) {
      ++scores.by_type[static_cast<int>(g.type)].gold;
      ++scores.overall.gold;
    }
    for (const NamedSpan& p : predicted) {
      ++scores.by_type[static_cast<int>(p.type)].predicted;
      ++scores.overall.predicted;
      if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
        ++scores.by_type[static_cast<int>(p.type)].correct;
        ++scores.overall.correct;
      }
    }
  }
  return scores;
}

void PrintScores(const std::string& name, const NerScores& scores, std::ostream& out) {
  char line[160];
  std::snprintf(line, sizeof line, "%s (%zu sentences)\n  %-13s %6s %6s %6s %6s %6s\n", name.c_str(),
                scores.sentences, "type", "gold", "pred", "P", "R", "F1");
  out << line;
  auto row = [&](std::string_view label, const SpanCounts& c) {
    std::snprintf(line, sizeof line, "  %-13.*s %6zu %6zu %6.2f %6.2f %6.2f\n", static_cast<int>(label.size()),
                  label.data(), c.gold, c.predicted, c.precision(), c.recall(), c.f1());
    out << line;
  };
  for (int t = 0; t < kNumEntityTypes; ++t) {
    if (scores.by_type[t].gold + scores.by_type[t].predicted == 0) continue;
    row(NerTypeName(static_cast<NerType>(t)), scores.by_type[t]);
  }
  row("overall", scores.overall);
}

}  // namespace crosscheck::ner

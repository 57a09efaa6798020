#include "syntax/train.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <ostream>

namespace crosscheck::syntax {
namespace {

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::vector<std::string_view> Forms(const ConlluSentence& s) {
  std::vector<std::string_view> words;
  for (const ConlluWord& w : s.words) words.push_back(w.form);
  return words;
}

// Tags of the training set, each fold tagged by a tagger trained on the rest.
Result<std::vector<std::vector<std::string>>> JackknifeTags(const std::vector<ConlluSentence>& train,
                                                            const TrainSyntaxOptions& options,
                                                            const WordClusters* clusters,
                                                            const WordLexicon* lexicon, std::ostream* log) {
  std::vector<std::vector<std::string>> tags(train.size());
  const int k = options.jackknife_folds;
  if (k <= 1) {
    for (size_t s = 0; s < train.size(); ++s) {
      for (const ConlluWord& w : train[s].words) tags[s].push_back(w.upos + "|" + w.xpos);
    }
    return tags;
  }
  for (int fold = 0; fold < k; ++fold) {
    std::vector<ConlluSentence> rest;
    for (size_t s = 0; s < train.size(); ++s) {
      if (static_cast<int>(s % k) != fold) rest.push_back(train[s]);
    }
    TaggerOptions to;
    to.epochs = options.tagger_epochs;
    to.seed = options.seed + fold + 1;
    to.backward = options.tagger_backward;
    to.clusters = clusters;
    to.lexicon = lexicon;
    Result<Tagger> tagger = TrainTagger(rest, to, nullptr);
    if (!tagger.ok()) return tagger.status();
    std::vector<int> ids;
    size_t right = 0, total = 0;
    for (size_t s = fold; s < train.size(); s += k) {
      tagger->Tag(Forms(train[s]), &ids);
      for (size_t i = 0; i < ids.size(); ++i) {
        tags[s].push_back(tagger->TagName(ids[i]));
        right += tagger->Upos(ids[i]) == train[s].words[i].upos;
        ++total;
      }
    }
    if (log) *log << "jackknife fold " << fold + 1 << "/" << k << ": UPOS " << 100.0 * right / total << "%\n";
  }
  return tags;
}

void PrintScores(const char* what, const SyntaxScores& s, std::ostream* log) {
  if (!log) return;
  *log << what << ": UPOS " << s.upos << "%  UAS " << s.uas << "%  LAS " << s.las << "%  (" << s.words
       << " words)\n";
}

}  // namespace

Status TrainSyntax(const std::string& train_path, const std::string& dev_path,
                   const std::string& out_dir, const TrainSyntaxOptions& options, std::ostream* log) {
  auto start = std::chrono::steady_clock::now();
  Result<std::vector<ConlluSentence>> train = ReadConllu(train_path);
  if (!train.ok()) return train.status();
  std::vector<ConlluSentence> dev;
  if (!dev_path.empty()) {
    Result<std::vector<ConlluSentence>> d = ReadConllu(dev_path);
    if (!d.ok()) return d.status();
    dev = std::move(*d);
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return Status::IoError(out_dir + ": cannot create directory: " + ec.message());
  const std::string base = out_dir + "/";
  WordClusters clusters;
  if (!options.clusters_path.empty()) {
    Result<WordClusters> c = WordClusters::LoadFile(options.clusters_path);
    if (!c.ok()) return c.status();
    clusters = std::move(*c);
  }
  const WordClusters* use_clusters = clusters.empty() ? nullptr : &clusters;
  WordLexicon lexicon;
  if (!options.wordnet_dir.empty()) {
    Result<WordLexicon> l = WordLexicon::ReadWordNet(options.wordnet_dir);
    if (!l.ok()) return l.status();
    lexicon = std::move(*l);
    if (log) *log << "word lexicon: " << lexicon.size() << " forms from " << options.wordnet_dir << "\n";
  }
  const WordLexicon* use_lexicon = lexicon.empty() ? nullptr : &lexicon;

  TaggerOptions to;
  to.epochs = options.tagger_epochs;
  to.seed = options.seed;
  to.backward = options.tagger_backward;
  to.clusters = use_clusters;
  to.lexicon = use_lexicon;
  Result<Tagger> tagger = TrainTagger(*train, to, log);
  if (!tagger.ok()) return tagger.status();
  Status st = tagger->Save(base + kTaggerFile);
  if (!st.ok()) return st;
  if (log) *log << "tagger saved (" << Since(start) << " s)\n";
  if (options.parser_epochs <= 0) {  // tagger only, e.g. to try tagger features
    if (!dev.empty() && log) {
      size_t right = 0, total = 0;
      std::vector<int> ids;
      for (const ConlluSentence& s : dev) {
        tagger->Tag(Forms(s), &ids);
        for (size_t i = 0; i < ids.size(); ++i, ++total) right += tagger->Upos(ids[i]) == s.words[i].upos;
      }
      *log << "dev: UPOS " << 100.0 * right / std::max<size_t>(total, 1) << "% (tagger only)\n";
    }
    return Status::Ok();
  }

  Result<std::vector<std::vector<std::string>>> tags = JackknifeTags(*train, options, use_clusters, use_lexicon, log);
  if (!tags.ok()) return tags.status();
  ParserOptions po;
  po.epochs = options.parser_epochs;
  po.seed = options.seed;
  po.prune = options.parser_prune;
  po.clusters = use_clusters;
  Result<Parser> parser = TrainParser(*train, *tags, po, log);
  if (!parser.ok()) return parser.status();
  st = parser->Save(base + kParserFile);
  if (!st.ok()) return st;
  if (log) *log << "parser saved (" << Since(start) << " s)\n";

  if (!dev.empty()) {
    Result<SyntaxModel> model = LoadSyntaxModel(out_dir);
    if (!model.ok()) return model.status();
    PrintScores("dev", EvaluateSyntax(*model, dev), log);
  }
  if (log) *log << "training took " << Since(start) << " s\n";
  return Status::Ok();
}

SyntaxScores EvaluateSyntax(const SyntaxModel& model, const std::vector<ConlluSentence>& gold) {
  SyntaxScores out;
  size_t upos = 0, uas = 0, las = 0;
  auto start = std::chrono::steady_clock::now();
  std::vector<SentenceSyntax> predicted;
  predicted.reserve(gold.size());
  for (const ConlluSentence& s : gold) predicted.push_back(AnalyzeWords(model, Forms(s)));
  out.seconds = Since(start);
  for (size_t s = 0; s < gold.size(); ++s) {
    for (size_t i = 0; i < gold[s].words.size(); ++i) {
      const ConlluWord& g = gold[s].words[i];
      upos += predicted[s].upos[i] == g.upos;
      bool head = predicted[s].head[i] == g.head;
      uas += head;
      las += head && predicted[s].deprel[i] == g.deprel;
      ++out.words;
    }
  }
  out.sentences = gold.size();
  if (out.words > 0) {
    out.upos = 100.0 * upos / out.words;
    out.uas = 100.0 * uas / out.words;
    out.las = 100.0 * las / out.words;
  }
  return out;
}

void AnnotateConllu(const SyntaxModel& model, std::vector<ConlluSentence>* sentences) {
  for (ConlluSentence& s : *sentences) {
    SentenceSyntax a = AnalyzeWords(model, Forms(s));
    for (size_t i = 0; i < s.words.size(); ++i) {
      ConlluWord& w = s.words[i];
      w.upos = a.upos[i];
      w.xpos = a.xpos[i];
      w.head = a.head[i];
      w.deprel = a.deprel[i];
      w.deps.assign(1, '_');  // the input's enhanced graph would contradict the new tree
    }
  }
}

}  // namespace crosscheck::syntax

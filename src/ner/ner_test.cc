// Tests of the entity recognizer: training on a tiny corpus, model files
// (round trip, truncated and foreign files), the committed model on a known
// sentence and its held-out scores.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ner/corpus.h"
#include "ner/ner.h"
#include "ner/tagging.h"
#include "ner/train.h"
#include "text/analyze.h"

namespace crosscheck::ner {
namespace {

// One training sentence from "word/LABEL" items (LABEL in O, B-PER, I-PER,
// B-ORG, I-ORG, B-LOC, I-LOC, B-GRP, I-GRP).
NerSentence Parse(const std::string& line) {
  NerSentence s;
  std::istringstream in(line);
  std::string item;
  while (in >> item) {
    const size_t slash = item.rfind('/');
    s.words.push_back(item.substr(0, slash));
    const std::string tag = item.substr(slash + 1);
    int label = kOutside;
    if (tag != "O") {
      const std::string t = tag.substr(2);
      const NerType type = t == "PER"   ? NerType::kPerson
                              : t == "ORG" ? NerType::kOrganization
                              : t == "LOC" ? NerType::kLocation
                                           : NerType::kGroup;
      label = tag[0] == 'B' ? BeginLabel(type) : InsideLabel(type);
    }
    s.labels.push_back(label);
  }
  return s;
}

std::vector<NerSentence> TinyCorpus() {
  return {
      Parse("Maria/B-PER Lopez/I-PER visited/O Quito/B-LOC on/O Monday/O ./O"),
      Parse("The/O Red/B-ORG Cross/I-ORG said/O three/O Ethiopian/B-GRP migrants/O drowned/O ./O"),
      Parse("Police/O in/O Tunis/B-LOC arrested/O Ahmed/B-PER Salem/I-PER ./O"),
      Parse("The/O Interior/B-ORG Ministry/I-ORG denied/O the/O report/O ./O"),
      Parse("Witnesses/O told/O Reuters/B-ORG that/O Somali/B-GRP fishermen/O fled/O to/O Kenya/B-LOC ./O"),
      Parse("Omar/B-PER said/O nothing/O ./O"),
  };
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("crosscheck_ner_test_" + name)).string();
}

TEST(NerTrain, LearnsTinyCorpusPerfectly) {
  const std::vector<NerSentence> corpus = TinyCorpus();
  NerTrainOptions options;
  options.epochs = 20;
  const NerModel model = TrainNer(corpus, nullptr, nullptr, options);
  for (const NerSentence& s : corpus) {
    const Doc doc = WordsDoc(s.words);
    EXPECT_EQ(FindEntities(model, doc), SpansFromLabels(s.labels, 0)) << doc.text();
  }
  NerCorpus c{"tiny", corpus, true};
  EXPECT_DOUBLE_EQ(EvaluateNer(model, c).overall.f1(), 100.0);
}

TEST(NerModelFile, RoundTripTagsTheSame) {
  const NerModel model = TrainNer(TinyCorpus(), nullptr, nullptr, NerTrainOptions{});
  const std::string path = TempPath("roundtrip.model");
  ASSERT_TRUE(model.Save(path).ok());
  Result<NerModel> loaded = LoadNerModel(path, nullptr, nullptr);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  for (const NerSentence& s : TinyCorpus()) {
    const Doc doc = WordsDoc(s.words);
    EXPECT_EQ(FindEntities(*loaded, doc), FindEntities(model, doc));
  }
  std::filesystem::remove(path);
}

TEST(NerModelFile, RejectsTruncatedFile) {
  const NerModel model = TrainNer(TinyCorpus(), nullptr, nullptr, NerTrainOptions{});
  const std::string path = TempPath("truncated.model");
  ASSERT_TRUE(model.Save(path).ok());
  const auto size = std::filesystem::file_size(path);
  std::filesystem::resize_file(path, size / 2);
  Result<NerModel> loaded = LoadNerModel(path, nullptr, nullptr);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find(path), std::string::npos) << loaded.status().message();
  std::filesystem::remove(path);
}

TEST(NerModelFile, RejectsForeignFiles) {
  const std::string path = TempPath("foreign.model");
  {
    std::ofstream out(path);
    out << "token\tlabel\nParis\tB-LOC\n";
  }
  Result<NerModel> loaded = LoadNerModel(path, nullptr, nullptr);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find(path), std::string::npos) << loaded.status().message();
  std::filesystem::remove(path);
  // Another crosscheck model (the POS tagger) is not an entity model either.
  Result<NerModel> tagger = LoadNerModel(DefaultPosTaggerPath(), nullptr, nullptr);
  ASSERT_FALSE(tagger.ok());
  EXPECT_NE(tagger.status().message().find("tagger.model"), std::string::npos) << tagger.status().message();
  // A missing file names itself too.
  Result<NerModel> missing = LoadNerModel(TempPath("missing.model"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing.model"), std::string::npos);
}

// The committed model, loaded once for the tests below.
const NerModel& CommittedModel() {
  static const NerModel* model = [] {
    Result<NerModel> m = LoadNerModel(DefaultNerModelPath());
    if (!m.ok()) {
      ADD_FAILURE() << m.status().message();
      return new NerModel();
    }
    return new NerModel(std::move(*m));
  }();
  return *model;
}

std::string Describe(const Doc& doc, const std::vector<NamedSpan>& spans) {
  std::string out;
  for (const NamedSpan& s : spans) {
    out += std::string(NerTypeName(s.type)) + ":" +
           std::string(doc.span_text(doc.tokens[s.token_begin].begin, doc.tokens[s.token_end - 1].end)) + " ";
  }
  return out;
}

TEST(NerCommittedModel, TagsKnownSentence) {
  const Doc doc = Analyze(
      "Prime Minister Ali Hassan told the United Nations on Tuesday that Egyptian soldiers "
      "had crossed into Libya near the town of Tobruk.");
  const std::string found = Describe(doc, FindEntities(CommittedModel(), doc));
  EXPECT_NE(found.find("person:Ali Hassan "), std::string::npos) << found;
  EXPECT_NE(found.find("organization:United Nations "), std::string::npos) << found;
  EXPECT_NE(found.find("group:Egyptian "), std::string::npos) << found;
  EXPECT_NE(found.find("location:Libya "), std::string::npos) << found;
  EXPECT_NE(found.find("location:Tobruk "), std::string::npos) << found;
}

// The held-out F1 of the committed model (doc/ner.md) must not fall below
// what was measured when it was committed (the figures below), less half a
// point: the features also read the tokenizer, the gazetteer and the POS
// tagger, and small changes there should not fail this test; a larger drop
// means the model needs retraining (doc/ner.md).
TEST(NerCommittedModel, HeldOutF1AtLeastMeasured) {
  const char* shared = std::getenv("CROSSCHECK_SHARED");
  const std::string data_dir = std::string(shared != nullptr ? shared : "../shared") + "/data";
  std::error_code ec;
  if (!std::filesystem::is_directory(data_dir + "/uner_english", ec)) {
    GTEST_SKIP() << "entity data not found at " << data_dir << " (set CROSSCHECK_SHARED to /work/shared)";
  }
  Result<NerData> data = LoadNerData(data_dir, CommittedModel().gazetteer());
  ASSERT_TRUE(data.ok()) << data.status().message();
  const std::map<std::string, double> floors = {
      {"uner-ewt-test", 59.48}, {"uner-pud-test", 57.46}, {"wikigold-test", 61.11}, {"re3d-test", 73.66}};
  constexpr double kMargin = 0.5;
  ASSERT_EQ(data->held_out.size(), floors.size());
  for (const NerCorpus& c : data->held_out) {
    const double f1 = EvaluateNer(CommittedModel(), c).overall.f1();
    EXPECT_GE(f1, floors.at(c.name) - kMargin) << c.name;
  }
}

}  // namespace
}  // namespace crosscheck::ner

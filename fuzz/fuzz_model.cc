// The model loaders: the syntax tagger and parser (src/syntax/model_file.h,
// tagger.cc, parser.cc, perceptron.cc) and the entity recognizer (src/ner).
// The input layout is in model_input.h. A model that loads is run on a short
// sentence, so weights or label tables the loader lets through but the
// decoder cannot use are found too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "model_input.h"
#include "ner/ner.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "text/analyze.h"

using namespace crosscheck;

namespace {

// src/ner/ner.cc keeps its format name private; this is its value.
constexpr const char* kNerFormat = "crosscheck-ner";
constexpr int kNerVersion = 1;

const std::vector<std::string_view> kWords = {"Soldiers", "shot", "two", "men", "in", "Amar", "on",
                                              "Friday", "."};
const std::vector<std::string_view> kTags = {"NOUN|NNS", "VERB|VBD", "NUM|CD",  "NOUN|NNS", "ADP|IN",
                                             "PROPN|NNP", "ADP|IN", "PROPN|NNP", "PUNCT|."};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto kind = static_cast<fuzz::ModelKind>(data[0] & 3);
  const bool raw = data[0] & fuzz::kRawModelFile;
  const std::string_view payload = fuzz::AsView(data + 1, size - 1);
  const std::string path = fuzz::ScratchDir() + "/fuzz.model";

  auto write = [&](std::string_view format, int version) {
    fuzz::WriteFile(path, raw ? std::string(payload) : fuzz::ModelHeader(format, version, payload) +
                                                           std::string(payload));
  };
  switch (kind) {
    case fuzz::kTaggerModel: {
      write(syntax::Tagger::kFormat, syntax::Tagger::kVersion);
      auto tagger = syntax::Tagger::Load(path);
      if (!tagger.ok()) return 0;
      std::vector<int> tags;
      tagger->Tag(kWords, &tags);
      CROSSCHECK_FUZZ_CHECK(tags.size() == kWords.size());
      for (int t : tags) {
        CROSSCHECK_FUZZ_CHECK(t >= 0 && t < tagger->num_tags());
        (void)tagger->Upos(t), (void)tagger->Xpos(t);
      }
      break;
    }
    case fuzz::kParserModel: {
      write(syntax::Parser::kFormat, syntax::Parser::kVersion);
      auto parser = syntax::Parser::Load(path);
      if (!parser.ok()) return 0;
      std::vector<int> heads, labels;
      parser->Parse(kWords, kTags, &heads, &labels);
      CROSSCHECK_FUZZ_CHECK(heads.size() == kWords.size() && labels.size() == kWords.size());
      for (size_t i = 0; i < heads.size(); ++i) {
        CROSSCHECK_FUZZ_CHECK(heads[i] >= 0 && heads[i] <= static_cast<int>(kWords.size()));
        CROSSCHECK_FUZZ_CHECK(labels[i] >= 0 && labels[i] < parser->num_labels());
      }
      break;
    }
    default: {
      write(kNerFormat, kNerVersion);
      auto model = LoadNerModel(path, nullptr, nullptr);
      if (!model.ok()) return 0;
      static const Doc doc = Analyze("Maria Lopez of the Red Cross said Somali fishermen fled to Quito.");
      for (const NamedSpan& s : FindEntities(*model, doc)) {
        CROSSCHECK_FUZZ_CHECK(s.token_begin < s.token_end && s.token_end <= doc.tokens.size());
      }
      break;
    }
  }
  return 0;
}

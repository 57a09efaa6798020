// The taxonomy and lexicon loaders (src/extract/lexicon.h, tsv_file.h) and
// the lemma list loader (src/text/lemmatizer.h).
//
// Input: the first byte picks which data file the rest of the input replaces
// in a scratch copy of the data folder; the others keep the shipped
// contents. A lexicon that loads is then matched against a short report, so
// a pattern the loader accepts but the matcher cannot handle is found too.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/lexicon.h"
#include "fuzz_util.h"
#include "text/analyze.h"
#include "text/lemmatizer.h"

using namespace crosscheck;

namespace {

constexpr const char* kFiles[] = {
    "taxonomy.tsv",         "lexicon/triggers.tsv", "lexicon/reporting.tsv", "lexicon/cues.tsv",
    "lexicon/causes.tsv",   "lexicon/nouns.tsv",    "lexicon/lemmas.tsv",
};
constexpr size_t kNumFiles = sizeof(kFiles) / sizeof(kFiles[0]);

std::string ReadShipped(const std::string& name) {
  std::ifstream in(std::string(CROSSCHECK_DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The shipped files, read once. lemmas.tsv is big: its stand-in is its
// first 200 lines, enough to keep loading cheap.
const std::string& Shipped(size_t i) {
  static const std::vector<std::string> files = [] {
    std::vector<std::string> out;
    for (const char* f : kFiles) {
      std::string content = ReadShipped(f);
      if (std::string_view(f) == "lexicon/lemmas.tsv") {
        size_t pos = 0;
        for (int line = 0; line < 200 && pos != std::string::npos; ++line) pos = content.find('\n', pos + 1);
        if (pos != std::string::npos) content.resize(pos + 1);
      }
      out.push_back(std::move(content));
    }
    return out;
  }();
  return files[i];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const size_t replaced = data[0] % kNumFiles;
  const std::string dir = fuzz::ScratchDir() + "/data";
  for (size_t i = 0; i < kNumFiles; ++i) {
    fuzz::WriteFile(dir + "/" + kFiles[i],
                    i == replaced ? fuzz::AsView(data + 1, size - 1) : std::string_view(Shipped(i)));
  }

  auto lemmatizer = Lemmatizer::Load(dir + "/lexicon/lemmas.tsv");
  if (!lemmatizer.ok()) {
    CROSSCHECK_FUZZ_CHECK(!lemmatizer.status().message().empty());
    return 0;
  }
  auto lexicon = Lexicon::Load(dir);
  if (!lexicon.ok()) {
    CROSSCHECK_FUZZ_CHECK(!lexicon.status().message().empty());
    return 0;
  }
  static const std::string kText =
      "Gunmen killed three villagers and wounded two on Friday, police said. "
      "The army denied that anyone was shot. Officials were not sure how many fled.";
  const Doc doc = Analyze(kText, &lemmatizer.value());
  for (const PhraseTable* table : {&lexicon->triggers(), &lexicon->reporting(), &lexicon->cues(),
                                   &lexicon->causes()}) {
    for (const PhraseMatch& m : table->FindAll(doc, 0, doc.tokens.size())) {
      CROSSCHECK_FUZZ_CHECK(m.begin < m.end && m.end <= doc.tokens.size());
    }
  }
  for (const Token& t : doc.tokens) (void)lexicon->noun_classes(t.lemma);
  return 0;
}

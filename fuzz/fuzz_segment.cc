// Tokenizer, sentence segmenter and lemmatizer (src/text) on any text that
// the input readers would accept.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "io/utf8.h"
#include "text/analyze.h"
#include "text/lemmatizer.h"

using namespace crosscheck;

namespace {
const Lemmatizer* LoadLemmatizer() {
  static const Lemmatizer* lemmatizer = [] {
    auto l = Lemmatizer::Load(std::string(CROSSCHECK_DATA_DIR) + "/lexicon/lemmas.tsv");
    if (!l.ok()) {
      std::fprintf(stderr, "%s\n", l.status().message().c_str());
      std::abort();
    }
    return new Lemmatizer(std::move(l).value());
  }();
  return lemmatizer;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = NormalizeText(fuzz::AsView(data, size), "fuzz");
  if (!text.ok()) return 0;
  const Doc doc = Analyze(std::move(text).value(), LoadLemmatizer());

  uint32_t previous_end = 0;
  for (const Token& t : doc.tokens) {
    CROSSCHECK_FUZZ_CHECK(t.begin < t.end && t.end <= doc.text().size());
    CROSSCHECK_FUZZ_CHECK(t.begin >= previous_end);
    previous_end = t.end;
    (void)doc.codepoint_offset(t.begin);
  }
  uint32_t next_token = 0;
  for (const Sentence& s : doc.sentences) {
    CROSSCHECK_FUZZ_CHECK(s.token_begin < s.token_end && s.token_end <= doc.tokens.size());
    CROSSCHECK_FUZZ_CHECK(s.token_begin >= next_token);
    CROSSCHECK_FUZZ_CHECK(s.begin <= s.end && s.end <= doc.text().size());
    next_token = s.token_end;
  }
  return 0;
}

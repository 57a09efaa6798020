// The CoNLL-U reader and writer (src/syntax/conllu.h): whatever parses must
// write out and parse again to the same sentences.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_util.h"
#include "syntax/conllu.h"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto sentences = syntax::ParseConllu(fuzz::AsView(data, size), "fuzz.conllu");
  if (!sentences.ok()) {
    CROSSCHECK_FUZZ_CHECK(!sentences.status().message().empty());
    return 0;
  }
  for (const syntax::ConlluSentence& s : *sentences) {
    for (const syntax::ConlluWord& w : s.words) {
      CROSSCHECK_FUZZ_CHECK(w.head >= -1 && w.head <= static_cast<int>(s.words.size()));
    }
  }
  std::ostringstream out;
  syntax::WriteConllu(out, *sentences);
  auto again = syntax::ParseConllu(out.str(), "rewritten.conllu");
  CROSSCHECK_FUZZ_CHECK(again.ok());
  CROSSCHECK_FUZZ_CHECK(again->size() == sentences->size());
  return 0;
}

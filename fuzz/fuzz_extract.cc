// The whole extraction of one report (include/crosscheck/extractor.h), as the
// CLI runs it: raw bytes -> NormalizeText -> Extractor::Extract -> JSON text.
// The Extractor (taxonomy, lexicons, lemmas, gazetteer) is loaded once.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "crosscheck/extractor.h"
#include "fuzz_util.h"
#include "io/utf8.h"

using namespace crosscheck;

namespace {
const Extractor& LoadExtractor() {
  static const Extractor* extractor = [] {
    auto e = Extractor::Create(CROSSCHECK_DATA_DIR);
    if (!e.ok()) {
      // The syntax models may be missing or out of date in a work tree;
      // fuzz the shallow extraction rather than nothing.
      std::fprintf(stderr, "%s\nfuzz_extract: going on without the syntax models\n",
                   e.status().message().c_str());
      setenv("CROSSCHECK_MODELS", "none", 1);
      e = Extractor::Create(CROSSCHECK_DATA_DIR);
    }
    if (!e.ok()) {
      std::fprintf(stderr, "%s\n", e.status().message().c_str());
      std::abort();
    }
    return new Extractor(std::move(e).value());
  }();
  return *extractor;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  LoadExtractor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto text = NormalizeText(fuzz::AsView(data, size), "fuzz");
  if (!text.ok()) return 0;
  Report report;
  report.text = std::move(text).value();
  report.source = "Fuzz Wire";
  report.published = "2021-10-10";
  report.origin = "fuzz";
  auto json = LoadExtractor().Extract(report);
  if (json.ok()) {
    // Serializing must not throw: every string the extractor emits is taken
    // from validated UTF-8.
    const std::string out = json->dump();
    CROSSCHECK_FUZZ_CHECK(!out.empty());
  }
  return 0;
}

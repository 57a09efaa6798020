// Main-article extraction from HTML (src/io/html.h) on arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "io/html.h"
#include "io/utf8.h"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto article = ExtractHtmlArticle(fuzz::AsView(data, size), "fuzz.html");
  if (!article.ok()) {
    CROSSCHECK_FUZZ_CHECK(!article.status().message().empty());
    return 0;
  }
  // Everything handed on to extraction must be valid UTF-8.
  CROSSCHECK_FUZZ_CHECK(!FindInvalidUtf8(article->text));
  CROSSCHECK_FUZZ_CHECK(!FindInvalidUtf8(article->title));
  CROSSCHECK_FUZZ_CHECK(!FindInvalidUtf8(article->source));
  CROSSCHECK_FUZZ_CHECK(!FindInvalidUtf8(article->url));
  CROSSCHECK_FUZZ_CHECK(article->published.empty() || article->published.size() == 10);
  return 0;
}

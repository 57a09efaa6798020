// UTF-8 validation and normalization (src/io/utf8.h) and the tokenizer's
// decoder (src/text/utf8_decode.h) on arbitrary bytes.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "io/utf8.h"
#include "text/utf8_decode.h"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = fuzz::AsView(data, size);

  // The decoder must always advance and stay inside the input, valid or not.
  for (size_t pos = 0; pos < bytes.size();) {
    size_t len = 0;
    const char32_t c = DecodeAt(bytes, pos, &len);
    CROSSCHECK_FUZZ_CHECK(len >= 1 && pos + len <= bytes.size());
    CROSSCHECK_FUZZ_CHECK(c <= 0x10FFFF);
    (void)IsLetter(c), (void)IsDigit(c), (void)IsUpper(c), (void)IsSpace(c);
    pos += len;
  }

  const auto invalid = FindInvalidUtf8(bytes);
  if (invalid) CROSSCHECK_FUZZ_CHECK(*invalid < bytes.size());

  auto normalized = NormalizeText(bytes, "fuzz");
  if (invalid) CROSSCHECK_FUZZ_CHECK(!normalized.ok());
  if (normalized.ok()) {
    // What NormalizeText accepts is valid UTF-8 with LF line ends only.
    CROSSCHECK_FUZZ_CHECK(!FindInvalidUtf8(*normalized));
    CROSSCHECK_FUZZ_CHECK(normalized->find('\r') == std::string::npos);
    CROSSCHECK_FUZZ_CHECK(!IsBlank(*normalized));
    const std::string folded = FoldPunctuation(*normalized);
    CROSSCHECK_FUZZ_CHECK(!FindInvalidUtf8(folded));
  } else {
    CROSSCHECK_FUZZ_CHECK(!normalized.status().message().empty());
  }
  return 0;
}

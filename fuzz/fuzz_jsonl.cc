// The JSON-lines reader (src/io/jsonl.h): the streaming reader with a small
// line limit (so the over-long-line path is reached) and the line parser.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "fuzz_util.h"
#include "io/jsonl.h"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = fuzz::AsView(data, size);
  std::istringstream in{std::string(bytes)};
  size_t records = 0, errors = 0, lines = 1;
  for (char c : bytes) lines += c == '\n';
  const Status status = ReadJsonl(
      in, "fuzz.jsonl", 256,
      [&](JsonlRecord r) {
        CROSSCHECK_FUZZ_CHECK(r.line >= 1 && r.line <= lines);
        ++records;
      },
      [&](const Status& e) {
        CROSSCHECK_FUZZ_CHECK(!e.ok());
        ++errors;
      });
  CROSSCHECK_FUZZ_CHECK(status.ok() == (errors == 0));
  CROSSCHECK_FUZZ_CHECK(records + errors <= lines);

  (void)ParseJsonlLine(bytes, 1, "fuzz.jsonl");
  return 0;
}

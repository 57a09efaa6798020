// Streaming reader for JSON-lines report files.
//
// Each non-blank line is one JSON object:
//   {"text": "...", "source": "...", "published": "2021-10-10",
//    "url": "...", "title": "..."}
// with `html` instead of (or as well as; `text` wins) `text`. Other keys are
// ignored; the optional fields may be absent or null.
//
// A bad line never stops the reader: it is reported through on_error as
// InvalidInput "<file>:<line>: <reason>" and reading continues with the next
// line. Lines are read through a fixed buffer, so a line longer than
// max_line_bytes is skipped to its newline while holding at most
// max_line_bytes of it.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "crosscheck/status.h"

namespace crosscheck {

inline constexpr size_t kDefaultMaxLineBytes = size_t{50} << 20;  // 50 MiB

// One well-formed line, fields as written (text is not normalized yet).
struct JsonlRecord {
  size_t line = 0;   // 1-based
  std::string text;  // empty when only html was given
  std::string html;
  std::string source, published, url, title;
};

// Reads `in` to its end. `file_name` names the input in messages. Returns OK
// when every line was good; InvalidInput "<file>: N of M lines rejected" when
// some were bad (each already passed to on_error); IoError when the stream
// failed before its end.
Status ReadJsonl(std::istream& in, std::string_view file_name, size_t max_line_bytes,
                 const std::function<void(JsonlRecord)>& on_record,
                 const std::function<void(const Status&)>& on_error);

// Parses one line (without its newline). Exposed for tests and fuzzing.
Result<JsonlRecord> ParseJsonlLine(std::string_view line, size_t line_number,
                                   std::string_view file_name);

}  // namespace crosscheck

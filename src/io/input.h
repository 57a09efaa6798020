// The front door the CLI reads reports through: files, directories, stdin.
//
// Every problem (missing path, unreadable file, bad UTF-8, bad JSONL line,
// bad date, empty report) goes to on_error exactly once, as a Status whose
// message starts with the file (and line, for JSONL) it is about. Reading
// then goes on with the next record or file, so good reports are delivered
// even when others are bad. See doc/input-formats.md.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/report.h"
#include "crosscheck/status.h"
#include "io/jsonl.h"

namespace crosscheck {

enum class InputFormat { kAuto, kText, kHtml, kJsonl };

inline constexpr size_t kDefaultMaxReportBytes = size_t{50} << 20;  // 50 MiB

struct InputOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension; stdin is text
  // Defaults for the Report fields. For text and HTML they win over what the
  // page says; for JSONL a record's own non-empty field wins.
  std::string source, published, url;
  size_t max_line_bytes = kDefaultMaxLineBytes;      // JSONL line limit
  size_t max_report_bytes = kDefaultMaxReportBytes;  // text/HTML file limit
};

// "text", "html", "jsonl" or "auto" (as given to --input); nullopt otherwise.
std::optional<InputFormat> ParseInputFormat(std::string_view name);

// The format for `path` under kAuto: .txt -> text, .html/.htm -> html,
// .jsonl -> jsonl (case-insensitive); anything else is text.
InputFormat FormatForPath(std::string_view path);

// Reads every path in order: a file, a directory (walked recursively; regular
// files ending .txt/.html/.htm/.jsonl, in sorted path order) or "-" for
// stdin. Calls on_report for each good report, in input order, with `origin`
// set to the path ("<stdin>" for stdin, "path:LINE" for JSONL records).
// Returns OK when there was no error; otherwise the code of the first error
// and the message "<N> input error(s); first: <message>". An invalid
// options.published is reported (once) before anything is read.
Status ReadInputs(const std::vector<std::string>& paths, const InputOptions& options,
                  const std::function<void(Report)>& on_report,
                  const std::function<void(const Status&)>& on_error);

}  // namespace crosscheck

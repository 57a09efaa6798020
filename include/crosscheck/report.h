// Report: one input document as the readers hand it to extraction.
#pragma once

#include <string>

namespace crosscheck {

struct Report {
  std::string text;       // normalized: valid UTF-8, no BOM, LF line ends
  std::string source;     // outlet, e.g. "Reuters"; may be empty
  std::string published;  // ISO date YYYY-MM-DD; empty when unknown
  std::string url;
  std::string title;
  std::string origin;     // where it came from, for messages: "file.jsonl:12"
};

}  // namespace crosscheck

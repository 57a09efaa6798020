#include "cli/cli_setup.h"

#include <iostream>

namespace crosscheck {

std::optional<Extractor> LoadExtractor(const std::string& data_dir) {
  auto extractor = Extractor::Create(data_dir.empty() ? Extractor::DefaultDataDir() : data_dir);
  if (!extractor.ok()) {
    std::cerr << "crosscheck: " << extractor.status().message() << "\n";
    return std::nullopt;
  }
  return std::move(extractor).value();
}

std::optional<InputOptions> MakeInputOptions(const std::string& input, const std::string& source,
                                             const std::string& published, const std::string& url) {
  auto format = ParseInputFormat(input);
  if (!format) {
    std::cerr << "crosscheck: unknown --input '" << input << "' (expected text, html, jsonl or auto)\n";
    return std::nullopt;
  }
  InputOptions in;
  in.format = *format;
  in.source = source;
  in.published = published;
  in.url = url;
  return in;
}

}  // namespace crosscheck

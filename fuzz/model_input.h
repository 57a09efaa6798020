// The model fuzz target's input layout, shared with the seed generator:
//   byte 0: which loader (0 tagger, 1 parser, 2 NER) in its low two bits;
//           bit 7 set: the rest is written as the whole file, header
//           included, to reach the header checks; clear: the rest is the
//           payload, and a header with the right format, version, length
//           and checksum is put in front, so mutations get past the
//           checksum into the field readers.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace crosscheck::fuzz {

enum ModelKind : uint8_t { kTaggerModel = 0, kParserModel = 1, kNerModel = 2 };
inline constexpr uint8_t kRawModelFile = 0x80;

// The header ModelWriter::Save writes (src/syntax/model_file.cc).
inline std::string ModelHeader(std::string_view format, int version, std::string_view payload) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : payload) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  char sum[17];
  std::snprintf(sum, sizeof sum, "%016llx", static_cast<unsigned long long>(h));
  return std::string(format) + ' ' + std::to_string(version) + ' ' + std::to_string(payload.size()) +
         ' ' + sum + '\n';
}

}  // namespace crosscheck::fuzz

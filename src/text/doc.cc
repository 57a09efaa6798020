#include "text/doc.h"

namespace crosscheck {

namespace {
constexpr uint32_t kCheckpointStride = 64;  // bytes between stored code point counts
bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

// ascii_prefix_[k] holds the number of code points before byte k * stride, so
// a lookup scans at most one stride of bytes instead of the whole text.
Doc::Doc(std::string text) : text_(std::move(text)) {
  ascii_prefix_.reserve(text_.size() / kCheckpointStride + 2);
  uint32_t count = 0;
  for (size_t i = 0; i < text_.size(); ++i) {
    if (i % kCheckpointStride == 0) ascii_prefix_.push_back(count);
    if (!IsContinuationByte(static_cast<unsigned char>(text_[i]))) ++count;
  }
  if (text_.size() % kCheckpointStride == 0) ascii_prefix_.push_back(count);
}

uint32_t Doc::codepoint_offset(uint32_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  const uint32_t slot = byte_offset / kCheckpointStride;
  uint32_t count = ascii_prefix_[slot];
  for (uint32_t i = slot * kCheckpointStride; i < byte_offset; ++i) {
    if (!IsContinuationByte(static_cast<unsigned char>(text_[i]))) ++count;
  }
  return count;
}

}  // namespace crosscheck

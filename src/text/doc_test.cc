#include "text/doc.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck {
namespace {

TEST(Doc, CodepointOffsetsCountCharactersNotBytes) {
  std::string text = "\xE2\x80\x9C" "A" "\xE2\x80\x9D" " b";  // “A” b
  for (int i = 0; i < 100; ++i) text += "\xC3\xA9";   // é, to cross checkpoints
  Doc doc(text);
  EXPECT_EQ(doc.codepoint_offset(0), 0u);
  EXPECT_EQ(doc.codepoint_offset(3), 1u);
  EXPECT_EQ(doc.codepoint_offset(4), 2u);
  EXPECT_EQ(doc.codepoint_offset(7), 3u);
  EXPECT_EQ(doc.codepoint_offset(static_cast<uint32_t>(text.size())), 5u + 100u);
  EXPECT_EQ(doc.codepoint_offset(9 + 2 * 50), 5u + 50u);
}

TEST(Doc, EmptyText) {
  Doc doc("");
  EXPECT_EQ(doc.codepoint_offset(0), 0u);
}

}  // namespace
}  // namespace crosscheck

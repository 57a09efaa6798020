#include "io/jsonl.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

namespace crosscheck {
namespace {

struct Collected {
  std::vector<JsonlRecord> records;
  std::vector<std::string> errors;
  Status status;
};

Collected Read(const std::string& data, size_t max_line = kDefaultMaxLineBytes) {
  Collected c;
  std::istringstream in(data);
  c.status = ReadJsonl(
      in, "feed.jsonl", max_line, [&](JsonlRecord r) { c.records.push_back(std::move(r)); },
      [&](const Status& s) { c.errors.push_back(s.message()); });
  return c;
}

TEST(ReadJsonl, ReadsFieldsAndSkipsBlankLines) {
  Collected c = Read(
      "{\"text\": \"Two boats sank.\", \"source\": \"Wire\", \"published\": \"2020-01-02\","
      " \"url\": \"https://example.org/a\", \"title\": \"Boats\", \"extra\": 1}\n"
      "\n"
      "{\"html\": \"<p>Hi</p>\", \"source\": null}\r\n");
  ASSERT_TRUE(c.status.ok()) << c.status.message();
  ASSERT_EQ(c.records.size(), 2u);
  EXPECT_EQ(c.records[0].line, 1u);
  EXPECT_EQ(c.records[0].text, "Two boats sank.");
  EXPECT_EQ(c.records[0].source, "Wire");
  EXPECT_EQ(c.records[0].published, "2020-01-02");
  EXPECT_EQ(c.records[0].url, "https://example.org/a");
  EXPECT_EQ(c.records[0].title, "Boats");
  EXPECT_EQ(c.records[1].line, 3u);
  EXPECT_EQ(c.records[1].html, "<p>Hi</p>");
  EXPECT_EQ(c.records[1].source, "");
}

TEST(ReadJsonl, BadLinesAreReportedAndReadingContinues) {
  Collected c = Read(
      "{\"text\": \"First good line.\"}\n"
      "{\"text\": \"unterminated\n"
      "[1, 2, 3]\n"
      "{\"title\": \"no body\"}\n"
      "{\"text\": 42}\n"
      "{\"text\": \"caf\xE9\"}\n"
      "{\"text\": \"Last good line.\"}");  // no final newline
  ASSERT_EQ(c.records.size(), 2u);
  EXPECT_EQ(c.records[0].text, "First good line.");
  EXPECT_EQ(c.records[1].text, "Last good line.");
  EXPECT_EQ(c.records[1].line, 7u);
  ASSERT_EQ(c.errors.size(), 5u);
  EXPECT_EQ(c.errors[0].rfind("feed.jsonl:2: bad JSON", 0), 0u) << c.errors[0];
  EXPECT_EQ(c.errors[1], "feed.jsonl:3: expected a JSON object, got array");
  EXPECT_EQ(c.errors[2], "feed.jsonl:4: record has neither \"text\" nor \"html\"");
  EXPECT_EQ(c.errors[3], "feed.jsonl:5: field \"text\" must be a string, got number");
  EXPECT_EQ(c.errors[4].rfind("feed.jsonl:6: invalid UTF-8 at byte offset 13", 0), 0u) << c.errors[4];
  EXPECT_EQ(c.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(c.status.message(), "feed.jsonl: 5 of 7 lines rejected");
}

TEST(ReadJsonl, OversizedLineIsSkippedWithoutStoppingTheStream) {
  std::string huge = "{\"text\": \"" + std::string(300000, 'x') + "\"}";
  Collected c = Read("{\"text\": \"before\"}\n" + huge + "\n{\"text\": \"after\"}\n", 1000);
  ASSERT_EQ(c.records.size(), 2u);
  EXPECT_EQ(c.records[0].text, "before");
  EXPECT_EQ(c.records[1].text, "after");
  EXPECT_EQ(c.records[1].line, 3u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0], "feed.jsonl:2: line is " + std::to_string(huge.size()) +
                             " bytes, over the limit of 1000; skipped");
}

TEST(ReadJsonl, ToleratesBomOnFirstLine) {
  Collected c = Read("\xEF\xBB\xBF{\"text\": \"x\"}\n");
  EXPECT_TRUE(c.status.ok()) << c.status.message();
  EXPECT_EQ(c.records.size(), 1u);
}

}  // namespace
}  // namespace crosscheck

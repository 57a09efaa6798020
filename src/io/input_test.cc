#include "io/input.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <vector>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

class ReadInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("crosscheck_io_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& rel, const std::string& content) {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  Status Read(const std::vector<std::string>& paths, const InputOptions& opts = {}) {
    reports_.clear();
    errors_.clear();
    return ReadInputs(
        paths, opts, [&](Report r) { reports_.push_back(std::move(r)); },
        [&](const Status& s) { errors_.push_back(s.message()); });
  }

  fs::path dir_;
  std::vector<Report> reports_;
  std::vector<std::string> errors_;
};

TEST_F(ReadInputsTest, TextFileGetsOptionsAndNormalizedText) {
  std::string path = Write("a.txt", "Police said three people were arrested.\r\n");
  InputOptions opts;
  opts.source = "Example Wire";
  opts.published = "2021-03-04";
  opts.url = "https://example.org/x";
  ASSERT_TRUE(Read({path}, opts).ok());
  ASSERT_EQ(reports_.size(), 1u);
  EXPECT_EQ(reports_[0].text, "Police said three people were arrested.\n");
  EXPECT_EQ(reports_[0].source, "Example Wire");
  EXPECT_EQ(reports_[0].published, "2021-03-04");
  EXPECT_EQ(reports_[0].url, "https://example.org/x");
  EXPECT_EQ(reports_[0].origin, path);
}

TEST_F(ReadInputsTest, HtmlMetaFillsOnlyMissingFields) {
  std::string path = Write("p.html",
                           "<html><head><meta property=\"og:site_name\" content=\"Page Site\">"
                           "<meta property=\"article:published_time\" content=\"2020-02-02\">"
                           "<title>T</title></head><body><p>Body text here.</p></body></html>");
  InputOptions opts;
  opts.source = "Given Source";
  ASSERT_TRUE(Read({path}, opts).ok());
  ASSERT_EQ(reports_.size(), 1u);
  EXPECT_EQ(reports_[0].text, "Body text here.");
  EXPECT_EQ(reports_[0].source, "Given Source");
  EXPECT_EQ(reports_[0].published, "2020-02-02");
  EXPECT_EQ(reports_[0].title, "T");
}

TEST_F(ReadInputsTest, AWebPageSavedAsTextIsReadAsHtml) {
  std::string page = Write("saved.txt",
                           "\xEF\xBB\xBF\n  <!DOCTYPE html><html><head><title>T</title></head>"
                           "<body><p>Body text here.</p></body></html>");
  ASSERT_TRUE(Read({page}).ok());
  ASSERT_EQ(reports_.size(), 1u);
  EXPECT_EQ(reports_[0].text, "Body text here.");
  // Text that merely mentions a tag stays text, and a forced format is obeyed.
  std::string note = Write("note.txt", "Use <html> tags sparingly.");
  ASSERT_TRUE(Read({note}).ok());
  EXPECT_EQ(reports_[0].text, "Use <html> tags sparingly.");
  InputOptions text;
  text.format = InputFormat::kText;
  ASSERT_TRUE(Read({page}, text).ok());
  EXPECT_NE(reports_[0].text.find("<body>"), std::string::npos);
}

TEST_F(ReadInputsTest, DirectoryWalkIsRecursiveSortedAndFiltered) {
  Write("b.txt", "Second file.");
  Write("a/z.htm", "<p>Nested html.</p>");
  Write("a/feed.jsonl", "{\"text\": \"From feed.\"}\n");
  Write("notes.md", "Not a report.");
  Write(".hidden/c.txt", "Hidden.");
  ASSERT_TRUE(Read({dir_.string()}).ok()) << (errors_.empty() ? "" : errors_[0]);
  std::vector<std::string> texts;
  for (const Report& r : reports_) texts.push_back(r.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"From feed.", "Nested html.", "Second file."}));
  EXPECT_EQ(reports_[0].origin, (dir_ / "a/feed.jsonl").string() + ":1");
}

TEST_F(ReadInputsTest, BadInputsAreReportedAndGoodOnesStillDelivered) {
  std::string good = Write("good.txt", "A good report.");
  std::string empty = Write("empty.txt", " \n ");
  std::string feed = Write("feed.jsonl",
                           "{\"text\": \"ok one\", \"published\": \"2020-01-01\"}\n"
                           "not json\n"
                           "{\"text\": \"bad date\", \"published\": \"yesterday\"}\n"
                           "{\"text\": \"ok two\"}\n");
  std::string missing = (dir_ / "missing.txt").string();
  Status s = Read({good, missing, empty, feed});
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);  // the first error decides the code
  EXPECT_NE(s.message().find("4 input errors"), std::string::npos) << s.message();
  ASSERT_EQ(reports_.size(), 3u);
  EXPECT_EQ(reports_[1].text, "ok one");
  EXPECT_EQ(reports_[2].origin, feed + ":4");
  ASSERT_EQ(errors_.size(), 4u);
  EXPECT_EQ(errors_[0], missing + ": no such file or directory");
  EXPECT_EQ(errors_[1], empty + ": empty report");
  EXPECT_EQ(errors_[2].rfind(feed + ":2: bad JSON", 0), 0u) << errors_[2];
  EXPECT_EQ(errors_[3], feed + ":3: unknown date format 'yesterday' (expected YYYY-MM-DD)");
}

TEST_F(ReadInputsTest, InvalidPublishedOptionStopsBeforeReading) {
  std::string path = Write("a.txt", "Text.");
  InputOptions opts;
  opts.published = "04/03/2021";
  Status s = Read({path}, opts);
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(reports_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0], "--published: unknown date format '04/03/2021' (expected YYYY-MM-DD)");
}

TEST_F(ReadInputsTest, ForcedFormatAndReportSizeLimit) {
  std::string path = Write("page.txt", "<p>Really html.</p>");
  InputOptions opts;
  opts.format = InputFormat::kHtml;
  ASSERT_TRUE(Read({path}, opts).ok());
  ASSERT_EQ(reports_.size(), 1u);
  EXPECT_EQ(reports_[0].text, "Really html.");

  std::string big = Write("big.txt", std::string(5000, 'a'));
  InputOptions small;
  small.max_report_bytes = 1000;
  EXPECT_FALSE(Read({big}, small).ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("over the limit of 1000 bytes"), std::string::npos);
}

TEST_F(ReadInputsTest, EmptyDirectoryIsAnError) {
  fs::create_directories(dir_ / "nothing");
  EXPECT_FALSE(Read({(dir_ / "nothing").string()}).ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("no .txt, .html, .htm or .jsonl files"), std::string::npos);
}

TEST(InputFormatNames, ParseAndExtension) {
  EXPECT_EQ(ParseInputFormat("JSONL"), InputFormat::kJsonl);
  EXPECT_EQ(ParseInputFormat("text"), InputFormat::kText);
  EXPECT_FALSE(ParseInputFormat("pdf").has_value());
  EXPECT_EQ(FormatForPath("x/Y.HTM"), InputFormat::kHtml);
  EXPECT_EQ(FormatForPath("feed.jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(FormatForPath("README"), InputFormat::kText);
}

}  // namespace
}  // namespace crosscheck

// The store against an analyst's answer: tests/outlets holds invented
// incidents, each told by three or four invented outlets, and expected.tsv
// says which reports are one incident and which contradictions they hold.
// The whole pipeline runs (extraction, then the store, on SQLite and on
// PostgreSQL when CROSSCHECK_TEST_POSTGRES names a server): each incident
// must end up as one stored incident with those contradictions, incidents in
// the same town or week must stay apart, and ingesting everything again (and
// the shared fixtures twice, when ../shared is there) must change nothing.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "crosscheck/extractor.h"
#include "io/input.h"
#include "store/store.h"
#include "store/store_test_support.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kOutlets = fs::path(CROSSCHECK_TESTS_DIR) / "outlets";

struct ExpectedIncident {
  std::string label, type;
  std::set<std::string> contradictions;
  std::set<std::string> urls;
};

std::set<std::string> Split(const std::string& text, char sep) {
  std::set<std::string> out;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, sep);) {
    if (!item.empty() && item != "-") out.insert(item);
  }
  return out;
}

std::vector<ExpectedIncident> ReadAnswer() {
  std::ifstream in(kOutlets / "expected.tsv");
  EXPECT_TRUE(in) << "cannot read " << (kOutlets / "expected.tsv");
  std::vector<ExpectedIncident> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream row(line);
    for (std::string col; std::getline(row, col, '\t');) cols.push_back(col);
    EXPECT_EQ(cols.size(), 4u) << "expected.tsv: " << line;
    if (cols.size() != 4) continue;
    out.push_back({cols[0], cols[1], Split(cols[2], ','), Split(cols[3], ' ')});
  }
  return out;
}

// (label, kind) pairs of known_extra.tsv.
std::set<std::pair<std::string, std::string>> ReadKnownExtra() {
  std::ifstream in(kOutlets / "known_extra.tsv");
  std::set<std::pair<std::string, std::string>> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t'), tab2 = line.find('\t', tab + 1);
    if (tab == std::string::npos || tab2 == std::string::npos) {
      ADD_FAILURE() << "known_extra.tsv: needs label, kind and reason: " << line;
      continue;
    }
    out.insert({line.substr(0, tab), line.substr(tab + 1, tab2 - tab - 1)});
  }
  return out;
}

const Extractor& SharedExtractor() {
  static Extractor extractor = [] {
    auto e = Extractor::Create(CROSSCHECK_DATA_DIR);
    EXPECT_TRUE(e.ok()) << e.status().message();
    return std::move(e).value();
  }();
  return extractor;
}

// Extracts and stores every report under `paths`; returns how many were new.
size_t Ingest(Store& store, const std::vector<std::string>& paths) {
  size_t added = 0;
  const Status read = ReadInputs(
      paths, InputOptions{},
      [&](Report report) {
        auto extraction = SharedExtractor().Extract(report);
        ASSERT_TRUE(extraction.ok()) << report.origin << ": " << extraction.status().message();
        auto put = store.PutDocument(*extraction, report.text, {"test", "test"});
        ASSERT_TRUE(put.ok()) << report.origin << ": " << put.status().message();
        added += put->inserted ? 1 : 0;
      },
      [](const Status& s) { ADD_FAILURE() << s.message(); });
  EXPECT_TRUE(read.ok()) << read.message();
  return added;
}

struct StoredIncident {
  std::string id, type;
  std::set<std::string> urls;
  std::multiset<std::string> contradictions;
  json detail;
};

std::vector<StoredIncident> AllIncidents(Store& store) {
  IncidentFilter all;
  all.limit = 100000;
  auto list = store.ListIncidents(all);
  EXPECT_TRUE(list.ok()) << list.status().message();
  std::vector<StoredIncident> out;
  if (!list.ok()) return out;
  for (const auto& s : *list) {
    auto detail = store.GetIncident(s.id);
    EXPECT_TRUE(detail.ok()) << detail.status().message();
    if (!detail.ok()) continue;
    StoredIncident inc{s.id, s.type, {}, {}, *detail};
    for (const auto& c : (*detail)["claims"]) {
      if (c["document"]["url"].is_string()) inc.urls.insert(c["document"]["url"].get<std::string>());
    }
    for (const auto& k : (*detail)["contradictions"]) inc.contradictions.insert(k["kind"].get<std::string>());
    out.push_back(std::move(inc));
  }
  return out;
}

class OutletsTest : public store_test::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped()) return;
    store_ = OpenStore();
    ASSERT_NE(store_, nullptr);
  }
  void TearDown() override {
    store_.reset();
    BackendTest::TearDown();
  }

  // The answer's checks, on the store as it is now.
  void ExpectAnswer() {
    const auto answer = ReadAnswer();
    ASSERT_FALSE(answer.empty());
    std::map<std::string, std::string> label_of;
    for (const auto& e : answer) {
      for (const auto& url : e.urls) label_of[url] = e.label;
    }
    std::set<std::pair<std::string, std::string>> known_extra = ReadKnownExtra();
    const auto stored = AllIncidents(*store_);
    for (const auto& e : answer) {
      SCOPED_TRACE(e.label);
      std::vector<const StoredIncident*> found;
      for (const auto& s : stored) {
        bool touches = false;
        for (const auto& url : s.urls) touches |= e.urls.count(url) > 0;
        if (s.type == e.type && touches) found.push_back(&s);
      }
      ASSERT_EQ(found.size(), 1u) << "the reports' " << e.type << " claims should form exactly one incident";
      EXPECT_EQ(found[0]->urls, e.urls) << found[0]->detail.dump(1);
      std::set<std::string> kinds(found[0]->contradictions.begin(), found[0]->contradictions.end());
      for (const auto& kind : e.contradictions) {
        EXPECT_TRUE(kinds.count(kind)) << "missing " << kind << " contradiction: " << found[0]->detail.dump(1);
      }
      for (const auto& kind : kinds) {
        if (e.contradictions.count(kind)) continue;
        EXPECT_TRUE(known_extra.count({e.label, kind}))
            << "a " << kind << " contradiction the analyst does not see (add it to known_extra.tsv only with a reason): "
            << found[0]->detail.dump(1);
        known_extra.erase({e.label, kind});
      }
    }
    for (const auto& [label, kind] : known_extra) {
      ADD_FAILURE() << "known_extra.tsv: " << label << " " << kind << " is gone: remove the line";
    }
    // Nothing stored mixes reports of two incidents, whatever its type.
    for (const auto& s : stored) {
      std::set<std::string> labels;
      for (const auto& url : s.urls) {
        if (label_of.count(url)) labels.insert(label_of[url]);
      }
      EXPECT_LE(labels.size(), 1u) << s.id << " (" << s.type << ") mixes incidents: " << s.detail.dump(1);
    }
  }

  // What must not change on a second ingest: every incident with its claims
  // and contradictions.
  std::string Snapshot() {
    std::string out;
    for (const auto& s : AllIncidents(*store_)) {
      json d = s.detail;
      out += d.dump() + "\n";
    }
    return out;
  }

  std::unique_ptr<Store> store_;
};

TEST_P(OutletsTest, ReportsGroupAsTheAnalystDid) {
  EXPECT_EQ(Ingest(*store_, {kOutlets.string()}), 20u);
  ExpectAnswer();
}

TEST_P(OutletsTest, IngestingAgainChangesNothing) {
  Ingest(*store_, {kOutlets.string()});
  const std::string before = Snapshot();
  EXPECT_EQ(Ingest(*store_, {kOutlets.string()}), 0u);
  EXPECT_EQ(Snapshot(), before);
  ExpectAnswer();
}

TEST_P(OutletsTest, FixturesTwiceChangeNothing) {
  const char* env = std::getenv("CROSSCHECK_SHARED");
  const fs::path fixtures = (env ? fs::path(env) : fs::path(CROSSCHECK_DATA_DIR) / ".." / ".." / "shared") / "fixtures";
  if (!fs::is_directory(fixtures)) GTEST_SKIP() << "no ../shared/fixtures (set CROSSCHECK_SHARED)";
  Ingest(*store_, {kOutlets.string()});
  const size_t added = Ingest(*store_, {fixtures.string()});
  EXPECT_GT(added, 0u);
  const std::string before = Snapshot();
  EXPECT_EQ(Ingest(*store_, {fixtures.string()}), 0u);
  EXPECT_EQ(Ingest(*store_, {kOutlets.string()}), 0u);
  EXPECT_EQ(Snapshot(), before);
  ExpectAnswer();  // the fixtures' reports join none of the outlets' incidents
}

INSTANTIATE_TEST_SUITE_P(Backends, OutletsTest, ::testing::Values("sqlite", "postgresql"), store_test::BackendName);

}  // namespace
}  // namespace crosscheck

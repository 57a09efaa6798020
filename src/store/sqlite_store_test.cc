// The SQLite store end to end, on hand-written extractions: one invented
// shooting at a camp told by three outlets, an unrelated killing in the same
// town a month later, re-ingest, faults, foreign files and search.
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "store/store.h"

namespace crosscheck {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

const ExtractionVersion kVersion{"0.1.0", "lexicon-test-1"};

const json kTown = {{"name", "Kufra"}, {"id", "g-kufra"}, {"country", "LY"}, {"parents", {"Libya"}}};
const json kCountry = {{"name", "Libya"}, {"id", "g-libya"}, {"country", "LY"}, {"parents", json::array()}};

json Count(int64_t min, json max, bool approx = false) {
  return {{"min", min}, {"max", max}, {"approx", approx}, {"text", ""}};
}

json MakeClaim(const std::string& id, const std::string& speaker, json count, const std::string& cause,
               const json& place, const std::string& facility, const std::string& date, const std::string& evidence) {
  json c = {{"id", id},         {"speaker", speaker},  {"stance", "asserts"},
            {"type", "kill"},   {"count", count},      {"victims", "residents"},
            {"agent", nullptr}, {"cause", cause.empty() ? json() : json(cause)},
            {"place", place},   {"facility", facility.empty() ? json() : json(facility)},
            {"when", date.empty() ? json() : json({{"date", date}, {"text", "on Sunday"}})},
            {"evidence", {{"sentence", 0}, {"span", {0, evidence.size()}}, {"text", evidence}}}};
  return c;
}

struct Doc {
  json extraction;
  std::string text;
};

Doc MakeDoc(const std::string& id, const std::string& source, const std::string& published, json entities,
            json claims) {
  json ids = json::array();
  for (const auto& c : claims) ids.push_back(c["id"]);
  json x = {{"document", {{"id", id}, {"source", source}, {"published", published}, {"url", "https://example.org/" + id}}},
            {"entities", entities},
            {"claims", claims},
            {"incidents", {{{"id", "i1"}, {"type", "kill"}, {"claims", ids}, {"contradictions", json::array()}}}}};
  std::string text;
  for (const auto& c : claims) text += c["evidence"]["text"].get<std::string>() + " ";
  return {x, text};
}

// Three outlets on one shooting at the Al-Nour camp, and a later killing.
std::vector<Doc> Reports() {
  const json iom = {{"id", "e1"}, {"name", "IOM"}, {"type", "organization"}};
  const json ministry = {{"id", "e1"}, {"name", "Interior Ministry"}, {"type", "organization"}};
  return {
      MakeDoc("doc-herald", "Coastal Herald", "2024-03-12", json::array({iom}),
              {MakeClaim("c1", "e1", Count(6, nullptr), "shooting", kTown, "the Al-Nour camp", "2024-03-10",
                         "Guards opened fire on detainees at the Al-Nour camp, killing at least six, the IOM said.")}),
      MakeDoc("doc-post", "Desert Post", "2024-03-11", json::array({ministry}),
              {MakeClaim("c1", "e1", Count(1, 1), "stampede", kTown, "Al-Nour camp", "2024-03-10",
                         "The ministry said one detainee died in a stampede at Al-Nour camp.")}),
      MakeDoc("doc-radio", "Radio Sahel", "2024-03-13", json::array(),
              {MakeClaim("c1", "narrator", Count(8, 8), "shooting", kCountry, "al-nour camp", "",
                         "Eight people were killed by gunfire inside al-nour camp, witnesses told us.")}),
      MakeDoc("doc-later", "Coastal Herald", "2024-04-15", json::array(),
              {MakeClaim("c1", "narrator", Count(2, 2), "stabbing", kTown, "", "2024-04-14",
                         "Two traders were stabbed to death in a Kufra market on Sunday.")}),
  };
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = fs::path(::testing::TempDir()) / ("store_test_" + std::to_string(getpid()) + "_" + test);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "crosscheck.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> OpenStore(StoreOptions options = {}) {
    auto store = Store::Open(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(*store) : nullptr;
  }

  static void PutAll(Store& store) {
    for (const auto& d : Reports()) {
      auto r = store.PutDocument(d.extraction, d.text, kVersion);
      ASSERT_TRUE(r.ok()) << r.status().message();
    }
  }

  fs::path dir_;
  std::string path_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_F(StoreTest, OneIncidentAcrossOutletsWithContradictions) {
  auto store = OpenStore();
  PutAll(*store);
  auto all = store->ListIncidents({});
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_EQ(all->size(), 2u);
  // Newest first: the market killing, then the camp shooting.
  EXPECT_EQ((*all)[0].claims, 1u);
  const IncidentSummary& camp = (*all)[1];
  EXPECT_EQ(camp.claims, 3u);
  EXPECT_EQ(camp.documents, 3u);
  EXPECT_EQ(camp.place, "Kufra");
  EXPECT_EQ(camp.first_date, "2024-03-10");
  EXPECT_EQ(camp.sources, (std::vector<std::string>{"Coastal Herald", "Desert Post", "Radio Sahel"}));

  auto detail = store->GetIncident(camp.id);
  ASSERT_TRUE(detail.ok()) << detail.status().message();
  std::set<std::string> kinds;
  for (const auto& k : (*detail)["contradictions"]) kinds.insert(k["kind"].get<std::string>());
  EXPECT_EQ(kinds, (std::set<std::string>{"count", "cause"}));
  const json& claim = (*detail)["claims"][0];
  EXPECT_EQ(claim["document"]["source"], "Desert Post");
  EXPECT_EQ(claim["document"]["url"], "https://example.org/doc-post");
  EXPECT_EQ(claim["speaker"]["name"], "Interior Ministry");
  EXPECT_EQ(claim["extracted_by"]["lexicon"], "lexicon-test-1");
  EXPECT_TRUE(claim["evidence"]["text"].get<std::string>().find("stampede") != std::string::npos);
  EXPECT_EQ((*detail)["summary"][0], "Interior Ministry: 1, stampede");
}

TEST_F(StoreTest, ReingestIsANoOp) {
  auto store = OpenStore();
  PutAll(*store);
  auto again = store->PutDocument(Reports()[0].extraction, Reports()[0].text, kVersion);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->inserted);
  store.reset();
  store = OpenStore();  // reopening runs no migration twice
  PutAll(*store);
  auto all = store->ListIncidents({});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[1].claims, 3u);
  auto sources = store->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 3u);
  EXPECT_EQ((*sources)[0].name, "Coastal Herald");
  EXPECT_EQ((*sources)[0].documents, 2u);
}

TEST_F(StoreTest, Filters) {
  auto store = OpenStore();
  PutAll(*store);
  IncidentFilter f;
  f.only_contradicted = true;
  EXPECT_EQ(store->ListIncidents(f)->size(), 1u);
  f = {};
  f.source = "radio";
  EXPECT_EQ(store->ListIncidents(f)->size(), 1u);
  f = {};
  f.place = "libya";
  EXPECT_EQ(store->ListIncidents(f)->size(), 2u);
  f.place = "nour";
  EXPECT_EQ(store->ListIncidents(f)->size(), 1u);
  f = {};
  f.from = "2024-04-01";
  EXPECT_EQ(store->ListIncidents(f)->size(), 1u);
  f = {};
  f.to = "2024-03-31";
  f.type = "kill";
  EXPECT_EQ(store->ListIncidents(f)->size(), 1u);
  f.type = "arrest";
  EXPECT_EQ(store->ListIncidents(f)->size(), 0u);
  f = {};
  f.from = "last week";
  EXPECT_FALSE(store->ListIncidents(f).ok());
}

TEST_F(StoreTest, SearchFindsEvidenceAndText) {
  auto store = OpenStore();
  PutAll(*store);
  auto hits = store->Search("gunfire", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().message();
  bool claim_hit = false;
  for (const auto& h : *hits) {
    if (h.kind == "claim") {
      claim_hit = true;
      EXPECT_EQ(h.source, "Radio Sahel");
      EXPECT_FALSE(h.incident_id.empty());
      EXPECT_NE(h.snippet.find("[gunfire]"), std::string::npos);
    }
  }
  EXPECT_TRUE(claim_hit);
  // Query syntax in user text is taken literally.
  EXPECT_TRUE(store->Search("\"stampede AND (", 10).ok());
  EXPECT_FALSE(store->Search("   ", 10).ok());
}

TEST_F(StoreTest, AbortedTransactionLeavesNothing) {
  for (const char* point : {"after_document", "after_claims"}) {
    StoreOptions faulty;
    faulty.fault_hook = [point](std::string_view at) {
      return at == point ? Status::IoError("injected fault") : Status::Ok();
    };
    auto store = OpenStore(faulty);
    auto r = store->PutDocument(Reports()[0].extraction, Reports()[0].text, kVersion);
    EXPECT_FALSE(r.ok()) << point;
    EXPECT_FALSE(*store->HasDocument("doc-herald")) << point;
    EXPECT_TRUE(store->ListIncidents({})->empty()) << point;
    EXPECT_TRUE(store->Search("detainees", 10)->empty()) << point;
  }
  auto store = OpenStore();
  PutAll(*store);  // the retry completes
  EXPECT_EQ(store->ListIncidents({})->size(), 2u);
}

TEST_F(StoreTest, ForeignTextFileIsRefusedAndUntouched) {
  { std::ofstream(path_) << "shopping list: eggs, flour\n"; }
  const std::string before = ReadFile(path_);
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(store.status().message().find("not a crosscheck store"), std::string::npos);
  EXPECT_EQ(ReadFile(path_), before);
}

TEST_F(StoreTest, ForeignSqliteDatabaseIsRefusedAndUntouched) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES('bread');", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  const std::string before = ReadFile(path_);
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("application_id"), std::string::npos);
  EXPECT_EQ(ReadFile(path_), before);
  EXPECT_FALSE(fs::exists(path_ + "-wal"));
}

TEST_F(StoreTest, NewerSchemaIsUnsupported) {
  OpenStore().reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "INSERT INTO schema_version(version) VALUES(99)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto store = Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
}

TEST_F(StoreTest, PostgresIsNotBuiltYet) {
  auto store = Store::Open("postgresql://localhost/crosscheck");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
}

TEST_F(StoreTest, UnknownIncidentIsNotFound) {
  auto store = OpenStore();
  EXPECT_EQ(store->GetIncident("i42").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->GetIncident("banana").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace crosscheck

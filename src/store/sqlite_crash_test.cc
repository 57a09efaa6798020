// kill -9 during ingest: the store stays consistent (whole documents only)
// and a rerun completes it without duplicates.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>

#include "store/store.h"
#include "store/store_test_support.h"

namespace crosscheck {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;
using store_test::SqliteCount;

// Report n: a killing in one of a few towns on one of many days.
json Extraction(int n) {
  const std::string town = "Town" + std::to_string(n % 5);
  const std::string day = "2023-" + std::string(n % 24 < 18 ? "0" : "1") + std::to_string(1 + (n % 24) % 9) + "-1" +
                          std::to_string(n % 7);
  json claim = {{"id", "c1"}, {"speaker", "narrator"}, {"stance", "asserts"}, {"type", "kill"},
                {"count", {{"min", n % 9 + 1}, {"max", n % 9 + 1}, {"approx", false}}},
                {"place", {{"name", town}, {"id", town}, {"parents", {"Country"}}}},
                {"when", {{"date", day}}},
                {"evidence", {{"text", "Report number " + std::to_string(n) + " about " + town}}}};
  return {{"document", {{"id", "doc" + std::to_string(n)}, {"source", "Outlet" + std::to_string(n % 3)}}},
          {"entities", json::array()},
          {"claims", {claim}},
          {"incidents", {{{"id", "i1"}, {"type", "kill"}, {"claims", {"c1"}}}}}};
}

TEST(StoreCrash, KilledIngestLeavesWholeDocumentsAndRerunCompletes) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("store_crash_test_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "crosscheck.db").string();
  const ExtractionVersion version{"test", "test"};
  { ASSERT_TRUE(Store::Open(path).ok()); }

  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = Store::Open(path);
    if (!store.ok()) _exit(3);
    for (int n = 0; n < 1000000; ++n) {
      if (!(*store)->PutDocument(Extraction(n), "text " + std::to_string(n), version).ok()) _exit(4);
    }
    _exit(0);
  }
  // Kill the writer once it is well into its work (a reader may look while
  // it writes: WAL mode), wherever it is inside a transaction.
  {
    sqlite3* reader = nullptr;
    ASSERT_EQ(sqlite3_open_v2(path.c_str(), &reader, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_busy_timeout(reader, 1000);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (SqliteCount(reader, "SELECT COUNT(*) FROM documents") < 50 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    sqlite3_close(reader);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(37));
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the writer ended before it was killed (status " << status << ")";

  int64_t stored = 0;
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    sqlite3_stmt* check = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(check), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok");
    sqlite3_finalize(check);
    stored = SqliteCount(db, "SELECT COUNT(*) FROM documents");
    EXPECT_GT(stored, 0) << "killed before anything was stored; the test proves little";
    EXPECT_EQ(SqliteCount(db, "SELECT COUNT(*) FROM claims"), stored);
    EXPECT_EQ(SqliteCount(db, "SELECT COALESCE(SUM(claims), 0) FROM incidents"), stored);
    EXPECT_EQ(SqliteCount(db, "SELECT COUNT(*) FROM search WHERE kind = 'document'"), stored);
    sqlite3_close(db);
  }

  const int total = static_cast<int>(stored) + 50;
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().message();
  int added = 0;
  for (int n = 0; n < total; ++n) {
    auto put = (*store)->PutDocument(Extraction(n), "text " + std::to_string(n), version);
    ASSERT_TRUE(put.ok()) << put.status().message();
    added += put->inserted;
  }
  EXPECT_EQ(added, 50);
  IncidentFilter all;
  all.limit = 1000000;
  auto incidents = (*store)->ListIncidents(all);
  ASSERT_TRUE(incidents.ok()) << incidents.status().message();
  size_t claims = 0;
  for (const auto& inc : *incidents) claims += inc.claims;
  EXPECT_EQ(claims, static_cast<size_t>(total));
  store->reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace crosscheck

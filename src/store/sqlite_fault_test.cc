// Faults below the store interface on SQLite, made real: the file system
// refuses to grow the store (a process file-size limit, as a full disk does)
// and a write torn at a crash (the WAL cut inside a frame, or a frame's bytes
// damaged). The store stays consistent, keeps whole documents only, and a
// rerun completes the work.
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "store/store_test_support.h"

namespace crosscheck::store_test {
namespace {

namespace fs = std::filesystem;

constexpr int kEvents = 10, kOutlets = 4, kReports = kEvents * kOutlets;

// Integrity and whole documents: every stored document has its claim and
// its search row, every claim an incident that counts it.
int64_t CheckConsistent(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  sqlite3_stmt* check = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr), SQLITE_OK);
  EXPECT_EQ(sqlite3_step(check), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok");
  sqlite3_finalize(check);
  const int64_t docs = SqliteCount(db, "SELECT COUNT(*) FROM documents");
  EXPECT_EQ(SqliteCount(db, "SELECT COUNT(*) FROM claims"), docs);
  EXPECT_EQ(SqliteCount(db, "SELECT COALESCE(SUM(claims), 0) FROM incidents"), docs);
  EXPECT_EQ(SqliteCount(db, "SELECT COUNT(*) FROM search WHERE kind = 'document'"), docs);
  sqlite3_close(db);
  return docs;
}

class SqliteFaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = fs::path(::testing::TempDir()) / ("sqlite_fault_test_" + std::to_string(getpid()) + "_" + test);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "crosscheck.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // All reports into a new store of its own: what a fault-free run gives.
  std::set<CanonicalIncident> Reference() {
    auto store = Store::Open((dir_ / "reference.db").string());
    EXPECT_TRUE(store.ok());
    for (int n = 0; n < kReports; ++n) {
      const Doc d = EventReport(n, kEvents);
      EXPECT_TRUE((*store)->PutDocument(d.extraction, d.text, kVersion).ok());
    }
    return Canonical(**store);
  }

  // Reruns the whole input: only the missing reports are added, and the
  // incidents are the reference's.
  void RerunCompletes(int64_t stored) {
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    int added = 0;
    for (int n = 0; n < kReports; ++n) {
      const Doc d = EventReport(n, kEvents);
      auto put = (*store)->PutDocument(d.extraction, d.text, kVersion);
      ASSERT_TRUE(put.ok()) << put.status().message();
      added += put->inserted;
    }
    EXPECT_EQ(added, kReports - stored);
    EXPECT_EQ(Canonical(**store), Reference()) << Describe(Canonical(**store));
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(SqliteFaultTest, FullDiskStopsIngestConsistently) {
  { ASSERT_TRUE(Store::Open(path_).ok()); }
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // No file of this process may grow past its size now plus 48 KiB: the
    // WAL soon cannot, and SQLite sees the write fail as on a full disk.
    signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{static_cast<rlim_t>(fs::file_size(path_)) + 48 * 1024, RLIM_INFINITY};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(3);
    auto store = Store::Open(path_);
    if (!store.ok()) _exit(4);
    int failed = 0;
    for (int n = 0; n < kReports; ++n) {
      const Doc d = EventReport(n, kEvents);
      if (!(*store)->PutDocument(d.extraction, d.text, kVersion).ok()) ++failed;
    }
    // Readers still work on what was stored.
    if (!(*store)->ListIncidents({}).ok()) _exit(5);
    _exit(failed > 0 ? 0 : 6);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0) << "6: the file-size limit never made a write fail";
  const int64_t stored = CheckConsistent(path_);
  EXPECT_GT(stored, 0);
  EXPECT_LT(stored, kReports);
  RerunCompletes(stored);
}

// A writer dies with its last WAL frames half written.
void TornWal(const std::string& path, bool cut) {
  const std::string wal = path + "-wal";
  const auto size = fs::file_size(wal);
  ASSERT_GT(size, 4096u * 4);
  if (cut) {
    fs::resize_file(wal, size - 1000);  // inside the last frame
    return;
  }
  std::fstream f(wal, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(static_cast<std::streamoff>(size - 2000));
  const char garbage[16] = {'t', 'o', 'r', 'n', ' ', 'w', 'r', 'i', 't', 'e', 1, 2, 3, 4, 5, 6};
  f.write(garbage, sizeof garbage);
}

void WriteAndDie(const std::string& path, int reports) {
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto store = Store::Open(path);
    if (!store.ok()) _exit(3);
    for (int n = 0; n < reports; ++n) {
      const Doc d = EventReport(n, kEvents);
      if (!(*store)->PutDocument(d.extraction, d.text, kVersion).ok()) _exit(4);
    }
    _exit(0);  // no close, no checkpoint: the WAL holds every transaction
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST_F(SqliteFaultTest, TornWalWriteIsDroppedWhole) {
  for (bool cut : {true, false}) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    WriteAndDie(path_, 20);
    TornWal(path_, cut);
    const int64_t stored = CheckConsistent(path_);
    EXPECT_LT(stored, 20) << (cut ? "cut" : "damaged") << ": the torn transaction survived";
    EXPECT_GE(stored, 10) << (cut ? "cut" : "damaged") << ": more than the torn end was lost";
    RerunCompletes(stored);
  }
}

}  // namespace
}  // namespace crosscheck::store_test

// What only the SQLite backend has: a store file, recognized before it is
// touched (foreign and damaged files are refused and left as they were), and
// a schema version checked on open. The behaviour both backends share is in
// store_test.cc.
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

  fs::path dir_;
  std::string path_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
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

TEST_F(StoreTest, UnreachablePostgresIsAClearError) {
  auto store = Store::Open("postgresql://nobody:secret@127.0.0.1:1/crosscheck?connect_timeout=2");
  ASSERT_FALSE(store.ok());
  // IoError with libpq (cannot connect), Unsupported without it.
  EXPECT_TRUE(store.status().code() == StatusCode::kIoError || store.status().code() == StatusCode::kUnsupported);
  EXPECT_NE(store.status().message().find("postgresql://nobody@127.0.0.1:1/crosscheck"), std::string::npos)
      << store.status().message();
  EXPECT_EQ(store.status().message().find("secret"), std::string::npos) << "the password leaked into a message";
}

}  // namespace
}  // namespace crosscheck

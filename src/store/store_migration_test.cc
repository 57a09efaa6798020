// Schema version 3 (the names incidents are found by, and the list indexes)
// on every backend: a store written by version 2 migrates to the very lists
// a store that was always version 3 gives, and keeps them as reports
// arrive; and ListIncidents gives the same rows whether it starts from a
// place or source filter's incidents or walks the index newest first.
#include <sqlite3.h>

#include <gtest/gtest.h>

#include "store/schema.h"
#include "store/store_test_support.h"

namespace crosscheck::store_test {
namespace {

// Version 3 taken off again: what a store written by version 2 holds.
constexpr const char* kUndoVersion3 = R"sql(
DROP INDEX incidents_newest;
DROP INDEX incidents_type_newest;
DROP INDEX incidents_contradicted_newest;
DROP INDEX incidents_span;
DROP TABLE incident_sources;
DROP TABLE incident_places;
DROP TABLE source_names;
DROP TABLE place_names;
ALTER TABLE incidents DROP COLUMN sources;
DELETE FROM schema_version WHERE version = 3;
)sql";

std::string Render(const IncidentSummary& s) {
  std::string out = s.id + " " + s.type + " " + s.place + " | " + s.facility + " | " + s.first_date + ".." +
                    s.last_date + " " + std::to_string(s.claims) + "/" + std::to_string(s.documents) + "/" +
                    std::to_string(s.contradictions) + " [";
  for (const auto& source : s.sources) out += source + ";";
  return out + "]";
}

std::vector<std::string> List(Store& store, const IncidentFilter& f) {
  auto list = store.ListIncidents(f);
  EXPECT_TRUE(list.ok()) << list.status().message();
  std::vector<std::string> out;
  if (list.ok()) {
    for (const auto& s : *list) out.push_back(Render(s));
  }
  return out;
}

// Filters of every kind, alone and together, with pages.
std::vector<IncidentFilter> Filters() {
  std::vector<IncidentFilter> out;
  auto add = [&](auto set) {
    IncidentFilter f;
    f.limit = 1000;
    set(f);
    out.push_back(f);
  };
  add([](auto&) {});
  add([](auto& f) { f.limit = 3, f.offset = 2; });
  add([](auto& f) { f.type = "kill"; });
  add([](auto& f) { f.type = "arrest"; });
  add([](auto& f) { f.place = "kufra"; });
  add([](auto& f) { f.place = "Country"; });
  add([](auto& f) { f.place = "town1"; });
  add([](auto& f) { f.place = "nour"; });
  add([](auto& f) { f.place = "100%"; });
  add([](auto& f) { f.source = "outlet"; });
  add([](auto& f) { f.source = "Outlet 2"; });
  add([](auto& f) { f.source = "herald"; });
  add([](auto& f) { f.source = "herald", f.place = "kufra"; });
  add([](auto& f) { f.source = "outlet", f.place = "town", f.limit = 2, f.offset = 1; });
  add([](auto& f) { f.only_contradicted = true; });
  add([](auto& f) { f.from = "2023-03-01", f.to = "2023-06-30"; });
  add([](auto& f) { f.from = "2024-04-01"; });
  add([](auto& f) { f.to = "2023-02-11"; });
  add([](auto& f) { f.to = "2024-03-31", f.type = "kill", f.only_contradicted = true; });
  add([](auto& f) { f.from = "2023-01-01", f.to = "2023-12-31", f.source = "outlet 1", f.place = "country"; });
  return out;
}

class StoreMigrationTest : public BackendTest {
 protected:
  static void Put(Store& store, const Doc& d) {
    auto r = store.PutDocument(d.extraction, d.text, kVersion);
    ASSERT_TRUE(r.ok()) << r.status().message();
  }
  // Reports() and `n` reports about six events, from n / 6 + 1 outlets.
  static void PutReports(Store& store, int from, int to) {
    if (from == 0) {
      for (const auto& d : Reports()) Put(store, d);
    }
    for (int n = from; n < to; ++n) Put(store, EventReport(n, 6));
  }
  void UndoVersion3(const std::string& uri) {
    if (postgres()) {
      PgExec(kUndoVersion3);  // on the test's first store
      return;
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(uri.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, kUndoVersion3, nullptr, nullptr, &err);
    EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    EXPECT_EQ(SqliteCount(db, "SELECT MAX(version) FROM schema_version"), 2);
    EXPECT_EQ(SqliteCount(db, "SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE '%names%'"), 0);
    sqlite3_close(db);
  }
};

TEST_P(StoreMigrationTest, Version2StoreMigratesToTheListsOfAVersion3Store) {
  ASSERT_EQ(CurrentSchemaVersion(), 3);
  auto old_store = OpenStore();  // uri_: taken back to version 2 below
  auto always_v3 = OpenStoreAt(NewStoreUri());
  ASSERT_TRUE(old_store && always_v3);
  PutReports(*old_store, 0, 18);
  PutReports(*always_v3, 0, 18);
  // A split, so that an incident's names change after ingest.
  auto split = [](Store& store) {
    auto list = store.ListIncidents({});
    ASSERT_TRUE(list.ok());
    for (const auto& s : *list) {
      if (s.claims < 3) continue;
      auto detail = store.GetIncident(s.id);
      ASSERT_TRUE(detail.ok());
      auto moved = store.SplitIncident(s.id, {(*detail)["claims"][0]["id"].get<std::string>()});
      ASSERT_TRUE(moved.ok()) << moved.status().message();
      return;
    }
    FAIL() << "no incident to split";
  };
  split(*old_store);
  split(*always_v3);
  old_store.reset();
  UndoVersion3(uri_);

  auto migrated = OpenStore();
  ASSERT_TRUE(migrated);
  for (const auto& f : Filters()) {
    EXPECT_EQ(List(*migrated, f), List(*always_v3, f))
        << "type=" << f.type << " place=" << f.place << " source=" << f.source << " " << f.from << ".." << f.to;
  }
  // The migrated store keeps its names as more reports arrive (new outlets,
  // reports joining migrated incidents).
  PutReports(*migrated, 18, 30);
  PutReports(*always_v3, 18, 30);
  for (const auto& f : Filters()) {
    EXPECT_EQ(List(*migrated, f), List(*always_v3, f))
        << "type=" << f.type << " place=" << f.place << " source=" << f.source << " " << f.from << ".." << f.to;
  }
  EXPECT_FALSE(List(*migrated, Filters()[0]).empty());
}

TEST_P(StoreMigrationTest, ListsAgreeWhicheverWayANameFilterStarts) {
  StoreOptions walk, start;
  walk.list_start_from_names_below = 0;
  start.list_start_from_names_below = int64_t{1} << 40;
  auto writer = OpenStore();
  ASSERT_TRUE(writer);
  PutReports(*writer, 0, 30);
  writer.reset();
  auto walking = OpenStore(walk);
  auto starting = OpenStore(start);
  ASSERT_TRUE(walking && starting);
  size_t rows = 0;
  for (const auto& f : Filters()) {
    const auto a = List(*walking, f);
    EXPECT_EQ(a, List(*starting, f)) << "place=" << f.place << " source=" << f.source;
    rows += a.size();
  }
  EXPECT_GT(rows, 50u);
  // Spot checks of what the filters mean.
  IncidentFilter f;
  f.source = "Outlet 2";
  for (const auto& row : List(*walking, f)) EXPECT_NE(row.find("Outlet 2;"), std::string::npos) << row;
  f = {};
  f.place = "TOWN1";  // Town1 and its parent; not Town10 (there is none)
  EXPECT_EQ(List(*walking, f).size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreMigrationTest, ::testing::Values("sqlite", "postgresql"), BackendName);

}  // namespace
}  // namespace crosscheck::store_test

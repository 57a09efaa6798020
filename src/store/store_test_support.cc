#include "store/store_test_support.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>

#ifdef CROSSCHECK_HAVE_LIBPQ
#include "store/pg_db.h"
#endif

namespace crosscheck::store_test {

using nlohmann::json;
namespace fs = std::filesystem;

const json kTown = {{"name", "Kufra"}, {"id", "g-kufra"}, {"country", "LY"}, {"parents", {"Libya"}}};
const json kCountry = {{"name", "Libya"}, {"id", "g-libya"}, {"country", "LY"}, {"parents", json::array()}};

int64_t SqliteCount(sqlite3* db, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), SQLITE_OK) << sql;
  int64_t n = -1;
  if (sqlite3_step(stmt) == SQLITE_ROW) n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return n;
}

json Count(int64_t min, json max, bool approx) { return {{"min", min}, {"max", max}, {"approx", approx}, {"text", ""}}; }

json MakeClaim(const std::string& id, const std::string& speaker, json count, const std::string& cause,
               const json& place, const std::string& facility, const std::string& date, const std::string& evidence) {
  return {{"id", id},
          {"speaker", speaker},
          {"stance", "asserts"},
          {"type", "kill"},
          {"count", count},
          {"victims", "residents"},
          {"agent", nullptr},
          {"cause", cause.empty() ? json() : json(cause)},
          {"place", place},
          {"facility", facility.empty() ? json() : json(facility)},
          {"when", date.empty() ? json() : json({{"date", date}, {"text", "on Sunday"}})},
          {"evidence", {{"sentence", 0}, {"span", {0, evidence.size()}}, {"text", evidence}}}};
}

Doc MakeDoc(const std::string& id, const std::string& source, const std::string& published, json entities,
            const std::vector<json>& claims) {
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

Doc EventReport(int n, int events) {
  const int event = n % events, outlet = n / events;
  const std::string town = "Town" + std::to_string(event);
  const json place = {{"name", town}, {"id", "g-" + town}, {"country", "XX"}, {"parents", {"Country"}}};
  // Events a month apart; outlets date them within a day of each other.
  const int month = 1 + event % 12;
  char date[16];
  std::snprintf(date, sizeof date, "2023-%02d-1%d", month, outlet % 2);
  const int deaths = 3 + event + outlet * 2;  // every outlet its own figure
  const std::string evidence = "Outlet " + std::to_string(outlet) + " reports " + std::to_string(deaths) +
                               " killed in " + town + " (event " + std::to_string(event) + ").";
  return MakeDoc("ev" + std::to_string(event) + "-o" + std::to_string(outlet), "Outlet " + std::to_string(outlet),
                 date, json::array(),
                 {MakeClaim("c1", "narrator", Count(deaths, deaths), outlet % 2 ? "shooting" : "shelling", place, "",
                            date, evidence)});
}

std::set<CanonicalIncident> Canonical(Store& store) {
  std::set<CanonicalIncident> out;
  IncidentFilter all;
  all.limit = 1000000;
  auto list = store.ListIncidents(all);
  EXPECT_TRUE(list.ok()) << list.status().message();
  if (!list.ok()) return out;
  for (const auto& s : *list) {
    auto inc = store.GetIncident(s.id);
    EXPECT_TRUE(inc.ok()) << inc.status().message();
    if (!inc.ok()) continue;
    CanonicalIncident c;
    std::map<std::string, std::string> names;  // store claim id -> doc/local
    for (const auto& claim : (*inc)["claims"]) {
      const std::string name = claim["document"]["id"].get<std::string>() + "/" + claim["local_id"].get<std::string>();
      names[claim["id"].get<std::string>()] = name;
      c.claims.insert(name);
    }
    for (const auto& k : (*inc)["contradictions"]) {
      std::string a = names[k["claims"][0].get<std::string>()], b = names[k["claims"][1].get<std::string>()];
      if (b < a) std::swap(a, b);
      c.contradictions.insert(k["kind"].get<std::string>() + " " + a + " " + b);
    }
    out.insert(std::move(c));
  }
  return out;
}

std::string Describe(const std::set<CanonicalIncident>& incidents) {
  std::string out;
  for (const auto& i : incidents) {
    out += "{";
    for (const auto& c : i.claims) out += c + " ";
    out += "| " + std::to_string(i.contradictions.size()) + " contradictions} ";
  }
  return out;
}

namespace {

std::string TestSlug() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string raw = std::string(info->test_suite_name()) + "_" + info->name();
  std::string slug;
  for (char c : raw) slug.push_back(std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_');
  return slug;
}

const char* PostgresUrl() {
  const char* url = std::getenv("CROSSCHECK_TEST_POSTGRES");
  return url && *url ? url : nullptr;
}

#ifdef CROSSCHECK_HAVE_LIBPQ
// One connection for the tests' own SQL, kept for the process: a new
// connection costs a server process.
Result<PgDb*> Admin() {
  static std::unique_ptr<PgDb> admin;
  if (!admin) {
    auto db = PgDb::Open(PostgresUrl());
    if (!db.ok()) return db.status();
    admin = std::move(*db);
  }
  return admin.get();
}
#endif

}  // namespace

std::string BackendName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

void BackendTest::SetUp() {
  if (postgres()) {
#ifndef CROSSCHECK_HAVE_LIBPQ
    GTEST_SKIP() << "built without libpq: the PostgreSQL store is not compiled in";
#endif
    if (!PostgresUrl()) {
      GTEST_SKIP() << "CROSSCHECK_TEST_POSTGRES is not set; eval \"$(scripts/ci/postgres.sh)\" starts a server for "
                      "these tests";
    }
  }
  dir_ = (fs::path(::testing::TempDir()) / ("store_test_" + std::to_string(getpid()) + "_" + TestSlug())).string();
  fs::remove_all(dir_);
  fs::create_directories(dir_);
  uri_ = NewStoreUri();
}

void BackendTest::TearDown() {
  for (const auto& schema : schemas_) PgExec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  if (!dir_.empty()) fs::remove_all(dir_);
}

std::string BackendTest::NewStoreUri() {
  const int n = stores_++;
  if (!postgres()) {
    return (fs::path(dir_) / ("crosscheck" + (n ? std::to_string(n) : std::string()) + ".db")).string();
  }
  // PostgreSQL identifiers: at most 63 bytes.
  std::string schema = "t" + std::to_string(getpid()) + "_" + std::to_string(n) + "_" + TestSlug();
  schema.resize(std::min<size_t>(schema.size(), 63));
  schemas_.push_back(schema);
  PgExec("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
  const std::string base = PostgresUrl();
  return base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema +
         "&application_name=" + schema;
}

std::unique_ptr<Store> BackendTest::OpenStoreAt(const std::string& uri, const StoreOptions& options) {
  auto store = Store::Open(uri, options);
  EXPECT_TRUE(store.ok()) << store.status().message();
  return store.ok() ? std::move(*store) : nullptr;
}

std::unique_ptr<Store> BackendTest::OpenStore(const StoreOptions& options) { return OpenStoreAt(uri_, options); }

void BackendTest::PgExec(const std::string& sql) {
#ifdef CROSSCHECK_HAVE_LIBPQ
  auto db = Admin();
  ASSERT_TRUE(db.ok()) << db.status().message();
  const std::string path = schemas_.empty() ? "public" : schemas_.front();
  Status s = (*db)->Exec("SET search_path = " + path + "; " + sql);
  ASSERT_TRUE(s.ok()) << s.message();
#else
  (void)sql;
#endif
}

int BackendTest::PgBackendPid(const std::string& application_name) {
#ifdef CROSSCHECK_HAVE_LIBPQ
  auto db = Admin();
  if (!db.ok()) return -1;
  auto q = (*db)->Prepare("SELECT pid FROM pg_stat_activity WHERE application_name = ?1");
  if (!q.ok()) return -1;
  auto row = q->Bind(1, application_name).Step();
  return row.ok() && *row ? static_cast<int>(q->Int(0)) : -1;
#else
  (void)application_name;
  return -1;
#endif
}

}  // namespace crosscheck::store_test

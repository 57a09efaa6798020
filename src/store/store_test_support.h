// What the store tests share: a fresh, empty store per test on either
// backend, the invented reports they ingest, and a view of a store's
// incidents that does not depend on the ids the database handed out.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "store/store.h"

struct sqlite3;

namespace crosscheck::store_test {

// The first column of the first row of `sql` on a raw SQLite connection; -1 if none.
int64_t SqliteCount(sqlite3* db, const char* sql);

inline const ExtractionVersion kVersion{"0.1.0", "lexicon-test-1"};

struct Doc {
  nlohmann::json extraction;
  std::string text;
};

// A claim of an invented report (SPEC section 4 shape).
nlohmann::json MakeClaim(const std::string& id, const std::string& speaker, nlohmann::json count,
                         const std::string& cause, const nlohmann::json& place, const std::string& facility,
                         const std::string& date, const std::string& evidence);
nlohmann::json Count(int64_t min, nlohmann::json max, bool approx = false);
// One report whose claims form one incident; its text is the evidence sentences.
// `claims` is a vector, not a json: a braced list of one json would be an
// array under g++ but a copy of its element under clang (CWG 2137).
Doc MakeDoc(const std::string& id, const std::string& source, const std::string& published,
            nlohmann::json entities, const std::vector<nlohmann::json>& claims);

extern const nlohmann::json kTown, kCountry;

// Three outlets on one shooting at the Al-Nour camp in Kufra (doc-herald,
// doc-post, doc-radio), and a stabbing in a Kufra market a month later
// (doc-later).
std::vector<Doc> Reports();

// Reports about `events` separate incidents (each in its own town and week),
// each told by `outlets` outlets with their own figures: report n is event
// n % events told by outlet n / events.
Doc EventReport(int n, int events);

// A store's incidents as sets of "document/local claim id" with their
// contradiction kinds, so that two stores built in different orders (or
// with different ids) compare equal when they group claims alike.
struct CanonicalIncident {
  std::set<std::string> claims;
  std::multiset<std::string> contradictions;  // "kind doc/c1 doc/c2"
  bool operator<(const CanonicalIncident& o) const {
    return std::tie(claims, contradictions) < std::tie(o.claims, o.contradictions);
  }
  bool operator==(const CanonicalIncident& o) const {
    return claims == o.claims && contradictions == o.contradictions;
  }
};
std::set<CanonicalIncident> Canonical(Store& store);
std::string Describe(const std::set<CanonicalIncident>& incidents);

// A fresh, empty store per test: a SQLite file in a per-process temp dir, or
// a schema of its own in the PostgreSQL database named by
// CROSSCHECK_TEST_POSTGRES (the test skips when it is unset).
class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override;
  void TearDown() override;
  bool postgres() const { return GetParam() == "postgresql"; }
  // A new store URI (several per test are allowed: Reset gives fresh ones).
  std::string NewStoreUri();
  std::unique_ptr<Store> OpenStore(const StoreOptions& options = {});
  std::unique_ptr<Store> OpenStoreAt(const std::string& uri, const StoreOptions& options = {});
  // Runs SQL on the PostgreSQL test database in the test's schema (postgres() only).
  void PgExec(const std::string& sql);
  // Backend pid of the connection with this application_name (postgres() only).
  int PgBackendPid(const std::string& application_name);

  std::string uri_;  // the first store of the test
  std::string dir_;
  std::vector<std::string> schemas_;
  int stores_ = 0;
};

std::string BackendName(const ::testing::TestParamInfo<std::string>& info);

}  // namespace crosscheck::store_test

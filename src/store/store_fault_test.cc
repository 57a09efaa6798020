// Store faults through the store interface, on every backend: a failure at
// every point of every kind of write transaction (each statement, begin,
// commit) leaves the store exactly as it was, and a retry completes the
// work. On PostgreSQL the connection is also killed by the server at every
// point of an ingest. Faults below the interface (a real disk full, a torn
// write) are in sqlite_fault_test.cc.
#include <functional>

#include <gtest/gtest.h>

#include "store/store_test_support.h"

namespace crosscheck::store_test {
namespace {

using nlohmann::json;

// A fault hook that fails the `fail_at`-th point it is asked about, once
// armed: odd points as a write error, even ones as a full disk.
struct Injector {
  bool armed = false;
  int fail_at = 0;
  int seen = 0;
  bool fired = false;
  StoreOptions Options() {
    StoreOptions o;
    o.fault_hook = [this](std::string_view point) {
      if (!armed || fired || ++seen != fail_at) return Status::Ok();
      fired = true;
      return Status::IoError(std::string(fail_at % 2 ? "injected write error" : "injected disk full") + " at " +
                             std::string(point));
    };
    return o;
  }
};

// The state a failed write must leave behind: incidents, and which
// documents are stored with which lexicon.
struct Snapshot {
  std::set<CanonicalIncident> incidents;
  std::vector<std::string> documents;
  bool operator==(const Snapshot& o) const { return incidents == o.incidents && documents == o.documents; }
};

Snapshot Take(Store& store) {
  Snapshot s{Canonical(store), {}};
  for (const auto& d : Reports()) {
    const std::string id = d.extraction["document"]["id"];
    auto doc = store.GetDocument(id);
    s.documents.push_back(id + (doc.ok() ? " " + doc->at("extracted_by").dump() + " " +
                                                std::to_string(doc->at("claims").size())
                                         : " absent"));
  }
  return s;
}

using Operation = std::function<Status(Store&)>;

class StoreFaultTest : public BackendTest {
 protected:
  // The store before the operation: the first `docs` reports stored.
  std::unique_ptr<Store> Prepared(const std::string& uri, size_t docs, const StoreOptions& options) {
    auto store = OpenStoreAt(uri, options);
    if (!store) return nullptr;
    for (size_t i = 0; i < docs; ++i) {
      const Doc d = Reports()[i];
      EXPECT_TRUE(store->PutDocument(d.extraction, d.text, kVersion).ok());
    }
    return store;
  }

  // Fails the operation at its first, second, ... point until it runs
  // through; after each failure the store must equal its state before, and
  // a retry must give the state a fault-free run gives. Returns the number
  // of points the operation has.
  int FailEveryPoint(size_t docs, const Operation& op) {
    Snapshot want_before, want_after;
    {
      auto clean = Prepared(NewStoreUri(), docs, {});
      if (!clean) return 0;
      want_before = Take(*clean);
      Status s = op(*clean);
      EXPECT_TRUE(s.ok()) << s.message();
      want_after = Take(*clean);
    }
    for (int k = 1; k < 1000; ++k) {
      Injector inject;
      auto store = Prepared(NewStoreUri(), docs, inject.Options());
      if (!store) return 0;
      inject.armed = true;
      inject.fail_at = k;
      Status s = op(*store);
      inject.armed = false;
      if (!inject.fired) {
        EXPECT_TRUE(s.ok()) << s.message();
        EXPECT_TRUE(Take(*store) == want_after);
        RecordProperty("fault_points", k - 1);
        return k - 1;
      }
      EXPECT_FALSE(s.ok()) << "point " << k << ": the injected failure was swallowed";
      EXPECT_TRUE(Take(*store) == want_before) << "point " << k << " (" << s.message() << ") left a partial write: "
                                               << Describe(Take(*store).incidents);
      Status retry = op(*store);
      EXPECT_TRUE(retry.ok()) << "point " << k << ": retry failed: " << retry.message();
      EXPECT_TRUE(Take(*store) == want_after) << "point " << k << ": retry gave " << Describe(Take(*store).incidents);
    }
    ADD_FAILURE() << "the operation never ran through";
    return 0;
  }
};

Status PutThird(Store& store) {
  const Doc d = Reports()[2];
  auto r = store.PutDocument(d.extraction, d.text, kVersion);
  return r.ok() ? Status::Ok() : r.status();
}

std::string IncidentOf(Store& store, const std::string& document) {
  ClaimFilter f;
  f.document = document;
  auto claims = store.ListClaims(f);
  return claims.ok() && !claims->empty() ? (*claims)[0]["incident"].get<std::string>() : "";
}

std::string ClaimOf(Store& store, const std::string& document) {
  ClaimFilter f;
  f.document = document;
  auto claims = store.ListClaims(f);
  return claims.ok() && !claims->empty() ? (*claims)[0]["id"].get<std::string>() : "";
}

TEST_P(StoreFaultTest, IngestFailingAtEveryPoint) {
  const int points = FailEveryPoint(2, PutThird);
  EXPECT_GE(points, 10) << "an ingest that joins an incident runs more statements than that";
}

TEST_P(StoreFaultTest, SplitFailingAtEveryPoint) {
  FailEveryPoint(4, [](Store& store) {
    auto r = store.SplitIncident(IncidentOf(store, "doc-radio"), {ClaimOf(store, "doc-radio")});
    return r.ok() ? Status::Ok() : r.status();
  });
}

TEST_P(StoreFaultTest, MergeFailingAtEveryPoint) {
  FailEveryPoint(4, [](Store& store) {
    auto r = store.MergeIncidents(IncidentOf(store, "doc-herald"), IncidentOf(store, "doc-later"));
    return r.ok() ? Status::Ok() : r.status();
  });
}

TEST_P(StoreFaultTest, ReextractFailingAtEveryPoint) {
  FailEveryPoint(4, [](Store& store) {
    Doc d = Reports()[1];
    d.extraction["claims"][0]["count"] = Count(2, 2);
    auto r = store.ReplaceExtraction(d.extraction, {"0.1.0", "lexicon-test-2"});
    return r.ok() ? Status::Ok() : r.status();
  });
}

// The PostgreSQL server drops the connection in the middle of an ingest, at
// every point: the transaction is lost whole, and a new connection retries.
TEST_P(StoreFaultTest, PostgresConnectionKilledAtEveryPoint) {
  if (!postgres()) GTEST_SKIP() << "a PostgreSQL fault";
  const std::string uri = uri_;  // its schema is schemas_.front(), recreated for each point
  const std::string app = uri.substr(uri.find("application_name=") + 17);
  Snapshot before, after;
  {
    auto clean = Prepared(NewStoreUri(), 2, {});
    ASSERT_TRUE(clean);
    before = Take(*clean);
    ASSERT_TRUE(PutThird(*clean).ok());
    after = Take(*clean);
  }
  for (int k = 1; k < 1000; ++k) {
    PgExec("DROP SCHEMA IF EXISTS " + schemas_.front() + " CASCADE; CREATE SCHEMA " + schemas_.front());
    bool armed = false, fired = false;
    int seen = 0;
    StoreOptions o;
    o.fault_hook = [&](std::string_view) {
      if (armed && !fired && ++seen == k) {
        fired = true;
        PgExec("SELECT pg_terminate_backend(" + std::to_string(PgBackendPid(app)) + ")");
      }
      return Status::Ok();
    };
    auto store = Prepared(uri, 2, o);
    ASSERT_TRUE(store);
    armed = true;
    Status s = PutThird(*store);
    armed = false;
    if (!fired) {
      EXPECT_TRUE(s.ok()) << s.message();
      EXPECT_GT(k, 10);
      break;
    }
    EXPECT_FALSE(s.ok()) << "point " << k;
    store.reset();
    auto reopened = OpenStoreAt(uri);
    ASSERT_TRUE(reopened);
    EXPECT_TRUE(Take(*reopened) == before) << "point " << k << ": " << Describe(Take(*reopened).incidents);
    ASSERT_TRUE(PutThird(*reopened).ok());
    EXPECT_TRUE(Take(*reopened) == after) << "point " << k;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreFaultTest, ::testing::Values("sqlite", "postgresql"), BackendName);

}  // namespace
}  // namespace crosscheck::store_test

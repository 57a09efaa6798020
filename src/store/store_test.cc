// The store end to end on every backend (SQLite always; PostgreSQL when
// CROSSCHECK_TEST_POSTGRES names a server): one invented shooting at a camp
// told by three outlets, an unrelated killing in the same town a month
// later, re-ingest, filters, search, documents and claims, and the
// analyst's splits and merges surviving new reports and re-extraction.
#include <gtest/gtest.h>

#include "store/store_test_support.h"

namespace crosscheck::store_test {
namespace {

using nlohmann::json;

class StoreBackendTest : public BackendTest {
 protected:
  static void PutAll(Store& store) {
    for (const auto& d : Reports()) {
      auto r = store.PutDocument(d.extraction, d.text, kVersion);
      ASSERT_TRUE(r.ok()) << r.status().message();
    }
  }
  // The camp shooting's id (the incident with three claims).
  static std::string CampId(Store& store) {
    auto list = store.ListIncidents({});
    if (!list.ok()) return "";
    for (const auto& s : *list) {
      if (s.claims == 3) return s.id;
    }
    return "";
  }
  static std::string ClaimOf(Store& store, const std::string& document) {
    ClaimFilter f;
    f.document = document;
    auto claims = store.ListClaims(f);
    return claims.ok() && !claims->empty() ? (*claims)[0]["id"].get<std::string>() : "";
  }
  static std::string IncidentOfDocument(Store& store, const std::string& document) {
    ClaimFilter f;
    f.document = document;
    auto claims = store.ListClaims(f);
    return claims.ok() && !claims->empty() ? (*claims)[0]["incident"].get<std::string>() : "";
  }
};

TEST_P(StoreBackendTest, OneIncidentAcrossOutletsWithContradictions) {
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

TEST_P(StoreBackendTest, ReingestIsANoOp) {
  auto store = OpenStore();
  PutAll(*store);
  const auto before = Canonical(*store);
  auto again = store->PutDocument(Reports()[0].extraction, Reports()[0].text, kVersion);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->inserted);
  store.reset();
  store = OpenStore();  // reopening runs no migration twice
  PutAll(*store);
  EXPECT_EQ(Canonical(*store), before);
  auto sources = store->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 3u);
  EXPECT_EQ((*sources)[0].name, "Coastal Herald");
  EXPECT_EQ((*sources)[0].documents, 2u);
  EXPECT_EQ((*sources)[0].claims, 2u);
}

TEST_P(StoreBackendTest, Filters) {
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
  f.place = "NOUR";
  EXPECT_EQ(store->ListIncidents(f)->size(), 1u);
  f.place = "100%";
  EXPECT_EQ(store->ListIncidents(f)->size(), 0u);
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
  f.limit = 1;
  f.offset = 1;
  ASSERT_EQ(store->ListIncidents(f)->size(), 1u);
  EXPECT_EQ((*store->ListIncidents(f))[0].claims, 3u);
  f = {};
  f.from = "last week";
  EXPECT_FALSE(store->ListIncidents(f).ok());
}

TEST_P(StoreBackendTest, SearchFindsEvidenceAndText) {
  auto store = OpenStore();
  PutAll(*store);
  auto hits = store->Search("gunfire", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().message();
  bool claim_hit = false, document_hit = false;
  for (const auto& h : *hits) {
    EXPECT_EQ(h.source, "Radio Sahel");
    EXPECT_NE(h.snippet.find("[gunfire]"), std::string::npos) << h.snippet;
    if (h.kind == "claim") {
      claim_hit = true;
      EXPECT_FALSE(h.incident_id.empty());
      EXPECT_EQ(h.claim_id, ClaimOf(*store, "doc-radio"));
    } else {
      document_hit = h.kind == "document" && h.document_id == "doc-radio";
    }
  }
  EXPECT_TRUE(claim_hit);
  EXPECT_TRUE(document_hit);
  EXPECT_TRUE(store->Search("stampede detainee", 10)->size() >= 1u);  // every word must occur
  EXPECT_TRUE(store->Search("stampede gunfire", 10)->empty());
  // Query syntax in user text is taken literally.
  EXPECT_TRUE(store->Search("\"stampede AND (", 10).ok());
  EXPECT_FALSE(store->Search("   ", 10).ok());
}

TEST_P(StoreBackendTest, UnknownIdsAreNotFound) {
  auto store = OpenStore();
  EXPECT_EQ(store->GetIncident("i42").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->GetIncident("banana").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->GetDocument("nope").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->SplitIncident("i42", {"c1"}).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->MergeIncidents("i1", "i2").status().code(), StatusCode::kNotFound);
  ClaimFilter f;
  f.incident = "i42";
  ASSERT_TRUE(store->ListClaims(f).ok());
  EXPECT_TRUE(store->ListClaims(f)->empty());
}

TEST_P(StoreBackendTest, DocumentWithClaimsAndIncidents) {
  auto store = OpenStore();
  PutAll(*store);
  auto doc = store->GetDocument("doc-post");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ((*doc)["source"], "Desert Post");
  EXPECT_EQ((*doc)["published"], "2024-03-11");
  EXPECT_EQ((*doc)["url"], "https://example.org/doc-post");
  EXPECT_EQ((*doc)["text"], Reports()[1].text);
  EXPECT_EQ((*doc)["extracted_by"]["lexicon"], "lexicon-test-1");
  ASSERT_EQ((*doc)["entities"].size(), 1u);
  EXPECT_EQ((*doc)["entities"][0]["name"], "Interior Ministry");
  ASSERT_EQ((*doc)["claims"].size(), 1u);
  const json& claim = (*doc)["claims"][0];
  const std::string text = (*doc)["text"];
  const auto span = claim["evidence"]["span"];
  EXPECT_EQ(text.substr(span[0].get<size_t>(), span[1].get<size_t>() - span[0].get<size_t>()),
            claim["evidence"]["text"].get<std::string>());
  ASSERT_EQ((*doc)["incidents"].size(), 1u);
  EXPECT_EQ((*doc)["incidents"][0]["id"], claim["incident"]);
  EXPECT_EQ((*doc)["incidents"][0]["claims"], 3);
  EXPECT_EQ((*doc)["incidents"][0]["contradictions"], 4);  // count and cause, each against two outlets
}

TEST_P(StoreBackendTest, ClaimsByFilter) {
  auto store = OpenStore();
  PutAll(*store);
  ClaimFilter f;
  auto all = store->ListClaims(f);
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_EQ(all->size(), 4u);
  EXPECT_EQ((*all)[0]["document"]["id"], "doc-herald");  // store order
  f.incident = CampId(*store);
  EXPECT_EQ(store->ListClaims(f)->size(), 3u);
  f.source = "coastal";
  ASSERT_EQ(store->ListClaims(f)->size(), 1u);
  EXPECT_EQ((*store->ListClaims(f))[0]["cause"], "shooting");
  f = {};
  f.type = "kill";
  f.stance = "asserts";
  f.limit = 2;
  f.offset = 3;
  ASSERT_EQ(store->ListClaims(f)->size(), 1u);
  EXPECT_EQ((*store->ListClaims(f))[0]["document"]["id"], "doc-later");
  f.stance = "denies";
  EXPECT_TRUE(store->ListClaims(f)->empty());
}

TEST_P(StoreBackendTest, SplitIsRememberedWhenMoreReportsArrive) {
  auto store = OpenStore();
  PutAll(*store);
  const std::string camp = CampId(*store);
  const std::string radio = ClaimOf(*store, "doc-radio");
  auto split = store->SplitIncident(camp, {radio});
  ASSERT_TRUE(split.ok()) << split.status().message();
  EXPECT_NE(*split, camp);
  auto moved = store->GetIncident(*split);
  ASSERT_TRUE(moved.ok());
  ASSERT_EQ(moved->at("claims").size(), 1u);
  EXPECT_EQ(moved->at("claims")[0]["id"], radio);
  EXPECT_TRUE(moved->at("contradictions").empty());
  auto kept = store->GetIncident(camp);
  ASSERT_EQ(kept->at("claims").size(), 2u);
  EXPECT_EQ(kept->at("contradictions").size(), 2u);  // count and cause, herald vs post

  // A fourth outlet on the camp fits both halves: it joins one, and the
  // split stays.
  const Doc late = MakeDoc("doc-wire", "Wire Service", "2024-03-14", json::array(),
                           {MakeClaim("c1", "narrator", Count(7, 7), "shooting", kTown, "Al-Nour camp", "2024-03-10",
                                      "Seven detainees were shot dead at Al-Nour camp.")});
  auto put = store->PutDocument(late.extraction, late.text, kVersion);
  ASSERT_TRUE(put.ok()) << put.status().message();
  ASSERT_EQ(put->incidents.size(), 1u);
  EXPECT_TRUE(put->incidents[0] == camp || put->incidents[0] == *split) << put->incidents[0];
  EXPECT_EQ(store->ListIncidents({})->size(), 3u);
  EXPECT_NE(IncidentOfDocument(*store, "doc-radio"), IncidentOfDocument(*store, "doc-herald"));

  // Bad splits are refused and change nothing.
  EXPECT_EQ(store->SplitIncident(camp, {}).status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(store->SplitIncident(camp, {radio}).status().code(), StatusCode::kInvalidInput);  // not in it now
  EXPECT_EQ(store->SplitIncident(*split, {radio}).status().code(), StatusCode::kInvalidInput);  // all of it
  EXPECT_EQ(store->ListIncidents({})->size(), 3u);
}

TEST_P(StoreBackendTest, MergeIsRememberedWhenMoreReportsArrive) {
  auto store = OpenStore();
  PutAll(*store);
  const std::string camp = CampId(*store);
  const std::string market = IncidentOfDocument(*store, "doc-later");
  auto merged = store->MergeIncidents(camp, market);
  ASSERT_TRUE(merged.ok()) << merged.status().message();
  EXPECT_EQ(*merged, camp);
  EXPECT_EQ(store->ListIncidents({})->size(), 1u);
  auto gone = store->GetIncident(market);
  EXPECT_EQ(gone.status().code(), StatusCode::kNotFound);
  EXPECT_NE(gone.status().message().find("merged into " + camp), std::string::npos) << gone.status().message();
  auto inc = store->GetIncident(camp);
  ASSERT_EQ(inc->at("claims").size(), 4u);
  EXPECT_EQ(inc->at("last_date"), "2024-04-14");

  // Another report of the market killing joins the merged incident, though
  // it does not fit the camp's claims.
  const Doc more = MakeDoc("doc-more", "Desert Post", "2024-04-16", json::array(),
                           {MakeClaim("c1", "narrator", Count(2, 2), "stabbing", kTown, "", "2024-04-14",
                                      "Two market traders were stabbed in Kufra.")});
  auto put = store->PutDocument(more.extraction, more.text, kVersion);
  ASSERT_TRUE(put.ok()) << put.status().message();
  EXPECT_EQ(put->incidents, std::vector<std::string>{camp});
  EXPECT_EQ(store->ListIncidents({})->size(), 1u);
  EXPECT_EQ(store->MergeIncidents(camp, camp).status().code(), StatusCode::kInvalidInput);
}

TEST_P(StoreBackendTest, ReextractKeepsSplitsAndMerges) {
  auto store = OpenStore();
  PutAll(*store);
  const std::string camp = CampId(*store);
  const std::string market = IncidentOfDocument(*store, "doc-later");
  auto split = store->SplitIncident(camp, {ClaimOf(*store, "doc-radio")});
  ASSERT_TRUE(split.ok());
  ASSERT_TRUE(store->MergeIncidents(*split, market).ok());

  const ExtractionVersion next{"0.1.0", "lexicon-test-2"};
  auto stale = store->ReportsToReextract(next, "", 100);
  ASSERT_TRUE(stale.ok()) << stale.status().message();
  ASSERT_EQ(stale->size(), 4u);
  EXPECT_EQ((*stale)[0].id, "doc-herald");  // by id
  EXPECT_EQ((*stale)[3].text, Reports()[2].text);
  EXPECT_EQ(store->ReportsToReextract(next, "doc-later", 100)->size(), 2u);

  // The new lexicon reads other figures and finds one more claim in the
  // radio report, at a sentence of its own.
  for (auto d : Reports()) {
    json& claim = d.extraction["claims"][0];
    claim["count"] = Count(claim["count"]["min"].get<int>() + 1, claim["count"]["min"].get<int>() + 1);
    if (d.extraction["document"]["id"] == "doc-radio") {
      json extra = MakeClaim("c2", "narrator", Count(3, 3), "shooting", kCountry, "", "2024-03-12",
                             "Three more died in hospital.");
      extra["evidence"]["sentence"] = 1;
      extra["evidence"]["span"] = {200, 228};
      d.extraction["claims"].push_back(extra);
      d.extraction["incidents"][0]["claims"].push_back("c2");
    }
    auto r = store->ReplaceExtraction(d.extraction, next);
    ASSERT_TRUE(r.ok()) << r.status().message();
  }
  EXPECT_TRUE(store->ReportsToReextract(next, "", 100)->empty());
  // The edits hold: radio and the market stay together, apart from the camp.
  EXPECT_EQ(IncidentOfDocument(*store, "doc-radio"), *split);
  EXPECT_EQ(IncidentOfDocument(*store, "doc-later"), *split);
  EXPECT_EQ(IncidentOfDocument(*store, "doc-herald"), camp);
  EXPECT_EQ(IncidentOfDocument(*store, "doc-post"), camp);
  ClaimFilter f;
  f.document = "doc-radio";
  auto radio = store->ListClaims(f);
  ASSERT_EQ(radio->size(), 2u);
  EXPECT_EQ((*radio)[0]["count"]["min"], 9);
  EXPECT_EQ((*radio)[0]["extracted_by"]["lexicon"], "lexicon-test-2");
  // The new claim went with its report's incident (the unit it came in).
  EXPECT_EQ((*radio)[1]["incident"], *split);
  EXPECT_EQ(store->ListIncidents({})->size(), 2u);
  auto search = store->Search("hospital", 10);
  ASSERT_TRUE(search.ok());
  EXPECT_EQ(search->size(), 1u);
  // The report's text and the new claim's evidence; the old claim's row is gone.
  EXPECT_EQ(store->Search("Eight gunfire", 10)->size(), 2u);

  ExtractionVersion unknown{"0.1.0", "lexicon-test-1"};
  EXPECT_EQ(store->ReplaceExtraction(MakeDoc("doc-unknown", "X", "", json::array(), {}).extraction, unknown)
                .status()
                .code(),
            StatusCode::kNotFound);
}

TEST_P(StoreBackendTest, ReextractWithoutEditsRegroupsByTheRules) {
  auto store = OpenStore();
  PutAll(*store);
  const auto before = Canonical(*store);
  const ExtractionVersion next{"0.1.0", "lexicon-test-2"};
  for (const auto& d : Reports()) ASSERT_TRUE(store->ReplaceExtraction(d.extraction, next).ok());
  EXPECT_EQ(Canonical(*store), before) << Describe(Canonical(*store));
}

// A PostgreSQL schema of another application is refused and left as it was;
// a store of a newer schema version is unsupported. (SQLite's files:
// sqlite_store_test.cc.)
TEST_P(StoreBackendTest, ForeignPostgresSchemaIsRefusedAndUntouched) {
  if (!postgres()) GTEST_SKIP() << "SQLite files are checked in sqlite_store_test.cc";
  PgExec("CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES('bread')");
  auto store = Store::Open(uri_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(store.status().message().find("not a crosscheck store"), std::string::npos) << store.status().message();
  // Untouched: still one table, one row.
  PgExec("DO $$ BEGIN IF (SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()) <> 1"
         " OR (SELECT COUNT(*) FROM recipes) <> 1 THEN RAISE EXCEPTION 'the foreign schema was changed'; END IF; END $$");

  const std::string fresh = NewStoreUri();
  ASSERT_TRUE(OpenStoreAt(fresh));
  PgExec("INSERT INTO " + schemas_.back() + ".schema_version(version) VALUES(99)");
  auto newer = Store::Open(fresh);
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), StatusCode::kUnsupported) << newer.status().message();
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreBackendTest, ::testing::Values("sqlite", "postgresql"), BackendName);

}  // namespace
}  // namespace crosscheck::store_test

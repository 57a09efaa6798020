// The API and page over a real store and extractor, on loopback: escaping,
// the token, report size limits, query checks, path traversal, host checks.
#include "server/api.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "server/bounded_server.h"
#include "server/test_client.h"

namespace crosscheck::server {
namespace {

using nlohmann::json;
using testing::BodyOf;
using testing::Exchange;
using testing::StatusOf;

constexpr const char* kToken = "test-token-0123456789";

const Extractor& SharedExtractor() {
  static const Extractor* extractor = [] {
    auto e = Extractor::Create(Extractor::DefaultDataDir());
    if (!e.ok()) {
      ADD_FAILURE() << e.status().message();
      std::abort();
    }
    return new Extractor(std::move(e).value());
  }();
  return *extractor;
}

std::string Request(const std::string& method, const std::string& target, const std::string& body = "",
                    const std::string& extra_headers = "") {
  std::string r = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra_headers;
  if (!body.empty() || method == "POST") r += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  return r + "\r\n" + body;
}

std::string Auth(const std::string& token = kToken) { return "Authorization: Bearer " + token + "\r\n"; }

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("crosscheck_api_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    stores_ = std::make_unique<StorePool>((dir_ / "store.db").string());
    ApiOptions options;
    options.write_token = kToken;
    options.max_report_bytes = 20000;
    options.version = {"test", "test"};
    api_ = std::make_unique<Api>(*stores_, &SharedExtractor(), options);
    server_ = std::make_unique<BoundedServer>(ServerLimits{});
    api_->Register(*server_);
    running_ = std::make_unique<testing::RunningServer>(*server_);
  }
  void TearDown() override {
    running_.reset();
    server_.reset();
    api_.reset();
    stores_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::string Call(const std::string& request) { return Exchange(running_->port(), request); }
  json JsonOf(const std::string& reply) { return json::parse(BodyOf(reply), nullptr, false); }
  std::string PostReport(const std::string& text) {
    return Call(Request("POST", "/api/v1/documents", json{{"text", text}, {"source", "Test Wire"}}.dump(),
                        Auth() + "Content-Type: application/json\r\n"));
  }

  std::filesystem::path dir_;
  std::unique_ptr<StorePool> stores_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<BoundedServer> server_;
  std::unique_ptr<testing::RunningServer> running_;
};

constexpr const char* kReport =
    "TRIPOLI, May 3 - Police said two protesters were killed in Tripoli on Friday. "
    "A rights group said at least seven protesters were shot dead by police.";

TEST_F(ApiTest, ThePageIsServedFromMemoryWithAStrictPolicy) {
  const std::string reply = Call(Request("GET", "/"));
  EXPECT_EQ(StatusOf(reply), 200);
  EXPECT_NE(reply.find("Content-Type: text/html"), std::string::npos);
  EXPECT_NE(reply.find("Content-Security-Policy: default-src 'none'; script-src 'self'"), std::string::npos);
  EXPECT_NE(reply.find("X-Content-Type-Options: nosniff"), std::string::npos);
  EXPECT_NE(BodyOf(reply).find("/app/main.js"), std::string::npos);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/app/main.js"))), 200);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/vendor/countries-110m.json"))), 200);
}

TEST_F(ApiTest, NoPathReachesOutsideTheEmbeddedFiles) {
  for (const char* path : {"/../../../../etc/passwd", "/app/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                           "/app/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/app/..%2f..%2f..%2fetc%2fpasswd", "//etc/passwd",
                           "/app/main.js/../../CMakeLists.txt", "/web/index.html", "/index.html%00.js",
                           "/app/./main.js", "/vendor/../../../../../etc/hostname"}) {
    const std::string reply = Call(Request("GET", path));
    EXPECT_EQ(StatusOf(reply) == 404 || StatusOf(reply) == 400, true) << path << ":\n" << reply;
    EXPECT_EQ(reply.find("root:"), std::string::npos) << path;
  }
}

TEST_F(ApiTest, WritesNeedTheToken) {
  const std::string body = json{{"text", kReport}}.dump();
  const std::string type = "Content-Type: application/json\r\n";
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", body, type))), 401);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", body, type + Auth("test-token-0123456780")))), 401);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", body, type + Auth("test-token")))), 401);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", body, type + "Authorization: " + kToken + "\r\n"))), 401);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/incidents/i1/merge", "{\"other\":\"i2\"}", type))), 401);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/incidents/i1/split", "{\"claims\":[\"c1\"]}", type))), 401);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", body, type + Auth()))), 201);
  // Nothing was stored by the refused attempts: the accepted one was new.
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", body, type + Auth()))), 200);
}

TEST_F(ApiTest, ReportTextIsEscapedInEveryReply) {
  const std::string text = std::string(kReport) + " <script>alert('x')</script> & <img src=x onerror=alert(1)>";
  const std::string reply = PostReport(text);
  ASSERT_EQ(StatusOf(reply), 201) << reply;
  EXPECT_EQ(reply.find("<script>"), std::string::npos);
  EXPECT_EQ(reply.find("<img"), std::string::npos);
  EXPECT_NE(reply.find("\\u003cscript\\u003e"), std::string::npos);
  const json doc = JsonOf(reply);
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_EQ(doc["text"], text);  // the same text once parsed
  const std::string search = Call(Request("GET", "/api/v1/search?q=alert"));
  EXPECT_EQ(StatusOf(search), 200);
  EXPECT_EQ(search.find("<script>"), std::string::npos);
}

TEST_F(ApiTest, APostedReportJoinsIncidentsWithItsContradictions) {
  const std::string reply = PostReport(kReport);
  ASSERT_EQ(StatusOf(reply), 201) << reply;
  const json posted = JsonOf(reply);
  ASSERT_FALSE(posted["claims"].empty());
  ASSERT_FALSE(posted["incidents"].empty());
  std::string contradicted;
  for (const auto& incident : posted["incidents"]) {
    for (const auto& c : incident["contradictions"]) {
      if (c["kind"] == "count") contradicted = incident["id"];
    }
  }
  ASSERT_FALSE(contradicted.empty()) << posted.dump(1);
  const json list = JsonOf(Call(Request("GET", "/api/v1/incidents?contradicted=1&limit=10")));
  ASSERT_FALSE(list.is_discarded());
  bool listed = false;
  for (const auto& s : list["incidents"]) listed = listed || s["id"] == contradicted;
  EXPECT_TRUE(listed) << list.dump();
  const json one = JsonOf(Call(Request("GET", "/api/v1/incidents/" + contradicted)));
  EXPECT_EQ(one["id"], contradicted);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/api/v1/incidents/i999999"))), 404);
}

TEST_F(ApiTest, AnAnalystSplitsAndMergesIncidents) {
  const json posted = JsonOf(PostReport(kReport));
  std::string id;
  std::vector<std::string> claims;
  for (const auto& incident : posted["incidents"]) {
    if (incident["claims"].size() >= 2 && id.empty()) {
      id = incident["id"];
      for (const auto& c : incident["claims"]) claims.push_back(c["id"]);
    }
  }
  ASSERT_FALSE(id.empty()) << posted.dump(1);
  const std::string type = "Content-Type: application/json\r\n" + Auth();
  const std::string split =
      Call(Request("POST", "/api/v1/incidents/" + id + "/split", json{{"claims", {claims[0]}}}.dump(), type));
  ASSERT_EQ(StatusOf(split), 200) << split;
  const std::string created = JsonOf(split)["new_incident"];
  EXPECT_NE(created, id);
  EXPECT_EQ(JsonOf(Call(Request("GET", "/api/v1/incidents/" + created)))["claims"][0]["id"], claims[0]);
  const std::string merge =
      Call(Request("POST", "/api/v1/incidents/" + id + "/merge", json{{"other", created}}.dump(), type));
  ASSERT_EQ(StatusOf(merge), 200) << merge;
  EXPECT_EQ(JsonOf(Call(Request("GET", "/api/v1/incidents/" + id)))["claims"].size(), claims.size());
  // A claim of another incident, or no body at all, is refused.
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/incidents/" + id + "/split", "{\"claims\": [\"c99999\"]}", type))),
            400);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/incidents/" + id + "/merge", "", type))), 400);
}

TEST_F(ApiTest, ReportsOverTheLimitAreRefusedWithTheLimit) {
  const std::string reply = PostReport(std::string(30000, 'a'));
  EXPECT_EQ(StatusOf(reply), 400);
  EXPECT_NE(reply.find("20000"), std::string::npos) << reply;
  EXPECT_EQ(StatusOf(PostReport("   \n  ")), 400);  // empty report
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", "{\"text\": 5}",
                                  Auth() + "Content-Type: application/json\r\n"))), 400);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", "{broken",
                                  Auth() + "Content-Type: application/json\r\n"))), 400);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", "x", Auth() + "Content-Type: image/png\r\n"))), 415);
  EXPECT_EQ(StatusOf(Call(Request("POST", "/api/v1/documents", "caf\xc3", Auth() + "Content-Type: text/plain\r\n"))),
            400);
}

TEST_F(ApiTest, QueryParametersAreChecked) {
  EXPECT_EQ(StatusOf(Call(Request("GET", "/api/v1/incidents?limit=10"))), 200);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/api/v1/incidents?limit=abc"))), 400);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/api/v1/incidents?limit=100000"))), 400);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/api/v1/incidents?from=2024-13-01"))), 400);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/api/v1/incidents?tpye=kill"))), 400);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/api/v1/search"))), 400);
  EXPECT_EQ(StatusOf(Call(Request("GET", "/api/v1/export?format=xml"))), 400);
  const json bad = JsonOf(Call(Request("GET", "/api/v1/incidents?tpye=kill")));
  EXPECT_EQ(bad["error"]["code"], "invalid_input");
}

TEST_F(ApiTest, RequestsForAnotherHostAreRefused) {
  const std::string reply = Exchange(running_->port(),
                                     "GET /api/v1/incidents HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(StatusOf(reply), 403);
  EXPECT_EQ(StatusOf(Exchange(running_->port(),
                              "GET /api/v1/ HTTP/1.1\r\nHost: localhost:9\r\nConnection: close\r\n\r\n")), 200);
}

}  // namespace
}  // namespace crosscheck::server

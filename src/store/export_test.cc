#include <gtest/gtest.h>

#include "store/export_csv.h"
#include "store/export_geojson.h"
#include "store/export_row.h"

namespace crosscheck {
namespace {

using nlohmann::json;

// An invented incident in the shape Store::GetIncident returns: a ministry
// and a charity disagree about a death toll and its cause.
json Incident() {
  const json place = {{"name", "Sabha"}, {"id", "gn:2212775"}, {"country", "LY"}, {"lat", 27.03766},
                      {"lon", 14.42832}, {"parents", {"Sabha", "Libya"}}};
  json ministry = {{"id", "c1"}, {"speaker", {{"id", "e1"}, {"name", "Interior Ministry"}}}, {"stance", "asserts"},
                   {"type", "kill"}, {"count", {{"min", 2}, {"max", 2}, {"approx", false}}},
                   {"victims", "detainees"}, {"cause", "fire"}, {"agent", nullptr}, {"place", place},
                   {"document", {{"id", "d1"}, {"source", "Desert Post"}, {"published", "2024-03-14"}}}};
  json charity = {{"id", "c2"}, {"speaker", {{"id", "e2"}, {"name", "Sahel Aid"}}}, {"stance", "asserts"},
                  {"type", "kill"}, {"count", {{"min", 9}, {"max", nullptr}, {"approx", false}}},
                  {"victims", "detainees"}, {"cause", "shooting"},
                  {"agent", {{"entity", "e3"}, {"name", "guards"}, {"text", "guards"}}}, {"place", place},
                  {"document", {{"id", "d2"}, {"source", "Coastal Herald, evening"}, {"published", "2024-03-13"}}}};
  json vague = {{"id", "c3"}, {"speaker", {{"id", "unnamed"}, {"name", "unnamed source"}}}, {"stance", "asserts"},
                {"type", "kill"}, {"count", {{"min", 2}, {"max", nullptr}, {"approx", true}}},
                {"document", {{"id", "d2"}, {"source", "Coastal Herald, evening"}, {"published", "2024-03-13"}}}};
  return {{"id", "i4"},
          {"type", "kill"},
          {"place", "Sabha"},
          {"facility", "the Sabha detention centre"},
          {"first_date", "2024-03-12"},
          {"last_date", "2024-03-12"},
          {"summary", {"Interior Ministry: 2, fire", "Sahel Aid: \u2265 9, shooting"}},
          {"claims", {ministry, charity, vague}},
          {"contradictions",
           {{{"kind", "count"}, {"claims", {"c1", "c2"}}}, {{"kind", "cause"}, {"claims", {"c1", "c2"}}}}}};
}

TEST(ExportRow, FlattensAnIncident) {
  const IncidentRow row = RowFromIncident(Incident());
  EXPECT_EQ(row.id, "i4");
  EXPECT_EQ(row.event_date, "2024-03-12");
  EXPECT_EQ(row.type, "kill");
  EXPECT_EQ(row.agent, "guards");
  EXPECT_EQ(row.victims, "detainees");
  EXPECT_EQ(row.location, "Sabha");
  EXPECT_EQ(row.country, "Libya");
  EXPECT_DOUBLE_EQ(*row.latitude, 27.03766);
  EXPECT_DOUBLE_EQ(*row.longitude, 14.42832);
  EXPECT_EQ(row.geo_precision, 1);
  EXPECT_EQ(row.count_min, 2) << "the vague 'some' count does not lower the minimum";
  EXPECT_FALSE(row.count_max) << "'at least nine' leaves the upper bound open";
  EXPECT_EQ(row.sources, "Desert Post; Coastal Herald, evening");
  EXPECT_EQ(row.contradictions, "count: Interior Ministry vs Sahel Aid; cause: Interior Ministry vs Sahel Aid");
  EXPECT_EQ(row.notes,
            "i4; facility: the Sabha detention centre; Interior Ministry: 2, fire | Sahel Aid: \u2265 9, shooting");
}

TEST(ExportRow, ASpeakerPairIsNamedOncePerKind) {
  json inc = Incident();
  inc["claims"][2]["speaker"] = {{"id", "e2"}, {"name", "Sahel Aid"}};
  inc["contradictions"].push_back({{"kind", "count"}, {"claims", {"c3", "c1"}}});
  EXPECT_EQ(RowFromIncident(inc).contradictions,
            "count: Interior Ministry vs Sahel Aid; cause: Interior Ministry vs Sahel Aid");
}

TEST(ExportRow, BoundedCountsAndCountryName) {
  json inc = Incident();
  inc["claims"][1]["count"] = {{"min", 5}, {"max", 7}, {"approx", false}};
  inc["claims"][0]["place"]["country_name"] = "State of Libya";
  const IncidentRow row = RowFromIncident(inc);
  EXPECT_EQ(row.count_min, 2);
  EXPECT_EQ(row.count_max, 7);
  EXPECT_EQ(row.country, "State of Libya") << "a country name added by the caller wins over the parents";
}

TEST(ExportCsv, AnEmptyFirstFieldKeepsItsColumn) {
  json inc = Incident();
  inc["first_date"] = "";
  const std::string row = CsvRow(RowFromIncident(inc));
  EXPECT_EQ(row.substr(0, 6), ",kill,") << row;
  size_t commas = 0, header_commas = 0;
  bool quoted = false;
  for (char c : row) {
    if (c == '"') quoted = !quoted;
    commas += !quoted && c == ',';
  }
  for (char c : CsvHeader()) header_commas += c == ',';
  EXPECT_EQ(commas, header_commas) << row;
}

TEST(ExportRow, DenialsDoNotCountAndUndatedIncidentsSayWhenReported) {
  json inc = Incident();
  inc["first_date"] = "";
  inc["claims"][1]["stance"] = "denies";
  const IncidentRow row = RowFromIncident(inc);
  EXPECT_EQ(row.count_min, 2);
  EXPECT_EQ(row.count_max, 2);
  EXPECT_EQ(row.agent, "") << "the agent was only named in a denial";
  EXPECT_EQ(row.event_date, "");
  EXPECT_NE(row.notes.find("no event date, first reported 2024-03-13"), std::string::npos) << row.notes;
}

TEST(ExportRow, ACountryIsTheCoarsestPrecision) {
  json inc = Incident();
  inc["place"] = "Libya";
  inc["claims"][0]["place"] = {{"name", "Libya"}, {"country", "LY"}, {"lat", 32.9}, {"lon", 13.2},
                               {"parents", json::array()}};
  const IncidentRow row = RowFromIncident(inc);
  EXPECT_EQ(row.geo_precision, 3);
  EXPECT_EQ(row.country, "LY") << "without the gazetteer's name, the code";
  EXPECT_NE(row.notes.find("placed only by its country"), std::string::npos) << row.notes;
  EXPECT_EQ((*GeoJsonFeature(row))["properties"]["geo_precision"], 3);
}

TEST(ExportRow, NoPlaceMeansNoCoordinates) {
  json inc = Incident();
  inc["place"] = "";
  const IncidentRow row = RowFromIncident(inc);
  EXPECT_FALSE(row.latitude);
  EXPECT_EQ(row.country, "");
  EXPECT_FALSE(GeoJsonFeature(row));
}

TEST(ExportCsv, QuotesAsRfc4180Says) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a, b"), "\"a, b\"");
  EXPECT_EQ(CsvField("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField(""), "");
}

TEST(ExportCsv, HeaderAndRowHaveTheSameColumns) {
  EXPECT_EQ(CsvHeader(),
            "event_date,type,agent,victims,location,country,latitude,longitude,count_min,count_max,sources,"
            "contradictions,notes\r\n");
  const std::string row = CsvRow(RowFromIncident(Incident()));
  EXPECT_EQ(row.substr(0, row.find(",\"Desert Post")),
            "2024-03-12,kill,guards,detainees,Sabha,Libya,27.037660,14.428320,2,");
  EXPECT_NE(row.find(",\"Desert Post; Coastal Herald, evening\","), std::string::npos) << row;
  EXPECT_EQ(row.substr(row.size() - 2), "\r\n");
}

TEST(ExportGeoJson, PointIsLongitudeThenLatitude) {
  const auto feature = GeoJsonFeature(RowFromIncident(Incident()));
  ASSERT_TRUE(feature);
  EXPECT_EQ((*feature)["type"], "Feature");
  EXPECT_EQ((*feature)["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ((*feature)["geometry"]["coordinates"][0].get<double>(), 14.42832);
  EXPECT_DOUBLE_EQ((*feature)["geometry"]["coordinates"][1].get<double>(), 27.03766);
  EXPECT_EQ((*feature)["properties"]["count_min"], 2);
  EXPECT_TRUE((*feature)["properties"]["count_max"].is_null());
  const json collection = json::parse(GeoJsonBegin() + feature->dump() + ",\n" + feature->dump() + GeoJsonEnd());
  EXPECT_EQ(collection["type"], "FeatureCollection");
  EXPECT_EQ(collection["features"].size(), 2u);
}

}  // namespace
}  // namespace crosscheck

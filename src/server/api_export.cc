// GET /api/v1/export: every incident matching the filters, as JSON lines,
// ACLED-like CSV or GeoJSON (the store's export_*.h), streamed in chunks of
// one page of incidents so a large store never sits in memory.
#include <limits>
#include <memory>
#include <string>

#include "server/api.h"
#include "server/http_util.h"
#include "server/query_params.h"
#include "store/export_csv.h"
#include "store/export_geojson.h"
#include "store/export_row.h"

namespace crosscheck::server {
namespace {

using nlohmann::json;

constexpr size_t kExportPage = 200;

struct ExportFormat {
  const char* name;
  const char* content_type;
  std::string (*begin)();
  std::string (*end)();
  // The text for one incident (GetIncident's JSON); `first` for separators.
  std::string (*item)(const json& incident, bool first);
};

std::string Nothing() { return {}; }
std::string JsonlItem(const json& incident, bool) { return WebSafeDump(incident) + "\n"; }
std::string CsvItem(const json& incident, bool) { return CsvRow(RowFromIncident(incident)); }
std::string GeoJsonItem(const json& incident, bool first) {
  auto feature = GeoJsonFeature(RowFromIncident(incident));
  if (!feature) return {};
  return (first ? "" : ",\n") + WebSafeDump(*feature);
}

constexpr ExportFormat kFormats[] = {
    {"jsonl", "application/x-ndjson; charset=utf-8", &Nothing, &Nothing, &JsonlItem},
    {"csv", "text/csv; charset=utf-8", &CsvHeader, &Nothing, &CsvItem},
    {"geojson", "application/geo+json; charset=utf-8", &GeoJsonBegin, &GeoJsonEnd, &GeoJsonItem},
};

// What one export streams, kept alive between chunks.
struct ExportState {
  StorePool::Lease store;
  IncidentFilter filter;
  size_t remaining;
  const ExportFormat* format;
  bool begun = false, any_item = false;
};

// Writes the next page; false when the client went away or the store failed
// (the reply is then cut short, which the client sees as a broken stream).
bool WriteChunk(ExportState& s, httplib::DataSink& sink) {
  std::string out;
  if (!s.begun) {
    out = s.format->begin();
    s.begun = true;
  }
  IncidentFilter page = s.filter;
  page.limit = std::min(kExportPage, s.remaining);
  Result<std::vector<IncidentSummary>> list =
      page.limit ? s.store->ListIncidents(page) : Result<std::vector<IncidentSummary>>(std::vector<IncidentSummary>{});
  if (!list.ok()) return false;
  for (const auto& summary : *list) {
    auto incident = s.store->GetIncident(summary.id);
    if (!incident.ok()) return false;
    std::string item = s.format->item(*incident, !s.any_item);
    s.any_item = s.any_item || !item.empty();
    out += item;
  }
  s.filter.offset += list->size();
  s.remaining -= list->size();
  const bool last = list->size() < page.limit || s.remaining == 0;
  if (last) out += s.format->end();
  if (!out.empty() && !sink.write(out.data(), out.size())) return false;
  if (last) sink.done();
  return true;
}

}  // namespace

void Api::Export(const httplib::Request& req, httplib::Response& res) {
  auto filter = IncidentFilterFrom(req, {"format"});
  if (!filter.ok()) return SendStatus(res, filter.status());
  const std::string name = req.get_param_value("format");
  const ExportFormat* format = nullptr;
  for (const auto& f : kFormats) format = name == f.name ? &f : format;
  if (!format) return SendError(res, 400, "invalid_input", "'format' must be jsonl, csv or geojson");
  auto store = stores_.Borrow();
  if (!store.ok()) return SendStatus(res, store.status());
  auto state = std::make_shared<ExportState>(ExportState{
      std::move(store).value(), *filter,
      req.has_param("limit") ? filter->limit : std::numeric_limits<size_t>::max(), format});
  res.set_header("Content-Disposition", std::string("attachment; filename=\"crosscheck-incidents.") + name + "\"");
  res.set_chunked_content_provider(format->content_type,
                                   [state](size_t, httplib::DataSink& sink) { return WriteChunk(*state, sink); });
}

}  // namespace crosscheck::server

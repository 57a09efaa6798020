// crosscheck export --format jsonl|csv|geojson [incidents filters] [--out FILE]
//
// Pages through the store's incidents (newest first, as `incidents` lists
// them), fills in each claim place's country name and, where the claim lacks
// them, coordinates from the gazetteer, and writes the rows with the pure
// formatters of store/export_*.h. With --out the file is written beside its
// final name and renamed at the end, so a failed export never leaves half a
// file under that name.
#include "cli/export_command.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "crosscheck/extractor.h"
#include "geo/gazetteer.h"
#include "store/export_csv.h"
#include "store/export_geojson.h"
#include "store/export_row.h"
#include "store/store.h"

namespace {

using crosscheck::Status;
using nlohmann::json;

struct ExportOptions {
  std::string store = "crosscheck.db";
  crosscheck::IncidentFilter filter;
  size_t limit = 0;  // 0: every matching incident
  std::string format = "jsonl";
  std::string out;
  std::string data_dir;
};

// Country names and missing coordinates come from the gazetteer by the
// place's id; places the gazetteer does not know are left as they are.
void AddPlaceDetails(const crosscheck::geo::Gazetteer& gazetteer, json& incident) {
  for (auto& claim : incident["claims"]) {
    auto place = claim.find("place");
    if (place == claim.end() || !place->is_object()) continue;
    const auto id_field = place->find("id");
    const crosscheck::geo::Place* known =
        id_field != place->end() && id_field->is_string() ? gazetteer.FindById(id_field->get<std::string>()) : nullptr;
    // value() would throw on null, which a sea's country is.
    const auto country_field = place->find("country");
    std::string code = country_field != place->end() && country_field->is_string()
                           ? country_field->get<std::string>() : std::string();
    if (code.empty() && known) code = known->country_code;
    if (const auto* country = gazetteer.FindCountry(code)) (*place)["country_name"] = country->name;
    if (known && known->has_coords && !(place->contains("lat") && (*place)["lat"].is_number())) {
      (*place)["lat"] = known->lat;
      (*place)["lon"] = known->lon;
    }
  }
}

class Writer {
 public:
  Writer(std::ostream& out, std::string format) : out_(out), format_(std::move(format)) {
    if (format_ == "csv") out_ << crosscheck::CsvHeader();
    if (format_ == "geojson") out_ << crosscheck::GeoJsonBegin();
  }
  void Add(const json& incident) {
    if (format_ == "jsonl") {
      out_ << incident.dump() << "\n";
      return;
    }
    const crosscheck::IncidentRow row = crosscheck::RowFromIncident(incident);
    if (format_ == "csv") {
      out_ << crosscheck::CsvRow(row);
    } else if (auto feature = crosscheck::GeoJsonFeature(row)) {
      out_ << (features_++ ? ",\n" : "") << feature->dump();
    } else {
      ++without_point_;
    }
  }
  void Finish() {
    if (format_ == "geojson") out_ << crosscheck::GeoJsonEnd();
    if (without_point_) {
      std::cerr << "crosscheck: " << without_point_ << " incident" << (without_point_ == 1 ? "" : "s")
                << " left out of the GeoJSON: no coordinates for their place\n";
    }
  }

 private:
  std::ostream& out_;
  std::string format_;
  size_t features_ = 0, without_point_ = 0;
};

Status ExportAll(crosscheck::Store& store, const crosscheck::geo::Gazetteer& gazetteer, const ExportOptions& o,
                 std::ostream& out) {
  Writer writer(out, o.format);
  crosscheck::IncidentFilter page = o.filter;
  size_t written = 0;
  for (;;) {
    page.limit = o.limit ? std::min<size_t>(500, o.limit - written) : 500;
    auto list = store.ListIncidents(page);
    if (!list.ok()) return list.status();
    for (const auto& summary : *list) {
      auto incident = store.GetIncident(summary.id);
      if (!incident.ok()) return incident.status();
      AddPlaceDetails(gazetteer, *incident);
      writer.Add(*incident);
    }
    written += list->size();
    page.offset += list->size();
    if (list->size() < page.limit || (o.limit && written >= o.limit)) break;
  }
  writer.Finish();
  return out ? Status::Ok() : Status::IoError("write failed");
}

int Fail(const Status& s) {
  std::cerr << "crosscheck: " << s.message() << "\n";
  return s.code() == crosscheck::StatusCode::kInvalidInput || s.code() == crosscheck::StatusCode::kNotFound ? 1 : 2;
}

int RunExport(const ExportOptions& o) {
  if (o.store.find("://") == std::string::npos && !std::filesystem::exists(o.store)) {
    return Fail(Status::NotFound(o.store + ": no store here (crosscheck ingest creates one; --store chooses it)"));
  }
  auto store = crosscheck::Store::Open(o.store);
  if (!store.ok()) return Fail(store.status());
  const std::string data = o.data_dir.empty() ? crosscheck::Extractor::DefaultDataDir() : o.data_dir;
  auto gazetteer = crosscheck::geo::Gazetteer::Load(data + "/gazetteer");
  if (!gazetteer.ok()) {
    std::cerr << "crosscheck: " << gazetteer.status().message() << "\n";
    return 2;
  }
  if (o.out.empty()) {
    const Status s = ExportAll(**store, *gazetteer, o, std::cout);
    return s.ok() ? 0 : Fail(s);
  }
  const std::string partial = o.out + ".partial";
  Status s;
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    if (!file) return Fail(Status::IoError(partial + ": cannot write"));
    s = ExportAll(**store, *gazetteer, o, file);
    file.close();
    if (s.ok() && !file) s = Status::IoError(partial + ": write failed");
  }
  std::error_code ec;
  if (s.ok()) std::filesystem::rename(partial, o.out, ec);
  if (s.ok() && ec) s = Status::IoError(o.out + ": " + ec.message());
  if (!s.ok()) {
    std::filesystem::remove(partial, ec);
    return Fail(s);
  }
  return 0;
}

}  // namespace

void AddExportCommand(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Write incidents as JSON lines, ACLED-like CSV or GeoJSON");
  cmd->add_option("--format", o->format, "jsonl (default), csv or geojson")
      ->check(CLI::IsMember({"jsonl", "csv", "geojson"}));
  cmd->add_option("--out", o->out, "Output file (default: standard output)");
  cmd->add_option("--store", o->store, "Store path (default crosscheck.db)");
  cmd->add_option("--type", o->filter.type, "Event type, e.g. kill");
  cmd->add_option("--place", o->filter.place, "Place, region or facility name (substring)");
  cmd->add_option("--from", o->filter.from, "First day YYYY-MM-DD");
  cmd->add_option("--to", o->filter.to, "Last day YYYY-MM-DD");
  cmd->add_option("--source", o->filter.source, "Outlet name (substring)");
  cmd->add_flag("--contradicted", o->filter.only_contradicted, "Only incidents whose sources contradict");
  cmd->add_option("--limit", o->limit, "At most this many incidents (default: all)");
  cmd->add_option("--data", o->data_dir, "Data directory (for the gazetteer)");
  cmd->callback([o] { throw CLI::RuntimeError(RunExport(*o)); });
}

// The gazetteer loader (src/geo/gazetteer_load.cc, gazetteer_format.cc).
//
// Input: the first byte picks which of the four gazetteer files the rest of
// the input replaces; the others are the small, valid stand-ins below (the
// shipped geonames.tsv is 3 MB, too slow to load per input). A gazetteer that
// loads is then matched against a short report.
#include <cstddef>
#include <cstdint>

#include "fuzz_util.h"
#include "geo/gazetteer.h"
#include "text/analyze.h"

using namespace crosscheck;

namespace {

constexpr const char* kFiles[] = {"geonames.tsv", "local.tsv", "demonyms.tsv", "common_words.txt"};
constexpr const char kGeonames[] =
    "#crosscheck-gazetteer 1\n"
    "gn:1\tcountry\tNorthland\tNorth Land|NL\tNL\t\t10.5\t20.25\t5000000\tPCLI\n"
    "gn:2\tadmin1\tRiver Province\t\tNL\tgn:1\t11\t21\t\tADM1\n"
    "gn:3\tcity\tPort Amar\tal-Amar|Amar\tNL\tgn:2\t11.5\t21.5\t250000\tPPLC\n"
    "gn:4\tcountry\tSouthmark\t\tSM\t\t-3\t4\t100\tPCLI\n"
    "gn:5\tcity\tRiver\t\tSM\tgn:4\t\t\t300000\tPPLA\n";
constexpr const char kLocal[] =
    "#crosscheck-gazetteer 1\n"
    "local:amar-camp\tlocal\tAmar Camp\tCamp Amar\tNL\tgn:3\t11.6\t21.6\t\tCMP\n";
constexpr const char kDemonyms[] = "#crosscheck-demonyms 1\nNorthlander\tNL\nSouthmarker\tSM\n";
constexpr const char kCommonWords[] = "#crosscheck-common-words 1\nriver\nport\n";
constexpr const char* kStandIns[] = {kGeonames, kLocal, kDemonyms, kCommonWords};
constexpr size_t kNumFiles = sizeof(kFiles) / sizeof(kFiles[0]);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const size_t replaced = data[0] % kNumFiles;
  const std::string dir = fuzz::ScratchDir() + "/gazetteer";
  for (size_t i = 0; i < kNumFiles; ++i) {
    fuzz::WriteFile(dir + "/" + kFiles[i],
                    i == replaced ? fuzz::AsView(data + 1, size - 1) : std::string_view(kStandIns[i]));
  }
  auto gazetteer = geo::Gazetteer::Load(dir);
  if (!gazetteer.ok()) {
    CROSSCHECK_FUZZ_CHECK(!gazetteer.status().message().empty());
    return 0;
  }
  static const std::string kText =
      "Northlander troops entered Port Amar and the Amar Camp in River Province, "
      "a Southmarker official in River said. NL forces left al-Amar.";
  const Doc doc = Analyze(kText);
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (auto m = gazetteer->MatchAt(doc, i, "NL")) {
      CROSSCHECK_FUZZ_CHECK(m->place != nullptr && m->tokens >= 1 && i + m->tokens <= doc.tokens.size());
      for (const geo::Place* p : gazetteer->parents(*m->place)) CROSSCHECK_FUZZ_CHECK(p != nullptr);
    }
    if (auto d = gazetteer->MatchDemonymAt(doc, i)) {
      CROSSCHECK_FUZZ_CHECK(d->first != nullptr && i + d->second <= doc.tokens.size());
    }
  }
  for (const geo::Place& p : gazetteer->places()) {
    (void)gazetteer->FindByName(p.name);
    (void)gazetteer->FindCountry(p.country_code);
  }
  return 0;
}

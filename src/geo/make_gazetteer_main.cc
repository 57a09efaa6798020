// crosscheck_make_gazetteer: regenerates data/gazetteer/geonames.tsv and
// common_words.txt from the GeoNames dump files and WordNet.
//
//   crosscheck_make_gazetteer --geonames ../shared/data/geonames
//       [--wordnet /usr/share/wordnet] [--out data/gazetteer]
#include <CLI/CLI.hpp>

#include <cstdio>

#include "geo/make_gazetteer.h"

int main(int argc, char** argv) {
  CLI::App app{"Regenerate the crosscheck gazetteer from GeoNames dump files"};
  crosscheck::geo::MakeGazetteerOptions options;
  options.wordnet_dir = "/usr/share/wordnet";
  options.out_dir = CROSSCHECK_DATA_DIR "/gazetteer";
  app.add_option("--geonames", options.geonames_dir,
                 "folder with cities15000.txt, admin1CodesASCII.txt, countryInfo.txt")
      ->required();
  app.add_option("--wordnet", options.wordnet_dir, "folder with WordNet's data.* files");
  app.add_option("--out", options.out_dir, "output folder");
  CLI11_PARSE(app, argc, argv);
  const crosscheck::Status s = crosscheck::geo::MakeGazetteer(options);
  if (!s.ok()) {
    std::fprintf(stderr, "crosscheck_make_gazetteer: %s\n", s.message().c_str());
    return 1;
  }
  return 0;
}

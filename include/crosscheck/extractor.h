// Extractor: report in, SPEC section 4 JSON object out.
//
// Create() loads the taxonomy, lexicons and gazetteer from a data directory
// once; Extract() is const and thread-safe, so one Extractor serves many
// threads.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "crosscheck/report.h"
#include "crosscheck/status.h"

namespace crosscheck {

class Pipeline;  // src/extract/pipeline.h

class Extractor {
 public:
  // data_dir holds taxonomy.tsv, lexicon/, gazetteer/ (see doc/data-formats.md);
  // model_dir the tagger and parser (models/); an empty model_dir extracts
  // with the shallow grammar alone, without a parse.
  static Result<Extractor> Create(const std::string& data_dir, const std::string& model_dir = DefaultModelDir());
  // The data directory the binary was built with, or $CROSSCHECK_DATA.
  static std::string DefaultDataDir();
  // The models/ directory the binary was built with, or $CROSSCHECK_MODELS
  // ("none": no parse).
  static std::string DefaultModelDir();

  // The SPEC section 4 object: document, entities, claims, incidents.
  Result<nlohmann::json> Extract(const Report& report) const;

  // A fingerprint of the loaded taxonomy and lexicons; the store records it
  // with every claim so a lexicon change can be re-extracted.
  std::string LexiconVersion() const;

 private:
  explicit Extractor(std::shared_ptr<const Pipeline> pipeline) : pipeline_(std::move(pipeline)) {}
  std::shared_ptr<const Pipeline> pipeline_;
};

}  // namespace crosscheck

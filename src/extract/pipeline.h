// Pipeline: the loaded resources and the stages that turn one Report into
// its extraction: analyze (text/) -> names (entities.h) -> frames
// (attribution.h) -> claims (events.h, slots.h) -> incidents
// (resolve/incidents.h). Immutable after Load, so one Pipeline serves many
// threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crosscheck/report.h"
#include "crosscheck/status.h"
#include "extract/claim.h"
#include "extract/lexicon.h"
#include "geo/gazetteer.h"
#include "resolve/incidents.h"
#include "syntax/syntax.h"
#include "text/doc.h"
#include "text/lemmatizer.h"

namespace crosscheck {

// Everything extracted from one report, with the Doc it points into.
struct Extraction {
  Report report;
  std::string document_id;  // hex SHA-256 of the text
  Doc doc;
  std::vector<Entity> entities;
  std::vector<Claim> claims;
  std::vector<Incident> incidents;
  std::vector<std::string> warnings;  // hard limits that cut something (extract/limits.h)
};

class Pipeline {
 public:
  // Loads the lexicons and gazetteer from data_dir and the tagger and parser
  // from model_dir (empty: no parse, the shallow grammar alone).
  static Result<std::unique_ptr<Pipeline>> Load(const std::string& data_dir, const std::string& model_dir);

  Result<Extraction> Run(const Report& report) const;

  const Lexicon& lexicon() const { return lexicon_; }
  const geo::Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  Pipeline(Lexicon lexicon, Lemmatizer lemmatizer, std::unique_ptr<geo::Gazetteer> gazetteer,
           std::unique_ptr<SyntaxModel> syntax)
      : lexicon_(std::move(lexicon)), lemmatizer_(std::move(lemmatizer)), gazetteer_(std::move(gazetteer)),
        syntax_(std::move(syntax)) {}

  Lexicon lexicon_;
  Lemmatizer lemmatizer_;
  std::unique_ptr<geo::Gazetteer> gazetteer_;
  std::unique_ptr<SyntaxModel> syntax_;  // null: no parse
};

// Lower-case hex SHA-256 of `text`.
std::string Sha256Hex(std::string_view text);

}  // namespace crosscheck

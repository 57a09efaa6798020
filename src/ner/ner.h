// Named-entity recognizer: finds person, organization, location and group
// names in a Doc with an averaged-perceptron BIO tagger (doc/ner.md).
//
//   Result<NerModel> m = LoadNerModel(DefaultNerModelPath());
//   for (const NamedSpan& s : FindEntities(*m, doc)) ...
//
// The model file stores the weights only; the gazetteer features come from
// crosscheck's own gazetteer (data/gazetteer) and the part-of-speech
// features from the syntax stage's tagger (models/tagger.model), which
// LoadNerModel loads too. Retraining that tagger shifts the NER features:
// retrain the NER model after it (doc/ner.md).
// A loaded model is immutable and safe to share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"
#include "geo/gazetteer.h"
#include "syntax/perceptron.h"
#include "syntax/tagger.h"
#include "text/doc.h"

namespace crosscheck {

enum class NerType : uint8_t { kPerson, kOrganization, kLocation, kGroup };
inline constexpr int kNumEntityTypes = 4;

// "person", "organization", "location", "group".
std::string_view NerTypeName(NerType type);

// Tokens [token_begin, token_end) of the Doc name one entity of `type`.
struct NamedSpan {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  NerType type = NerType::kPerson;
  bool operator==(const NamedSpan&) const = default;
};

class NerModel {
 public:
  NerModel() = default;
  NerModel(syntax::WeightTable weights, std::shared_ptr<const geo::Gazetteer> gazetteer,
           std::shared_ptr<const syntax::Tagger> tagger)
      : weights_(std::move(weights)), gazetteer_(std::move(gazetteer)), tagger_(std::move(tagger)) {}

  const syntax::WeightTable& weights() const { return weights_; }
  // May be null: the gazetteer features are then all absent.
  const geo::Gazetteer* gazetteer() const { return gazetteer_.get(); }
  // May be null: the part-of-speech features are then all absent.
  const syntax::Tagger* tagger() const { return tagger_.get(); }

  Status Save(const std::string& path) const;

 private:
  syntax::WeightTable weights_;
  std::shared_ptr<const geo::Gazetteer> gazetteer_;
  std::shared_ptr<const syntax::Tagger> tagger_;
};

// models/ner.model in the source tree.
std::string DefaultNerModelPath();
// data/gazetteer in the source tree.
std::string DefaultGazetteerDir();
// models/tagger.model in the source tree.
std::string DefaultPosTaggerPath();

// Loads a model written by NerModel::Save, the gazetteer from
// DefaultGazetteerDir() and the tagger from DefaultPosTaggerPath(). Fails
// with a message naming the file on a missing, truncated, corrupted or
// foreign file.
Result<NerModel> LoadNerModel(const std::string& path);
// As above with an already loaded gazetteer and tagger (either may be null,
// but must be what the model was trained with).
Result<NerModel> LoadNerModel(const std::string& path, std::shared_ptr<const geo::Gazetteer> gazetteer,
                              std::shared_ptr<const syntax::Tagger> tagger);

// The entities of every sentence of `doc`, in token order, not overlapping.
// Docs without sentences are read as one sentence.
std::vector<NamedSpan> FindEntities(const NerModel& model, const Doc& doc);

}  // namespace crosscheck

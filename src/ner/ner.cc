#include "ner/ner.h"

#include "ner/tagging.h"
#include "syntax/model_file.h"

namespace crosscheck {

namespace {
constexpr const char* kFormat = "crosscheck-ner";
constexpr int kVersion = 1;
}  // namespace

std::string_view NerTypeName(NerType type) {
  switch (type) {
    case NerType::kPerson:
      return "person";
    case NerType::kOrganization:
      return "organization";
    case NerType::kLocation:
      return "location";
    case NerType::kGroup:
      return "group";
  }
  return "?";
}

std::string DefaultNerModelPath() { return std::string(CROSSCHECK_MODEL_DIR) + "/ner.model"; }
std::string DefaultGazetteerDir() { return std::string(CROSSCHECK_DATA_DIR) + "/gazetteer"; }
std::string DefaultPosTaggerPath() { return std::string(CROSSCHECK_MODEL_DIR) + "/tagger.model"; }

// Payload: label count, label names (so a model with another label set is
// refused rather than misread), then the weight table.
Status NerModel::Save(const std::string& path) const {
  syntax::ModelWriter w;
  w.Put<uint32_t>(ner::kNumLabels);
  for (int l = 0; l < ner::kNumLabels; ++l) w.PutString(ner::LabelName(l));
  weights_.Save(&w);
  return w.Save(path, kFormat, kVersion);
}

Result<NerModel> LoadNerModel(const std::string& path, std::shared_ptr<const geo::Gazetteer> gazetteer,
                              std::shared_ptr<const syntax::Tagger> tagger) {
  Result<syntax::ModelReader> opened = syntax::ModelReader::Open(path, kFormat, kVersion);
  if (!opened.ok()) return opened.status();
  syntax::ModelReader& r = *opened;
  uint32_t n = 0;
  if (!r.Get(&n) || n != ner::kNumLabels) return r.Error("label count");
  for (int l = 0; l < ner::kNumLabels; ++l) {
    std::string name;
    if (!r.GetString(&name) || name != ner::LabelName(l)) return r.Error("label names");
  }
  syntax::WeightTable weights;
  if (!weights.Load(&r) || weights.num_classes() != ner::kNumLabels) return r.Error("weights");
  if (!r.AtEnd()) return r.Error("trailing bytes");
  return NerModel(std::move(weights), std::move(gazetteer), std::move(tagger));
}

Result<NerModel> LoadNerModel(const std::string& path) {
  // The model first: a bad model file is the likelier error, and cheaper.
  if (Result<syntax::ModelReader> r = syntax::ModelReader::Open(path, kFormat, kVersion); !r.ok()) {
    return r.status();
  }
  Result<geo::Gazetteer> gazetteer = geo::Gazetteer::Load(DefaultGazetteerDir());
  if (!gazetteer.ok()) return gazetteer.status();
  Result<syntax::Tagger> tagger = syntax::Tagger::Load(DefaultPosTaggerPath());
  if (!tagger.ok()) return tagger.status();
  return LoadNerModel(path, std::make_shared<const geo::Gazetteer>(std::move(*gazetteer)),
                      std::make_shared<const syntax::Tagger>(std::move(*tagger)));
}

std::vector<NamedSpan> FindEntities(const NerModel& model, const Doc& doc) {
  std::vector<NamedSpan> out;
  auto tag = [&](uint32_t begin, uint32_t end) {
    if (begin >= end) return;
    const std::vector<ner::TokenAtoms> atoms = ner::ComputeAtoms(doc, begin, end, model.gazetteer(), model.tagger());
    for (const NamedSpan& s : ner::SpansFromLabels(ner::Decode(model.weights(), atoms), begin)) out.push_back(s);
  };
  if (doc.sentences.empty()) {
    tag(0, static_cast<uint32_t>(doc.tokens.size()));
  } else {
    for (const Sentence& s : doc.sentences) tag(s.token_begin, s.token_end);
  }
  return out;
}

}  // namespace crosscheck

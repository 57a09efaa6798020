#include "crosscheck/extractor.h"

#include <cstdlib>

#include "extract/json_writer.h"
#include "extract/pipeline.h"
#include "syntax/syntax.h"

namespace crosscheck {

Result<Extractor> Extractor::Create(const std::string& data_dir, const std::string& model_dir) {
  auto pipeline = Pipeline::Load(data_dir, model_dir);
  if (!pipeline.ok()) return pipeline.status();
  return Extractor(std::shared_ptr<const Pipeline>(std::move(pipeline).value()));
}

std::string Extractor::DefaultDataDir() {
  if (const char* env = std::getenv("CROSSCHECK_DATA"); env && *env) return env;
  return CROSSCHECK_DATA_DIR;
}

std::string Extractor::DefaultModelDir() {
  if (const char* env = std::getenv("CROSSCHECK_MODELS"); env && *env) {
    return std::string_view(env) == "none" ? std::string() : std::string(env);
  }
  return DefaultSyntaxModelDir();
}

std::string Extractor::LexiconVersion() const { return pipeline_->lexicon().version(); }

Result<nlohmann::json> Extractor::Extract(const Report& report) const {
  auto x = pipeline_->Run(report);
  if (!x.ok()) return x.status();
  nlohmann::json json = ToJson(*x, pipeline_->gazetteer());
  if (!x->warnings.empty()) json["document"]["warnings"] = x->warnings;
  return json;
}

}  // namespace crosscheck

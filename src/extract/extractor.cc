#include "crosscheck/extractor.h"

#include <cstdlib>

#include "extract/json_writer.h"
#include "extract/pipeline.h"

namespace crosscheck {

Result<Extractor> Extractor::Create(const std::string& data_dir) {
  auto pipeline = Pipeline::Load(data_dir);
  if (!pipeline.ok()) return pipeline.status();
  return Extractor(std::shared_ptr<const Pipeline>(std::move(pipeline).value()));
}

std::string Extractor::DefaultDataDir() {
  if (const char* env = std::getenv("CROSSCHECK_DATA"); env && *env) return env;
  return CROSSCHECK_DATA_DIR;
}

std::string Extractor::LexiconVersion() const { return pipeline_->lexicon().version(); }

Result<nlohmann::json> Extractor::Extract(const Report& report) const {
  auto x = pipeline_->Run(report);
  if (!x.ok()) return x.status();
  return ToJson(*x, pipeline_->gazetteer());
}

}  // namespace crosscheck

#include "extract/pipeline.h"

#include <openssl/evp.h>

#include "extract/agent_context.h"
#include "extract/attribution.h"
#include "extract/cause_context.h"
#include "extract/dependencies.h"
#include "extract/earlier_events.h"
#include "extract/entities.h"
#include "extract/limits.h"
#include "extract/place_context.h"
#include "extract/events.h"
#include "extract/slots.h"
#include "extract/time_context.h"
#include "text/analyze.h"

namespace crosscheck {

std::string Sha256Hex(std::string_view text) {
  // OpenSSL 3 looks the algorithm up on every EVP_sha256() digest; fetch it once.
  static EVP_MD* const kSha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(text.data(), text.size(), digest, &length, kSha256 ? kSha256 : EVP_sha256(), nullptr);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}

Result<std::unique_ptr<Pipeline>> Pipeline::Load(const std::string& data_dir, const std::string& model_dir) {
  auto lexicon = Lexicon::Load(data_dir);
  if (!lexicon.ok()) return lexicon.status();
  auto lemmatizer = Lemmatizer::Load(data_dir + "/lexicon/lemmas.tsv");
  if (!lemmatizer.ok()) return lemmatizer.status();
  auto gazetteer = geo::Gazetteer::Load(data_dir + "/gazetteer");
  if (!gazetteer.ok()) return gazetteer.status();
  std::unique_ptr<SyntaxModel> syntax;
  if (!model_dir.empty()) {
    auto model = LoadSyntaxModel(model_dir);
    if (!model.ok()) return model.status();
    syntax = std::make_unique<SyntaxModel>(std::move(model).value());
  }
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(lexicon).value(), std::move(lemmatizer).value(),
                                                std::make_unique<geo::Gazetteer>(std::move(gazetteer).value()),
                                                std::move(syntax)));
}

namespace {

// The lead is the first sentence that ends as a sentence does (a headline
// does not), among the first few.
std::optional<LeadSetting> LeadSettingOf(const Doc& doc, const SlotFinder& slots) {
  constexpr size_t kLeadSearch = 3;
  for (size_t i = 0; i < doc.sentences.size() && i < kLeadSearch; ++i) {
    const Sentence& s = doc.sentences[i];
    const std::string_view last = doc.token_text(s.token_end - 1);
    if (last != "." && last != "!" && last != "?") continue;
    if (auto place = slots.SettingOf(i)) return LeadSetting{i, *place};
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

Result<Extraction> Pipeline::Run(const Report& report) const {
  if (report.text.size() > kMaxReportBytes) {
    return Status::InvalidInput((report.origin.empty() ? std::string("report") : report.origin) + ": report is " +
                                std::to_string(report.text.size()) + " bytes, more than the limit of " +
                                std::to_string(kMaxReportBytes) + " (doc/hardening.md); split it into smaller reports");
  }
  std::optional<Date> anchor;
  if (!report.published.empty()) {
    auto d = ParseDate(report.published);
    if (!d.ok()) {
      return Status::InvalidInput((report.origin.empty() ? std::string("report") : report.origin) +
                                  ": unknown date format '" + report.published + "' (expected YYYY-MM-DD)");
    }
    anchor = *d;
  }
  Extraction out{report, Sha256Hex(report.text), Analyze(report.text, &lemmatizer_), {}, {}, {}, {}};
  if (const size_t cut = SplitLongSentences(out.doc)) {
    out.warnings.push_back(std::to_string(cut) + " sentence(s) longer than " + std::to_string(kMaxSentenceTokens) +
                           " tokens were cut into pieces");
  }
  EntityRegistry entities(out.doc, lexicon_, gazetteer_.get(), &lemmatizer_);
  entities.FindNames();
  DependencyView deps(out.doc, syntax_.get());
  Attributor attributor(out.doc, lexicon_, entities, &deps);
  const auto frames = attributor.Run();
  SlotFinder slots(out.doc, lexicon_, entities, gazetteer_.get(), anchor, &deps);
  ClaimBuilder builder(out.doc, lexicon_, entities, slots, &deps);
  out.claims = builder.Build(frames);
  if (const size_t dropped = CapClaims(out.claims)) {
    out.warnings.push_back(std::to_string(dropped) + " claim(s) beyond the first " +
                           std::to_string(kMaxClaimsPerReport) + " were dropped");
  }
  InheritPlacesFromContext(out.doc, &out.claims, LeadSettingOf(out.doc, slots));
  InheritCausesFromContext(out.doc, &out.claims);
  MarkEarlierEvents(out.doc, &out.claims);
  InheritAgentsFromAttacks(&out.claims);
  InheritTimesFromEventAnaphora(out.doc, anchor, &out.claims);
  out.incidents = GroupIncidents(out.claims, &entities.entities());
  if (const size_t dropped = CapContradictions(out.incidents)) {
    out.warnings.push_back(std::to_string(dropped) + " contradiction(s) beyond the first " +
                           std::to_string(kMaxContradictionsPerReport) + " were dropped");
  }
  out.entities = entities.entities();
  return out;
}

}  // namespace crosscheck

#include "syntax/syntax.h"

namespace crosscheck {

std::string DefaultSyntaxModelDir() { return CROSSCHECK_MODEL_DIR; }

Result<SyntaxModel> LoadSyntaxModel(const std::string& dir) {
  std::string base = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  Result<syntax::Tagger> tagger = syntax::Tagger::Load(base + kTaggerFile);
  if (!tagger.ok()) return tagger.status();
  Result<syntax::Parser> parser = syntax::Parser::Load(base + kParserFile);
  if (!parser.ok()) return parser.status();
  return SyntaxModel{std::move(*tagger), std::move(*parser)};
}

SentenceSyntax AnalyzeWords(const SyntaxModel& model, const std::vector<std::string_view>& words) {
  SentenceSyntax out;
  std::vector<int> tag_ids, labels;
  model.tagger.Tag(words, &tag_ids);
  std::vector<std::string_view> tags;
  for (int t : tag_ids) {
    tags.push_back(model.tagger.TagName(t));
    out.upos.push_back(model.tagger.Upos(t));
    out.xpos.push_back(model.tagger.Xpos(t));
  }
  model.parser.Parse(words, tags, &out.head, &labels);
  for (int l : labels) out.deprel.push_back(model.parser.LabelName(l));
  return out;
}

namespace {

std::vector<std::string_view> SentenceWords(const Doc& doc, const Sentence& s) {
  std::vector<std::string_view> words;
  for (uint32_t i = s.token_begin; i < s.token_end; ++i) words.push_back(doc.token_text(i));
  return words;
}

}  // namespace

void Tag(const SyntaxModel& model, Doc& doc) {
  std::vector<int> tag_ids;
  for (const Sentence& s : doc.sentences) {
    model.tagger.Tag(SentenceWords(doc, s), &tag_ids);
    for (size_t i = 0; i < tag_ids.size(); ++i) {
      doc.tokens[s.token_begin + i].tag = model.tagger.Upos(tag_ids[i]);
    }
  }
}

void Parse(const SyntaxModel& model, Doc& doc) {
  std::vector<int> tag_ids, heads, labels;
  std::vector<std::string_view> tags;
  for (const Sentence& s : doc.sentences) {
    std::vector<std::string_view> words = SentenceWords(doc, s);
    model.tagger.Tag(words, &tag_ids);
    tags.clear();
    for (int t : tag_ids) tags.push_back(model.tagger.TagName(t));
    model.parser.Parse(words, tags, &heads, &labels);
    for (size_t i = 0; i < words.size(); ++i) {
      Token& tok = doc.tokens[s.token_begin + i];
      tok.tag = model.tagger.Upos(tag_ids[i]);
      tok.head = heads[i] == 0 ? -1 : static_cast<int32_t>(s.token_begin) + heads[i] - 1;
      tok.dep = model.parser.LabelName(labels[i]);
    }
  }
}

}  // namespace crosscheck

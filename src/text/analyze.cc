#include "text/analyze.h"

#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace crosscheck {

Doc Analyze(std::string text, const Lemmatizer* lemmatizer) {
  Doc doc(std::move(text));
  Tokenize(doc);
  SegmentSentences(doc);
  if (lemmatizer) {
    lemmatizer->Apply(doc);
  } else {
    for (auto& t : doc.tokens) t.lemma = t.lower;
  }
  return doc;
}

}  // namespace crosscheck

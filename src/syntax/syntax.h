// crosscheck's syntax stage: UPOS tags and labelled dependency trees.
//
//   Result<SyntaxModel> model = LoadSyntaxModel("models");
//   Tag(*model, doc);    // fills Token::tag (UPOS) for every sentence
//   Parse(*model, doc);  // fills Token::head and Token::dep
//
// The models are trained on UD English EWT (see models/README.md and
// doc/syntax.md). A loaded SyntaxModel is immutable and may be shared by
// threads. Word forms come from the Doc's token text, so tokenization should
// follow UD English conventions ("do" "n't", "John" "'s") for best accuracy.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "text/doc.h"

namespace crosscheck {

struct SyntaxModel {
  syntax::Tagger tagger;
  syntax::Parser parser;
};

// File names inside a model directory.
inline constexpr const char* kTaggerFile = "tagger.model";
inline constexpr const char* kParserFile = "parser.model";

// The models/ folder of the source tree this binary was built from.
std::string DefaultSyntaxModelDir();

// Loads dir/tagger.model and dir/parser.model; a missing, truncated or
// foreign file gives a Status naming it.
Result<SyntaxModel> LoadSyntaxModel(const std::string& dir);

// Fills Token::tag with the UPOS of every token inside doc.sentences.
void Tag(const SyntaxModel& model, Doc& doc);

// Fills Token::head (token index in the Doc, -1 for a sentence's root) and
// Token::dep (UD relation, subtypes kept, e.g. "nsubj:pass") for every token
// inside doc.sentences; also fills Token::tag as Tag does, since the parser
// needs the tagger's full tags anyway.
void Parse(const SyntaxModel& model, Doc& doc);

// One analysed sentence for the word-level API: index i is word i + 1.
struct SentenceSyntax {
  std::vector<std::string> upos, xpos;
  std::vector<int> head;            // CoNLL-U convention: 0 root, 1..n word ID
  std::vector<std::string> deprel;
};

// Tags and parses one sentence given as word forms.
SentenceSyntax AnalyzeWords(const SyntaxModel& model, const std::vector<std::string_view>& words);

}  // namespace crosscheck

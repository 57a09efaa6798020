// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
//
// A ConlluSentence keeps the syntactic words (integer IDs 1..n) as structs and
// every other line (comments, multiword-token ranges like "3-4", empty nodes
// like "8.1") verbatim, so WriteConllu reproduces the input with only the
// fields a caller changed. Errors name the file and the 1-based line.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "crosscheck/status.h"

namespace crosscheck::syntax {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = -1;  // 0 = root, 1..n = word ID, -1 = "_" (no head given)
  std::string deprel, deps, misc;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // "# ..." lines, without the newline
  std::vector<ConlluWord> words;      // words[i] has ID i + 1
  // Multiword-token and empty-node lines, each with the number of words that
  // precede it, so the writer can put them back in place.
  struct ExtraLine {
    size_t before_word;
    std::string line;
  };
  std::vector<ExtraLine> extra;
};

// Parses CoNLL-U text; `name` is used in error messages ("name:line: ...").
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text, const std::string& name);

// Reads and parses the file at `path`.
Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

// Writes sentences in CoNLL-U, each followed by a blank line.
void WriteConllu(std::ostream& out, const std::vector<ConlluSentence>& sentences);

}  // namespace crosscheck::syntax

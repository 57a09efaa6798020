// Readers for the entity data in ../shared/data (doc/ner.md) and the fixed
// train / held-out split over them. Every source is mapped to crosscheck's
// labels (ner/tagging.h):
//
//   UNER v1 (IOB2, PER/ORG/LOC)        -> person / organization / location;
//                                         capitalized demonyms the gazetteer
//                                         knows, left O by UNER, -> group
//   WikiGold (IO, PER/ORG/LOC/MISC)    -> same; MISC spans that are exactly a
//                                         gazetteer demonym -> group, other
//                                         MISC -> O
//   re3d (character-offset JSON)       -> Person / Organisation / Location /
//                                         Nationality, named mentions only
//                                         (see ReadRe3d)
#pragma once

#include <string>
#include <vector>

#include "crosscheck/status.h"
#include "geo/gazetteer.h"

namespace crosscheck::ner {

struct NerSentence {
  std::vector<std::string> words;
  std::vector<int> labels;  // ner/tagging.h ids; kUnknownLabel where unreliable
};

// A named set of sentences; `score_group` is false where the gold standard
// does not annotate groups (UNER), so group spans are left out of the score.
struct NerCorpus {
  std::string name;
  std::vector<NerSentence> sentences;
  bool score_group = true;
};

struct NerData {
  std::vector<NerSentence> train;
  std::vector<NerCorpus> train_parts;  // the same sentences by source, for the log
  std::vector<NerCorpus> held_out;
};

// UNER IOB2: `ID FORM TAG ...` per line, `#` comments, blank line between
// sentences.
Result<std::vector<NerSentence>> ReadUner(const std::string& path);
// WikiGold: `TOKEN TAG` per line (IO tags), `-DOCSTART-` between documents.
// Returns one vector of sentences per document. MISC spans become group
// when the gazetteer (may be null) reads the whole span as a demonym, else O.
Result<std::vector<std::vector<NerSentence>>> ReadWikigold(const std::string& path,
                                                           const geo::Gazetteer* gazetteer);
// re3d: every <dir>/*/documents.json + entities.json, documents sorted by id,
// tokenized and split into sentences with crosscheck's own tokenizer.
// Entities with confidence >= 0.5 are kept if they are names: leading
// articles (and person titles) are dropped and every remaining word must be
// capitalized or a name connector ("of", "al", ...); mentions that start in
// lower case ("rebels", "the camp") are O as in UNER, anything else the
// rules cannot read is kUnknownLabel.
Result<std::vector<std::vector<NerSentence>>> ReadRe3d(const std::string& dir,
                                                       std::string* log = nullptr);

// Relabels capitalized gazetteer demonyms that are O as group (UNER leaves
// nationalities unannotated, crosscheck wants them).
void AddDemonymGroups(const geo::Gazetteer& gazetteer, std::vector<NerSentence>* sentences);

// Loads all sources from `data_dir` (../shared/data) and splits them:
// train = UNER EWT dev + 4 of every 5 WikiGold and re3d documents;
// held out = UNER EWT test, UNER PUD test, the 5th WikiGold / re3d documents.
Result<NerData> LoadNerData(const std::string& data_dir, const geo::Gazetteer* gazetteer,
                            std::string* log = nullptr);

}  // namespace crosscheck::ner

// Writes the model fuzz target's seed corpus (fuzz/corpus/model/): tiny
// tagger, parser and NER models trained on a few sentences written for this
// purpose, in the layout of model_input.h (selector byte + payload).
//   make_model_seeds OUT_DIR
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "model_input.h"
#include "ner/tagging.h"
#include "ner/train.h"
#include "syntax/train.h"

using namespace crosscheck;

namespace {

constexpr const char* kTreebank = R"(1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	burned	burn	VERB	VBD	_	0	root	_	_
3	a	a	DET	DT	_	4	det	_	_
4	school	school	NOUN	NN	_	2	obj	_	_
5	.	.	PUNCT	.	_	2	punct	_	_

1	Two	two	NUM	CD	_	2	nummod	_	_
2	guards	guard	NOUN	NNS	_	4	nsubj:pass	_	_
3	were	be	AUX	VBD	_	4	aux:pass	_	_
4	hurt	hurt	VERB	VBN	_	0	root	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

)";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Saves `model_file` as a seed: the selector byte, then the payload without
// its header line.
void WriteSeed(const std::string& model_file, uint8_t selector, const std::string& out) {
  const std::string all = Slurp(model_file);
  std::ofstream o(out, std::ios::binary | std::ios::trunc);
  o.put(static_cast<char>(selector));
  o << all.substr(all.find('\n') + 1);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_model_seeds OUT_DIR\n";
    return 2;
  }
  const std::string out = argv[1];
  std::filesystem::create_directories(out);
  const std::string tmp = out + "/.tmp";
  std::filesystem::create_directories(tmp);
  std::ofstream(tmp + "/tiny.conllu") << kTreebank;
  syntax::TrainSyntaxOptions options;
  std::ostringstream log;
  if (Status s = syntax::TrainSyntax(tmp + "/tiny.conllu", "", tmp, options, &log); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 1;
  }
  WriteSeed(tmp + "/tagger.model", fuzz::kTaggerModel, out + "/tagger");
  WriteSeed(tmp + "/parser.model", fuzz::kParserModel, out + "/parser");

  ner::NerSentence a, b;
  a.words = {"Sara", "Haddad", "left", "Amar", "."};
  a.labels = {ner::BeginLabel(NerType::kPerson), ner::InsideLabel(NerType::kPerson), ner::kOutside,
              ner::BeginLabel(NerType::kLocation), ner::kOutside};
  b.words = {"The", "Coast", "Guard", "said", "nothing", "."};
  b.labels = {ner::kOutside, ner::BeginLabel(NerType::kOrganization), ner::InsideLabel(NerType::kOrganization),
              ner::kOutside, ner::kOutside, ner::kOutside};
  const NerModel model = ner::TrainNer({a, b}, nullptr, nullptr, ner::NerTrainOptions{});
  if (Status s = model.Save(tmp + "/ner.model"); !s.ok()) {
    std::cerr << s.message() << "\n";
    return 1;
  }
  WriteSeed(tmp + "/ner.model", fuzz::kNerModel, out + "/ner");
  std::filesystem::remove_all(tmp);
  return 0;
}

#include "ner/corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "ner/tagging.h"
#include "text/analyze.h"

namespace crosscheck::ner {

namespace {

Status ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines->push_back(line);
  }
  return Status::Ok();
}

std::vector<std::string> SplitOn(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(line);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  return out;
}

// "PER" / "ORG" / "LOC" -> type; false for anything else.
bool TypeOfTag(std::string_view t, NerType* type) {
  if (t == "PER") *type = NerType::kPerson;
  else if (t == "ORG") *type = NerType::kOrganization;
  else if (t == "LOC") *type = NerType::kLocation;
  else return false;
  return true;
}

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

Result<std::vector<NerSentence>> ReadUner(const std::string& path) {
  std::vector<std::string> lines;
  if (Status st = ReadLines(path, &lines); !st.ok()) return st;
  std::vector<NerSentence> out;
  NerSentence cur;
  for (size_t n = 0; n <= lines.size(); ++n) {
    const std::string line = n < lines.size() ? lines[n] : "";
    if (line.empty()) {
      if (!cur.words.empty()) out.push_back(std::move(cur));
      cur = NerSentence();
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols = SplitOn(line, '\t');
    if (cols.size() < 3) return Status::InvalidInput(path + ":" + std::to_string(n + 1) + ": expected ID FORM TAG");
    int label = kOutside;
    const std::string& tag = cols[2];
    NerType type;
    if (tag != "O") {
      if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-' || !TypeOfTag(tag.substr(2), &type)) {
        return Status::InvalidInput(path + ":" + std::to_string(n + 1) + ": unknown tag '" + tag + "'");
      }
      label = tag[0] == 'B' ? BeginLabel(type) : InsideLabel(type);
    }
    cur.words.push_back(cols[1]);
    cur.labels.push_back(label);
  }
  return out;
}

Result<std::vector<std::vector<NerSentence>>> ReadWikigold(const std::string& path,
                                                           const geo::Gazetteer* gazetteer) {
  std::vector<std::string> lines;
  if (Status st = ReadLines(path, &lines); !st.ok()) return st;
  std::vector<std::vector<NerSentence>> docs;
  NerSentence cur;
  std::vector<bool> misc;
  auto finish = [&] {
    if (cur.words.empty()) return;
    // IO -> BIO: a run of one type is one entity; MISC runs become group if
    // the gazetteer reads the whole run as one demonym.
    const Doc doc = WordsDoc(cur.words);
    for (size_t i = 0; i < cur.words.size();) {
      size_t j = i + 1;
      if (misc[i]) {
        while (j < cur.words.size() && misc[j]) ++j;
        bool group = false;
        if (gazetteer != nullptr) {
          auto d = gazetteer->MatchDemonymAt(doc, i);
          group = d && d->second == j - i;
        }
        for (size_t k = i; k < j; ++k) {
          cur.labels[k] = !group ? kOutside : k == i ? BeginLabel(NerType::kGroup) : InsideLabel(NerType::kGroup);
        }
      } else if (cur.labels[i] != kOutside) {
        const int type_label = cur.labels[i];
        while (j < cur.words.size() && !misc[j] && cur.labels[j] == type_label) ++j;
        for (size_t k = i + 1; k < j; ++k) cur.labels[k] = type_label + 1;
      }
      i = j;
    }
    if (docs.empty()) docs.emplace_back();
    docs.back().push_back(std::move(cur));
    cur = NerSentence();
    misc.clear();
  };
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    if (line.empty()) {
      finish();
      continue;
    }
    const size_t sp = line.rfind(' ');
    if (sp == std::string::npos) return Status::InvalidInput(path + ":" + std::to_string(n + 1) + ": expected TOKEN TAG");
    const std::string word = line.substr(0, sp), tag = line.substr(sp + 1);
    if (word == "-DOCSTART-") {
      finish();
      docs.emplace_back();
      continue;
    }
    NerType type;
    int label = kOutside;
    bool is_misc = false;
    if (tag == "I-MISC" || tag == "B-MISC") {
      is_misc = true;
    } else if (tag != "O") {
      if (tag.size() < 3 || !TypeOfTag(tag.substr(2), &type)) {
        return Status::InvalidInput(path + ":" + std::to_string(n + 1) + ": unknown tag '" + tag + "'");
      }
      label = BeginLabel(type);  // fixed up to B/I in finish()
    }
    cur.words.push_back(word);
    cur.labels.push_back(label);
    misc.push_back(is_misc);
  }
  finish();
  std::erase_if(docs, [](const auto& d) { return d.empty(); });
  return docs;
}

namespace {

// Words that may sit inside a multi-word name without a capital.
bool IsConnector(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "of", "and", "for", "the", "al", "al-", "el", "de", "du", "da", "der", "van", "von", "bin", "ibn",
      "bint", "la", "le", "on", "&", "-", "'s", "’s", "'", "’", "in", "at", "to"};
  return kWords.count(w) > 0;
}

// Leading words of a person mention that are a title, not the name.
bool IsTitle(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "president", "vice", "prime", "minister", "foreign", "defence", "defense", "secretary", "general",
      "gen.", "gen", "lt.", "lieutenant", "col.", "colonel", "maj.", "major", "brig.", "brigadier", "sgt.",
      "sergeant", "capt.", "captain", "adm.", "admiral", "commander", "chief", "mr.", "mr", "mrs.", "mrs",
      "ms.", "ms", "dr.", "dr", "sheikh", "king", "queen", "prince", "ambassador", "senator", "sen.",
      "rep.", "governor", "gov.", "deputy", "special", "envoy", "spokesman", "spokeswoman", "mayor",
      "judge", "pope", "emir", "sultan", "ayatollah", "state", "army", "staff", "joint", "u.s.", "uk", "us"};
  std::string lower(w);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return kWords.count(lower) > 0;
}

bool IsArticle(std::string_view w) { return w == "the" || w == "The" || w == "a" || w == "A" || w == "an" || w == "An"; }

struct Re3dEntity {
  uint32_t begin, end;  // code points
  std::string type;
  double confidence;
};

}  // namespace

Result<std::vector<std::vector<NerSentence>>> ReadRe3d(const std::string& dir, std::string* log) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": not a directory");
  std::map<std::string, std::string> texts;                    // id -> text
  std::map<std::string, std::vector<Re3dEntity>> entities;     // id -> entities
  std::vector<std::string> subdirs;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_directory() && fs::exists(e.path() / "documents.json")) subdirs.push_back(e.path().string());
  }
  std::sort(subdirs.begin(), subdirs.end());
  for (const std::string& sub : subdirs) {
    for (const char* name : {"documents.json", "entities.json"}) {
      const std::string path = sub + "/" + name;
      std::vector<std::string> lines;
      if (Status st = ReadLines(path, &lines); !st.ok()) return st;
      for (size_t n = 0; n < lines.size(); ++n) {
        std::string line = lines[n];
        if (n == 0 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (line.empty()) continue;
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
          return Status::InvalidInput(path + ":" + std::to_string(n + 1) + ": not a JSON object");
        }
        try {
          if (std::string(name) == "documents.json") {
            texts[j.at("_id").get<std::string>()] = j.at("text").get<std::string>();
          } else {
            entities[j.at("documentId").get<std::string>()].push_back(
                {j.at("begin").get<uint32_t>(), j.at("end").get<uint32_t>(), j.at("type").get<std::string>(),
                 j.at("confidence").get<double>()});
          }
        } catch (const nlohmann::json::exception& e) {
          return Status::InvalidInput(path + ":" + std::to_string(n + 1) + ": " + e.what());
        }
      }
    }
  }
  size_t kept = 0, outside = 0, unknown = 0, misaligned = 0;
  std::vector<std::vector<NerSentence>> docs;
  for (const auto& [id, raw] : texts) {
    // Normalize (NBSP and direction marks become spaces) keeping a map from
    // code point index to byte offset.
    std::string text;
    std::vector<uint32_t> cp_to_byte;
    for (size_t i = 0; i < raw.size();) {
      const auto c = static_cast<unsigned char>(raw[i]);
      const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      const std::string ch = raw.substr(i, len);
      cp_to_byte.push_back(static_cast<uint32_t>(text.size()));
      if (ch == "\xC2\xA0" || ch == "\xE2\x80\x8E" || ch == "\xE2\x80\x8F" || ch == "\r") {
        text.push_back(' ');
      } else {
        text += ch;
      }
      i += len;
    }
    cp_to_byte.push_back(static_cast<uint32_t>(text.size()));
    const Doc doc = Analyze(text);
    std::vector<int> labels(doc.tokens.size(), kOutside);
    std::vector<bool> taken(doc.tokens.size(), false);
    std::vector<Re3dEntity> ents = entities[id];
    std::stable_sort(ents.begin(), ents.end(),
                     [](const Re3dEntity& a, const Re3dEntity& b) { return a.end - a.begin > b.end - b.begin; });
    for (const Re3dEntity& e : ents) {
      NerType type;
      if (e.type == "Person") type = NerType::kPerson;
      else if (e.type == "Organisation") type = NerType::kOrganization;
      else if (e.type == "Location") type = NerType::kLocation;
      else if (e.type == "Nationality") type = NerType::kGroup;
      else continue;
      if (e.confidence < 0.5 || e.end >= cp_to_byte.size() || e.begin >= e.end) continue;
      const uint32_t b = cp_to_byte[e.begin], en = cp_to_byte[e.end];
      // Tokens inside the mention; it must start and end on token edges.
      size_t first = 0;
      while (first < doc.tokens.size() && doc.tokens[first].end <= b) ++first;
      size_t last = first;
      while (last < doc.tokens.size() && doc.tokens[last].begin < en) ++last;
      if (first == last || doc.tokens[first].begin != b || doc.tokens[last - 1].end != en) {
        ++misaligned;
        continue;
      }
      bool clash = false;
      for (size_t k = first; k < last; ++k) clash = clash || taken[k];
      if (clash) continue;
      for (size_t k = first; k < last; ++k) taken[k] = true;
      size_t s = first;
      while (s < last && IsArticle(doc.token_text(s))) ++s;
      if (type == NerType::kPerson) {
        while (s + 1 < last && IsTitle(doc.token_text(s))) ++s;
      }
      size_t t = last;
      while (t > s && (doc.token_text(t - 1) == "'s" || doc.token_text(t - 1) == "’s")) --t;
      if (s == t || !IsUpper(static_cast<unsigned char>(doc.token_text(s)[0]))) {
        ++outside;
        continue;  // a common-noun mention: O, as UNER has it
      }
      bool named = IsUpper(static_cast<unsigned char>(doc.token_text(t - 1)[0])) ||
                   doc.tokens[t - 1].kind == TokenKind::kNumber;
      for (size_t k = s; k < t && named; ++k) {
        const std::string_view w = doc.token_text(k);
        named = IsUpper(static_cast<unsigned char>(w[0])) || IsConnector(w) ||
                doc.tokens[k].kind == TokenKind::kNumber || static_cast<unsigned char>(w[0]) >= 0x80;
      }
      if (!named) {
        for (size_t k = first; k < last; ++k) labels[k] = kUnknownLabel;
        ++unknown;
        continue;
      }
      for (size_t k = s; k < t; ++k) labels[k] = k == s ? BeginLabel(type) : InsideLabel(type);
      ++kept;
    }
    std::vector<NerSentence> sentences;
    for (const Sentence& sent : doc.sentences) {
      NerSentence ns;
      for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) {
        ns.words.emplace_back(doc.token_text(k));
        ns.labels.push_back(labels[k]);
      }
      if (!ns.words.empty()) sentences.push_back(std::move(ns));
    }
    docs.push_back(std::move(sentences));
  }
  if (log != nullptr) {
    *log += "re3d: " + std::to_string(docs.size()) + " documents; mentions kept as names " + std::to_string(kept) +
            ", common-noun (O) " + std::to_string(outside) + ", unreadable (ignored) " + std::to_string(unknown) +
            ", off token edges " + std::to_string(misaligned) + "\n";
  }
  return docs;
}

void AddDemonymGroups(const geo::Gazetteer& gazetteer, std::vector<NerSentence>* sentences) {
  for (NerSentence& s : *sentences) {
    const Doc doc = WordsDoc(s.words);
    for (size_t i = 0; i < s.words.size(); ++i) {
      if (s.labels[i] != kOutside || !doc.tokens[i].capitalized) continue;
      auto d = gazetteer.MatchDemonymAt(doc, i);
      if (!d || d->second == 0 || i + d->second > s.words.size()) continue;
      bool all_o = true;
      for (size_t k = i; k < i + d->second; ++k) all_o = all_o && s.labels[k] == kOutside;
      if (!all_o) continue;
      for (size_t k = i; k < i + d->second; ++k) {
        s.labels[k] = k == i ? BeginLabel(NerType::kGroup) : InsideLabel(NerType::kGroup);
      }
      i += d->second - 1;
    }
  }
}

Result<NerData> LoadNerData(const std::string& data_dir, const geo::Gazetteer* gazetteer, std::string* log) {
  NerData data;
  const std::string uner = data_dir + "/uner_english/";
  Result<std::vector<NerSentence>> ewt_dev = ReadUner(uner + "en_ewt-ud-dev.iob2");
  if (!ewt_dev.ok()) return ewt_dev.status();
  Result<std::vector<NerSentence>> ewt_test = ReadUner(uner + "en_ewt-ud-test.iob2");
  if (!ewt_test.ok()) return ewt_test.status();
  Result<std::vector<NerSentence>> pud = ReadUner(uner + "en_pud-ud-test.iob2");
  if (!pud.ok()) return pud.status();
  Result<std::vector<std::vector<NerSentence>>> wiki = ReadWikigold(data_dir + "/wikigold/wikigold.conll.txt", gazetteer);
  if (!wiki.ok()) return wiki.status();
  Result<std::vector<std::vector<NerSentence>>> re3d = ReadRe3d(data_dir + "/re3d", log);
  if (!re3d.ok()) return re3d.status();

  if (gazetteer != nullptr) AddDemonymGroups(*gazetteer, &*ewt_dev);
  data.train_parts.push_back({"uner-ewt-dev", std::move(*ewt_dev), true});
  NerCorpus wiki_train{"wikigold-train", {}, true}, wiki_test{"wikigold-test", {}, true};
  for (size_t d = 0; d < wiki->size(); ++d) {
    auto& dst = d % 5 == 4 ? wiki_test.sentences : wiki_train.sentences;
    for (NerSentence& s : (*wiki)[d]) dst.push_back(std::move(s));
  }
  NerCorpus re3d_train{"re3d-train", {}, true}, re3d_test{"re3d-test", {}, true};
  for (size_t d = 0; d < re3d->size(); ++d) {
    auto& dst = d % 5 == 4 ? re3d_test.sentences : re3d_train.sentences;
    for (NerSentence& s : (*re3d)[d]) dst.push_back(std::move(s));
  }
  data.train_parts.push_back(std::move(wiki_train));
  data.train_parts.push_back(std::move(re3d_train));
  for (const NerCorpus& c : data.train_parts) {
    data.train.insert(data.train.end(), c.sentences.begin(), c.sentences.end());
  }
  data.held_out.push_back({"uner-ewt-test", std::move(*ewt_test), false});
  data.held_out.push_back({"uner-pud-test", std::move(*pud), false});
  data.held_out.push_back(std::move(wiki_test));
  data.held_out.push_back(std::move(re3d_test));
  return data;
}

}  // namespace crosscheck::ner

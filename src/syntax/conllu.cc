#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <ostream>
#include <sstream>

namespace crosscheck::syntax {
namespace {

Status LineError(const std::string& name, size_t line, const std::string& what) {
  return Status::InvalidInput(name + ":" + std::to_string(line) + ": " + what);
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols.push_back(line.substr(start));
      return cols;
    }
    cols.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// The ten-column line of a syntactic word; `expected_id` is its position.
Status ParseWordLine(const std::vector<std::string_view>& cols, int expected_id,
                     const std::string& name, size_t line_no, ConlluWord* w) {
  int id = 0;
  if (!ParseInt(cols[0], &id)) return LineError(name, line_no, "bad ID '" + std::string(cols[0]) + "'");
  if (id != expected_id) {
    return LineError(name, line_no, "word ID " + std::to_string(id) + " out of sequence (expected " +
                                        std::to_string(expected_id) + ")");
  }
  w->form = cols[1];
  w->lemma = cols[2];
  w->upos = cols[3];
  w->xpos = cols[4];
  w->feats = cols[5];
  if (cols[6] == "_") {
    w->head = -1;
  } else if (!ParseInt(cols[6], &w->head) || w->head < 0) {
    return LineError(name, line_no, "bad HEAD '" + std::string(cols[6]) + "'");
  }
  w->deprel = cols[7];
  w->deps = cols[8];
  w->misc = cols[9];
  return Status::Ok();
}

// Checks that every head points inside the sentence.
Status CheckHeads(const ConlluSentence& s, const std::string& name, size_t first_line) {
  const int n = static_cast<int>(s.words.size());
  for (const ConlluWord& w : s.words) {
    if (w.head > n) {
      return LineError(name, first_line, "HEAD " + std::to_string(w.head) + " beyond the sentence's " +
                                             std::to_string(n) + " words");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view text, const std::string& name) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  bool open = false;
  size_t sentence_line = 0;
  size_t line_no = 0;
  size_t pos = 0;
  auto finish = [&]() -> Status {
    if (!open) return Status::Ok();
    if (cur.words.empty()) return LineError(name, sentence_line, "sentence without words");
    Status st = CheckHeads(cur, name, sentence_line);
    if (!st.ok()) return st;
    out.push_back(std::move(cur));
    cur = ConlluSentence();
    open = false;
    return Status::Ok();
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      Status st = finish();
      if (!st.ok()) return st;
      continue;
    }
    if (!open) {
      open = true;
      sentence_line = line_no;
    }
    if (line[0] == '#') {
      if (!cur.words.empty() || !cur.extra.empty()) {
        return LineError(name, line_no, "comment line inside a sentence");
      }
      cur.comments.emplace_back(line);
      continue;
    }
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() != 10) {
      return LineError(name, line_no,
                       "expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    }
    // Multiword tokens ("3-4") and empty nodes ("8.1") are kept verbatim.
    if (cols[0].find_first_of("-.") != std::string_view::npos) {
      cur.extra.push_back({cur.words.size(), std::string(line)});
      continue;
    }
    ConlluWord w;
    Status st = ParseWordLine(cols, static_cast<int>(cur.words.size()) + 1, name, line_no, &w);
    if (!st.ok()) return st;
    cur.words.push_back(std::move(w));
  }
  Status st = finish();
  if (!st.ok()) return st;
  return out;
}

Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open CoNLL-U file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  return ParseConllu(buf.str(), path);
}

void WriteConllu(std::ostream& out, const std::vector<ConlluSentence>& sentences) {
  for (const ConlluSentence& s : sentences) {
    for (const std::string& c : s.comments) out << c << '\n';
    size_t next_extra = 0;
    for (size_t i = 0; i <= s.words.size(); ++i) {
      while (next_extra < s.extra.size() && s.extra[next_extra].before_word == i) {
        out << s.extra[next_extra++].line << '\n';
      }
      if (i == s.words.size()) break;
      const ConlluWord& w = s.words[i];
      out << i + 1 << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t'
          << w.feats << '\t';
      if (w.head < 0) {
        out << '_';
      } else {
        out << w.head;
      }
      out << '\t' << w.deprel << '\t' << w.deps << '\t' << w.misc << '\n';
    }
    out << '\n';
  }
}

}  // namespace crosscheck::syntax

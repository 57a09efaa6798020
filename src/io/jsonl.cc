#include "io/jsonl.h"

#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <vector>

#include "io/utf8.h"

namespace crosscheck {
namespace {

// Hands out lines of at most max_bytes; longer lines are consumed through a
// fixed buffer and only their length is kept.
class LineReader {
 public:
  LineReader(std::istream& in, size_t max_bytes) : in_(in), max_bytes_(max_bytes), buf_(1 << 16) {}

  // False at end of input. Otherwise fills `line` (without '\n'), or leaves it
  // empty and sets `too_long`; `length` is the line's real length in bytes.
  bool Next(std::string& line, bool& too_long, size_t& length) {
    line.clear();
    too_long = false;
    length = 0;
    if (pos_ == end_ && !Fill()) return false;
    while (true) {
      if (pos_ == end_ && !Fill()) return true;  // last line without '\n'
      const char* start = buf_.data() + pos_;
      const char* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
      size_t n = nl ? size_t(nl - start) : end_ - pos_;
      length += n;
      if (!too_long && line.size() + n > max_bytes_) {
        too_long = true;
        std::string().swap(line);
      }
      if (!too_long) line.append(start, n);
      pos_ += n;
      if (nl) {
        ++pos_;
        return true;
      }
    }
  }
  bool failed() const { return in_.bad(); }

 private:
  bool Fill() {
    pos_ = end_ = 0;
    if (!in_.good()) return false;
    in_.read(buf_.data(), std::streamsize(buf_.size()));
    end_ = size_t(in_.gcount());
    return end_ > 0;
  }
  std::istream& in_;
  size_t max_bytes_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
};

Status LineError(std::string_view file, size_t line, const std::string& reason) {
  return Status::InvalidInput(std::string(file) + ":" + std::to_string(line) + ": " + reason);
}

// "[json.exception.parse_error.101] parse error at line 1, column 7: ..."
// becomes "parse error at column 7: ...": the line is ours, not the parser's.
std::string ParseErrorText(const char* what) {
  std::string s = what;
  if (size_t close = s.find("] "); s.rfind("[json.exception", 0) == 0 && close != std::string::npos) {
    s.erase(0, close + 2);
  }
  if (size_t at = s.find("at line 1, column"); at != std::string::npos) s.replace(at, 17, "at column");
  return s;
}

// Reads an optional string field into `out`. Absent and null are both fine.
Status StringField(const nlohmann::json& obj, const char* key, std::string& out,
                   std::string_view file, size_t line) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) {
    return LineError(file, line,
                     std::string("field \"") + key + "\" must be a string, got " + it->type_name());
  }
  out = it->get<std::string>();
  return Status::Ok();
}

bool IsAsciiBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

}  // namespace

Result<JsonlRecord> ParseJsonlLine(std::string_view line, size_t line_number,
                                   std::string_view file_name) {
  if (auto bad = FindInvalidUtf8(line)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", unsigned(uint8_t(line[*bad])));
    return LineError(file_name, line_number,
                     "invalid UTF-8 at byte offset " + std::to_string(*bad) + " of the line (" + hex + ")");
  }
  nlohmann::json obj;
  try {
    obj = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return LineError(file_name, line_number, "bad JSON: " + ParseErrorText(e.what()));
  }
  if (!obj.is_object()) {
    return LineError(file_name, line_number, std::string("expected a JSON object, got ") + obj.type_name());
  }
  JsonlRecord r;
  r.line = line_number;
  const std::pair<const char*, std::string*> fields[] = {
      {"text", &r.text},          {"html", &r.html}, {"source", &r.source},
      {"published", &r.published}, {"url", &r.url},   {"title", &r.title}};
  for (const auto& [key, out] : fields) {
    if (Status s = StringField(obj, key, *out, file_name, line_number); !s.ok()) return s;
  }
  if (r.text.empty() && r.html.empty()) {
    return LineError(file_name, line_number, "record has neither \"text\" nor \"html\"");
  }
  return r;
}

Status ReadJsonl(std::istream& in, std::string_view file_name, size_t max_line_bytes,
                 const std::function<void(JsonlRecord)>& on_record,
                 const std::function<void(const Status&)>& on_error) {
  LineReader reader(in, max_line_bytes);
  std::string line;
  bool too_long = false;
  size_t length = 0, line_number = 0, records = 0, rejected = 0;
  while (reader.Next(line, too_long, length)) {
    ++line_number;
    if (too_long) {
      ++records, ++rejected;
      on_error(LineError(file_name, line_number,
                         "line is " + std::to_string(length) + " bytes, over the limit of " +
                             std::to_string(max_line_bytes) + "; skipped"));
      continue;
    }
    std::string_view view = line;
    if (line_number == 1 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
    if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
    if (IsAsciiBlank(view)) continue;
    ++records;
    Result<JsonlRecord> r = ParseJsonlLine(view, line_number, file_name);
    if (r.ok()) {
      on_record(std::move(r).value());
    } else {
      ++rejected;
      on_error(r.status());
    }
  }
  if (reader.failed()) {
    return Status::IoError(std::string(file_name) + ":" + std::to_string(line_number + 1) +
                           ": read error");
  }
  if (rejected > 0) {
    return Status::InvalidInput(std::string(file_name) + ": " + std::to_string(rejected) + " of " +
                                std::to_string(records) + " lines rejected");
  }
  return Status::Ok();
}

}  // namespace crosscheck

#include "io/input.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>
#include <system_error>

#include "io/date.h"
#include "io/html.h"
#include "io/utf8.h"

namespace crosscheck {
namespace {

// "<!DOCTYPE html" or "<html" first, after a byte-order mark and white space.
bool LooksLikeHtml(std::string_view raw) {
  if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
  while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\n' || raw.front() == '\r' || raw.front() == '\t')) {
    raw.remove_prefix(1);
  }
  std::string head(raw.substr(0, 14));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

namespace fs = std::filesystem;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return out;
}

bool HasReportExtension(const fs::path& p) {
  std::string ext = Lower(p.extension().string());
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl";
}

const std::string& Pick(const std::string& a, const std::string& b) { return a.empty() ? b : a; }

// Reads up to limit + 1 bytes so an oversized input is noticed without
// holding more than that in memory.
Result<std::string> ReadBounded(std::istream& in, std::string_view origin, size_t limit) {
  std::string data;
  char buf[1 << 16];
  while (in.good() && data.size() <= limit) {
    in.read(buf, sizeof buf);
    data.append(buf, size_t(in.gcount()));
  }
  if (in.bad()) return Status::IoError(std::string(origin) + ": read error");
  if (data.size() > limit) {
    return Status::InvalidInput(std::string(origin) + ": report is over the limit of " +
                                std::to_string(limit) + " bytes");
  }
  return data;
}

class Reader {
 public:
  Reader(const InputOptions& options, const std::function<void(Report)>& on_report,
         const std::function<void(const Status&)>& on_error)
      : options_(options), on_report_(on_report), on_error_(on_error) {}

  void Error(const Status& s) {
    if (errors_++ == 0) first_ = s;
    on_error_(s);
  }

  Status Finish() const {
    if (errors_ == 0) return Status::Ok();
    std::string msg = std::to_string(errors_) + " input error" + (errors_ == 1 ? "" : "s") +
                      "; first: " + first_.message();
    switch (first_.code()) {
      case StatusCode::kNotFound: return Status::NotFound(msg);
      case StatusCode::kIoError: return Status::IoError(msg);
      case StatusCode::kUnsupported: return Status::Unsupported(msg);
      case StatusCode::kInternal: return Status::Internal(msg);
      default: return Status::InvalidInput(msg);
    }
  }

  void Path(const std::string& path) {
    if (path == "-") {
      InputFormat f = options_.format == InputFormat::kAuto ? InputFormat::kText : options_.format;
      Stream(std::cin, "<stdin>", f);
      return;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      Error(Status::NotFound(path + ": no such file or directory"));
    } else if (fs::is_directory(st)) {
      Directory(path);
    } else {
      File(path);
    }
  }

 private:
  InputFormat FormatFor(const std::string& path) const {
    return options_.format == InputFormat::kAuto ? FormatForPath(path) : options_.format;
  }

  void Directory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) {  // hidden: .git, .DS_Store, editor files
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && HasReportExtension(p)) files.push_back(p.string());
    }
    if (ec) Error(Status::IoError(dir + ": cannot list directory: " + ec.message()));
    if (files.empty()) {
      Error(Status::NotFound(dir + ": no .txt, .html, .htm or .jsonl files in this directory"));
      return;
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) File(f);
  }

  void File(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Error(Status::IoError(path + ": cannot open: " + std::strerror(errno)));
      return;
    }
    Stream(in, path, FormatFor(path));
  }

  void Stream(std::istream& in, const std::string& origin, InputFormat format) {
    if (format == InputFormat::kJsonl) {
      Status s = ReadJsonl(
          in, origin, options_.max_line_bytes, [&](JsonlRecord r) { Record(std::move(r), origin); },
          [&](const Status& e) { Error(e); });
      // Line errors were reported one by one; only a stream failure is new.
      if (s.code() == StatusCode::kIoError) Error(s);
      return;
    }
    Result<std::string> raw = ReadBounded(in, origin, options_.max_report_bytes);
    if (!raw.ok()) return Error(raw.status());
    // A saved web page named .txt (or piped in) is still a web page.
    if (format == InputFormat::kText && options_.format == InputFormat::kAuto && LooksLikeHtml(*raw)) {
      format = InputFormat::kHtml;
    }
    Report r;
    r.origin = origin;
    if (format == InputFormat::kHtml) {
      Result<HtmlArticle> a = ExtractHtmlArticle(*raw, origin);
      if (!a.ok()) return Error(a.status());
      FillFromArticle(*a, r);
    } else {
      Result<std::string> text = NormalizeText(*raw, origin);
      if (!text.ok()) return Error(text.status());
      r.text = std::move(text).value();
    }
    r.source = Pick(options_.source, r.source);
    r.published = Pick(options_.published, r.published);
    r.url = Pick(options_.url, r.url);
    Deliver(std::move(r));
  }

  void Record(JsonlRecord rec, const std::string& file) {
    Report r;
    r.origin = file + ":" + std::to_string(rec.line);
    if (!rec.text.empty()) {
      Result<std::string> text = NormalizeText(rec.text, r.origin);
      if (!text.ok()) return Error(text.status());
      r.text = std::move(text).value();
    } else {
      Result<HtmlArticle> a = ExtractHtmlArticle(rec.html, r.origin);
      if (!a.ok()) return Error(a.status());
      FillFromArticle(*a, r);
    }
    // Record beats option beats page metadata.
    r.source = Pick(rec.source, Pick(options_.source, r.source));
    r.published = Pick(rec.published, Pick(options_.published, r.published));
    r.url = Pick(rec.url, Pick(options_.url, r.url));
    r.title = Pick(rec.title, r.title);
    Deliver(std::move(r));
  }

  static void FillFromArticle(HtmlArticle& a, Report& r) {
    r.text = std::move(a.text);
    r.title = std::move(a.title);
    r.source = std::move(a.source);
    r.published = std::move(a.published);
    r.url = std::move(a.url);
  }

  void Deliver(Report r) {
    if (!r.published.empty()) {
      Result<std::string> date = NormalizePublishedDate(r.published, r.origin);
      if (!date.ok()) return Error(date.status());
      r.published = std::move(date).value();
    }
    on_report_(std::move(r));
  }

  const InputOptions& options_;
  const std::function<void(Report)>& on_report_;
  const std::function<void(const Status&)>& on_error_;
  size_t errors_ = 0;
  Status first_;
};

}  // namespace

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  std::string n = Lower(name);
  if (n == "auto") return InputFormat::kAuto;
  if (n == "text" || n == "txt") return InputFormat::kText;
  if (n == "html" || n == "htm") return InputFormat::kHtml;
  if (n == "jsonl") return InputFormat::kJsonl;
  return std::nullopt;
}

InputFormat FormatForPath(std::string_view path) {
  std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  if (ext == ".jsonl") return InputFormat::kJsonl;
  return InputFormat::kText;
}

Status ReadInputs(const std::vector<std::string>& paths, const InputOptions& options,
                  const std::function<void(Report)>& on_report,
                  const std::function<void(const Status&)>& on_error) {
  InputOptions checked = options;
  if (!checked.published.empty()) {
    Result<std::string> date = NormalizePublishedDate(checked.published, "--published");
    if (!date.ok()) {
      on_error(date.status());
      return date.status();
    }
    checked.published = std::move(date).value();
  }
  Reader reader(checked, on_report, on_error);
  for (const std::string& path : paths) reader.Path(path);
  return reader.Finish();
}

}  // namespace crosscheck

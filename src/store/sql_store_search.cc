// SqlStore: full-text search and the list of sources. Search is the one
// query written per dialect: FTS5 on SQLite, a tsvector with a GIN index on
// PostgreSQL (both: every word must occur, no stemming).

#include "store/sql_store.h"

namespace crosscheck {

namespace {

// Every whitespace-separated word as a quoted FTS5 string, so that user text
// never reaches FTS5's query syntax (AND, NEAR, quotes, column filters).
std::string QuoteTerms(std::string_view text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    std::string quoted = "\"";
    for (char c : word) {
      if (c == '"') quoted.push_back('"');
      quoted.push_back(c);
    }
    out += (out.empty() ? "" : " ") + quoted + "\"";
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else {
      word.push_back(c);
    }
  }
  flush();
  return out;
}

}  // namespace

Result<std::vector<SearchHit>> SqlStore::Search(std::string_view text, size_t limit) {
  const std::string query = QuoteTerms(text);
  if (query.empty()) return Status::InvalidInput("search: no words to look for");
  const bool pg = db_->dialect() == SqlDialect::kPostgres;
  // PostgreSQL's plainto_tsquery takes the user's words as plain text.
  auto q = db_->Prepare(
      pg ? "SELECT s.kind, s.document_id, s.claim_id,"
           " ts_headline('simple', s.body, tq, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6'),"
           " d.source, c.incident_id FROM search s CROSS JOIN plainto_tsquery('simple', ?1) AS tq"
           " JOIN documents d ON d.id = s.document_id LEFT JOIN claims c ON c.id = s.claim_id"
           " WHERE s.tsv @@ tq ORDER BY ts_rank(s.tsv, tq) DESC LIMIT ?2"
         : "SELECT s.kind, s.document_id, s.claim_id, snippet(search, 0, '[', ']', '\u2026', 16),"
           " d.source, c.incident_id FROM search s JOIN documents d ON d.id = s.document_id"
           " LEFT JOIN claims c ON c.id = s.claim_id WHERE search MATCH ?1 ORDER BY rank LIMIT ?2");
  if (!q.ok()) return q.status();
  q->Bind(1, pg ? std::string(text) : query).Bind(2, static_cast<int64_t>(limit));
  std::vector<SearchHit> hits;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    SearchHit h;
    h.kind = q->Text(0);
    h.document_id = q->Text(1);
    if (!q->IsNull(2)) h.claim_id = "c" + q->Text(2);
    h.snippet = q->Text(3);
    h.source = q->Text(4);
    if (!q->IsNull(5)) h.incident_id = "i" + q->Text(5);
    hits.push_back(std::move(h));
  }
  return hits;
}

Result<std::vector<SourceInfo>> SqlStore::ListSources() {
  auto q = db_->Prepare(
      "SELECT source, COUNT(*), COALESCE(MIN(published), ''), COALESCE(MAX(published), ''),"
      " (SELECT COUNT(*) FROM claims c JOIN documents d2 ON d2.id = c.document_id WHERE d2.source = d.source)"
      " FROM documents d GROUP BY source ORDER BY COUNT(*) DESC, source");
  if (!q.ok()) return q.status();
  std::vector<SourceInfo> out;
  for (;;) {
    auto row = q->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    SourceInfo s;
    s.name = q->Text(0);
    s.documents = static_cast<size_t>(q->Int(1));
    s.first_published = q->Text(2);
    s.last_published = q->Text(3);
    s.claims = static_cast<size_t>(q->Int(4));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace crosscheck

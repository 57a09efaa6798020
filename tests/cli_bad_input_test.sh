#!/usr/bin/env bash
# Bad input gets a clear error naming the file and line or byte, and a
# non-zero exit; in a JSON-lines stream the good lines are still extracted.
set -u
cc=${CROSSCHECK:?set CROSSCHECK to the crosscheck binary}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
expect_error() {  # name, pattern in stderr, command...
  local name=$1 pattern=$2; shift 2
  if "$@" >"$dir/out" 2>"$dir/err"; then echo "FAIL $name: exit 0"; fail=1; return; fi
  if ! grep -q -- "$pattern" "$dir/err"; then echo "FAIL $name: stderr lacks '$pattern':"; cat "$dir/err"; fail=1; return; fi
  echo "ok   $name"
}

: > "$dir/empty.txt"
expect_error empty-file "empty.txt" "$cc" extract "$dir/empty.txt"

printf 'abc\x00\x01\x02def' > "$dir/binary.txt"
expect_error binary-file "binary.txt" "$cc" extract "$dir/binary.txt"

printf 'Police said\n two \xff\xfe died.\n' > "$dir/bad-utf8.txt"
expect_error invalid-utf8 "bad-utf8.txt" "$cc" extract "$dir/bad-utf8.txt"
grep -q "byte" "$dir/err" || { echo "FAIL invalid-utf8: no byte offset"; fail=1; }

expect_error bad-date "published" "$cc" extract --published "last tuesday" "$dir/binary.txt"

{
  echo '{"text": "Police said two protesters were killed on Friday.", "source": "A", "published": "2024-03-10"}'
  echo '{"text": "broken json'
  echo '{"text": "Officials said 12 migrants were arrested.", "source": "B", "published": "2024-03-11"}'
} > "$dir/stream.jsonl"
expect_error jsonl-bad-line "stream.jsonl:2" "$cc" extract "$dir/stream.jsonl"
good=$(grep -c '"claims"' "$dir/out")
if [ "$good" != 2 ]; then echo "FAIL jsonl-good-lines: expected 2 results, got $good"; fail=1; else echo "ok   jsonl-good-lines"; fi

expect_error missing-file "nope.txt" "$cc" extract "$dir/nope.txt"

# eval on a folder that holds no fixture says so instead of printing zeros.
mkdir -p "$dir/no-fixtures/sub"
expect_error eval-no-fixture "no fixture here" "$cc" eval "$dir/no-fixtures"
# ... and scores a single fixture folder given directly.
mkdir -p "$dir/one"
printf 'Police said two protesters were killed in Lagos on Friday.\n' > "$dir/one/article.txt"
cat > "$dir/one/gold.json" <<'EOF_GOLD'
{"document": {"published": "2024-03-10"}, "entities": [{"id": "police", "name": "Police", "type": "organization"}],
 "claims": [{"id": "g1", "speaker": "police", "stance": "asserts", "type": "kill",
   "count": {"min": 2, "max": 2, "approx": false, "text": "two"},
   "evidence": {"span": [0, 58], "text": "Police said two protesters were killed in Lagos on Friday."}}],
 "contradictions": []}
EOF_GOLD
if "$cc" eval "$dir/one" 2>&1 | grep -q "tp=1 fp=0 fn=0"; then echo "ok   eval-one-folder"; else echo "FAIL eval-one-folder"; fail=1; fi

if [ $fail = 0 ]; then echo "all bad-input checks passed"; fi
exit $fail

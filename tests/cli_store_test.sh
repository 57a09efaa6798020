#!/usr/bin/env bash
# The store from the command line: ingest the invented outlets (tests/outlets),
# list, show, split an incident, merge it back, and check that a second
# ingest of the same reports keeps the analyst's split.
#   CROSSCHECK=path/to/crosscheck bash tests/cli_store_test.sh tests/outlets
set -eu
cc=${CROSSCHECK:?set CROSSCHECK to the crosscheck binary}
reports=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-cli-store.XXXXXX")
trap 'rm -rf "$work"' EXIT
store=$work/cc.db
fail() { echo "FAIL: $*"; exit 1; }
claims_of() {  # claim ids of incident $1, one per line
  "$cc" incidents --store "$store" --format jsonl | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    if d["id"] == sys.argv[1]:
        print("\n".join(c["id"] for c in d["claims"]))' "$1"
}

"$cc" ingest --store "$store" "$reports" 2>&1 | grep -q "ingested" || fail "ingest printed no summary"
# The busiest incident: most claims.
busiest=$("$cc" incidents --store "$store" --format jsonl | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
best = max(rows, key=lambda d: len(d["claims"]))
print(best["id"], len(best["claims"]))')
set -- $busiest
incident=$1 total=$2
[ "$total" -ge 3 ] || fail "expected an incident with 3+ claims, got $total"
"$cc" show --store "$store" "$incident" | grep -q . || fail "show printed nothing"

moved=$(claims_of "$incident" | sed -n 1p)
new=$("$cc" split --store "$store" "$incident" "$moved")
[ -n "$new" ] && [ "$new" != "$incident" ] || fail "split printed no new incident id"
[ "$(claims_of "$new")" = "$moved" ] || fail "the split incident should hold exactly $moved"
[ "$(claims_of "$incident" | wc -l)" -eq $((total - 1)) ] || fail "the claim is still in $incident"

# Ingesting the same reports again changes nothing, and the split stays.
"$cc" ingest --store "$store" "$reports" 2>&1 | grep -q "0 new" || fail "re-ingest added documents"
[ "$(claims_of "$new")" = "$moved" ] || fail "the split was lost on re-ingest"

[ "$("$cc" merge --store "$store" "$incident" "$new")" = "$incident" ] || fail "merge should print the target"
[ "$(claims_of "$incident" | wc -l)" -eq "$total" ] || fail "merge did not bring the claim back"
[ -z "$(claims_of "$new")" ] || fail "the merged incident still exists"

# Unknown ids are clear errors with a non-zero exit.
if "$cc" split --store "$store" i999999 c1 2>"$work/err"; then fail "split of an unknown incident succeeded"; fi
grep -q "i999999" "$work/err" || fail "the error does not name the incident: $(cat "$work/err")"
echo "ok: ingest, show, split (kept across re-ingest), merge on $incident ($total claims)"

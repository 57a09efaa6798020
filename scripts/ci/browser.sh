#!/usr/bin/env bash
# The workbench in a real browser: starts `crosscheck serve` on a free
# loopback port with a temporary store and runs tests/browser/workbench.cjs
# (playwright-core driving Debian's /usr/bin/chromium, headless).
#
#   bash scripts/ci/browser.sh [path/to/crosscheck] [artifact dir]
#
# Where chromium or web/node_modules is missing it skips with a message, but
# under CI (CI=true) it fails. Screenshots go to the artifact dir (default:
# the binary's build dir, browser-artifacts/).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-${CROSSCHECK:-$repo/build/src/cli/crosscheck}}"
artifacts="${2:-$(dirname "$(dirname "$(dirname "$bin")")")/browser-artifacts}"

missing=""
[ -x /usr/bin/chromium ] || missing="/usr/bin/chromium (apt-get install chromium)"
[ -d "$repo/web/node_modules/playwright-core" ] || missing="${missing:+$missing and }web/node_modules (run: npm ci in web/)"
command -v node >/dev/null || missing="${missing:+$missing and }node"
if [ -n "$missing" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "browser test: FAILED: missing $missing" >&2
    exit 1
  fi
  echo "browser test: SKIPPED: missing $missing"
  exit 0
fi
[ -x "$bin" ] || { echo "browser test: no crosscheck binary at $bin" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-browser.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" serve --store "$work/store.db" --port 0 >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  grep -q "^crosscheck: write token: " "$work/serve.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; echo "browser test: the server did not start" >&2; exit 1; }
  sleep 0.1
done
url="$(sed -n 's/^crosscheck: serving \(http[^ ]*\) .*/\1/p' "$work/serve.log")"
token="$(sed -n 's/^crosscheck: write token: //p' "$work/serve.log")"
[ -n "$url" ] && [ -n "$token" ] || { cat "$work/serve.log" >&2; echo "browser test: no address or token" >&2; exit 1; }
echo "browser test: server at $url, screenshots in $artifacts"
node "$repo/tests/browser/workbench.cjs" "$url" "$token" "$repo/examples/report.txt" "$artifacts"

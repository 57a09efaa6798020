#!/usr/bin/env bash
# Installs the Debian 12 packages crosscheck builds, tests and trains with, when
# missing (wordnet-base: the tagger's word lexicon and the lemma and gazetteer
# generators read it; the tests that use it run where it is installed).
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config git
          libgtest-dev libgmock-dev libbenchmark-dev
          nlohmann-json3-dev libgumbo-dev libcli11-dev libutf8proc-dev libssl-dev libsqlite3-dev libpq-dev
          libcpp-httplib-dev chromium clang libclang-rt-14-dev
          python3 wordnet-base)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The web page's front-end packages (web/package-lock.json), embedded into
# the binary at build time; playwright-core never downloads a browser.
web="$(cd "$(dirname "$0")/.." && pwd)/web"
if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  if ! command -v npm >/dev/null; then
    echo "installing: nodejs npm (for web/)"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  echo "installing web/node_modules (npm ci)"
  (cd "$web" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

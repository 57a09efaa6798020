#!/usr/bin/env bash
# Runs every test (the README's test command; .ci/run calls it):
#  1. a warnings-as-errors build (g++) with all unit, data, store (SQLite and
#     PostgreSQL), server, CLI and fixture tests, then the browser test of the
#     workbench in headless Chromium;
#  2. an AddressSanitizer + UBSan build with the same tests (the slow
#     treebank and benchmark ones, and the PostgreSQL cases, excepted);
#  3. the libFuzzer targets (clang), each run for a few seconds.
# Tests that need ../shared (fixtures, treebank) skip where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

echo "== PostgreSQL for the store tests"
eval "$(bash scripts/ci/postgres.sh)"
trap 'bash scripts/ci/postgres.sh stop' EXIT

echo "== build (RelWithDebInfo, -Werror)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
echo "== tests"
(cd build && ctest -j "$jobs" --output-on-failure)
echo "== browser test"
bash scripts/ci/browser.sh build/src/cli/crosscheck build/browser-artifacts

echo "== build (ASan + UBSan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCROSSCHECK_SANITIZE=ON -DCROSSCHECK_WERROR=ON \
      -DCROSSCHECK_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS=-O1 >/dev/null
cmake --build build-asan -j "$jobs"
echo "== tests under sanitizers"
(cd build-asan && env -u CROSSCHECK_TEST_POSTGRES ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
   ctest -j "$jobs" --output-on-failure -LE "slow|bench")
# The fuzz targets need clang; built apart (libraries and targets only)
# because the unit tests do not yet pass when built with clang (see the note
# of session 2: nlohmann::json brace initialization in test helpers).
echo "== fuzz smoke (clang, libFuzzer + ASan + UBSan)"
FUZZ_BUILD=build-fuzz bash scripts/ci/fuzz-smoke.sh 5

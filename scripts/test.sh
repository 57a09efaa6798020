#!/usr/bin/env bash
# Runs every test (the README's test command; .ci/run calls it):
#  1. a warnings-as-errors build (g++) with all unit, data, store (SQLite and
#     PostgreSQL), server, CLI and fixture tests, then the browser test of the
#     workbench in headless Chromium;
#  2. a clang build with AddressSanitizer + UBSan and the libFuzzer targets:
#     the same tests (the slow treebank and benchmark ones, and the
#     PostgreSQL cases, excepted), then each fuzz target for a few seconds.
# Tests that need ../shared (fixtures, treebank) skip where it is absent.
# Each step prints the minutes since the start, so a slow CI run shows where.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)
step() { echo "== [$(( SECONDS / 60 ))m$(( SECONDS % 60 ))s] $*"; }

step "PostgreSQL for the store tests"
eval "$(bash scripts/ci/postgres.sh)"
trap 'bash scripts/ci/postgres.sh stop' EXIT

step "build (RelWithDebInfo, -Werror)"
# -g1 (line tables and function names) instead of full debug info: stack
# traces stay readable, and the build is about a quarter faster.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_WERROR=ON \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build build -j "$jobs"
step "tests"
(cd build && ctest -j "$jobs" --output-on-failure)
step "browser test"
bash scripts/ci/browser.sh build/src/cli/crosscheck build/browser-artifacts

step "build (clang, ASan + UBSan, with the fuzz targets)"
# -O1 with line tables only: sanitizer reports keep file:line, the build
# stays fast. CROSSCHECK_FUZZ instruments every target with ASan + UBSan.
# (A build-asan left by an older g++ configuration is replaced.)
if [[ -f build-asan/CMakeCache.txt ]] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang' build-asan/CMakeCache.txt; then
  rm -rf build-asan
fi
CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCROSSCHECK_FUZZ=ON \
      -DCROSSCHECK_WERROR=ON -DCROSSCHECK_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" >/dev/null
cmake --build build-asan -j "$jobs"
step "tests under sanitizers"
(cd build-asan && env -u CROSSCHECK_TEST_POSTGRES ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
   ctest -j "$jobs" --output-on-failure -LE "slow|bench|fuzz")  # the fuzz smoke replays the seeds
step "fuzz smoke (libFuzzer + ASan + UBSan)"
FUZZ_BUILD=build-asan bash scripts/ci/fuzz-smoke.sh 5
step "all passed"

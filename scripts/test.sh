#!/usr/bin/env bash
# Runs every test: a warnings-as-errors build with all unit, data, CLI and
# fixture tests, then an AddressSanitizer + UndefinedBehaviorSanitizer build
# with the same tests (the slow treebank and benchmark ones excepted).
# Tests that need ../shared (fixtures, treebank) skip where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

echo "== build (RelWithDebInfo, -Werror)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
echo "== tests"
(cd build && ctest -j "$jobs" --output-on-failure)

echo "== build (ASan + UBSan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCROSSCHECK_SANITIZE=ON -DCROSSCHECK_WERROR=ON \
      -DCMAKE_CXX_FLAGS=-O1 >/dev/null
cmake --build build-asan -j "$jobs"
echo "== tests under sanitizers"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
   ctest -j "$jobs" --output-on-failure -LE "slow|bench")

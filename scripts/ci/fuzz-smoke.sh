#!/usr/bin/env bash
# CI smoke run of every fuzz target (doc/hardening.md): builds the targets
# and runs each for a few seconds from its seed corpus; fails on the first
# crash, sanitizer report, broken invariant or timeout.
#
#   scripts/ci/fuzz-smoke.sh [SECONDS_PER_TARGET]      (default 5)
#
# FUZZ_BUILD names the build folder (default build-fuzz). If it is not yet
# configured with -DCROSSCHECK_FUZZ=ON, it is configured here with clang and
# without tests and benchmarks. CI reuses its clang ASan+UBSan build, which
# is configured with -DCROSSCHECK_FUZZ=ON, by setting FUZZ_BUILD=build-asan.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-5}
build=${FUZZ_BUILD:-build-fuzz}
if ! grep -q '^CROSSCHECK_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_FUZZ=ON \
    -DCROSSCHECK_WERROR=ON -DCROSSCHECK_BUILD_TESTS=OFF -DCROSSCHECK_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --target fuzz_targets -j "$(nproc)"

work=$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-fuzz-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
for binary in "$build"/fuzz/fuzz_*; do
  [[ -x $binary ]] || continue
  target=${binary##*/fuzz_}
  mkdir -p "$work/$target"
  # The seeds and saved regressions first (must all pass), then fuzzing from
  # a scratch copy of the corpus, so CI never writes into the source tree.
  inputs=(fuzz/corpus/"$target")
  [[ -d fuzz/regressions/$target ]] && inputs+=(fuzz/regressions/"$target")
  if ! "$binary" -runs=0 "${inputs[@]}" > "$work/$target.log" 2>&1 ||
     ! "$binary" "$work/$target" fuzz/corpus/"$target" -max_total_time="$seconds" -timeout=25 \
         -rss_limit_mb=2560 -artifact_prefix="$work/$target-" >> "$work/$target.log" 2>&1; then
    echo "fuzz-smoke: fuzz_$target FAILED; its log:"
    tail -n 40 "$work/$target.log"
    failed=1
  else
    echo "fuzz-smoke: fuzz_$target ok ($(grep -o 'Done [0-9]* runs' "$work/$target.log" | tail -1 || true))"
  fi
done
exit "$failed"

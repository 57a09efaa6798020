#!/usr/bin/env bash
# Sums the long fuzz runs (scripts/fuzz-long.sh) per target: CPU minutes
# (user + system time of the fuzzer processes, from the cpu_seconds lines
# /usr/bin/time wrote), executions, crashes (fuzzer stops on a crash,
# timeout or out-of-memory) and the crash inputs kept in $FUZZ_WORK.
#
#   scripts/fuzz-report.sh [LOG_DIR]     (default $FUZZ_LOGS or /tmp/fuzzlogs)
set -euo pipefail
logs=${1:-${FUZZ_LOGS:-/tmp/fuzzlogs}}
work=${FUZZ_WORK:-/tmp/fuzzwork}
printf '%-10s %9s %12s %8s %7s  %s\n' target cpu-min execs crashes inputs "still running"
for log in "$logs"/*.log; do
  [[ -e $log ]] || continue
  target=$(basename "$log" .log)
  cpu=$(awk '$1 == "cpu_seconds" { s += $2 + $3 } END { printf "%.1f", s / 60 }' "$log")
  execs=$(awk -F: '/stat::number_of_executed_units/ { s += $NF } END { print s + 0 }' "$log")
  # libFuzzer writes one test unit per crash, timeout or out-of-memory stop.
  crashes=$(grep -c 'Test unit written to' "$log" || true)
  inputs=$(find "$work/$target/crashes" -type f 2>/dev/null | wc -l)
  running=$(grep -c '^== fuzz-long .* started' "$log" || true)
  ended=$(grep -c '^== fuzz-long .* ended' "$log" || true)
  printf '%-10s %9s %12s %8s %7s  %s\n' "$target" "$cpu" "$execs" "$crashes" "$inputs" \
    "$([[ $running -gt $ended ]] && echo yes || echo no)"
done

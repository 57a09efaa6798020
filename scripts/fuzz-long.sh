#!/usr/bin/env bash
# Runs one fuzz target long (doc/hardening.md, "Long runs").
#
#   scripts/fuzz-long.sh TARGET CPU_MINUTES [libFuzzer options...]
#
# TARGET is a name from fuzz/CMakeLists.txt (utf8, segment, extract, html,
# jsonl, lexicon, gazetteer, model, conllu, ...). The fuzzer runs in chunks
# of at most 3 minutes until its processes have used CPU_MINUTES of CPU time
# (user + system), so the figure holds on a busy machine too; it is
# restarted after a crash, so one crash does not end the run (each crash
# input is kept). Runs under `nice -n 19`.
#
# Environment:
#   FUZZ_BUILD     build folder configured with -DCROSSCHECK_FUZZ=ON (default build-fuzz)
#   FUZZ_WORK      growing corpus and crash inputs, per target (default /tmp/fuzzwork)
#   FUZZ_LOGS      <target>.log, appended to (default /tmp/fuzzlogs)
#   FUZZ_DEADLINE  stop by this time even if CPU_MINUTES is not reached
#                  (anything `date -d` reads, e.g. "05:45 UTC"; default: none)
# scripts/fuzz-report.sh sums the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -lt 2 ]]; then
  echo "usage: $0 TARGET CPU_MINUTES [libFuzzer options...]" >&2
  exit 2
fi
target=$1 cpu_minutes=$2
shift 2
build=${FUZZ_BUILD:-build-fuzz}
work=${FUZZ_WORK:-/tmp/fuzzwork}/$target
logs=${FUZZ_LOGS:-/tmp/fuzzlogs}
binary=$build/fuzz/fuzz_$target
[[ -x $binary ]] || { echo "$0: $binary not built (ninja -C $build fuzz_targets)" >&2; exit 2; }
mkdir -p "$work/corpus" "$work/crashes" "$logs"
log=$logs/$target.log
deadline=$(date -d "${FUZZ_DEADLINE:-2100-01-01}" +%s)
chunk=180
cpu_limit=$(awk -v m="$cpu_minutes" 'BEGIN { printf "%d", m * 60 }')

cpu_used() {  # CPU seconds this run has logged so far
  awk -v from="$1" 'NR > from && $1 == "cpu_seconds" { s += $2 + $3 } END { printf "%d", s }' "$log"
}
touch "$log"
first_line=$(wc -l < "$log")
echo "== fuzz-long $target $cpu_minutes cpu-min, started $(date -u +%FT%TZ)" >> "$log"
while true; do
  used=$(cpu_used "$first_line")
  left=$(( deadline - $(date +%s) ))
  (( used < cpu_limit && left > 10 )) || break
  (( left > chunk )) && left=$chunk
  # /usr/bin/time appends "cpu_seconds USER SYS exit N" for fuzz-report.sh.
  status=0
  nice -n 19 /usr/bin/time -a -o "$log" -f "cpu_seconds %U %S exit %x" \
    "$binary" "$work/corpus" fuzz/corpus/"$target" \
      -max_total_time="$left" -timeout=25 -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="$work/crashes/" "$@" >> "$log" 2>&1 || status=$?
  if (( status != 0 )); then
    echo "== fuzz-long $target: fuzzer exited with $status; going on" >> "$log"
    sleep 1
  fi
done
echo "== fuzz-long $target ended $(date -u +%FT%TZ), $(cpu_used "$first_line") cpu-s" >> "$log"

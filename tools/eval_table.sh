#!/usr/bin/env bash
# Prints the per-report quality table of the README from `crosscheck eval --json`.
# usage: tools/eval_table.sh CROSSCHECK_BINARY FIXTURES_DIR
set -euo pipefail
"$1" eval "$2" --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
row = "| {0} | {1:.2f} | {2:.2f} | {3:.2f} | {4} / {5} |"
print("| report | claims P | R | F1 | contradictions found / gold |")
print("|---|---|---|---|---|")
for name, r in sorted(d["reports"].items()):
    print(row.format(name, r["precision"], r["recall"], r["f1"], r["ctp"], r["ctp"] + r["cfn"]))
print(row.format("**total**", d["precision"], d["recall"], d["f1"], d["ctp"], d["ctp"] + d["cfn"]))
print()
print("Contradictions in total: recall {0:.2f}, precision {1:.2f}.".format(d["contradiction_recall"], d["contradiction_precision"]))
'

#!/usr/bin/env bash
# Quick start: installs what is missing, builds crosscheck, and runs it on the
# bundled example report, printing its claims and contradictions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target crosscheck
./build/src/cli/crosscheck extract --published 2024-03-14 --source "Example Wire" --format text examples/report.txt

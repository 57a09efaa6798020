#!/usr/bin/env bash
# The bundled example report: two sources disagree on the toll and the cause.
set -eu
cc=${CROSSCHECK:?set CROSSCHECK to the crosscheck binary}
out=$("$cc" extract --published 2024-03-14 --source "Example Wire" --format text "$1")
echo "$out"
echo "$out" | grep -q "count in incident" || { echo "FAIL: no count contradiction"; exit 1; }
echo "$out" | grep -q "cause in incident" || { echo "FAIL: no cause contradiction"; exit 1; }
echo "$out" | grep -q "Adel Fathi (Interior Ministry) asserts kill 2 detainees · fire" || { echo "FAIL: ministry claim"; exit 1; }
echo "$out" | grep -q "Mariam Osei asserts kill >=9 detainees · by guards · shooting" || { echo "FAIL: aid group claim"; exit 1; }

#!/usr/bin/env bash
# Portfolio smoke: 10k synthetic rows through cancelctl (the debug build CI
# made), the pandas oracle and the DuckDB query, results checked equal to both; the same rows as a
# spreadsheet export; 5k rows with a third unlisted vendors and tracking
# columns, checked against both; plus a file of bad rows whose counts must
# reconcile with exit 65. No timing targets here.
set -euo pipefail
"$PYTHON" Scripts/bench --rows 10000 --smoke --binary "$CANCELCTL"
"$PYTHON" Scripts/bench --rows 2000 --smoke --bad-fraction 0.1 --binary "$CANCELCTL" --plan-runs 1
# The same rows as a spreadsheet export (synonym headers, mixed-case vendors,
# domains, tracking columns): results equal the plain file's. And 5k rows
# where a third of the vendors are unlisted (planned from contract terms)
# with notice-sent/confirmed/reference: equal to both baselines.
"$PYTHON" Scripts/bench --rows 5000 --smoke --messy --mixed-tracking --binary "$CANCELCTL" --plan-runs 1
tmp=$(mktemp -d)
printf 'vendor,renewal\naircal,2027-01-01\ngoto,2027-02-30\n"goto,x\n' > "$tmp/bad.csv"
set +e
"$CANCELCTL" portfolio "$tmp/bad.csv" --errors "$tmp/rejected.csv" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" -eq 65 ] || { echo "expected exit 65, got $rc"; cat "$tmp/err"; exit 1; }
grep -q '^3 rows read = 0 planned + 3 rejected$' "$tmp/err" || { echo "counts do not reconcile"; cat "$tmp/err"; exit 1; }
[ "$(wc -l < "$tmp/rejected.csv")" -eq 4 ] || { echo "--errors should hold the header and 3 rows"; cat "$tmp/rejected.csv"; exit 1; }
echo "portfolio smoke ok"

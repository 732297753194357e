#!/usr/bin/env bash
# Calendars, checklists, notices and JSON of every vendor example, checked by
# independent parsers and validators; then --output's atomic writes.
set -euo pipefail
"$PYTHON" .ci/check_outputs.py "$CANCELCTL"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=(plan --vendor aircall --seats 40 --renewal 2027-01-31 --billing annual --today 2026-11-23)

# --output writes exactly what stdout would carry, and prints nothing.
for format in text json markdown ics; do
    out=$("$CANCELCTL" "${args[@]}" --format "$format" --output "$tmp/plan.$format")
    [ -z "$out" ] || { echo "--output printed to stdout"; exit 1; }
    cmp -s "$tmp/plan.$format" <("$CANCELCTL" "${args[@]}" --format "$format") || { echo "--output differs from stdout ($format)"; exit 1; }
done
"$CANCELCTL" notice --vendor intercom --sales-assisted --billing annual --renewal 2027-03-01 --today 2026-11-23 --output "$tmp/notice.txt"
grep -q "Intercom Account Manager" "$tmp/notice.txt" || { echo "notice --output lacks the recipient"; exit 1; }

# A failed write: exit 73, one line on stderr, nothing on stdout, the old
# file intact and no temporary file left behind.
cp "$tmp/plan.ics" "$tmp/before.ics"
mkdir "$tmp/plan.ics.d" && touch "$tmp/plan.ics.d/keep"
set +e
out=$("$CANCELCTL" "${args[@]}" --format ics --output "$tmp/missing-dir/plan.ics" 2>"$tmp/err"); rc=$?
set -e
[ "$rc" -eq 73 ] || { echo "expected exit 73 for a missing directory, got $rc"; exit 1; }
[ -z "$out" ] || { echo "stdout not empty on a failed write"; exit 1; }
[ "$(wc -l <"$tmp/err")" -eq 1 ] || { echo "expected one error line:"; cat "$tmp/err"; exit 1; }
set +e
"$CANCELCTL" "${args[@]}" --format ics --lang fr --output "$tmp/plan.ics.d" >/dev/null 2>"$tmp/err"; rc=$?
set -e
[ "$rc" -eq 73 ] || { echo "expected exit 73 when the target is a directory, got $rc"; exit 1; }
[ -f "$tmp/plan.ics.d/keep" ] || { echo "the directory was damaged"; exit 1; }
if [ "$(id -u)" -ne 0 ]; then
    chmod a-w "$tmp"
    set +e; "$CANCELCTL" "${args[@]}" --format json --output "$tmp/plan.ics" >/dev/null 2>&1; rc=$?; set -e
    chmod u+w "$tmp"
    [ "$rc" -eq 73 ] || { echo "expected exit 73 in a read-only directory, got $rc"; exit 1; }
fi
cmp -s "$tmp/plan.ics" "$tmp/before.ics" || { echo "the previous file changed"; exit 1; }
leftovers=$(find "$tmp" -name '*.tmp' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "temporary files left behind"; exit 1; }

# Formats a subcommand cannot write are usage errors.
set +e; "$CANCELCTL" vendors --format ics >/dev/null 2>&1; rc=$?; set -e
[ "$rc" -eq 64 ] || { echo "vendors --format ics should exit 64, got $rc"; exit 1; }

# Colour never reaches a pipe or a file.
if "$CANCELCTL" "${args[@]}" | grep -q $'\e\['; then echo "colour codes in piped output"; exit 1; fi
echo "outputs ok"

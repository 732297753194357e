#!/usr/bin/env bash
# The README's first command works and bad input exits 64 with nothing on stdout.
set -euo pipefail
"$CANCELCTL" plan --vendor goto --renewal 2027-05-31 --billing annual --today 2026-11-23 >/dev/null
out=$("$CANCELCTL" plan --vendor gotoo 2>/dev/null) && { echo "expected a failure"; exit 1; } || rc=$?
[ "${rc:-0}" -eq 64 ] || { echo "expected exit 64, got ${rc:-0}"; exit 1; }
[ -z "$out" ] || { echo "stdout not empty on error"; exit 1; }
echo "smoke ok"

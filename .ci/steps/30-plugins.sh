#!/usr/bin/env bash
# Issue 3, end to end: the embedding example builds against the root package
# and prints a plan; a throwaway vendor scaffolded into a scratch copy of the
# repo builds, passes the conformance suite and is listed by `cancelctl
# vendors`, following Plugins.md's steps. Both build from scratch (nothing
# reused from the main .build): about 2-3 minutes on two cores.
set -euo pipefail
root="$PWD"
start=$SECONDS

echo "-- Examples/EmbedCancelCore"
out=$(cd Examples/EmbedCancelCore && swift run -q EmbedCancelCore)
echo "$out"
grep -q "^In-house tool: email, last day to act 2027-01-17, ends 2027-01-31$" <<<"$out" || { echo "the example did not print the in-house plan"; exit 1; }
grep -q "^GoTo: support" <<<"$out" || { echo "the example did not print the built-in plan"; exit 1; }
grep -q "^conformance of inhouse: 0 failure(s)$" <<<"$out" || { echo "the example vendor fails the conformance suite"; exit 1; }
echo "example ok ($((SECONDS - start)) s)"

echo "-- scaffold a throwaway vendor (Plugins.md, 'Add a vendor')"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Tracked and new files only: no .build, .venv or other ignored state.
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
    | tar --null -T - -cf - | tar -xf - -C "$scratch"
cd "$scratch"
Scripts/new-vendor Acme
grep -q '"Acme"\]$' Package.swift || { echo "Package.swift was not updated"; exit 1; }
swift build
swift test --filter AcmeTests
swift test --filter ConformanceTests
listed=$(.build/debug/cancelctl vendors)
grep -q "^acme " <<<"$listed" || { echo "acme is not listed by cancelctl vendors:"; echo "$listed"; exit 1; }
.build/debug/cancelctl plan --vendor acme --renewal 2027-01-31 --billing monthly --today 2026-11-23 >/dev/null
cd "$root"
echo "scaffold ok; step took $((SECONDS - start)) s"

#!/usr/bin/env bash
# docs/RULES.md is generated from the vendors' rule lists: CI fails when it
# is stale, when a rule has no test naming it, or a test names no rule.
set -euo pipefail
"$PYTHON" Scripts/rules-table.py --binary "$CANCELCTL" --check

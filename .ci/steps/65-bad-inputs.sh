#!/usr/bin/env bash
# Every row of HARDENING.md's bad-input catalogue, run against the built
# binary; the table in HARDENING.md must match what the binary prints.
set -euo pipefail
"$PYTHON" Scripts/bad-inputs.py --binary "$CANCELCTL" --check-doc HARDENING.md

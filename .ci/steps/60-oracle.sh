#!/usr/bin/env bash
# CancelCore's date arithmetic agrees with Python's dateutil on 100,000
# seeded random cases (Scripts/date-oracle.py says which and how).
set -euo pipefail
swift build --product date-oracle-driver
"$PYTHON" Scripts/date-oracle.py --driver "$(swift build --show-bin-path)/date-oracle-driver" \
    --cases "${ORACLE_CASES:-100000}" --seed "${ORACLE_SEED:-20261123}"

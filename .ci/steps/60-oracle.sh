#!/usr/bin/env bash
# CancelCore's date arithmetic agrees with Python's dateutil on 100,000
# seeded random cases, and RenewalSchedule with issue 10's specification on
# 100,000 more over every contract shape (Scripts/date-oracle.py and
# Scripts/terms_oracle.py say which and how).
set -euo pipefail
swift build --product date-oracle-driver
"$PYTHON" Scripts/date-oracle.py --driver "$(swift build --show-bin-path)/date-oracle-driver" \
    --cases "${ORACLE_CASES:-100000}" --terms-cases "${ORACLE_TERMS_CASES:-100000}" --seed "${ORACLE_SEED:-20261123}"

#!/usr/bin/env bash
# Byte-identical output under many TZ and LANG values; undated plans use
# the local date of TZ.
set -euo pipefail
if [ ! -e /usr/share/zoneinfo/America/Santiago ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tzdata
fi
"$PYTHON" Scripts/determinism.py --binary "$CANCELCTL"

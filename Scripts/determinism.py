#!/usr/bin/env python3
"""Determinism: the same facts and --today give byte-identical output in
every output format, whatever TZ and LANG say; and without --today the plan
is dated with the local calendar date of TZ.

    Scripts/determinism.py --binary .build/debug/cancelctl

The formats are read from `cancelctl help plan` and `help portfolio`
(`--format <a|b|...>`), so a new format is checked as soon as the help
lists it.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from zoneinfo import ZoneInfo

# Zones with odd offsets, both hemispheres, the date line, and zones whose
# DST change happens at midnight (Santiago, Beirut, Sao Paulo until 2019).
ZONES = ["UTC", "America/Sao_Paulo", "America/Santiago", "Asia/Beirut", "Pacific/Kiritimati",
         "Pacific/Pago_Pago", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu", "Europe/Paris"]
LOCALES = ["C", "en_US.UTF-8", "fr_FR.UTF-8", "tr_TR.UTF-8"]
SCENARIOS = [
    ["plan", "--vendor", "goto", "--renewal", "2027-05-31", "--billing", "annual", "--today", "2026-11-23"],
    ["plan", "--vendor", "aircall", "--seats", "40", "--renewal", "2027-01-31", "--billing", "annual", "--today", "2026-11-23"],
    # A missed deadline rolled over several terms, around a leap day.
    ["plan", "--vendor", "intercom", "--renewal", "2024-02-29", "--term-months", "12", "--notice-days", "30",
     "--billing", "annual", "--today", "2028-01-30"],
    ["plan", "--vendor", "whc", "--renewal", "2026-11-24", "--today", "2026-11-23"],
    ["plan", "--vendor", "bitrix24", "--billing", "monthly", "--today", "2026-03-08"],
    ["portfolio", "PORTFOLIO.csv", "--today", "2026-11-23"],
    ["portfolio", "PORTFOLIO.jsonl", "--sort", "input", "--horizon", "60", "--today", "2027-01-15"],
]
PORTFOLIO_CSV = """vendor,name,owner,renewal,seats,billing,term-months,notice-days
goto,Webinars,Ana,2027-05-31,10,annual,,
aircall,Phones,"Lee, B.",2027-01-31,40,annual,,
intercom,Support desk,Zoé,2024-02-29,,annual,12,30
whc,Hosting,,2026-11-24,,,,
bitrix24,CRM,Jo,2026-12-31,5,monthly,,
nope,Unknown vendor,,2027-01-01,,,,
"""
PORTFOLIO_JSONL = """{"vendor":"goto","name":"Webinars","renewal":"2027-05-31","seats":10,"billing":"annual"}
{"vendor":"intercom","name":"Desk","renewal":"2028-02-29","term-months":12,"notice-days":30,"billing":"annual"}
{"vendor":"aircall","name":"Phones","renewal":"2027-01-31","seats":"x"}
"""


def run(binary, arguments, tz, lang, extra=None):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TZ": tz, "LANG": lang}
    env.update(extra or {})
    result = subprocess.run([binary] + arguments, capture_output=True, env=env, timeout=30, check=False)
    return result.returncode, result.stdout, result.stderr


def formats(binary, subcommand):
    _, out, _ = run(binary, ["help", subcommand], "UTC", "C")
    found = re.search(r"--format <([a-z|-]+)>", out.decode())
    if not found:
        sys.exit(f"could not read the formats from 'cancelctl help {subcommand}'")
    return found.group(1).split("|")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    options = parser.parse_args()
    missing = [z for z in ZONES if not os.path.exists(f"/usr/share/zoneinfo/{z}")]
    if missing:
        sys.exit(f"time zone data missing for {missing}: install tzdata")

    directory = tempfile.mkdtemp(prefix="cancelctl-determinism-")
    for name, text in (("PORTFOLIO.csv", PORTFOLIO_CSV), ("PORTFOLIO.jsonl", PORTFOLIO_JSONL)):
        with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    kinds = {subcommand: formats(options.binary, subcommand) for subcommand in sorted({s[0] for s in SCENARIOS})}
    failures, runs = [], 0
    for scenario in SCENARIOS:
        scenario = [a.replace("PORTFOLIO", os.path.join(directory, "PORTFOLIO")) for a in scenario]
        for fmt in kinds[scenario[0]]:
            for lang_option in ("en", "fr"):
                arguments = scenario + ["--format", fmt, "--lang", lang_option]
                baseline = run(options.binary, arguments, "UTC", "C")
                # A portfolio with rejected rows exits 65 and still prints the others.
                if baseline[0] not in (0, 65) or not baseline[1]:
                    failures.append(f"{' '.join(arguments)}: exit {baseline[0]}: {baseline[2][:300]!r}")
                    continue
                for tz in ZONES:
                    for lang, extra in [(lang, {}) for lang in LOCALES] + [("C", {"LC_ALL": "fr_FR.UTF-8"})]:
                        runs += 1
                        got = run(options.binary, arguments, tz, lang, extra)
                        if got != baseline:
                            failures.append(f"TZ={tz} LANG={lang} {extra} {' '.join(arguments)}: output differs from TZ=UTC LANG=C")

    # Without --today: the local calendar date of TZ, as Python computes it.
    for tz in ZONES:
        runs += 1
        before = datetime.now(ZoneInfo(tz)).date().isoformat()
        code, out, err = run(options.binary, ["plan", "--vendor", "goto", "--format", "json"], tz, "C")
        after = datetime.now(ZoneInfo(tz)).date().isoformat()
        try:
            today = json.loads(out)["today"]
        except (ValueError, KeyError) as error:
            failures.append(f"TZ={tz} without --today: unreadable output ({error}): {err[:200]!r}")
            continue
        if today not in (before, after):
            failures.append(f"TZ={tz} without --today: dated {today}, the local date is {before}")

    if failures:
        print(f"determinism: {len(failures)} failures; first ones:")
        for failure in failures[:20]:
            print("  " + failure)
        return 1
    shutil.rmtree(directory, ignore_errors=True)
    listed = "; ".join(f"{k}: {', '.join(v)}" for k, v in kinds.items())
    print(f"determinism: {runs} runs byte-identical across {len(ZONES)} zones and {len(LOCALES) + 1} locales "
          f"in every format ({listed}); undated runs use each zone's local date")
    return 0


if __name__ == "__main__":
    sys.exit(main())

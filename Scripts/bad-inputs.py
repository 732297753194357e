#!/usr/bin/env python3
"""The bad-input catalogue: every class of bad input, run against the built
binary, and the table in HARDENING.md generated from the same rows.

    Scripts/bad-inputs.py --binary .build/debug/cancelctl               # run every row
    Scripts/bad-inputs.py --binary ... --check-doc HARDENING.md         # and check the table
    Scripts/bad-inputs.py --binary ... --write-doc HARDENING.md         # regenerate the table

Every row must: exit with its code (never a signal), print nothing on
stdout, print exactly one error line (first on stderr, naming the value)
followed only by the usage hint, and finish within the time limit.
"""
import argparse
import os
import re
import subprocess
import sys

LONG = 100_000  # one argument; Linux caps a single argument at 128 KiB
PLAN = ["plan", "--vendor", "goto"]

# (class, arguments, exit code, text the error line must contain, how to show the arguments)
ROWS = [
    ("unknown subcommand", ["frob"], 64, "'frob'", None),
    ("subcommand typo", ["plna"], 64, "Did you mean 'plan'?", None),
    ("unknown top-level flag", ["--frob"], 64, "'--frob'", None),
    ("unknown flag", PLAN + ["--frob"], 64, "'--frob'", None),
    ("unknown flag (= form)", PLAN + ["--seat=3"], 64, "'--seat'", None),
    ("stray positional argument", ["plan", "goto"], 64, "'goto'", None),
    ("unknown help topic", ["help", "frob"], 64, "'frob'", None),
    ("missing vendor", ["plan", "--renewal", "2027-05-31"], 64, "--vendor", None),
    ("unknown vendor", ["plan", "--vendor", "nope"], 64, "'nope'", None),
    ("vendor typo", ["plan", "--vendor", "gotoo"], 64, "Did you mean 'goto'?", None),
    ("unknown vendor (explain)", ["explain", "--vendor", "nope"], 64, "'nope'", None),
    ("unknown product", PLAN + ["--product", "nope"], 64, "'nope'", None),
    ("flag without value (last)", PLAN + ["--seats"], 64, "'--seats' needs a value", None),
    ("flag without value (next is a flag)", PLAN + ["--renewal", "--seats", "3"], 64, "'--renewal' needs a value", None),
    ("repeated flag", PLAN + ["--seats", "1", "--seats", "2"], 64, "'--seats' is given more than once", None),
    ("repeated flag (mixed forms)", PLAN + ["--lang=en", "--lang", "fr"], 64, "'--lang' is given more than once", None),
    ("switch given a bad value", PLAN + ["--trial=maybe"], 64, "'maybe'", None),
    ("impossible date", PLAN + ["--renewal", "2027-02-30"], 64, "'2027-02-30' is not a real date", None),
    ("Feb 29 in a common year", PLAN + ["--renewal", "2027-02-29"], 64, "'2027-02-29' is not a real date", None),
    ("Feb 29 in a century year", PLAN + ["--renewal", "2100-02-29"], 64, "'2100-02-29' is not a real date", None),
    ("month 13 / day 0", PLAN + ["--renewal", "2027-13-00"], 64, "'2027-13-00' is not a real date", None),
    ("date in another format", PLAN + ["--renewal", "31/01/2027"], 64, "'31/01/2027' is not a real date", None),
    ("date with a time", PLAN + ["--renewal", "2027-01-31T00:00"], 64, "'2027-01-31T00:00'", None),
    ("date without zero padding", PLAN + ["--renewal", "2027-1-31"], 64, "'2027-1-31'", None),
    ("out-of-range date (before)", PLAN + ["--renewal", "1899-12-31"], 64, "'1899-12-31' is out of range", None),
    ("out-of-range date (after)", PLAN + ["--renewal", "2201-01-01"], 64, "'2201-01-01' is out of range", None),
    ("out-of-range --today", PLAN + ["--today", "0001-01-01"], 64, "'0001-01-01' is out of range", None),
    ("impossible --today", PLAN + ["--today", "2026-11-31"], 64, "'2026-11-31' is not a real date", None),
    ("zero seats", PLAN + ["--seats", "0"], 64, "'0' is out of range", None),
    ("negative seats", PLAN + ["--seats", "-3"], 64, "'-3' is out of range", None),
    ("non-numeric seats", PLAN + ["--seats", "ten"], 64, "'ten' is not a whole number", None),
    ("decimal seats", PLAN + ["--seats", "1.5"], 64, "'1.5' is not a whole number", None),
    ("too many seats", PLAN + ["--seats", "100001"], 64, "'100001' is out of range", None),
    ("huge seats (beyond 64 bits)", PLAN + ["--seats", "99999999999999999999999"], 64, "'99999999999999999999999' is out of range", None),
    ("zero notice days", PLAN + ["--notice-days", "0"], 64, "'0' is out of range", None),
    ("negative notice days", PLAN + ["--notice-days=-1"], 64, "'-1' is out of range", None),
    ("huge notice days", PLAN + ["--notice-days", "731"], 64, "'731' is out of range", None),
    ("non-numeric notice days", PLAN + ["--notice-days", "1e3"], 64, "'1e3' is not a whole number", None),
    ("zero term months", PLAN + ["--term-months", "0"], 64, "'0' is out of range", None),
    ("huge term months", PLAN + ["--term-months", "121"], 64, "'121' is out of range", None),
    ("non-numeric term months", PLAN + ["--term-months", "twelve"], 64, "'twelve' is not a whole number", None),
    ("bad billing", PLAN + ["--billing", "weekly"], 64, "'weekly'", None),
    ("bad --lang", PLAN + ["--lang", "de"], 64, "'de'", None),
    ("bad --lang (vendors)", ["vendors", "--lang", "de"], 64, "'de'", None),
    ("bad --format", PLAN + ["--format", "xml"], 64, "'xml'", None),
    ("bad --format (explain)", ["explain", "--vendor", "goto", "--format", "yaml"], 64, "'yaml'", None),
    ("empty vendor", ["plan", "--vendor", ""], 64, "--vendor", None),
    ("empty value", PLAN + ["--seats", ""], 64, "'--seats' has an empty value", None),
    ("empty value (= form)", PLAN + ["--today="], 64, "'--today' has an empty value", None),
    ("blank value", PLAN + ["--format", "  "], 64, "'--format' has an empty value", None),
    ("non-UTF-8 bytes in a value", [b"plan", b"--vendor", b"go\xffto"], 64, "'go\ufffdto'", "plan --vendor $'go\\xffto'"),
    ("non-UTF-8 bytes in a date", PLAN + [b"--renewal", b"2027-01-3\xff"], 64, "'2027-01-3\ufffd' is not a real date", "plan --vendor goto --renewal $'2027-01-3\\xff'"),
    ("non-UTF-8 bytes in a flag", PLAN + [b"--s\xe9ats", b"3"], 64, "'--s\ufffdats'", "plan --vendor goto $'--s\\xe9ats' 3"),
    ("very long vendor", ["plan", "--vendor", "a" * LONG], 64, f"… ({LONG} characters)' is not accepted", f"plan --vendor a×{LONG}"),
    ("very long number", PLAN + ["--seats", "9" * LONG], 64, f"… ({LONG} characters)' is out of range", f"plan --vendor goto --seats 9×{LONG}"),
    ("very long date", PLAN + ["--renewal", "2" * LONG], 64, f"… ({LONG} characters)' is not a real date", f"plan --vendor goto --renewal 2×{LONG}"),
    ("very many arguments", PLAN + ["--trial"] * 5000, 64, "'--trial' is given more than once", "plan --vendor goto --trial ×5000"),
    ("error in French", ["plan", "--vendor", "gotoo", "--lang", "fr"], 64, "Vouliez-vous dire « goto » ?", None),
]

FILE_CLASSES = ["missing file", "unreadable file", "a directory", "non-UTF-8 file", "unterminated quote", "huge line"]

BEGIN, END = "<!-- bad-inputs:begin -->", "<!-- bad-inputs:end -->"


def shown(arguments, display):
    if display:
        return display
    def quote(a):
        return a if a and re.fullmatch(r"[A-Za-z0-9_./:=+-]+", a) else "'" + a + "'"
    return " ".join(quote(a) for a in arguments)


def run(binary, arguments, timeout):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C", "TZ": "UTC"}
    argv = [os.fsencode(binary)] + [a if isinstance(a, bytes) else a.encode() for a in arguments]
    return subprocess.run(argv, capture_output=True, env=env, timeout=timeout, check=False)


def check(row, result):
    """Problems with one row's result (empty when it behaves)."""
    _, _, code, needle, _ = row
    problems = []
    if result.returncode < 0:
        problems.append(f"killed by signal {-result.returncode}")
    elif result.returncode != code:
        problems.append(f"exit {result.returncode}, expected {code}")
    if result.stdout:
        problems.append(f"stdout not empty: {result.stdout[:200]!r}")
    try:
        stderr = result.stderr.decode("utf-8")
    except UnicodeDecodeError as error:
        return problems + [f"stderr is not UTF-8: {error}"]
    lines = stderr.split("\n")
    first = lines[0]
    if not (first.startswith("Error: ") or first.startswith("Erreur : ")):
        problems.append(f"first stderr line is not an error line: {first[:200]!r}")
    if needle not in first:
        problems.append(f"error line does not contain {needle!r}: {first[:300]!r}")
    rest = [line for line in lines[1:] if line]
    if any(not (line.startswith("USAGE: ") or line.startswith(" ")) for line in rest):
        problems.append(f"stderr has more than the error line and the usage hint: {stderr[:500]!r}")
    return problems


def cell(text, limit=150):
    text = text.replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table(results):
    lines = ["| Bad input | Example (`cancelctl …`) | What the user sees (first stderr line; then the usage hint) | Exit |",
             "| --- | --- | --- | --- |"]
    for row, result in zip(ROWS, results):
        name, arguments, code, _, display = row
        first = result.stderr.decode("utf-8", "replace").split("\n")[0]
        lines.append(f"| {name} | `{cell(shown(arguments, display), 70)}` | {cell(first)} | {code} |")
    for name in FILE_CLASSES:
        lines.append(f"| file: {name} | (portfolio files) | not yet: the portfolio readers are not on this branch | — |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--check-doc")
    parser.add_argument("--write-doc")
    options = parser.parse_args()

    results, failures = [], 0
    for row in ROWS:
        try:
            result = run(options.binary, row[1], options.timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL {row[0]}: no answer within {options.timeout}s")
            failures += 1
            results.append(subprocess.CompletedProcess([], -1, b"", b""))
            continue
        results.append(result)
        problems = check(row, result)
        if problems:
            failures += 1
            print(f"FAIL {row[0]}: " + "; ".join(problems))
    if failures:
        print(f"bad inputs: {failures} of {len(ROWS)} rows fail")
        return 1
    print(f"bad inputs: all {len(ROWS)} rows exit as catalogued with one error line and empty stdout")

    block = BEGIN + "\n" + table(results) + "\n" + END
    for path, write in ((options.check_doc, False), (options.write_doc, True)):
        if not path:
            continue
        text = open(path, encoding="utf-8").read()
        found = re.search(re.escape(BEGIN) + ".*?" + re.escape(END), text, re.S)
        if write:
            text = text[: found.start()] + block + text[found.end():] if found else text + "\n" + block + "\n"
            open(path, "w", encoding="utf-8").write(text)
            print(f"wrote the table into {path}")
        elif not found or found.group(0) != block:
            print(f"{path}: the bad-input table is out of date; run Scripts/bad-inputs.py --binary ... --write-doc {path}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

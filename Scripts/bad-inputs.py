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
import shutil
import subprocess
import sys
import tempfile

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
    ("vendor prefix (near miss, not planned as unlisted)", ["plan", "--vendor", "aircal"], 64, "Did you mean 'aircall'?", None),
    ("unlisted vendor name with a control character", ["plan", "--vendor", "no\x1b[2Jpe"], 64, "'no\\u{1B}[2Jpe'", "plan --vendor $'no\\x1b[2Jpe'"),
    ("unlisted vendor name too long", ["plan", "--vendor", "v" * 101], 64, "is not a usable vendor name", "--vendor v×101"),
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
    ("notice in days and in months", PLAN + ["--notice-days", "30", "--notice-months", "1"], 64, "cannot be given with --notice-days", None),
    ("zero notice months", PLAN + ["--notice-months", "0"], 64, "'0' is out of range", None),
    ("too many notice months", PLAN + ["--notice-months", "25"], 64, "'25' is out of range", None),
    ("zero renewal term", PLAN + ["--renewal-term-months", "0"], 64, "'0' is out of range", None),
    ("period end with no auto-renewal", PLAN + ["--period-end", "month", "--auto-renew", "no"], 64, "cannot be given with --auto-renew no", None),
    ("renewal term with no auto-renewal", PLAN + ["--renewal-term-months", "12", "--auto-renew", "no"], 64, "cannot be given with --auto-renew no", None),
    ("unknown period end", PLAN + ["--period-end", "week"], 64, "'week' is not accepted", None),
    ("auto-renew not yes or no", PLAN + ["--auto-renew", "sometimes"], 64, "'sometimes' is not accepted", None),
    ("unknown channel", ["plan", "--vendor", "zoom", "--channel", "fax"], 64, "'fax' is not accepted", None),
    ("contact with a line break", ["plan", "--vendor", "zoom", "--contact", "a@b.c\r\nBcc: x@y.z"], 64, "holds a control character or line break", "plan --vendor zoom --contact $'a@b.c\\r\\nBcc: x@y.z'"),
    ("notice sent in the future", PLAN + ["--notice-sent", "2026-12-01", "--today", "2026-11-23"], 64, "is after today", None),
    ("confirmed before the notice was sent", PLAN + ["--notice-sent", "2026-11-20", "--confirmed", "2026-11-10", "--today", "2026-11-23"], 64, "is before the notice was sent", None),
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
    ("very long vendor", ["plan", "--vendor", "a" * LONG], 64, f"… ({LONG} characters)' is not a usable vendor name", f"plan --vendor a×{LONG}"),
    ("very long number", PLAN + ["--seats", "9" * LONG], 64, f"… ({LONG} characters)' is out of range", f"plan --vendor goto --seats 9×{LONG}"),
    ("very long date", PLAN + ["--renewal", "2" * LONG], 64, f"… ({LONG} characters)' is not a real date", f"plan --vendor goto --renewal 2×{LONG}"),
    ("very many arguments", PLAN + ["--trial"] * 5000, 64, "'--trial' is given more than once", "plan --vendor goto --trial ×5000"),
    ("error in French", ["plan", "--vendor", "gotoo", "--lang", "fr"], 64, "Vouliez-vous dire « goto » ?", None),
    ("stray argument with an escape sequence", ["plan", "\x1b[2Jx"], 64, "'\\u{1B}[2Jx'", "plan $'\\x1b[2Jx'"),
    ("notice sender with a line break (header injection)", ["notice", "--vendor", "goto", "--company", "Acme\r\nBcc: x@y.z"], 64,
     "--company 'Acme\\u{0D}\\u{0A}Bcc: x@y.z' holds a control character or line break", "notice --vendor goto --company $'Acme\\r\\nBcc: x@y.z'"),
    ("notice signer with a control character", ["notice", "--vendor", "goto", "--signer", "J\x07Doe"], 64,
     "--signer 'J\\u{07}Doe' holds a control character", "notice --vendor goto --signer $'J\\aDoe'"),
    ("calendar account with a line break", PLAN + ["--format", "ics", "--account", "A1\nX-EVIL:1"], 64,
     "--account 'A1\\u{0A}X-EVIL:1' holds a control character", "plan --vendor goto --format ics --account $'A1\\nX-EVIL:1'"),
    ("--output ending in a slash", PLAN + ["--output", "plans/"], 64, "'--output' needs a file path", None),
    ("--output into a full device", PLAN + ["--output", "/dev/full"], 73, "cannot write '/dev/full': no space left on the device", None),
]

# Portfolio files, made in a fresh directory (DIR). Each row: class, the file
# to write (name, bytes) or None, arguments, exit code, text of the one
# error line, and whether stdout must be empty (the whole file refused) or
# may carry the rows that were planned (one row refused).
BIG = 5_000_000
FILE_ROWS = [
    ("file: missing", None, ["portfolio", "DIR/missing.csv"], 74, "cannot read 'DIR/missing.csv'", True),
    ("file: a directory", None, ["portfolio", "DIR"], 74, "cannot read 'DIR'", True),
    ("file: unreadable (mode 000)", ("secret.csv", b"vendor,name\ngoto,x\n"), ["portfolio", "DIR/secret.csv"], 74,
     "cannot read 'DIR/secret.csv'", True),
    ("file: empty path", None, ["portfolio", ""], 64, "the portfolio file path is empty", True),
    ("file: two files", None, ["portfolio", "a.csv", "b.csv"], 64, "'a.csv b.csv'", True),
    ("file: no vendor column", ("novendor.csv", b"name,renewal\nx,2027-01-01\n"), ["portfolio", "DIR/novendor.csv"], 65,
     "line 1: the header has no 'vendor' column", True),
    ("file: column typo", ("typo.csv", b"vendor,renwal\ngoto,2027-01-01\n"), ["portfolio", "DIR/typo.csv"], 65,
     "line 1: column 'renwal' is not accepted", True),
    ("file: not UTF-8 (UTF-16 with BOM)", ("utf16.csv", "vendor,name\n".encode("utf-16")), ["portfolio", "DIR/utf16.csv"], 65,
     "line 1: the line is not valid UTF-8 text", True),
    ("file: a non-UTF-8 row", ("latin1.csv", "vendor,name\ngoto,Caf\u00e9\ngoto,ok\n".encode("latin-1")),
     ["portfolio", "DIR/latin1.csv"], 65, "line 2: the line is not valid UTF-8 text", False),
    ("file: unterminated quote", ("quote.csv", b'vendor,name\ngoto,ok\ngoto,"open\n'), ["portfolio", "DIR/quote.csv"], 65,
     "line 3: a quoted field is not closed", False),
    ("file: text after a closing quote", ("after.csv", b'vendor,name\ngoto,"a"b\n'), ["portfolio", "DIR/after.csv"], 65,
     "line 2: text follows a closing quote", False),
    ("file: too few fields", ("fields.csv", b"vendor,name,renewal\ngoto,x\n"), ["portfolio", "DIR/fields.csv"], 65,
     "line 2: the row has 2 field(s) but the header has 3", False),
    ("file: huge line (5 MB, one field)", ("huge.csv", b"vendor,name\n" + b"x" * BIG + b"\n"), ["portfolio", "DIR/huge.csv"], 65,
     "line 2: the row has 1 field(s) but the header has 2", False),
    ("JSON Lines: invalid JSON", ("bad.jsonl", b'{"vendor":"goto",}\n'), ["portfolio", "DIR/bad.jsonl"], 65, "line 1:", False),
    ("JSON Lines: not an object", ("array.jsonl", b'{"vendor":"goto"}\n[1,2]\n'), ["portfolio", "DIR/array.jsonl"], 65,
     "line 2: the line is not a JSON object", False),
    ("JSON Lines: nested 1,000,000 deep", ("deep.jsonl", b'{"vendor":' + b"[" * 1_000_000 + b"]" * 1_000_000 + b"}\n"),
     ["portfolio", "DIR/deep.jsonl"], 65, "line 1: the JSON is nested more than 64 levels deep", False),
    ("--errors file cannot be created", ("good.csv", b"vendor,name\ngoto,x\n"),
     ["portfolio", "DIR/good.csv", "--errors", "DIR/no/such/dir/errors.csv"], 73, "cannot write 'DIR/no/such/dir/errors.csv': its directory does not exist", True),
    ("portfolio --output into a missing directory", ("good3.csv", b"vendor,name\ngoto,x\n"),
     ["portfolio", "DIR/good3.csv", "--output", "DIR/no/such/dir/out.csv"], 73, "cannot write 'DIR/no/such/dir/out.csv': its directory does not exist", True),
    ("--errors with a refused header (no file left)", ("typo2.csv", b"vendr,name\ngoto,x\n"),
     ["portfolio", "DIR/typo2.csv", "--errors", "DIR/left.csv"], 65, "line 1: column 'vendr'", True),
]
NO_FILE_LEFT = {"--errors with a refused header (no file left)": "left.csv"}

BEGIN, END = "<!-- bad-inputs:begin -->", "<!-- bad-inputs:end -->"


def shown(arguments, display):
    if display:
        return display
    def quote(a):
        return a if a and re.fullmatch(r"[A-Za-z0-9_./:=+-]+", a) else "'" + a + "'"
    return " ".join(quote(a) for a in arguments)


def run(binary, arguments, timeout, prefix=()):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C", "TZ": "UTC"}
    argv = list(prefix) + [os.fsencode(binary)] + [a if isinstance(a, bytes) else a.encode() for a in arguments]
    return subprocess.run(argv, capture_output=True, env=env, timeout=timeout, check=False)


def as_unprivileged():
    """Root reads mode-000 files, so run that row as nobody when root."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]


def run_files(binary, timeout):
    """Runs FILE_ROWS in a fresh directory; returns (row, result, problems)."""
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="cancelctl-bad-") as directory:
        os.chmod(directory, 0o755)
        # A copy nobody can run, wherever the checkout is.
        unprivileged_binary = os.path.join(directory, "cancelctl")
        shutil.copy(binary, unprivileged_binary)
        for name, content, arguments, code, needle, empty_stdout in FILE_ROWS:
            if content:
                path = os.path.join(directory, content[0])
                with open(path, "wb") as handle:
                    handle.write(content[1])
                if "unreadable" in name:
                    os.chmod(path, 0)
            argv = [a.replace("DIR", directory) for a in arguments]
            prefix = as_unprivileged() if "unreadable" in name else []
            try:
                result = run(unprivileged_binary if prefix else binary, argv + ["--today", "2026-11-23"], timeout, prefix)
            except subprocess.TimeoutExpired:
                outcomes.append((name, arguments, code, None, [f"no answer within {timeout}s"]))
                continue
            problems = []
            if result.returncode != code:
                problems.append(f"exit {result.returncode}, expected {code}")
            if empty_stdout and result.stdout:
                problems.append(f"stdout not empty: {result.stdout[:200]!r}")
            stderr = result.stderr.decode("utf-8", "replace").replace(directory, "DIR")
            first = stderr.split("\n")[0]
            if needle not in first:
                problems.append(f"first stderr line does not contain {needle!r}: {first[:300]!r}")
            errors = [line for line in stderr.split("\n") if line.startswith(("Error", "line "))]
            if len(errors) != 1:
                problems.append(f"{len(errors)} error lines: {stderr[:400]!r}")
            left = NO_FILE_LEFT.get(name)
            if left and os.path.exists(os.path.join(directory, left)):
                problems.append(f"left a file behind: {left}")
            outcomes.append((name, arguments, code, first, problems))
    return outcomes


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


def table(results, file_outcomes):
    lines = ["| Bad input | Example (`cancelctl …`) | What the user sees (first stderr line; then the usage hint) | Exit |",
             "| --- | --- | --- | --- |"]
    for row, result in zip(ROWS, results):
        name, arguments, code, _, display = row
        first = result.stderr.decode("utf-8", "replace").split("\n")[0]
        lines.append(f"| {name} | `{cell(shown(arguments, display), 70)}` | {cell(first)} | {code} |")
    for name, arguments, code, first, _ in file_outcomes:
        lines.append(f"| {name} | `{cell(shown(arguments, None), 70)}` | {cell(first or '(no answer)')} | {code} |")
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
    file_outcomes = run_files(options.binary, options.timeout)
    for name, _, _, _, problems in file_outcomes:
        if problems:
            failures += 1
            print(f"FAIL {name}: " + "; ".join(problems))
    total = len(ROWS) + len(FILE_ROWS)
    if failures:
        print(f"bad inputs: {failures} of {total} rows fail")
        return 1
    print(f"bad inputs: all {total} rows exit as catalogued, each with one error line naming the value")

    block = BEGIN + "\n" + table(results, file_outcomes) + "\n" + END
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

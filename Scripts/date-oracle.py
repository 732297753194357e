#!/usr/bin/env python3
"""Independent date oracle for CancelCore.

Generates seeded random cases across 1900-2200 (biased toward leap years,
Feb 29, month ends and both sides of every boundary), asks CancelCore's
answers from the `date-oracle-driver` executable in one process, computes
the expected answers with Python's `datetime` and `dateutil.relativedelta`,
and fails printing the first disagreeing cases (and, for `terms`, how many
disagree per contract shape and per answer).

    Scripts/date-oracle.py --driver .build/debug/date-oracle-driver [--cases N] [--terms-cases N] [--seed S]

The expected answers follow the documented meaning, not CancelCore's code:
- add:       date + relativedelta(months=n) (clamped to the month's end)
- days:      date + timedelta(days=n)
- notice:    last day to act = renewal - notice days, or renewal - 1 day
- roll:      smallest k >= 0 with lastDay(anchor + k*term months) >= today,
             counted from the anchor (found by bisection, not by stepping)
- remaining: smallest k >= 0 with end - k months <= today (bisection)
- parse:     exactly YYYY-MM-DD with ASCII digits naming a real day;
             real days outside 1900-01-01...2200-12-31 are "range"
- terms:     a whole RenewalSchedule from contract terms and an article rule,
             over every shape (renewing, rolling to a month/quarter/year end,
             not renewing), from issue 10's specification: see
             Scripts/terms_oracle.py. --terms-cases of them (100,000 by
             default) come on top of --cases; the issue's worked examples,
             answered by hand, check the oracle itself before it runs.
"""
import argparse
import calendar
import random
import re
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

import terms_oracle

LOW, HIGH = date(1900, 1, 1), date(2200, 12, 31)
TERMS = [1, 1, 3, 6, 12, 12, 12, 24, 36, 60, 120]
NOTICES = [1, 7, 14, 28, 29, 30, 31, 45, 59, 60, 61, 90, 180, 365, 366, 730]
LEAP_YEARS = [y for y in range(1900, 2201) if calendar.isleap(y)]
ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


# ---------------------------------------------------------------- generation

def rand_date(rng):
    """A date in 1900-2200, often a leap year, a month end or Feb 28/29."""
    r = rng.random()
    if r < 0.1:
        year = rng.choice([1900, 2000, 2100, 2200, 1904, 2096, 2104, 2196])
    elif r < 0.4:
        year = rng.choice(LEAP_YEARS)
    else:
        year = rng.randint(1900, 2200)
    r = rng.random()
    if r < 0.2:
        month = 2
        day = rng.choice([28, calendar.monthrange(year, 2)[1], 1, 27])
    else:
        month = rng.randint(1, 12)
        last = calendar.monthrange(year, month)[1]
        if r < 0.6:
            day = rng.choice([last, last, last - 1, 1, 30 if last >= 30 else last])
        else:
            day = rng.randint(1, last)
    return date(year, month, day)


def rand_months(rng):
    r = rng.random()
    if r < 0.4:
        return rng.randint(-36, 36)
    if r < 0.7:
        return rng.choice(TERMS) * rng.choice([1, -1]) * rng.randint(1, 4)
    return rng.randint(-2400, 2400)


def rand_notice(rng):
    r = rng.random()
    if r < 0.15:
        return "none"
    if r < 0.2:
        return "unknown"
    if r < 0.7:
        return rng.choice(NOTICES)
    return rng.randint(1, 730)


def rand_term(rng):
    r = rng.random()
    if r < 0.05:
        return None
    if r < 0.75:
        return rng.choice(TERMS)
    return rng.randint(1, 120)


def clamp(d):
    return min(max(d, LOW), HIGH)


def near(rng, d):
    """d or a day either side of it: both sides of a boundary."""
    return clamp(d + timedelta(days=rng.choice([-1, 0, 0, 1, rng.randint(-40, 40)])))


def case_roll(rng):
    anchor, term, notice = rand_date(rng), rand_term(rng), rand_notice(rng)
    r = rng.random()
    if r < 0.6 and term is not None:
        k = rng.choice([0, 1, 2, rng.randint(0, 50), rng.randint(0, 3000 // term)])
        renewal = anchor + relativedelta(months=k * term)
        today = near(rng, bound(renewal, notice))
    elif r < 0.8:
        today = near(rng, bound(anchor, notice))
    else:
        today = rand_date(rng)
    return f"roll {anchor} {today} {'nil' if term is None else term} {notice}"


def case_remaining(rng):
    end = rand_date(rng)
    r = rng.random()
    if r < 0.7:
        today = near(rng, end - relativedelta(months=rng.choice([0, 1, 2, 11, 12, 13, rng.randint(0, 600)])))
    else:
        today = rand_date(rng)
    return f"remaining {end} {today}"


def bad_text(rng):
    """Strings that look like dates but are not, or barely are."""
    y, m, d = rng.randint(0, 9999), rng.randint(0, 13), rng.randint(0, 32)
    r = rng.random()
    if r < 0.45:    # digits in place, possibly impossible (Feb 30, Apr 31, 0000, month 13)
        return f"{y:04d}-{m:02d}-{d:02d}"
    if r < 0.55:    # just outside or at the accepted range
        return rng.choice(["1899-12-31", "1900-01-01", "2200-12-31", "2201-01-01", "0001-01-01",
                           "9999-12-31", "0000-01-01", "1900-02-29", "2100-02-29", "2000-02-29", "2200-02-29"])
    good = str(rand_date(rng))
    mutations = [
        lambda s: s.replace("-", "/"),
        lambda s: s + "T00:00",
        lambda s: s[:-1],
        lambda s: s + "0",
        lambda s: " " + s,
        lambda s: s[:8] + s[9] + s[8],
        lambda s: s.replace("-", "", 1),
        lambda s: s[:5] + str(int(s[5:7])) + s[7:],
        lambda s: s.replace(s[rng.randrange(10)], rng.choice("０１２３٣x+-.e"), 1),
        lambda s: "+" + s[1:],
        lambda s: "-" + s[1:],
        lambda s: s.replace("0", "O"),
        lambda s: s[2:] + "01",
        lambda s: "",
    ]
    return rng.choice(mutations)(good)


def generate(rng, count):
    kinds = [("add", 25), ("days", 8), ("notice", 12), ("roll", 30), ("remaining", 15), ("parse", 10)]
    names = [k for k, w in kinds for _ in range(w)]
    cases = []
    for _ in range(count):
        kind = rng.choice(names)
        if kind == "add":
            cases.append(f"add {rand_date(rng)} {rand_months(rng)}")
        elif kind == "days":
            cases.append(f"days {rand_date(rng)} {rng.randint(-100000, 100000)}")
        elif kind == "notice":
            cases.append(f"notice {rand_date(rng)} {rng.choice([rand_notice(rng), 'none'])}".replace("unknown", "none"))
        elif kind == "roll":
            cases.append(case_roll(rng))
        elif kind == "remaining":
            cases.append(case_remaining(rng))
        else:
            cases.append(f"parse {str(rand_date(rng)) if rng.random() < 0.3 else bad_text(rng)}")
    return cases


FIXED = [
    "add 2024-01-31 1", "add 2023-01-31 1", "add 2000-02-29 12", "add 2100-02-28 -1200",
    "add 1900-01-31 1", "add 2200-12-31 1", "add 2024-03-31 -1", "add 2024-02-29 -12",
    "notice 2027-03-01 1", "notice 2024-03-01 1", "notice 2027-01-31 none",
    "roll 2025-01-31 2025-03-01 1 none", "roll 2024-01-31 2024-02-28 1 none",
    "roll 2024-01-31 2024-02-29 1 none", "roll 2024-02-29 2025-02-27 12 1",
    "roll 2024-02-29 2025-02-28 12 1", "roll 2026-01-31 2026-01-31 1 unknown",
    "roll 2026-01-31 2027-06-15 nil 30", "roll 1900-01-31 2200-12-31 1 730",
    "remaining 2027-03-31 2027-02-28", "remaining 2027-03-31 2027-02-27", "remaining 2024-02-29 2023-02-28",
    "parse 2023-02-29", "parse 2024-02-29", "parse 1900-02-29", "parse 2000-02-29",
    "parse 2027-04-31", "parse 2027-13-01", "parse 0000-01-01", "parse 1899-12-31",
]


# ---------------------------------------------------------------- expectation

def bound(renewal, notice):
    """The latest day that still stops this renewal, for the roll decision."""
    if isinstance(notice, int):
        return renewal - timedelta(days=notice)
    return renewal - timedelta(days=1)


def last_day(renewal, notice):
    if notice == "unknown":
        return None
    return bound(renewal, notice)


# One bisection for both oracles: the smallest k >= low with predicate(k).
smallest = terms_oracle.smallest


def parse_notice(text):
    return text if text in ("none", "unknown") else int(text)


def show(d):
    return "-" if d is None else d.isoformat()


def expected(line):
    op, _, rest = line.partition(" ")
    if op == "parse":
        if not ISO.fullmatch(rest):
            return "invalid"
        try:
            d = date(int(rest[0:4]), int(rest[5:7]), int(rest[8:10]))
        except ValueError:
            return "invalid"
        return d.isoformat() if LOW <= d <= HIGH else "range"
    args = rest.split(" ")
    if op == "add":
        return show(date.fromisoformat(args[0]) + relativedelta(months=int(args[1])))
    if op == "days":
        return show(date.fromisoformat(args[0]) + timedelta(days=int(args[1])))
    if op == "notice":
        return show(last_day(date.fromisoformat(args[0]), parse_notice(args[1])))
    if op == "roll":
        anchor, today = date.fromisoformat(args[0]), date.fromisoformat(args[1])
        term = None if args[2] == "nil" else int(args[2])
        notice = parse_notice(args[3])
        if bound(anchor, notice) >= today:
            return f"0 {anchor} {show(last_day(anchor, notice))} 0"
        if term is None:
            return "1 - - 0"
        k = smallest(lambda k: bound(anchor + relativedelta(months=k * term), notice) >= today, 1)
        renewal = anchor + relativedelta(months=k * term)
        return f"1 {renewal} {show(last_day(renewal, notice))} {k}"
    if op == "terms":
        return terms_oracle.expected(rest)
    if op == "remaining":
        end, today = date.fromisoformat(args[0]), date.fromisoformat(args[1])
        if end <= today:
            return "0"
        return str(smallest(lambda k: end - relativedelta(months=k) <= today, 0))
    raise ValueError(f"unknown case {line!r}")


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--driver", required=True, help="path to the date-oracle-driver executable")
    parser.add_argument("--cases", type=int, default=100_000, help="date-arithmetic cases (add ... parse)")
    parser.add_argument("--terms-cases", type=int, default=100_000,
                        help="whole-schedule cases over every contract shape (see terms_oracle.py)")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--show", type=int, default=20, help="disagreements to print")
    options = parser.parse_args()

    for case, want in terms_oracle.WORKED:
        got = expected(case)
        if got != want:  # the oracle itself misreads the specification
            print(f"date oracle: worked example {case!r} gives {got!r}, not {want!r}")
            return 1

    rng = random.Random(options.seed)
    cases = FIXED + generate(rng, options.cases)
    cases += [case for case, _ in terms_oracle.WORKED] + terms_oracle.generate(rng, options.terms_cases)
    for case in cases:
        assert "\n" not in case and "\r" not in case, case
    run = subprocess.run([options.driver], input="\n".join(cases) + "\n", capture_output=True,
                         text=True, encoding="utf-8", check=False)
    if run.returncode != 0:
        print(f"driver failed with exit {run.returncode}: {run.stderr[-2000:]}")
        return 1
    actual = run.stdout.split("\n")
    if actual and actual[-1] == "":
        actual.pop()
    if len(actual) != len(cases):
        print(f"driver answered {len(actual)} lines for {len(cases)} cases")
        return 1

    kinds, failures = Counter(), []
    for case, got in zip(cases, actual):
        kinds[case.split(" ", 1)[0]] += 1
        want = expected(case)
        if got != want:
            failures.append((case, got, want))
    summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    if failures:
        print(f"date oracle: {len(failures)} of {len(cases)} cases disagree (seed {options.seed}); first ones:")
        for case, got, want in failures[: options.show]:
            print(f"  {case!r}: CancelCore {got!r}, expected {want!r}")
        groups = Counter(terms_oracle.difference(case, got, want) for case, got, want in failures if case.startswith("terms "))
        for group, count in groups.most_common():
            print(f"  terms: {count} cases where {group}")
        return 1
    print(f"date oracle: {len(cases)} cases agree (seed {options.seed}; {summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The `terms` cases of Scripts/date-oracle.py: RenewalSchedule over every
contract shape, expected answers computed from the written specification
(issue 10), never from CancelCore's code.

One case a line, fields separated by single spaces, "-" for not given:

    terms ANCHOR TODAY ARTICLE CONTRACT TERM RENEWALTERM BILLING AUTORENEW PERIODEND SENT
    -> MISSED RENEWAL END DEADLINE LASTDAY ROLLED RULE

ARTICLE is none|unknown|dN|mN (the vendor article's rule), CONTRACT is
-|dN|mN (the user's contract), N days (1-730) or months (1-24); TERM and
RENEWALTERM are months (1-120); BILLING monthly|annual; AUTORENEW yes|no;
PERIODEND month|quarter|year; SENT a date on or before TODAY.

The specification, as computed here:
- months(d, n) = d + relativedelta(months=n), clamped to the month's end.
- A rule's last day for an end E: none -> E - 1 day; dN -> E - N days;
  mN -> months(E, -N); unknown -> no date.
- bound(E): with a contract, the earlier of the article's day (when it has
  one) and the contract's; without, the article's. rollBound(E) = bound(E),
  or E - 1 day when bound is unknown. asOf = SENT, else TODAY.
- Renewal length R = RENEWALTERM, else TERM, else 1 (monthly) or 12
  (annual) from BILLING, else unknown.
- AUTORENEW no: RENEWAL = END = ANCHOR, no deadline, nothing missed.
- PERIODEND: period ends from the one containing ANCHOR (else asOf); the
  first E with rollBound(E) >= asOf, found by bisection over the period
  index (not by stepping); nothing at all when bound(first) is unknown.
  MISSED and ROLLED count periods past the anchor, so both are 0 without
  an ANCHOR (ROLLED is "how many periods the contract rolled past the
  anchor": with no anchor nothing rolled).
- Otherwise renewing, which needs ANCHOR: MISSED = rollBound(ANCHOR) <
  asOf; when missed, the smallest k >= 1 with rollBound(months(ANCHOR,
  k*R)) >= asOf, by bisection; RENEWAL "-" when R is unknown.
- The governing rule at RENEWAL: the article without a contract; the
  contract when the article is none or unknown; else the earlier day (the
  article's on a tie), answered as RULE ("-" without a RENEWAL). END =
  RENEWAL unless that rule is unknown. DEADLINE = bound(RENEWAL), none for
  AUTORENEW no; LASTDAY = DEADLINE unless SENT is given.
"""
import calendar
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

LOW, HIGH = date(1900, 1, 1), date(2200, 12, 31)
ONE_DAY = timedelta(days=1)
PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}
BILLING_MONTHS = {"monthly": 1, "annual": 12}
TERMS = [1, 1, 3, 6, 12, 12, 12, 24, 24, 36, 60, 120]
NOTICE_DAYS = [1, 7, 14, 28, 29, 30, 31, 45, 59, 60, 61, 89, 90, 91, 92, 180, 365, 366, 730]
NOTICE_MONTHS = [1, 1, 2, 3, 3, 6, 12, 24]
LEAP_YEARS = [y for y in range(1900, 2201) if calendar.isleap(y)]
# Article and contract rules that give the same day for some ends: the tie
# decides which rule governs.
TIES = [("d30", "d30"), ("m3", "m3"), ("d28", "m1"), ("d29", "m1"), ("d30", "m1"), ("d31", "m1"),
        ("d90", "m3"), ("d92", "m3"), ("d365", "m12"), ("d366", "m12"), ("m1", "d31"), ("m12", "d365")]


# ---------------------------------------------------------------- specification

@lru_cache(maxsize=None)
def month_delta(n):
    return relativedelta(months=n)


@lru_cache(maxsize=1 << 16)
def months(d, n):
    """relativedelta's month arithmetic; cached, as bisection asks the same days again."""
    return d + month_delta(n)


def rule_day(rule, end):
    """The last day to act for `end` under one rule; None when unknown."""
    if rule == "none":
        return end - ONE_DAY
    if rule == "unknown":
        return None
    n = int(rule[1:])
    return end - timedelta(days=n) if rule[0] == "d" else months(end, -n)


def bound(article, contract, end):
    from_article = rule_day(article, end)
    if contract is None:
        return from_article
    from_contract = rule_day(contract, end)
    if from_article is None:
        return from_contract
    return min(from_article, from_contract)


def roll_bound(article, contract, end):
    day = bound(article, contract, end)
    return end - ONE_DAY if day is None else day


def governing(article, contract, end):
    if contract is None:
        return article
    if article in ("none", "unknown"):
        return contract
    return contract if rule_day(contract, end) < rule_day(article, end) else article


def smallest(predicate, low):
    """The smallest k >= low with predicate(k), predicate monotonic."""
    if predicate(low):
        return low
    lo, hi = low, max(low + 1, low * 2)
    while not predicate(hi):
        lo, hi = hi, hi * 2
    while hi - lo > 1:  # predicate(lo) is false, predicate(hi) is true
        mid = (lo + hi) // 2
        if predicate(mid):
            hi = mid
        else:
            lo = mid
    return hi


def period_end(kind, containing, index=0):
    """The last day of the index-th calendar period after the one containing a date."""
    size = PERIOD_MONTHS[kind]
    last_month = -(-containing.month // size) * size  # ceil to the period's last month
    month_number = containing.year * 12 + (last_month - 1) + index * size
    year, month = divmod(month_number, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def renewal_length(term, renewal_term, billing):
    if renewal_term is not None:
        return renewal_term
    if term is not None:
        return term
    return BILLING_MONTHS.get(billing)


def show(d):
    return "-" if d is None else d.isoformat()


def given(text):
    return None if text == "-" else text


def expected(rest):
    """The answer line for a `terms` case (without the leading `terms `)."""
    fields = rest.split(" ")
    anchor_t, today_t, article, contract, term_t, renewal_t, billing, auto, period, sent_t = fields
    anchor = None if anchor_t == "-" else date.fromisoformat(anchor_t)
    sent = None if sent_t == "-" else date.fromisoformat(sent_t)
    as_of = sent if sent is not None else date.fromisoformat(today_t)
    contract = given(contract)
    term = None if term_t == "-" else int(term_t)
    renewal_term = None if renewal_t == "-" else int(renewal_t)

    if auto == "no":
        rule = "-" if anchor is None else governing(article, contract, anchor)
        return f"0 {show(anchor)} {show(anchor)} - - 0 {rule}"

    missed, renewal, rolled = False, None, 0
    if period != "-":
        first = period_end(period, anchor if anchor is not None else as_of)
        if bound(article, contract, first) is not None:
            steps = smallest(lambda j: roll_bound(article, contract, period_end(period, first, j)) >= as_of, 0)
            renewal = period_end(period, first, steps)
            if anchor is not None:
                missed, rolled = steps > 0, steps
    elif anchor is not None:
        missed = roll_bound(article, contract, anchor) < as_of
        length = renewal_length(term, renewal_term, billing)
        if not missed:
            renewal = anchor
        elif length is not None:
            rolled = smallest(lambda k: roll_bound(article, contract, months(anchor, k * length)) >= as_of, 1)
            renewal = months(anchor, rolled * length)

    deadline = end = None
    rule = "-"
    if renewal is not None:
        deadline = bound(article, contract, renewal)
        rule = governing(article, contract, renewal)
        end = None if rule == "unknown" else renewal
    last_day = deadline if sent is None else None
    return f"{int(missed)} {show(renewal)} {show(end)} {show(deadline)} {show(last_day)} {rolled} {rule}"


def difference(case, got, want):
    """Which answers differ, and for which shape: groups disagreements for the report."""
    fields = case.split(" ")[1:]
    shape = "ends" if fields[7] == "no" else f"rolling {fields[8]}" if fields[8] != "-" else "renewing"
    names = ["MISSED", "RENEWAL", "END", "DEADLINE", "LASTDAY", "ROLLED", "RULE"]
    got_fields, want_fields = got.split(" "), want.split(" ")
    if len(got_fields) != len(names):
        return f"{shape}: the driver answered {got!r}"
    differ = [name for name, a, b in zip(names, got_fields, want_fields) if a != b]
    return f"{shape}: {' '.join(differ)} differ"


# ---------------------------------------------------------------- generation

def clamp(d):
    return min(max(d, LOW), HIGH)


def rand_anchor(rng):
    """A term end: often a month end, Feb 28/29, 29-31 January, a quarter's last day."""
    r = rng.random()
    if r < 0.08:
        year = rng.choice([1900, 1901, 2000, 2100, 2199, 2200])
    elif r < 0.4:
        year = rng.choice(LEAP_YEARS)
    elif r < 0.8:
        year = rng.randint(2000, 2060)
    else:
        year = rng.randint(1900, 2200)
    r = rng.random()
    if r < 0.15:
        return date(year, 1, rng.choice([29, 30, 31]))
    if r < 0.3:
        return date(year, 2, rng.choice([28, calendar.monthrange(year, 2)[1], 27, 1]))
    if r < 0.45:
        month = rng.choice([3, 6, 9, 12])
        return date(year, month, calendar.monthrange(year, month)[1])
    month = rng.randint(1, 12)
    last = calendar.monthrange(year, month)[1]
    if r < 0.7:
        return date(year, month, rng.choice([last, last - 1, 30 if last >= 30 else last, 1]))
    return date(year, month, rng.randint(1, last))


def rand_rule(rng, unit):
    if unit == "d":
        return f"d{rng.choice(NOTICE_DAYS) if rng.random() < 0.7 else rng.randint(1, 730)}"
    return f"m{rng.choice(NOTICE_MONTHS) if rng.random() < 0.7 else rng.randint(1, 24)}"


def rand_rules(rng):
    """(article, contract or None)."""
    if rng.random() < 0.12:
        return rng.choice(TIES)
    r = rng.random()
    article = "none" if r < 0.2 else "unknown" if r < 0.35 else rand_rule(rng, "d" if r < 0.75 else "m")
    r = rng.random()
    contract = None if r < 0.35 else rand_rule(rng, "d" if r < 0.7 else "m")
    return article, contract


def rand_months(rng):
    r = rng.random()
    if r < 0.5:
        return None
    return rng.choice(TERMS) if r < 0.9 else rng.randint(1, 120)


def near(rng, d):
    """The day itself, the day before or after (both sides of a boundary), or further."""
    return d + timedelta(days=rng.choice([-1, -1, 0, 0, 0, 1, 1, rng.randint(-3, 3), rng.randint(-60, 60)]))


def target(rng, anchor, article, contract, length, period):
    """A day to take as asOf that sits on or next to a boundary of this shape."""
    r = rng.random()
    if r < 0.1:
        return rand_anchor(rng)
    if period is not None:
        if anchor is not None and r < 0.15:
            # Far from the anchor: hundreds or thousands of periods to roll.
            return date(rng.randint(2100, 2200), rng.randint(1, 12), rng.randint(1, 28))
        base = anchor if anchor is not None else rand_anchor(rng)
        index = rng.choice([0, 0, 1, 1, 2, 3, rng.randint(0, 40)])
        end = period_end(period, base, index)
        days = [roll_bound(article, contract, end), end, rule_day(article, end), rule_day(contract or "none", end)]
        return near(rng, rng.choice([d for d in days if d is not None]))
    if anchor is None:
        return rand_anchor(rng)
    k = rng.choice([0, 0, 0, 1, 1, 2, rng.randint(0, 30), rng.randint(0, 400)])
    end = months(anchor, k * (length or rng.choice(TERMS)))
    days = [roll_bound(article, contract, end), end, rule_day(article, end), rule_day(contract or "none", end)]
    return near(rng, rng.choice([d for d in days if d is not None]))


def case(rng):
    """One `terms` case line, within what FactParser accepts."""
    article, contract = rand_rules(rng)
    term, renewal_term = rand_months(rng), rand_months(rng)
    billing = rng.choice([None, None, "monthly", "annual"])
    auto = rng.choice([None, None, None, "yes", "yes", "no"])
    period = None
    if auto != "no" and rng.random() < 0.4:
        period = rng.choice(["month", "quarter", "quarter", "year"])
    if auto == "no":
        renewal_term = None
    anchor = rand_anchor(rng) if rng.random() < (0.75 if period else 0.95) else None
    length = renewal_length(term, renewal_term, billing)
    as_of = clamp(target(rng, anchor, article, contract, length, period))
    sent = None
    today = as_of
    if rng.random() < 0.25:
        sent = as_of
        today = clamp(sent + timedelta(days=rng.choice([0, 0, 1, rng.randint(0, 60), rng.randint(0, 2000)])))
    fields = [show(anchor), show(today), article, contract or "-", term or "-", renewal_term or "-",
              billing or "-", auto or "-", period or "-", show(sent)]
    return "terms " + " ".join(str(f) for f in fields)


def generate(rng, count):
    return [case(rng) for _ in range(count)]


# Worked examples from issue 10, with the answers worked out by hand: they
# check this oracle itself before it judges CancelCore.
WORKED = [
    # 1 month before 2027-03-31 is 2027-02-28; 3 months before 2027-06-30 is 2027-03-30.
    ("terms 2027-03-31 2026-11-23 none m1 - - - - - -", "0 2027-03-31 2027-03-31 2027-02-28 2027-02-28 0 m1"),
    ("terms 2027-06-30 2026-11-23 none m3 - - - - - -", "0 2027-06-30 2027-06-30 2027-03-30 2027-03-30 0 m3"),
    # Aircall above 10 seats: article 30 days; contract 90 days wins, 10 days does not.
    ("terms 2027-06-30 2026-11-23 d30 d90 - - annual - - -", "0 2027-06-30 2027-06-30 2027-04-01 2027-04-01 0 d90"),
    ("terms 2027-06-30 2026-11-23 d30 d10 - - annual - - -", "0 2027-06-30 2027-06-30 2027-05-31 2027-05-31 0 d30"),
    ("terms 2027-06-30 2026-11-23 none d60 - - annual - - -", "0 2027-06-30 2027-06-30 2027-05-01 2027-05-01 0 d60"),
    # Deadline day on time, the day after missed and rolled a year.
    ("terms 2027-06-30 2027-04-01 d30 d90 - - annual - - -", "0 2027-06-30 2027-06-30 2027-04-01 2027-04-01 0 d90"),
    ("terms 2027-06-30 2027-04-02 d30 d90 - - annual - - -", "1 2028-06-30 2028-06-30 2028-04-01 2028-04-01 1 d90"),
    # Unknown notice: no deadline, no end; the end itself still decides the roll.
    ("terms 2026-12-15 2026-11-23 unknown - - - annual - - -", "0 2026-12-15 - - - 0 unknown"),
    ("terms 2026-12-15 2026-12-15 unknown - - - annual - - -", "1 2027-12-15 - - - 1 unknown"),
    # Does not renew: ends on the term end, nothing to send.
    ("terms 2027-01-31 2027-06-01 d30 d90 12 - - no - -", "0 2027-01-31 2027-01-31 - - 0 d90"),
    # Three months' notice to the end of a quarter, no anchor: 2026-12-31 is past, 2027-03-31 is open.
    ("terms - 2026-11-23 none m3 - - - - quarter -", "0 2027-03-31 2027-03-31 2026-12-31 2026-12-31 0 m3"),
    ("terms - 2027-01-01 none m3 - - - - quarter -", "0 2027-06-30 2027-06-30 2027-03-30 2027-03-30 0 m3"),
    # A minimum term ending 2027-02-15 on a quarterly contract: no earlier than 2027-03-31.
    ("terms 2027-02-15 2026-11-23 none m3 - - - - quarter -", "0 2027-03-31 2027-03-31 2026-12-31 2026-12-31 0 m3"),
    ("terms 2027-02-15 2027-01-01 none m3 - - - - quarter -", "1 2027-06-30 2027-06-30 2027-03-30 2027-03-30 1 m3"),
    # 24 months, then 12-month renewals.
    ("terms 2026-12-31 2027-01-15 none d30 24 12 - - - -", "1 2027-12-31 2027-12-31 2027-12-01 2027-12-01 1 d30"),
    # A monthly renewal of a Jan 31 anchor counts from the anchor: Feb 28, Mar 31.
    ("terms 2026-01-31 2026-03-30 none - 1 - - - - -", "1 2026-03-31 2026-03-31 2026-03-30 2026-03-30 2 none"),
    # A notice sent late: decided as of the sending day, no last day left.
    ("terms 2027-01-31 2027-01-20 d30 - - - annual - - 2027-01-10", "1 2028-01-31 2028-01-31 2028-01-01 - 1 d30"),
    ("terms 2027-01-31 2027-01-20 d30 - - - annual - - 2027-01-01", "0 2027-01-31 2027-01-31 2027-01-01 - 0 d30"),
    # Which rule governs: the article's on a tie (31 days and 1 month before March 31),
    # the contract's when earlier (1 month before July 31 is June 30, 30 days is July 1).
    ("terms 2027-03-31 2026-11-23 d31 m1 - - annual - - -", "0 2027-03-31 2027-03-31 2027-02-28 2027-02-28 0 d31"),
    ("terms 2027-07-31 2026-11-23 d30 m1 - - annual - - -", "0 2027-07-31 2027-07-31 2027-06-30 2027-06-30 0 m1"),
    # Missed with no renewal length: nothing can be dated.
    ("terms 2026-11-01 2026-11-23 none - - - - - - -", "1 - - - - 0 -"),
]

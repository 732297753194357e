"""The same triage as `cancelctl portfolio`, the way an analyst would do it
in pandas, as fast as pandas allows: one read_csv, whole-column (vectorised)
date arithmetic, no per-row Python. It encodes the five vendors' deadline
rules by hand (what cancelctl gets from its vendor plans), the contract
engine's rules for vendors cancelctl has no rules for (RenewalSchedule:
notice in days or months, renewal terms, auto-renew no, rolling contracts
to a period end) and the tracking statuses (notice-sent, cancelled), and writes
line,status,deadline,endDate,daysLeft sorted by urgency (the date of the
next action, then status, then line), for comparison.

Usage: portfolio_pandas.py FILE --today YYYY-MM-DD [--horizon 30] [--out PATH]
Prints the seconds spent reading, triaging and sorting on stderr.
"""
import argparse
import sys
import time

import numpy as np
import pandas as pd

TRUE = {"true", "yes", "1", "y", "oui"}
FALSE = {"false", "no", "0", "n", "non"}
VENDORS = ["aircall", "intercom", "bitrix24", "goto", "whc"]
RANK = {"missed": 0, "act-soon": 1, "notice-sent": 2, "unknown": 3, "ok": 4, "no-deadline": 5, "cancelled": 6}
PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}
# cancelctl's own rule for chasing a confirmation (docs/PORTFOLIO.md, notice-sent).
CHASE_BUSINESS_DAYS = 10


def edit_distance(a, b):
    """Edits (insert, delete, substitute, swap two neighbours) from a to b."""
    d = [[max(i, j) if min(i, j) == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def near_miss(name):
    """README "Any subscription": a name that is a prefix of a registered id
    or has one as prefix (three letters or more), or is one edit away (two
    when both are six letters or more), is refused as a likely typo."""
    typed = name.lower()
    if len(typed) < 2 or len(name.encode()) > 64:
        return False
    for known in VENDORS:
        shorter = min(len(typed), len(known))
        if shorter >= 3 and (known.startswith(typed) or typed.startswith(known)):
            return True
        if edit_distance(typed, known) <= min(2, max(1, shorter // 3)):
            return True
    return False


def add_months(days, months):
    """Day numbers (datetime64[D] as int) plus whole months, clamped to month end."""
    d = days.astype("datetime64[D]")
    month_start = d.astype("datetime64[M]")
    day = (d - month_start).astype(np.int64)  # 0-based day of month
    target = month_start + months.astype("timedelta64[M]")
    dim = ((target + np.timedelta64(1, "M")).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(np.int64)
    return target.astype("datetime64[D]").astype(np.int64) + np.minimum(day, dim - 1)


def period_end(days, period_months):
    """The last day of the calendar period (month, quarter, year) holding each day."""
    month = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)  # months since 1970-01
    in_year = month % 12
    after = month - in_year + (in_year // period_months + 1) * period_months  # the month after the period
    return after.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64) - 1


def triage(path, today, horizon):
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, engine="pyarrow")
    except (ImportError, ValueError):
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    n = len(df)
    col = lambda name: df[name].str.strip() if name in df else pd.Series([""] * n)
    vendor = col("vendor").to_numpy()
    product = col("product").to_numpy()
    T = np.datetime64(today, "D").astype(np.int64)

    def day_numbers(name):
        parsed = pd.to_datetime(col(name), format="%Y-%m-%d", errors="coerce")
        return parsed.notna().to_numpy(), parsed.to_numpy().astype("datetime64[D]").astype(np.int64)

    renewal_text = col("renewal")
    has_renewal, R = day_numbers("renewal")
    seats = pd.to_numeric(col("seats"), errors="coerce").to_numpy()
    number = lambda name: pd.to_numeric(col(name), errors="coerce").to_numpy()
    notice = number("notice-days")
    notice_months = number("notice-months")
    term_given = number("term-months")
    renewal_term = number("renewal-term-months")
    billing = col("billing").str.lower().to_numpy()
    flag = lambda name: col(name).str.lower().isin(TRUE).to_numpy()
    trial, sales, immediate = flag("trial"), flag("sales-assisted"), flag("immediate")
    no_renew = col("auto-renew").str.lower().isin(FALSE).to_numpy()
    period = col("period-end").str.lower().map(PERIOD_MONTHS).to_numpy(dtype=float)
    has_sent, S = day_numbers("notice-sent")
    has_confirmed, C = day_numbers("confirmed")
    tracked = has_sent | has_confirmed

    # A vendor cancelctl has no rules for: any other name that is not a
    # near miss of a registered id (checked once per distinct name).
    known = np.isin(vendor, VENDORS)
    names = [v for v in pd.unique(vendor) if v not in VENDORS]
    planned_names = [v for v in names if v != "" and not near_miss(v)]
    unlisted = ~known & np.isin(vendor, planned_names)

    # Rows cancelctl rejects, for the counts (the generator's bad kinds).
    bad = (~known & ~unlisted) | ((renewal_text != "").to_numpy() & ~has_renewal) \
        | ((col("seats") != "").to_numpy() & np.isnan(seats)) | ~np.isin(billing, ["", "monthly", "annual"])
    ok_rows = ~bad

    # Each renewal's length: the renewal term given, else the current
    # term, else one billing period.
    term = np.where(~np.isnan(renewal_term), renewal_term,
                    np.where(~np.isnan(term_given), term_given,
                             np.where(billing == "monthly", 1, np.where(billing == "annual", 12, np.nan))))

    # Notice rule per row: kind, and offset b (deadline = renewal - b days)
    # or m (deadline = renewal - m months, clamped).
    NONE, DAYS, UNKNOWN, NOSCHED, MONTHS = 0, 1, 2, 3, 4
    kind = np.full(n, NONE)
    b = np.ones(n)
    a = vendor == "aircall"
    # Aircall counts 30 days ahead on both routes (written notice above 10
    # seats, the dashboard button at or below).
    a_notice = a
    kind[a_notice] = DAYS; b[a_notice] = 30
    kind[a & trial] = NOSCHED
    has_n = ~np.isnan(notice)
    # Intercom: a contracted (sales-assisted) subscription's notice is the
    # contract's, unknown until given; one paid online has none.
    ic = vendor == "intercom"
    kind[ic & sales & has_n] = DAYS; b[ic & sales & has_n] = notice[ic & sales & has_n]
    kind[ic & sales & ~has_n] = UNKNOWN
    # Bitrix24: bought from a partner, 7 days before expiry; on-premise, the
    # contract's notice (unknown until given); cloud online, none.
    bx = vendor == "bitrix24"
    kind[bx & sales] = DAYS; b[bx & sales] = 7
    onprem = bx & ~sales & (product == "on-premise")
    kind[onprem & has_n] = DAYS; b[onprem & has_n] = notice[onprem & has_n]
    kind[onprem & ~has_n] = UNKNOWN
    # GoTo Connect on a set-term contract (longer than a month): 30 days.
    g = (vendor == "goto") & (product == "connect") & (((~np.isnan(term_given)) & (term_given > 1)) | (billing == "annual"))
    kind[g] = DAYS; b[g] = 30
    w_imm = (vendor == "whc") & immediate & (product != "domain")
    kind[w_imm] = NOSCHED
    # The user's contract notice applies to every vendor; where the vendor's
    # own rule also asks for notice, the earlier deadline (longer notice) wins.
    contract = has_n & ((kind == NONE) | (kind == DAYS))
    b = np.where(contract, np.maximum(b, np.where(has_n, notice, 0)), b)
    kind[contract] = DAYS
    # An unlisted vendor has no rule of its own: the contract's notice in
    # days or months, else a notice of unknown length.
    kind[unlisted] = UNKNOWN
    b[unlisted] = 1
    kind[unlisted & has_n] = DAYS; b[unlisted & has_n] = notice[unlisted & has_n]
    has_m = unlisted & ~has_n & ~np.isnan(notice_months)
    kind[has_m] = MONTHS
    m = np.where(has_m, notice_months, 0).astype(np.int64)
    b = b.astype(np.int64)

    def bound(x):
        """The last day to act for term ends x: x - b days, or x - m months
        (clamped); a rule with no notice is x - 1, and an unknown one rolls
        on that day too (no deadline is shown for it)."""
        out = x - b
        if has_m.any():
            out[has_m] = add_months(x[has_m], -m[has_m])
        return out

    # The day the roll is decided: today, or the day the notice was sent
    # (or the cancellation confirmed).
    A = np.where(has_sent, S, np.where(has_confirmed, C, T))

    # Shapes: a contract that does not renew ends at its term's end; one
    # with a period end rolls to the end of a calendar period; the rest
    # renew a term at a time from the renewal given.
    rolling = ~no_renew & ~np.isnan(period) & (kind != NOSCHED)
    renewing = ~no_renew & ~rolling
    ends = no_renew & has_renewal & (kind != NOSCHED)

    sched = renewing & has_renewal & (kind != NOSCHED)
    Rs = np.where(sched, R, A)
    missed = sched & (bound(Rs) < A)
    roll = missed & ~np.isnan(term)
    termi = np.where(roll, term, 1).astype(np.int64)
    am = A.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    ad = Rs.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)  # months since 1970-01
    behind = am - ad
    k = np.maximum(1, np.trunc(behind / termi).astype(np.int64) - 1)
    rolled = add_months(Rs, k * termi)
    step = roll & (bound(rolled) < A)
    while step.any():
        k = k + step
        rolled = add_months(Rs, k * termi)
        step = roll & (bound(rolled) < A)
    renewal_eff = np.where(missed, np.where(roll, rolled, np.iinfo(np.int64).min), Rs)
    known_renewal = sched & (~missed | roll)

    # Rolling contracts: the first period end on or after the renewal (or
    # the day), stepped one period at a time until its deadline is not past.
    pm = np.where(rolling, np.nan_to_num(period, nan=1), 1).astype(np.int64)
    first = period_end(np.where(rolling & has_renewal, R, A), pm)
    stepping = rolling & (kind != UNKNOWN)
    end_p = first.copy()
    step = stepping & (bound(end_p) < A)
    while step.any():
        end_p = np.where(step, period_end(end_p + 1, pm), end_p)
        step = stepping & (bound(end_p) < A)
    renewal_eff = np.where(stepping, end_p, renewal_eff)
    missed = np.where(rolling, stepping & has_renewal & (end_p != first), missed)
    known_renewal = known_renewal | stepping
    sched = sched | rolling | ends

    last_known = known_renewal & (kind != UNKNOWN)
    deadline = np.where(last_known, bound(renewal_eff), 0)
    # An unknown notice length decides whether the term end can still be
    # made: no end date then.
    known_end = known_renewal & (kind != UNKNOWN)
    end = np.where(known_end, renewal_eff, np.where(ends, R, np.where(w_imm, T + 1, 0)))
    has_end = known_end | ends | w_imm

    status = np.full(n, "no-deadline", dtype=object)
    unknown_known = (sched & ~last_known) | (~sched & ~trial & ~w_imm) | (~has_renewal & ~(a & trial) & ~w_imm)
    unknown = ~ends & ~tracked & np.where(unlisted, ~last_known, unknown_known)
    status[unknown] = "unknown"
    due = last_known & ~tracked
    status[due & missed] = "missed"
    soon = due & ~missed & (deadline - T <= horizon)
    status[soon] = "act-soon"
    status[due & ~missed & ~soon] = "ok"
    status[has_sent & ~has_confirmed] = "notice-sent"
    status[has_confirmed] = "cancelled"
    # A sent notice or a confirmation leaves no deadline to show.
    has_deadline = due

    line = np.arange(n) + 2  # header on line 1, one line per row
    # The date of the next action: the deadline; today to find missing facts
    # or to cancel an immediate cancellation; ten business days after a
    # notice was sent, to chase the confirmation (not before today); none
    # for nothing to do.
    chase = np.maximum(T, np.busday_offset(np.where(has_sent, S, T).astype("datetime64[D]"), CHASE_BUSINESS_DAYS, roll="backward").astype(np.int64))
    action = np.where(has_deadline, deadline,
                      np.where(unknown | (w_imm & ~tracked), T,
                               np.where(has_sent & ~has_confirmed, chase, np.iinfo(np.int64).max)))
    out = pd.DataFrame({"line": line, "status": status, "action": action,
                        "deadline": np.where(has_deadline, deadline, np.iinfo(np.int64).max),
                        "end": np.where(has_end, end, 0), "has_end": has_end, "has_deadline": has_deadline})
    out = out[ok_rows]
    out["rank"] = out["status"].map(RANK)
    out = out.sort_values(["action", "rank", "line"], kind="stable")
    return out, int(ok_rows.sum()), int(bad.sum())


def to_text(out, today):
    T = np.datetime64(today, "D").astype(np.int64)
    dl = out["deadline"].to_numpy()
    has = out["has_deadline"].to_numpy()
    deadline = np.where(has, np.datetime_as_string(np.where(has, dl, 0).astype("datetime64[D]")), "")
    end = np.where(out["has_end"].to_numpy(), np.datetime_as_string(out["end"].to_numpy().astype("datetime64[D]")), "")
    days = np.where(has, (np.where(has, dl, T) - T).astype(str), "")
    return pd.DataFrame({"line": out["line"].to_numpy(), "status": out["status"].to_numpy(),
                         "deadline": deadline, "endDate": end, "daysLeft": days})


def main():
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("--today", required=True)
    p.add_argument("--horizon", type=int, default=30)
    p.add_argument("--out")
    args = p.parse_args()
    start = time.perf_counter()
    out, planned, rejected = triage(args.file, args.today, args.horizon)
    elapsed = time.perf_counter() - start
    print(f"pandas-seconds {elapsed:.4f} planned {planned} rejected {rejected}", file=sys.stderr)
    if args.out:
        to_text(out, args.today).to_csv(args.out, index=False)


if __name__ == "__main__":
    main()

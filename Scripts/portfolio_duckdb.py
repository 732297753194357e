"""The same triage as `cancelctl portfolio`, the way an analyst would write
it in DuckDB: one SQL query over the CSV (read_csv, date arithmetic, one
sort). It follows Scripts/portfolio_pandas.py's rules (the specification the
benchmark checks against) and writes line,status,deadline,endDate,daysLeft
sorted by urgency (the date of the next action, then status, then line).

The rolled renewal of a missed row is computed in closed form instead of
pandas' stepping loop: the smallest k >= 1 with renewal + k*term months
(clamped to the month's end, as DuckDB and numpy both do) on or after
Y = today + notice is ceil(months between them / term), or one more when its
deadline still falls short (the day of the month, or a months notice
clamped at a month's end). A rolling contract (period-end) ends on the
period end holding the later of its first end and Y, or the next one on the
same condition. Vendors cancelctl has no rules for (neither a registered id
nor a near miss of one) take the contract's notice in days or months, else
have no deadline; a notice-sent or confirmed date gives those statuses,
no deadline, and the roll decided as of that day.

Usage: portfolio_duckdb.py FILE --today YYYY-MM-DD [--horizon 30] [--out PATH]
Prints the seconds spent in the query (read + triage + sort + write) on stderr.
"""
import argparse
import sys
import time

import duckdb

VENDORS = ["aircall", "intercom", "bitrix24", "goto", "whc"]
COLUMNS = ["vendor", "product", "renewal", "seats", "notice-days", "term-months", "billing",
           "trial", "sales-assisted", "immediate", "notice-months", "renewal-term-months", "auto-renew",
           "period-end", "notice-sent", "confirmed"]

# The last day to act for term end x under a row's notice: x - b days, or
# x - m months clamped to the month's end (kind 4). A rule with no notice is
# x - 1, and an unknown one (kind 2, b = 1) rolls on that day too.
BOUND = "CREATE MACRO bound(x, kind, b, m) AS CASE WHEN kind = 4 THEN (x - to_months(m))::DATE ELSE x - b::INTEGER END"
# The last day of the calendar period (pm months: 1, 3, 12) holding d.
PERIOD_END = "CREATE MACRO period_end(d, pm) AS last_day(make_date(year(d), ((month(d) - 1) // pm + 1) * pm, 1))"


def near_miss(name):
    """VendorRegistry.nearMiss as README "Any subscription" states it: a
    prefix of a registered id or having one as prefix (three letters or
    more), or one edit away (two when both are six letters or more).
    DuckDB's damerau_levenshtein allows any transposition where cancelctl
    swaps neighbours only; they differ only on names no generator writes."""
    checks = []
    for known in VENDORS:
        shorter = f"least(length(lower({name})), {len(known)})"
        checks.append(f"({shorter} >= 3 AND (starts_with('{known}', lower({name})) OR starts_with(lower({name}), '{known}')))"
                      f" OR damerau_levenshtein(lower({name}), '{known}') <= least(2, greatest(1, {shorter} // 3))")
    return f"(length(lower({name})) >= 2 AND strlen({name}) <= 64 AND ({' OR '.join(checks)}))"


def query(columns, today, horizon, out):
    def col(name):
        return f"""coalesce(trim("{name}"), '')""" if name in columns else "''"

    def flag(name):
        return f"lower({col(name)}) IN ('true', 'yes', '1', 'y', 'oui')"

    def number(name):
        return f"TRY_CAST(nullif({col(name)}, '') AS DOUBLE)::BIGINT"

    def date(name):
        # A cast reads YYYY-MM-DD (NULL for 2027-02-30) at a fifth of
        # try_strptime's cost.
        return f"TRY_CAST(nullif({col(name)}, '') AS DATE)"

    vendors = ", ".join(f"'{v}'" for v in VENDORS)
    return f"""
COPY (
WITH src AS (
  SELECT rowid + 2 AS line,
         {col('vendor')} AS vendor, {col('product')} AS product, lower({col('billing')}) AS billing,
         {col('renewal')} AS renewal_text, {col('seats')} AS seats_text,
         {date('renewal')} AS r,
         {number('notice-days')} AS notice, {number('term-months')} AS term_given,
         {number('notice-months')} AS notice_m, {number('renewal-term-months')} AS renewal_term,
         lower({col('auto-renew')}) IN ('false', 'no', '0', 'n', 'non') AS no_renew,
         CASE lower({col('period-end')}) WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 WHEN 'year' THEN 12 END AS pm,
         {date('notice-sent')} AS sent, {date('confirmed')} AS confirmed,
         {flag('trial')} AS trial, {flag('sales-assisted')} AS sales, {flag('immediate')} AS immediate
  FROM portfolio
), names AS MATERIALIZED (
  -- each distinct vendor once: registered, planned from its terms, or
  -- refused (materialized, so the test is not pushed down to every row)
  SELECT vendor, vendor IN ({vendors}) AS known,
         vendor NOT IN ({vendors}) AND vendor <> '' AND NOT {near_miss('vendor')} AS unlisted
  FROM (SELECT DISTINCT vendor FROM src)
), good AS (
  SELECT src.*, names.unlisted, DATE '{today}' AS t, r IS NOT NULL AS has_renewal, notice IS NOT NULL AS has_n,
         coalesce(renewal_term, term_given, CASE billing WHEN 'monthly' THEN 1 WHEN 'annual' THEN 12 END) AS term,
         vendor = 'whc' AND immediate AND product <> 'domain' AS w_imm,
         -- the roll is decided as of the day the notice went out (or was confirmed)
         coalesce(sent, confirmed, DATE '{today}') AS a,
         sent IS NOT NULL OR confirmed IS NOT NULL AS tracked
  FROM src JOIN names USING (vendor)
  WHERE (names.known OR names.unlisted)
    AND NOT (renewal_text <> '' AND r IS NULL)
    AND NOT (seats_text <> '' AND TRY_CAST(seats_text AS DOUBLE) IS NULL)
    AND billing IN ('', 'monthly', 'annual')
), rule AS (  -- kind: 0 no notice rule, 1 days of notice, 2 unknown notice, 3 no schedule, 4 months of notice
  SELECT *,
    CASE WHEN vendor = 'aircall' AND trial THEN 3
         WHEN vendor = 'aircall' THEN 1
         WHEN vendor = 'intercom' AND sales AND has_n THEN 1
         WHEN vendor = 'intercom' AND sales THEN 2
         WHEN vendor = 'bitrix24' AND sales THEN 1
         WHEN vendor = 'bitrix24' AND product = 'on-premise' AND has_n THEN 1
         WHEN vendor = 'bitrix24' AND product = 'on-premise' THEN 2
         WHEN vendor = 'goto' AND product = 'connect' AND (coalesce(term_given > 1, false) OR billing = 'annual') THEN 1
         WHEN w_imm THEN 3
         ELSE 0 END AS kind0,
    CASE WHEN vendor = 'aircall' AND NOT trial THEN 30
         WHEN vendor = 'intercom' AND sales AND has_n THEN notice
         WHEN vendor = 'bitrix24' AND sales THEN 7
         WHEN vendor = 'bitrix24' AND product = 'on-premise' AND has_n THEN notice
         WHEN vendor = 'goto' AND product = 'connect' AND (coalesce(term_given > 1, false) OR billing = 'annual') THEN 30
         ELSE 1 END AS b0
  FROM good
), notice_rule AS (
  -- the contract's notice applies to every vendor; the longer one wins.
  -- An unlisted vendor has only the contract's: days, months, or unknown.
  SELECT *,
    CASE WHEN unlisted THEN (CASE WHEN has_n THEN 1 WHEN notice_m IS NOT NULL THEN 4 ELSE 2 END)
         WHEN has_n AND kind0 IN (0, 1) THEN 1 ELSE kind0 END AS kind,
    CASE WHEN unlisted THEN (CASE WHEN has_n THEN notice ELSE 1 END)
         WHEN has_n AND kind0 IN (0, 1) THEN greatest(b0, notice) ELSE b0 END AS b,
    CASE WHEN unlisted AND NOT has_n THEN notice_m ELSE 0 END AS m
  FROM rule
), shape AS (  -- ends at the term end; rolls to a calendar period end; or renews a term at a time
  SELECT *,
    no_renew AND has_renewal AND kind <> 3 AS ends,
    NOT no_renew AND pm IS NOT NULL AND kind <> 3 AS rolling,
    NOT no_renew AND pm IS NULL AND has_renewal AND kind <> 3 AS sched,
    -- the earliest term end whose deadline is not before the day
    CASE WHEN kind = 4 THEN (a + to_months(m))::DATE ELSE a + b::INTEGER END AS y
  FROM notice_rule
), sched AS (
  SELECT *,
    sched AND bound(r, kind, b, m) < a AS missed,
    CASE WHEN rolling THEN period_end(coalesce(r, a), pm) END AS first
  FROM shape
), rolled AS (
  SELECT *,
    CASE WHEN missed AND term > 0 THEN
      greatest(1, (year(y) * 12 + month(y) - year(r) * 12 - month(r) + term - 1) // term)
    END AS k0,
    CASE WHEN rolling AND kind <> 2 THEN period_end(greatest(first, y), pm) END AS e0
  FROM sched
), eff AS (
  SELECT *,
    CASE WHEN k0 IS NULL THEN NULL
         WHEN bound((r + to_months(k0 * term))::DATE, kind, b, m) < a THEN (r + to_months((k0 + 1) * term))::DATE
         ELSE (r + to_months(k0 * term))::DATE END AS rolled,
    CASE WHEN e0 IS NULL THEN NULL
         WHEN bound(e0, kind, b, m) < a THEN period_end(e0 + 1, pm)
         ELSE e0 END AS e
  FROM rolled
), known AS (
  SELECT *,
    CASE WHEN rolling THEN e WHEN missed THEN rolled WHEN sched THEN r END AS renewal_eff,
    ((sched AND (NOT missed OR rolled IS NOT NULL)) OR (rolling AND kind <> 2)) AND kind <> 2 AS last_known,
    CASE WHEN rolling THEN coalesce(has_renewal AND e <> first, false) ELSE missed END AS missed_any,
    NOT ends AND NOT tracked AND CASE WHEN unlisted THEN NOT (((sched AND (NOT missed OR rolled IS NOT NULL)) OR (rolling AND kind <> 2)) AND kind <> 2)
      ELSE ((sched OR rolling OR ends) AND NOT (sched AND (NOT missed OR rolled IS NOT NULL) AND kind <> 2))
        OR (NOT (sched OR rolling OR ends) AND NOT trial AND NOT w_imm)
        OR (NOT has_renewal AND NOT (vendor = 'aircall' AND trial) AND NOT w_imm) END AS unknown
  FROM eff
), triaged AS (
  SELECT line,
    CASE WHEN last_known AND NOT tracked THEN bound(renewal_eff, kind, b, m) END AS deadline,
    CASE WHEN last_known THEN renewal_eff WHEN ends THEN r WHEN w_imm THEN t + 1 END AS end_date,
    last_known, missed_any, unknown, w_imm, t, sent, confirmed, tracked
  FROM known
), ranked AS (
  SELECT line, deadline, end_date,
    CASE WHEN confirmed IS NOT NULL THEN 'cancelled'
         WHEN sent IS NOT NULL THEN 'notice-sent'
         WHEN last_known AND missed_any THEN 'missed'
         WHEN last_known AND deadline - t <= {int(horizon)} THEN 'act-soon'
         WHEN last_known THEN 'ok'
         WHEN unknown THEN 'unknown'
         ELSE 'no-deadline' END AS status,
    -- chase a confirmation 10 business days after sending (two weeks from a
    -- weekday, the Friday after next from a weekend), not before today
    CASE WHEN confirmed IS NOT NULL THEN NULL
         WHEN sent IS NOT NULL THEN greatest(t, sent + CASE isodow(sent) WHEN 6 THEN 13 WHEN 7 THEN 12 ELSE 14 END)
         WHEN last_known THEN deadline WHEN unknown OR w_imm THEN t END AS action,
    t
  FROM triaged
)
SELECT line, status, deadline, end_date AS "endDate", deadline - t AS "daysLeft"
FROM ranked
ORDER BY action ASC NULLS LAST,
         CASE status WHEN 'missed' THEN 0 WHEN 'act-soon' THEN 1 WHEN 'notice-sent' THEN 2 WHEN 'unknown' THEN 3
                     WHEN 'ok' THEN 4 WHEN 'no-deadline' THEN 5 ELSE 6 END,
         line
) TO '{out}' (HEADER, DELIMITER ',')
"""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("file")
    p.add_argument("--today", required=True)
    p.add_argument("--horizon", type=int, default=30)
    p.add_argument("--out", default="/dev/stdout")
    args = p.parse_args()
    start = time.perf_counter()
    con = duckdb.connect()
    escaped = args.file.replace("'", "''")
    # A table, so that rowid gives each row its position in the file (the
    # generator writes one line per row after the header).
    con.execute(f"CREATE TABLE portfolio AS SELECT * FROM read_csv('{escaped}', all_varchar = true, header = true)")
    columns = {row[0] for row in con.execute("DESCRIBE portfolio").fetchall()}
    con.execute(BOUND)
    con.execute(PERIOD_END)
    con.execute(query(columns, args.today, args.horizon, args.out.replace("'", "''")))
    elapsed = time.perf_counter() - start
    print(f"duckdb-seconds {elapsed:.4f}", file=sys.stderr)


if __name__ == "__main__":
    main()

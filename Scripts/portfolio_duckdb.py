"""The same triage as `cancelctl portfolio`, the way an analyst would write
it in DuckDB: one SQL query over the CSV (read_csv, date arithmetic, one
sort). It follows Scripts/portfolio_pandas.py's rules (the specification the
benchmark checks against) and writes line,status,deadline,endDate,daysLeft
sorted by urgency (the date of the next action, then status, then line).

The rolled renewal of a missed row is computed in closed form instead of
pandas' stepping loop: the smallest k >= 1 with renewal + k*term months
(clamped to the month's end, as DuckDB and numpy both do) on or after
today + notice is ceil(months between them / term), or one more when the
day of the month falls short.

Usage: portfolio_duckdb.py FILE --today YYYY-MM-DD [--horizon 30] [--out PATH]
Prints the seconds spent in the query (read + triage + sort + write) on stderr.
"""
import argparse
import sys
import time

import duckdb

VENDORS = ["aircall", "intercom", "bitrix24", "goto", "whc"]
COLUMNS = ["vendor", "product", "renewal", "seats", "notice-days", "term-months", "billing",
           "trial", "sales-assisted", "immediate"]


def query(columns, today, horizon, out):
    def col(name):
        return f"""coalesce(trim("{name}"), '')""" if name in columns else "''"

    def flag(name):
        return f"lower({col(name)}) IN ('true', 'yes', '1', 'y', 'oui')"

    vendors = ", ".join(f"'{v}'" for v in VENDORS)
    return f"""
COPY (
WITH src AS (
  SELECT rowid + 2 AS line,
         {col('vendor')} AS vendor, {col('product')} AS product, {col('billing')} AS billing,
         {col('renewal')} AS renewal_text, {col('seats')} AS seats_text,
         try_strptime({col('renewal')}, '%Y-%m-%d')::DATE AS r,
         TRY_CAST(nullif({col('notice-days')}, '') AS DOUBLE)::BIGINT AS notice,
         TRY_CAST(nullif({col('term-months')}, '') AS DOUBLE)::BIGINT AS term_given,
         {flag('trial')} AS trial, {flag('sales-assisted')} AS sales, {flag('immediate')} AS immediate
  FROM portfolio
), good AS (
  SELECT *, DATE '{today}' AS t, r IS NOT NULL AS has_renewal, notice IS NOT NULL AS has_n,
         coalesce(term_given, CASE billing WHEN 'monthly' THEN 1 WHEN 'annual' THEN 12 END) AS term,
         vendor = 'whc' AND immediate AND product <> 'domain' AS w_imm
  FROM src
  WHERE vendor IN ({vendors})
    AND NOT (renewal_text <> '' AND r IS NULL)
    AND NOT (seats_text <> '' AND TRY_CAST(seats_text AS DOUBLE) IS NULL)
    AND billing IN ('', 'monthly', 'annual')
), rule AS (  -- kind: 0 no notice rule, 1 days of notice, 2 unknown notice, 3 no schedule
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
), notice_rule AS (  -- the contract's notice applies to every vendor; the longer one wins
  SELECT *,
    CASE WHEN has_n AND kind0 IN (0, 1) THEN 1 ELSE kind0 END AS kind,
    CASE WHEN has_n AND kind0 IN (0, 1) THEN greatest(b0, notice) ELSE b0 END AS b
  FROM rule
), sched AS (
  SELECT *, has_renewal AND kind <> 3 AS sched,
         has_renewal AND kind <> 3 AND r - b::INTEGER < t AS missed
  FROM notice_rule
), rolled AS (
  SELECT *,
    CASE WHEN missed AND term > 0 THEN
      greatest(1, (year(t + b::INTEGER) * 12 + month(t + b::INTEGER) - year(r) * 12 - month(r) + term - 1) // term)
    END AS k0
  FROM sched
), eff AS (
  SELECT *,
    CASE WHEN k0 IS NULL THEN NULL
         WHEN (r + to_months(k0 * term))::DATE < t + b::INTEGER THEN (r + to_months((k0 + 1) * term))::DATE
         ELSE (r + to_months(k0 * term))::DATE END AS rolled
  FROM rolled
), known AS (
  SELECT *,
    CASE WHEN missed THEN rolled WHEN sched THEN r END AS renewal_eff,
    sched AND (NOT missed OR rolled IS NOT NULL) AND kind <> 2 AS last_known,
    (sched AND NOT (sched AND (NOT missed OR rolled IS NOT NULL) AND kind <> 2))
      OR (NOT sched AND NOT trial AND NOT w_imm)
      OR (NOT has_renewal AND NOT (vendor = 'aircall' AND trial) AND NOT w_imm) AS unknown
  FROM eff
), triaged AS (
  SELECT line,
    CASE WHEN last_known THEN renewal_eff - b::INTEGER END AS deadline,
    CASE WHEN last_known THEN renewal_eff WHEN w_imm THEN t + 1 END AS end_date,
    last_known, missed, unknown, w_imm, t
  FROM known
), ranked AS (
  SELECT line, deadline, end_date,
    CASE WHEN last_known AND missed THEN 'missed'
         WHEN last_known AND deadline - t <= {int(horizon)} THEN 'act-soon'
         WHEN last_known THEN 'ok'
         WHEN unknown THEN 'unknown'
         ELSE 'no-deadline' END AS status,
    CASE WHEN last_known THEN deadline WHEN unknown OR w_imm THEN t END AS action,
    t
  FROM triaged
)
SELECT line, status, deadline, end_date AS "endDate", deadline - t AS "daysLeft"
FROM ranked
ORDER BY action ASC NULLS LAST,
         CASE status WHEN 'missed' THEN 0 WHEN 'act-soon' THEN 1 WHEN 'unknown' THEN 2 WHEN 'ok' THEN 3 ELSE 4 END,
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
    con.execute(query(columns, args.today, args.horizon, args.out.replace("'", "''")))
    elapsed = time.perf_counter() - start
    print(f"duckdb-seconds {elapsed:.4f}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Seeded synthetic portfolios for the benchmark: all five vendors in a
realistic mix (annual and monthly plans, notice periods, trials, on-premise
licences, immediate cancellations, missing facts), optionally some bad rows."""
import csv
import random
import datetime

VENDORS = ["aircall", "intercom", "bitrix24", "goto", "whc"]
PRODUCTS = {
    "aircall": ["", "phone"],
    "intercom": ["", "workspace"],
    "bitrix24": ["", "cloud", "cloud", "on-premise"],
    "goto": ["", "webinar", "connect"],
    "whc": ["", "hosting", "ssl", "app", "domain"],
}
HEADER = ["name", "owner", "vendor", "product", "seats", "renewal", "billing", "term-months",
          "notice-days", "trial", "sales-assisted", "immediate"]
NAMES = ["Support desk", "Sales phones", "Marketing, EMEA", "Équipe Montréal", "CRM \"main\"", "Webinars 🎥",
         "Hosting", "Helpdesk", "Office line", "Intranet"]
OWNERS = ["ana@example.com", "bo@example.com", "Chloé", "dev-team", "finance"]


def row(rng, today):
    vendor = rng.choice(VENDORS)
    r = {k: "" for k in HEADER}
    r["vendor"] = vendor
    r["name"] = f"{rng.choice(NAMES)} {rng.randrange(10000)}"
    r["owner"] = rng.choice(OWNERS)
    r["product"] = rng.choice(PRODUCTS[vendor])
    if rng.random() < 0.97:
        r["renewal"] = (today + datetime.timedelta(days=rng.randrange(-400, 500))).isoformat()
    billing = rng.random()
    r["billing"] = "annual" if billing < 0.55 else "monthly" if billing < 0.9 else ""
    if rng.random() < 0.2:
        r["term-months"] = str(rng.choice([1, 3, 6, 12, 24, 36]))
    if vendor in ("intercom", "bitrix24", "goto") and rng.random() < 0.6:
        r["notice-days"] = str(rng.choice([15, 30, 45, 60, 90]))
    if vendor == "aircall":
        if rng.random() < 0.9:
            r["seats"] = str(rng.choice([1, 3, 5, 10, 11, 12, 25, 40, 120]))
        if rng.random() < 0.05:
            r["trial"] = "true"
    if vendor in ("aircall", "goto") and rng.random() < 0.2:
        r["sales-assisted"] = "yes"
    if vendor == "whc" and rng.random() < 0.05:
        r["immediate"] = "true"
    return r


def bad_row(rng, today):
    r = row(rng, today)
    kind = rng.randrange(4)
    if kind == 0:
        r["vendor"] = "aircal"
    elif kind == 1:
        r["renewal"] = "2027-02-30"
    elif kind == 2:
        r["seats"] = "many"
    else:
        r["billing"] = "weekly"
    return r


# The same columns as a spreadsheet export might name them: synonyms and
# loose spellings cancelctl accepts, plus the tracking columns.
MESSY_HEADER = {"name": "Subscription", "owner": "Owned By", "vendor": "Supplier", "product": "Edition",
                "seats": "Users", "renewal": "Renewal Date", "billing": "Billing Frequency",
                "term-months": "Term_Months", "notice-days": "Notice Days", "trial": "Free Trial",
                "sales-assisted": "Sales Assisted", "immediate": "IMMEDIATE"}
TRACKING = ["Notice Sent On", "Confirmed On", "Ref"]
MESSY_VENDOR = {"aircall": ["Aircall", "AIRCALL", "aircall.io"], "intercom": ["Intercom", "intercom.com"],
                "bitrix24": ["Bitrix24", "bitrix24.com"], "goto": ["GoTo", "GoTo Webinar", "goto.com"],
                "whc": ["WHC", " whc ", "whc.ca"]}


def messy(r, rng, today):
    """The row as a person types it; a tracking date on about 5% of rows.
    Uses its own random stream, so the rows themselves match the plain file."""
    out = {MESSY_HEADER[k]: v for k, v in r.items()}
    vendor = r["vendor"]
    if vendor in MESSY_VENDOR and rng.random() < 0.7:
        out["Supplier"] = rng.choice(MESSY_VENDOR[vendor])
    if r["billing"] and rng.random() < 0.5:
        out["Billing Frequency"] = r["billing"].capitalize()
    out.update({k: "" for k in TRACKING})
    if rng.random() < 0.05:
        sent = today - datetime.timedelta(days=rng.randrange(0, 60))
        out["Notice Sent On"] = sent.isoformat()
        out["Ref"] = f"T-{rng.randrange(100000)}"
        if rng.random() < 0.4:
            out["Confirmed On"] = min(today, sent + datetime.timedelta(days=rng.randrange(0, 15))).isoformat()
    return out


def generate(path, rows, seed=42, today=datetime.date(2026, 11, 23), bad_fraction=0.0, messy_headers=False):
    """Writes `rows` rows. With `messy_headers`, the same rows under synonym
    headers, with mixed-case vendors, aliases and domains, and tracking
    columns (a date on about 5% of rows, which changes their status)."""
    rng = random.Random(seed)
    extra = random.Random(seed + 1)
    fields = [MESSY_HEADER[k] for k in HEADER] + TRACKING if messy_headers else HEADER
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for _ in range(rows):
            r = bad_row(rng, today) if rng.random() < bad_fraction else row(rng, today)
            w.writerow(messy(r, extra, today) if messy_headers else r)

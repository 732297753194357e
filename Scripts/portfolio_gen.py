"""Seeded synthetic portfolios for the benchmark: all five vendors in a
realistic mix (annual and monthly plans, notice periods, trials, on-premise
licences, immediate cancellations, missing facts), optionally some bad rows,
a share of vendors cancelctl has no rules for (planned from their contract
terms), and tracking columns (notice sent, confirmed, reference).

The plain file (no unlisted share, no tracking) is byte for byte what it
was before those options: the extra rows and columns come from their own
random streams, so cached files and CI expectations stay valid."""
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


# Vendors cancelctl has no rules for: real-looking SaaS names, none a near
# miss of a registered id (aircall, intercom, bitrix24, goto, whc: a prefix
# of three letters either way, or one or two edits away), an alias or a
# domain of one. Written as a person would (case, a domain, spaces around).
UNLISTED = ["Zoom", "Slack", "Salesforce", "HubSpot", "Notion", "Figma", "Asana", "Dropbox", "Zendesk",
            "Miro", "DocuSign", "Mailchimp", "Calendly", "Airtable", "Canva", "Webex", "Freshdesk",
            "Pipedrive", "Typeform", "Loom", "monday.com", "Smartsheet", "box", "wix", " Atlassian "]
UNLISTED_PRODUCTS = ["", "", "Pro", "Business", "Enterprise", "Team plan"]
# The contract-term columns only unlisted rows fill (known rows leave them empty).
CONTRACT = ["renewal-term-months", "notice-months", "auto-renew", "period-end", "channel"]
CHANNELS = ["email", "self-service", "support", "account-manager"]
TRACKED = ["notice-sent", "confirmed", "reference"]


def unlisted_row(rng, today, fields):
    """A subscription planned from its contract terms alone: renewal, notice
    in days or months (or none), commitment and renewal lengths, auto-renew,
    a rolling contract to a calendar boundary, some facts missing."""
    r = {k: "" for k in fields}
    r["vendor"] = rng.choice(UNLISTED)
    r["name"] = f"{rng.choice(NAMES)} {rng.randrange(10000)}"
    r["owner"] = rng.choice(OWNERS)
    r["product"] = rng.choice(UNLISTED_PRODUCTS)
    if rng.random() < 0.9:
        r["renewal"] = (today + datetime.timedelta(days=rng.randrange(-400, 500))).isoformat()
    billing = rng.random()
    r["billing"] = "annual" if billing < 0.45 else "monthly" if billing < 0.8 else ""
    if rng.random() < 0.3:
        r["term-months"] = str(rng.choice([1, 3, 6, 12, 24, 36]))
    notice = rng.random()
    if notice < 0.45:
        r["notice-days"] = str(rng.choice([15, 30, 60, 90]))
    elif notice < 0.7:
        r["notice-months"] = str(rng.choice([1, 2, 3, 6]))
    renews = rng.random()
    if renews < 0.1:
        r["auto-renew"] = "no"
    else:
        if renews < 0.2:
            r["auto-renew"] = rng.choice(["yes", "Yes", "true"])
        # Auto-renew no refuses a renewal term or a period end (a conflict).
        if rng.random() < 0.15:
            r["renewal-term-months"] = str(rng.choice([1, 12]))
        if rng.random() < 0.12:
            r["period-end"] = rng.choice(["month", "quarter", "year", "Quarter"])
            if rng.random() < 0.3:
                r["renewal"] = ""
    if rng.random() < 0.5:
        r["channel"] = rng.choice(CHANNELS)
    return r


def track(r, rng, today):
    """Tracking dates on about a quarter of rows: a notice sent (sometimes
    late), a confirmation after it, or a confirmation alone; a reference on
    most of them. Never after today, a confirmation never before the notice."""
    choice = rng.random()
    if choice < 0.12:
        sent = today - datetime.timedelta(days=rng.randrange(0, 120))
        r["notice-sent"] = sent.isoformat()
    elif choice < 0.2:
        sent = today - datetime.timedelta(days=rng.randrange(0, 120))
        r["notice-sent"] = sent.isoformat()
        r["confirmed"] = min(today, sent + datetime.timedelta(days=rng.randrange(0, 20))).isoformat()
    elif choice < 0.25:
        r["confirmed"] = (today - datetime.timedelta(days=rng.randrange(0, 60))).isoformat()
    if (r["notice-sent"] or r["confirmed"]) and rng.random() < 0.8 or rng.random() < 0.02:
        r["reference"] = f"{rng.choice(['T-', 'CASE ', '#', '=REF'])}{rng.randrange(100000)}"
    return r


def generate(path, rows, seed=42, today=datetime.date(2026, 11, 23), bad_fraction=0.0, messy_headers=False,
             unlisted_fraction=0.0, tracking=False):
    """Writes `rows` rows. With `messy_headers`, the same rows under synonym
    headers, with mixed-case vendors, aliases and domains, and tracking
    columns (a date on about 5% of rows, which changes their status).
    With `unlisted_fraction`, that share of rows are vendors cancelctl has
    no rules for, with contract-term columns; with `tracking`, the
    `notice-sent`, `confirmed` and `reference` columns, filled on about a
    quarter of rows. The known vendors' rows are the plain file's, in order."""
    if messy_headers and (unlisted_fraction > 0 or tracking):
        raise ValueError("messy headers are for the plain rows only")
    rng = random.Random(seed)
    extra = random.Random(seed + 1)
    mix = random.Random(seed + 2)
    tracker = random.Random(seed + 3)
    fields = [MESSY_HEADER[k] for k in HEADER] + TRACKING if messy_headers else list(HEADER)
    if unlisted_fraction > 0:
        fields += CONTRACT
    if tracking:
        fields += TRACKED
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for _ in range(rows):
            if unlisted_fraction > 0 and mix.random() < unlisted_fraction:
                r = unlisted_row(mix, today, fields)
            else:
                r = bad_row(rng, today) if rng.random() < bad_fraction else row(rng, today)
                r = {**{k: "" for k in fields}, **r} if not messy_headers else r
            if tracking:
                r = track(r, tracker, today)
            w.writerow(messy(r, extra, today) if messy_headers else r)

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


def generate(path, rows, seed=42, today=datetime.date(2026, 11, 23), bad_fraction=0.0):
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        for _ in range(rows):
            w.writerow(bad_row(rng, today) if rng.random() < bad_fraction else row(rng, today))

"""Independent checks of cancelctl's outputs for every vendor example, in
both languages: JSON against the published schemas (with date formats
checked), calendars through real parsers and byte-level rules, the
checklist through a Markdown renderer, and notices carrying the facts given.
Usage: python check_outputs.py PATH_TO_CANCELCTL"""
import copy
import json
import pathlib
import re
import subprocess
import sys

import icalendar
import jsonschema
import markdown
import vobject

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = sys.argv[1]
LANGS = ["en", "fr"]
failures = []


def fail(context, message):
    failures.append(f"{context}: {message}")


def run(*args):
    done = subprocess.run([BIN, *args], capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"cancelctl {' '.join(args)} exited {done.returncode}: {done.stderr.decode()}")
    return done.stdout


def validator(name):
    schema = json.loads((ROOT / "schema" / f"{name}.schema.json").read_text())
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


PLAN, VENDORS, NOTICE = validator("plan"), validator("vendors"), validator("notice")
PORTFOLIO = validator("portfolio")


def validate(v, document, context):
    for error in v.iter_errors(document):
        fail(context, f"schema: {error.message} at {list(error.absolute_path)}")


# The validator itself must reject an impossible date and an unknown field.
def self_test(sample):
    bad = copy.deepcopy(sample)
    bad["today"] = "2027-02-30"
    if PLAN.is_valid(bad):
        fail("schema self-test", "2027-02-30 accepted as a date: the format checker is not checking dates")
    extra = copy.deepcopy(sample)
    extra["unexpected"] = 1
    if PLAN.is_valid(extra):
        fail("schema self-test", "an unknown field was accepted (additionalProperties)")


def unfold(data: bytes):
    return re.sub(rb"\r\n[ \t]", b"", data).split(b"\r\n")


def check_ics_bytes(data: bytes, context):
    if b"\n" in data.replace(b"\r\n", b""):
        fail(context, "bare LF (lines must end in CRLF)")
    if b"\r" in data.replace(b"\r\n", b""):
        fail(context, "bare CR")
    if not data.endswith(b"\r\n"):
        fail(context, "does not end with CRLF")
    physical = data.split(b"\r\n")[:-1]
    for number, line in enumerate(physical, 1):
        if len(line) > 75:
            fail(context, f"line {number} has {len(line)} octets (max 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(context, f"line {number}: a fold splits a UTF-8 character")
    lines = [l.decode("utf-8") for l in unfold(data) if l]
    for line in lines:
        name = re.split(r"[;:]", line, 1)[0]
        if name in ("SUMMARY", "DESCRIPTION", "X-WR-CALNAME"):
            value = line.split(":", 1)[1]
            # every ; , and \ in TEXT must be escaped
            stripped = re.sub(r"\\[\\;,nN]", "", value)
            if re.search(r"[;,\\]", stripped):
                fail(context, f"unescaped TEXT in {name}: {value[:60]}")
        if name in ("DTSTART", "DTEND") and not re.fullmatch(r"(DTSTART|DTEND);VALUE=DATE:\d{8}", line):
            fail(context, f"all-day date without VALUE=DATE: {line}")
    # DTEND is exclusive: the day after DTSTART.
    cal = icalendar.Calendar.from_ical(data)
    for event in cal.walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if (end - start).days != 1:
            fail(context, f"DTEND is not the day after DTSTART for {event['UID']}")
    return lines


def check_ics_parsers(data: bytes, context, deadlines):
    cal = icalendar.Calendar.from_ical(data)
    components = list(cal.walk())
    for component in components:
        for prop in getattr(component, "required", ()):
            if prop not in component:
                fail(context, f"{component.name} lacks required {prop}")
        for prop in getattr(component, "singletons", ()):
            if isinstance(component.get(prop), list):
                fail(context, f"{component.name} has {prop} more than once")
        if getattr(component, "errors", None):
            fail(context, f"{component.name} parse errors: {component.errors}")
    events = cal.walk("VEVENT")
    if not events:
        fail(context, "no event")
    uids = [str(e["UID"]) for e in events]
    if len(set(uids)) != len(uids):
        fail(context, "duplicate UIDs")
    for alarm in cal.walk("VALARM"):
        for prop in ("ACTION", "TRIGGER", "DESCRIPTION"):
            if prop not in alarm:
                fail(context, f"VALARM lacks {prop}")
    alarms = sum(len(e.walk("VALARM")) for e in events)
    if deadlines and alarms == 0:
        fail(context, "deadlines but no reminders")
    parsed = vobject.readOne(data.decode("utf-8"), validate=True)
    parsed.serialize(validate=True)
    if len(parsed.contents.get("vevent", [])) != len(events):
        fail(context, "vobject and icalendar disagree on the number of events")
    return events


def check_markdown(text, context):
    html = markdown.markdown(text)
    if text.count("- [ ]") == 0:
        fail(context, "no '- [ ]' item")
    if html.count("<li>") < text.count("\n- "):
        fail(context, "list items did not render as <li>")
    if "<h1>" not in html or "<h2>" not in html:
        fail(context, "missing headings")
    for heading in re.findall(r"^### (.*)$", text, re.M):
        if not re.match(r"\d{4}-\d{2}-\d{2} ", heading):
            fail(context, f"timeline heading without a date: {heading}")


def uids_by_parser(data: bytes, context):
    """The UIDs as icalendar and vobject read them; both must agree."""
    first = sorted(str(e.get("UID")) for e in icalendar.Calendar.from_ical(data).walk("VEVENT"))
    second = sorted(e.uid.value for e in vobject.readOne(data.decode("utf-8")).vevent_list)
    if first != second:
        fail(context, "icalendar and vobject read different UIDs")
    return first


def check_calendar_updates():
    """A calendar regenerated after a corrected fact (--seats 40 -> 45) and on a
    later day names the same events: importing it replaces them (same UID,
    higher SEQUENCE) instead of adding a second set. A portfolio calendar keeps
    its UIDs when a row is inserted above."""
    base = ["plan", "--vendor", "aircall", "--renewal", "2027-01-31", "--billing", "annual", "--format", "ics", "--account", "AC-1"]
    before = run(*base, "--seats", "40", "--today", "2026-11-23")
    after = run(*base, "--seats", "45", "--today", "2026-11-30")
    old, new = uids_by_parser(before, "update / before"), uids_by_parser(after, "update / after")
    if len(set(old)) != len(old) or old != new:
        fail("calendar update", f"UIDs changed after a corrected fact: {old} -> {new}")
    merged = {}
    for data in (before, after):
        for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
            uid, sequence = str(event.get("UID")), int(event.get("SEQUENCE"))
            if uid in merged and sequence <= merged[uid]:
                fail("calendar update", f"{uid}: SEQUENCE did not grow ({merged[uid]} -> {sequence})")
            merged[uid] = sequence
    if len(merged) != len(old):
        fail("calendar update", f"{len(merged)} events after re-import, expected {len(old)}")
    other = uids_by_parser(run(*base[:-1], "AC-2", "--seats", "40", "--today", "2026-11-23"), "update / other account")
    if set(other) & set(old):
        fail("calendar update", "two accounts share a UID")
    if b"X-WR-CALNAME" not in before:
        fail("calendar update", "the plan calendar has no name")

    import tempfile
    rows = ["aircall,Support,40,2027-01-31,annual", "goto,Webinars,,2027-05-31,annual"]
    with tempfile.TemporaryDirectory() as directory:
        def portfolio(lines):
            path = pathlib.Path(directory) / "p.csv"
            path.write_text("vendor,name,seats,renewal,billing\n" + "\n".join(lines) + "\n")
            data = run("portfolio", str(path), "--format", "ics", "--today", "2026-11-23")
            return data, uids_by_parser(data, "portfolio update")
        first, first_uids = portfolio(rows)
        _, inserted_uids = portfolio(["aircall,Sales,12,2027-03-31,annual"] + rows)
        if not set(first_uids) <= set(inserted_uids) or len(inserted_uids) != len(first_uids) + 1:
            fail("portfolio calendar update", f"inserting a row changed UIDs: {first_uids} -> {inserted_uids}")
        cal = icalendar.Calendar.from_ical(first)
        if not cal.get("X-WR-CALNAME"):
            fail("portfolio calendar", "no calendar name")
        if not cal.walk("VALARM"):
            fail("portfolio calendar", "no reminders")


def check_portfolio_json():
    """portfolio --format json and each --format jsonl line against
    schema/portfolio.schema.json, on a file with every status (tracking
    columns, a late notice, an unlisted vendor), in both languages."""
    import tempfile
    csv = ("name;supplier;renewal date;billing;notice days;notice sent on;confirmed on;ref\n"
           "A;Aircall;2027-01-31;Annual;;;;\nB;goto;2026-12-01;monthly;;;;\nC;goto;2026-10-15;annual;;;;\n"
           "D;goto;2027-01-31;annual;30;2026-11-20;;T-1\nE;goto;2026-11-30;annual;30;2026-11-20;;\n"
           "F;whc.ca;2027-03-01;annual;;2026-11-05;2026-11-09;W-7\nG;intercom;;;;;;\nH;Zendesk;2027-02-15;annual;30;;;\n")
    with tempfile.TemporaryDirectory() as directory:
        path = pathlib.Path(directory) / "p.csv"
        path.write_text(csv)
        for lang in LANGS:
            document = json.loads(run("portfolio", str(path), "--format", "json", "--today", "2026-11-23", "--lang", lang))
            validate(PORTFOLIO, document, f"portfolio json / {lang}")
            statuses = {row["status"] for row in document["rows"]}
            for wanted in ("missed", "act-soon", "notice-sent", "unknown", "cancelled"):
                if wanted not in statuses:
                    fail("portfolio json", f"no '{wanted}' row to check: {sorted(statuses)}")
            row_schema = dict(PORTFOLIO.schema["$defs"]["row"], **{"$defs": PORTFOLIO.schema["$defs"]})
            row_validator = type(PORTFOLIO)(row_schema, format_checker=PORTFOLIO.format_checker)
            for line in run("portfolio", str(path), "--format", "jsonl", "--today", "2026-11-23", "--lang", lang).decode().splitlines():
                validate(row_validator, json.loads(line), f"portfolio jsonl / {lang}")


def main():
    check_calendar_updates()
    check_portfolio_json()
    vendors_json = json.loads(run("vendors", "--format", "json"))
    validate(VENDORS, vendors_json, "vendors")
    folded_french_escapes = 0
    counts = {"plans": 0, "calendars": 0, "notices": 0}
    first_plan = None
    for vendor in vendors_json:
        validate(VENDORS, json.loads(run("explain", "--vendor", vendor["id"], "--format", "json")), f"explain {vendor['id']}")
        for example in vendor["examples"]:
            facts = []
            for item in example["facts"]:
                facts.append(f"--{item['fact']}={item['value']}")
            base = ["--vendor", vendor["id"], *facts, "--today", example["today"]]
            for lang in LANGS:
                context = f"{vendor['id']} / {example['name']} / {lang}"
                plan = json.loads(run("plan", *base, "--lang", lang, "--format", "json"))
                validate(PLAN, plan, context + " / plan json")
                first_plan = first_plan or plan
                counts["plans"] += 1

                ics = run("plan", *base, "--lang", lang, "--format", "ics")
                if ics != run("plan", *base, "--lang", lang, "--format", "ics"):
                    fail(context, "calendar differs between two runs")
                check_ics_bytes(ics, context + " / ics")
                deadlines = [e for e in plan["timeline"] if e["deadline"]]
                events = check_ics_parsers(ics, context + " / ics", deadlines)
                if plan["timeline"] and len(events) != len(plan["timeline"]):
                    fail(context, f"{len(events)} events for {len(plan['timeline'])} timeline actions")
                if lang == "fr" and b"\r\n " in ics and (b"\\," in ics or b"\\;" in ics):
                    folded_french_escapes += 1
                counts["calendars"] += 1

                for number, line in enumerate(run("plan", *base, "--lang", lang).decode().splitlines(), 1):
                    # A source's address is never broken: it may be longer, alone on its line.
                    if len(line) > 80 and not (line.startswith("https://") and " " not in line):
                        fail(context + " / text", f"line {number} has {len(line)} columns")
                check_markdown(run("plan", *base, "--lang", lang, "--format", "markdown").decode(), context + " / markdown")

                company, account, signer = "Ex; ample, Inc. \\ Ltd", "ACC-42", "Jeanne Dupont"
                notice = json.loads(run("notice", *base, "--lang", lang, "--format", "json",
                                        "--company", company, "--account", account, "--signer", signer))
                validate(NOTICE, notice, context + " / notice json")
                text = notice["subject"] + "\n" + notice["body"] + "\n" + "\n".join(notice["clickPath"])
                if notice["kind"] != "self-service":
                    for given in (company, account):
                        if given not in text:
                            fail(context, f"notice does not carry {given!r}")
                for token in re.findall(r"\[\[[^\]]+\]\]", text + (notice["recipient"] or "")):
                    if token not in [p["token"] for p in notice["placeholders"]]:
                        fail(context, f"placeholder {token} not listed")
                if notice["renewalDate"] and notice["kind"] != "self-service" and "[[" in notice["body"].split("\n")[0]:
                    fail(context, "notice is not dated")
                counts["notices"] += 1
                bare = json.loads(run("notice", *base, "--lang", lang, "--format", "json"))
                ids = [p["id"] for p in bare["placeholders"]]
                if bare["kind"] != "self-service" and "account" not in ids:
                    fail(context, "no --account given but no account placeholder listed")
    if first_plan:
        self_test(first_plan)
    if folded_french_escapes == 0:
        fail("calendars", "no French calendar exercised folding together with escaped , or ;")
    print(f"checked {counts['plans']} plans, {counts['calendars']} calendars, {counts['notices']} notices")
    if failures:
        print("\n".join(failures[:50]), file=sys.stderr)
        raise SystemExit(f"{len(failures)} failure(s)")


main()

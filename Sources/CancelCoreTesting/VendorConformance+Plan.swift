import CancelCore

extension VendorConformance {
    /// The invariants every plan owes, for one set of facts: citations of
    /// the vendor's own sources, known and unique ids, French for every
    /// text, a dated and ordered timeline, a deadline not after the end,
    /// the same plan for the same facts, and JSON that round-trips.
    public static func planFailures(of policy: any VendorPolicy.Type, facts: AccountFacts,
                                    decoder: ReportDecoder? = nil) -> [ConformanceFailure] {
        planFailures(policy, facts: facts, context: facts.conformanceLabel, decoder: decoder)
    }

    static func planFailures<P: VendorPolicy>(_ policy: P.Type, facts: AccountFacts, context: String,
                                              decoder: ReportDecoder?) -> [ConformanceFailure] {
        let d = P.description
        let plan = P().plan(for: facts)
        var failures: [ConformanceFailure] = []
        func fail(_ check: String, _ message: String) {
            failures.append(ConformanceFailure(vendor: d.id, check: check, context: context, message: message))
        }

        // Citations: every item cites one of this vendor's own sources.
        let ids = Set(d.sources.map(\.id))
        func cite(_ label: String, _ citation: Citation?) {
            if let citation, !ids.contains(citation.source) {
                fail("citation", "\(label) cites “\(citation.source)”, which is not one of \(d.id)’s sources \(ids.sorted())")
            } else if let citation, citation.section.isEmpty {
                fail("citation", "\(label) cites \(citation.source) without a section")
            }
        }
        for (i, step) in plan.steps.enumerated() { cite("steps[\(i)]", step.citation) }
        for item in plan.preparations { cite("preparation \(item.id)", item.citation) }
        for (i, item) in plan.stillBilled.enumerated() { cite("stillBilled[\(i)]", item.citation) }
        cite("refund", plan.refund.citation)
        for (i, item) in plan.consequences.enumerated() { cite("consequences[\(i)]", item.citation) }
        for item in plan.planWarnings { cite("warning \(item.id)", item.citation) }
        for item in plan.missingFactUses { cite("missing \(item.fact.rawValue)", item.citation) }
        let timeline = plan.timeline
        for item in timeline { cite("timeline \(item.id)", item.citation) }
        // A channel that needs someone to reach names them, or says where to look.
        if plan.channel != .selfService, (plan.contact?.en ?? "").isEmpty {
            fail("contact", "channel \(plan.channel.rawValue) needs a contact: an address, a form path or a URL, or say that no source gives one and where to look")
        }

        // Identity and ids.
        if plan.vendor.id != d.id { fail("identity", "plan.vendor.id is “\(plan.vendor.id)”, expected “\(d.id)”") }
        if let given = facts.product, plan.product?.id != given {
            fail("identity", "plan is for product \(plan.product?.id ?? "none"), but \(given) was asked for")
        }
        if plan.requiredRoles.isEmpty { fail("roles", "no required role: say who may cancel") }
        for role in duplicates(plan.requiredRoles.map(\.rawValue)) { fail("roles", "role \(role) listed twice") }
        for role in plan.requiredRoles where Role(rawValue: role.rawValue) == nil { fail("roles", "unknown role \(role.rawValue)") }
        // What portfolio triage reads (one call, specialized per plan type)
        // agrees with the plan's own properties.
        let roleBits = Role.allCases.enumerated().reduce(UInt32(0)) { plan.requiredRoles.contains($1.element) ? $0 | 1 << UInt32($1.offset) : $0 }
        let missingBits = Fact.allCases.enumerated().reduce(UInt32(0)) { bits, item in
            plan.missingFacts.contains(item.element) ? bits | 1 << UInt32(item.offset) : bits
        }
        let outline = PlanOutline(today: plan.facts.today, channel: plan.channel, roleBits: roleBits, missingBits: missingBits,
                                  schedule: plan.schedule, effectiveEndDate: plan.effectiveEndDate,
                                  noticeSent: plan.facts.noticeSent, confirmed: plan.facts.confirmed)
        if plan.outline != outline { fail("outline", "plan.outline is \(plan.outline), but the plan's properties give \(outline)") }
        for id in plan.planWarnings.map(\.id) where !isKebabCase(id) { fail("ids", "warning id “\(id)” is not kebab-case") }
        for id in duplicates(plan.planWarnings.map(\.id)) { fail("ids", "warning id “\(id)” appears twice") }
        for id in plan.preparations.map(\.id) where !isKebabCase(id) { fail("ids", "preparation id “\(id)” is not kebab-case") }
        for id in duplicates(plan.preparations.map(\.id)) { fail("ids", "preparation id “\(id)” appears twice") }
        for id in duplicates(timeline.map(\.id)) { fail("ids", "timeline id “\(id)” appears twice (calendars derive event ids from it)") }
        let declared = Set(d.facts.map(\.fact))
        for fact in plan.missingFacts where !declared.contains(fact) {
            fail("facts", "reports \(fact.rawValue) as missing but does not declare it in description.facts")
        }

        // French.
        for problem in LocalizedTextAudit.problems(LocalizedTextAudit.texts(of: plan)) { fail("french", problem) }
        for problem in LocalizedTextAudit.reportProblems(plan) { fail("french", problem) }

        // Dates.
        for (earlier, later) in zip(timeline, timeline.dropFirst()) where later.date < earlier.date {
            fail("timeline", "\(later.id) (\(later.date)) comes after \(earlier.id) (\(earlier.date)): not in date order")
        }
        for item in timeline where item.date < facts.today {
            fail("timeline", "\(item.id) is dated \(item.date), before today \(facts.today)")
        }
        if let deadline = plan.noticeDeadline, let end = plan.effectiveEndDate, deadline > end {
            fail("deadline", "notice deadline \(deadline) is after the effective end date \(end)")
        }
        // Nothing dropped: every fact given is read or reported as ignored.
        let ignored = Set(plan.ignoredFacts)
        for fact in facts.givenFacts where !plan.readFacts.contains(fact) && !ignored.contains(fact) {
            fail("facts", "--\(fact.rawValue) was given, is not read, and is not reported in ignoredFacts")
        }
        if !ignored.isEmpty && !plan.planWarnings.contains(where: { $0.id == "facts-ignored" }) {
            fail("facts", "facts \(ignored.map(\.rawValue).sorted()) are ignored without a warning naming them")
        }
        // Preparations that come before cancelling are dated on or before it.
        if let act = timeline.first(where: { ["send-notice", "cancel", "notice-deadline", "last-day-to-cancel"].contains($0.id) }) {
            for item in plan.preparations where item.isMilestone && item.timing != .beforeEnd {
                if let entry = timeline.first(where: { $0.id == item.id }), entry.date > act.date {
                    fail("timeline", "preparation \(item.id) (\(entry.date)) comes after the cancelling action \(act.id) (\(act.date))")
                }
            }
        }
        // Recommended dates fall on a weekday unless today or the deadline leaves none.
        for item in timeline where ["send-notice", "cancel"].contains(item.id) && item.date.isWeekend && item.date > facts.today {
            // Any three days in a row hold a weekday.
            if let deadline = plan.lastDayToAct, deadline.days(since: facts.today) >= 2 {
                fail("timeline", "\(item.id) is recommended on a weekend (\(item.date))")
            }
        }

        // Determinism.
        let english = plan.report(in: .en)
        let again = P().plan(for: facts)
        if again.report(in: .en) != english || again.report(in: .fr) != plan.report(in: .fr) {
            fail("determinism", "the same facts gave two different plans")
        }

        // JSON.
        do {
            let json = try JSONValueEncoder().encode(english).serialized()
            if let decoder {
                do {
                    let decoded = try decoder(json)
                    if decoded != english { fail("json", "the JSON decodes to a different report") }
                } catch {
                    fail("json", "the JSON does not decode back to a PlanReport: \(error)")
                }
            }
        } catch {
            fail("json", "the report does not encode: \(error)")
        }
        return failures
    }
}

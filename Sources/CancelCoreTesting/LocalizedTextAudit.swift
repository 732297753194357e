import CancelCore

/// Finds texts whose French is missing or, by accident, the English: every
/// ``LocalizedText`` a plan or a vendor description carries, and every
/// string of the plan's English and French reports.
enum LocalizedTextAudit {
    /// `label: problem` for each bad text.
    static func problems(_ texts: [(String, LocalizedText)]) -> [String] {
        texts.compactMap { label, text in
            if text.en.isEmpty { return "\(label): English is empty" }
            if text.fr.isEmpty { return "\(label): French is missing (en: “\(text.en)”)" }
            if text.en == text.fr && !text.isVerbatim {
                return "\(label): French equals English (“\(text.en)”); translate it, or use LocalizedText(verbatim:) if it is meant to be identical"
            }
            return nil
        }
    }

    static func texts(of description: VendorDescription) -> [(String, LocalizedText)] {
        var texts: [(String, LocalizedText)] = []
        texts += description.products.map { ("product \($0.id) name", $0.name) }
        texts += description.facts.map { ("fact \($0.fact.rawValue) whereToFind", $0.whereToFind) }
        texts += description.rules.map { ("rule \($0.id)", $0.text) }
        return texts
    }

    static func texts(of plan: some CancellationPlan) -> [(String, LocalizedText)] {
        var texts: [(String, LocalizedText)] = []
        if let contact = plan.contact { texts.append(("contact", contact)) }
        if let product = plan.product { texts.append(("product name", product.name)) }
        if let rule = plan.deadlineRule { texts.append(("deadlineRule", rule)) }
        for (i, step) in plan.steps.enumerated() {
            texts.append(("steps[\(i)]", step.text))
            texts += step.path.enumerated().map { ("steps[\(i)].path[\($0.offset)]", $0.element) }
        }
        texts += plan.preparations.map { ("preparation \($0.id)", $0.text) }
        texts += plan.stillBilled.enumerated().map { ("stillBilled[\($0.offset)]", $0.element.text) }
        texts.append(("refund", plan.refund.text))
        texts += plan.consequences.enumerated().map { ("consequences[\($0.offset)]", $0.element.text) }
        texts += plan.missingFactUses.map { ("missing \($0.fact.rawValue) whereToFind", $0.whereToFind) }
        texts += plan.reportedWarnings.map { ("warning \($0.id)", $0.text) }
        texts += plan.timeline.map { ("timeline \($0.id)", $0.action) }
        return texts
    }

    /// The English and French reports, string by string: each pair must
    /// differ unless the plan's text it came from is verbatim.
    static func reportProblems(_ plan: some CancellationPlan) -> [String] {
        let en = plan.report(in: .en)
        let fr = plan.report(in: .fr)
        var pairs: [(String, String?, String?, Bool)] = []   // label, en, fr, verbatim
        pairs.append(("report.contact", en.contact, fr.contact, plan.contact?.isVerbatim ?? false))
        pairs.append(("report.deadlineRule", en.deadlineRule, fr.deadlineRule, plan.deadlineRule?.isVerbatim ?? false))
        let timeline = plan.timeline
        for (i, (e, f)) in zip(en.timeline, fr.timeline).enumerated() {
            pairs.append(("report.timeline[\(i)]", e.action, f.action, timeline[i].action.isVerbatim))
        }
        for (i, (e, f)) in zip(en.steps, fr.steps).enumerated() {
            pairs.append(("report.steps[\(i)]", e.text, f.text, plan.steps[i].text.isVerbatim))
            for (j, (pe, pf)) in zip(e.path, f.path).enumerated() {
                pairs.append(("report.steps[\(i)].path[\(j)]", pe, pf, plan.steps[i].path[j].isVerbatim))
            }
        }
        for (i, (e, f)) in zip(en.beforeCancelling, fr.beforeCancelling).enumerated() {
            pairs.append(("report.beforeCancelling[\(i)]", e.text, f.text, plan.preparations[i].text.isVerbatim))
        }
        for (i, (e, f)) in zip(en.stillBilled, fr.stillBilled).enumerated() {
            pairs.append(("report.stillBilled[\(i)]", e.text, f.text, plan.stillBilled[i].text.isVerbatim))
        }
        pairs.append(("report.refund", en.refund.text, fr.refund.text, plan.refund.text.isVerbatim))
        for (i, (e, f)) in zip(en.afterCancelling, fr.afterCancelling).enumerated() {
            pairs.append(("report.afterCancelling[\(i)]", e.text, f.text, plan.consequences[i].text.isVerbatim))
        }
        for (i, (e, f)) in zip(en.missingFacts, fr.missingFacts).enumerated() {
            pairs.append(("report.missingFacts[\(i)].meaning", e.meaning, f.meaning, false))
            pairs.append(("report.missingFacts[\(i)].whereToFind", e.whereToFind, f.whereToFind, plan.missingFactUses[i].whereToFind.isVerbatim))
        }
        let warnings = plan.reportedWarnings
        for (i, (e, f)) in zip(en.warnings, fr.warnings).enumerated() {
            pairs.append(("report.warnings[\(i)]", e.text, f.text, warnings[i].text.isVerbatim))
        }
        // Source titles are written in the source's own language, the same
        // in every report: nothing to compare.
        return pairs.compactMap { label, e, f, verbatim in
            switch (e, f) {
            case (nil, nil): return nil
            case (.some, nil), (nil, .some): return "\(label): present in one language only"
            case let (.some(e), .some(f)):
                if e.isEmpty || f.isEmpty { return "\(label): empty in one language" }
                if e == f && !verbatim { return "\(label): French report equals English (“\(e)”)" }
                return nil
            }
        }
    }
}

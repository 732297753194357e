/// Conveniences vendors share when they build a plan from facts.
extension AccountFacts {
    /// The product given, or the vendor's default.
    public func product(in description: VendorDescription) -> Product? {
        if hasProduct, let match = description.products.first(where: { isFor($0) }) { return match }
        return description.defaultProduct
    }

    /// True when the plan is for `candidate`: the product given, or the
    /// vendor's default (`facts.isFor(GoToPolicy.connect, in: description)`).
    /// Compares ids in place: `product(in:) == candidate` copied a product
    /// (three strings) for every plan.
    public func isFor(_ candidate: Product, in description: VendorDescription) -> Bool {
        let products = description.products
        if hasProduct, let given = products.firstIndex(where: { isFor($0) }) { return AccountFacts.same(products[given], candidate) }
        return !products.isEmpty && AccountFacts.same(products[0], candidate)
    }

    /// True when ``product`` is `candidate`'s id; on their bytes when both are short.
    func isFor(_ candidate: Product) -> Bool {
        if let short = values.shortProduct, let key = candidate.key { return short == key }
        return productIs(candidate.id)
    }

    /// Equal ids, compared on their bytes when both are short.
    static func same(_ a: Product, _ b: Product) -> Bool {
        if let x = a.key, let y = b.key { return x == y }
        return a.id == b.id
    }

    /// The schedule from this account's contract terms and the vendor
    /// article's own notice rule; nil when there is no date to start from
    /// (no renewal date, and not a rolling contract).
    ///
    /// - Parameters:
    ///   - notice: what the vendor's source says (`.none`, `.daysBefore(30)`,
    ///     `.unknownLength` when "your contract says"). The contract's own
    ///     notice, when given, applies too, and the earlier deadline wins.
    ///   - citation: the source section of that rule, cited by the warnings.
    ///   - commitmentSource: the section where the source says billing
    ///     frequency and commitment can differ (so a monthly bill does not
    ///     tell the term), cited by the warning that names the assumption.
    public func schedule(notice: NoticeRule, citation: Citation? = nil, commitmentSource: Citation? = nil) -> RenewalSchedule? {
        let terms = ContractTerms(self)
        if renewal == nil, terms.periodEnd == nil || terms.autoRenews == false { return nil }
        return RenewalSchedule(terms: terms, article: notice, today: today, articleCitation: citation,
                               commitmentSource: commitmentSource)
    }

    /// The contract facts a schedule lacked: the renewal date when none was
    /// given, the term length when a missed deadline could not be rolled or a
    /// monthly bill hides the commitment, the notice when it is unknown.
    ///
    /// - Parameter notice: the article's notice rule, so that an unknown
    ///   notice is listed even when no schedule could be made.
    @inlinable
    public func missingDates(schedule: RenewalSchedule?, notice: NoticeRule? = nil) -> FactList {
        // Optional chaining, not `if let`: binding copies the whole schedule.
        if let missing = schedule?.missingFacts { return missing }
        var missing: FactList = [.renewal]
        if notice == .unknownLength && contractNotice == nil { missing.append(.noticeDays) }
        return missing
    }
}

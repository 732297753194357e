/// Conveniences vendors share when they build a plan from facts.
extension AccountFacts {
    /// The product given, or the vendor's default.
    public func product(in description: VendorDescription) -> Product? {
        if let product, let match = description.products.first(where: { $0.id == product }) { return match }
        return description.defaultProduct
    }

    /// The schedule for a notice rule, nil when the renewal date is unknown.
    public func schedule(notice: NoticeRule) -> RenewalSchedule? {
        renewal.map { RenewalSchedule(anchor: $0, today: today, termMonths: commitmentMonths, notice: notice) }
    }
}

extension RenewalSchedule {
    /// True when a term had to be rolled but its length is unknown.
    public var needsTermLength: Bool { deadlineMissed && renewal == nil }
}

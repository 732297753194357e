extension CancellationPlan {
    /// Every citation the plan's items make, in reading order.
    public var citations: [Citation] {
        var all: [Citation] = []
        all += timeline.compactMap(\.citation)
        all += steps.map(\.citation)
        all += preparations.map(\.citation)
        all += stillBilled.map(\.citation)
        all.append(refund.citation)
        all += consequences.map(\.citation)
        all += missingFactUses.compactMap(\.citation)
        all += warnings.compactMap(\.citation)
        return all
    }

    /// The vendor's sources this plan cites that are not the vendor's own
    /// word, in declaration order.
    public var thirdPartySources: [Source] {
        let cited = Set(citations.map(\.source))
        return vendor.sources.filter { !$0.official && !$0.url.isEmpty && cited.contains($0.id) }
    }

    /// Every warning of the plan (``planWarnings``: the contract engine's, the
    /// vendor's, facts not read), then one per third-party source the plan
    /// rests on: a reader acting on the plan must know who says so. This is
    /// what reports and notices show.
    public var reportedWarnings: [Warning] {
        let all = citations
        let name = vendor.name
        let of = "aeiouyAEIOUYhH".contains(name.first ?? "x") ? "d’" + name : "de " + name
        return planWarnings + thirdPartySources.compactMap { source in
            guard let first = all.first(where: { $0.source == source.id }) else { return nil }
            return Warning(id: "third-party-source", LocalizedText(
                en: "Parts of this plan rest on “\(source.title.en)” by \(source.publisher), a third party, not on \(vendor.name)’s own pages (\(source.url)). Check those items with \(vendor.name) before relying on them.",
                fr: "Une partie de ce plan repose sur « \(source.title.fr) » de \(source.publisher), un tiers, et non sur les pages \(of) (\(source.url)). Vérifiez ces points auprès \(of) avant de vous y fier."),
                citation: first)
        }
    }
}

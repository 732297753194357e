import CancelCore

extension WHCPolicy {
    static let examples: [VendorExample] = [
        VendorExample("hosting cancelled at the end of the contract", today: "2026-11-23",
                      facts: [.renewal: "2027-01-15", .billing: "annual"],
                      expect: .init(channel: .selfService, roles: [.accountHolder], noticeDeadline: nil, effectiveEndDate: "2027-01-15")),
        VendorExample("hosting cancelled immediately ends within 24 hours", today: "2026-11-23",
                      facts: [.immediate: "true", .renewal: "2027-01-15"],
                      expect: .init(channel: .selfService, roles: [.accountHolder], noticeDeadline: nil, effectiveEndDate: "2026-11-24",
                                    warnings: ["immediate-within-24-hours"])),
        VendorExample("immediate on New Year's Eve ends on January 1", today: "2026-12-31",
                      facts: [.product: "ssl", .immediate: "true"],
                      expect: .init(channel: .selfService, roles: [.accountHolder], noticeDeadline: nil, effectiveEndDate: "2027-01-01",
                                    warnings: ["immediate-within-24-hours"])),
        VendorExample("a domain is left to expire", today: "2026-11-23",
                      facts: [.product: "domain", .renewal: "2027-03-01"],
                      expect: .init(channel: .selfService, roles: [.accountHolder], noticeDeadline: nil, effectiveEndDate: "2027-03-01",
                                    warnings: ["domain-invoice-before-expiry"])),
        VendorExample("a domain cannot be cancelled immediately", today: "2026-11-23",
                      facts: [.product: "domain", .renewal: "2027-03-01", .immediate: "true"],
                      expect: .init(channel: .selfService, roles: [.accountHolder], noticeDeadline: nil, effectiveEndDate: "2027-03-01",
                                    warnings: ["domain-invoice-before-expiry", "domain-only-expires"])),
        VendorExample("an SSL certificate on its renewal day renews for a year", today: "2026-11-23",
                      facts: [.product: "ssl", .renewal: "2026-11-23", .billing: "annual"],
                      expect: .init(channel: .selfService, roles: [.accountHolder], noticeDeadline: nil, deadlineMissed: true,
                                    effectiveEndDate: "2027-11-23", warnings: ["renewal-term-assumed"])),
        VendorExample("an app without a renewal date lists it as missing", today: "2026-11-23",
                      facts: [.product: "app"],
                      expect: .init(channel: .selfService, roles: [.accountHolder], noticeDeadline: nil, effectiveEndDate: nil,
                                    missingFacts: [.renewal])),
    ]
}

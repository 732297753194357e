import CancelCore

extension IntercomPolicy {
    static let examples: [VendorExample] = {
        let always = ["data-retention-disagrees", "automation-stops-immediately"]
        let annual = ["guide-disagrees-annual"] + always
        return [
            VendorExample("a monthly plan cancels itself in Billing settings", today: "2026-11-23",
                          facts: [.billing: "monthly", .renewal: "2026-12-15"],
                          expect: .init(channel: .selfService, roles: [.owner, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: "2026-12-15", warnings: always)),
            VendorExample("a monthly plan on its last day is on time", today: "2026-11-23",
                          facts: [.billing: "monthly", .renewal: "2026-11-24"],
                          expect: .init(channel: .selfService, roles: [.owner, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: "2026-11-24", warnings: always)),
            VendorExample("a monthly plan the day after renews for a month", today: "2026-11-24",
                          facts: [.billing: "monthly", .renewal: "2026-11-24"],
                          expect: .init(channel: .selfService, roles: [.owner, .billingAdmin], noticeDeadline: nil, deadlineMissed: true,
                                        effectiveEndDate: "2026-12-24", warnings: always + ["renewal-term-assumed"])),
            VendorExample("an annual plan paid online also cancels itself, following Intercom over the guide", today: "2026-11-23",
                          facts: [.billing: "annual", .renewal: "2027-03-31"],
                          expect: .init(channel: .selfService, roles: [.owner, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: "2027-03-31", warnings: annual)),
            VendorExample("a contracted subscription with a 30-day notice writes to the Account Manager", today: "2026-11-23",
                          facts: [.salesAssisted: "true", .billing: "annual", .renewal: "2027-03-31", .noticeDays: "30"],
                          expect: .init(channel: .accountManager, roles: [.owner, .billingAdmin], noticeDeadline: "2027-03-01",
                                        effectiveEndDate: "2027-03-31", warnings: always)),
            VendorExample("a contracted subscription without its notice period asks for it", today: "2026-11-23",
                          facts: [.salesAssisted: "true", .billing: "annual", .renewal: "2027-03-31"],
                          expect: .init(channel: .accountManager, roles: [.owner, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: nil, missingFacts: [.noticeDays],
                                        warnings: ["contract-notice-unknown", "end-depends-on-notice"] + always)),
            VendorExample("a missed contract notice rolls to next year", today: "2026-11-23",
                          facts: [.salesAssisted: "true", .billing: "annual", .renewal: "2026-12-01", .noticeDays: "60"],
                          expect: .init(channel: .accountManager, roles: [.owner, .billingAdmin], noticeDeadline: "2027-10-02", deadlineMissed: true,
                                        effectiveEndDate: "2027-12-01", warnings: always + ["renewal-term-assumed"])),
            VendorExample("unknown billing is self-service, with the guide's disagreement flagged", today: "2026-11-23",
                          facts: [.renewal: "2027-01-10"],
                          expect: .init(channel: .selfService, roles: [.owner, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: "2027-01-10", warnings: annual)),
        ]
    }()
}

import CancelCore

extension IntercomPolicy {
    static let examples: [VendorExample] = {
        let always = ["retention-period-unknown", "automation-stops-immediately"]
        return [
            VendorExample("a monthly plan cancels itself in Settings > Subscription", today: "2026-11-23",
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
            VendorExample("an annual contract with a 30-day notice writes to billing", today: "2026-11-23",
                          facts: [.billing: "annual", .renewal: "2027-03-31", .noticeDays: "30"],
                          expect: .init(channel: .email, roles: [.owner, .billingAdmin], noticeDeadline: "2027-03-01",
                                        effectiveEndDate: "2027-03-31", warnings: always)),
            VendorExample("an annual contract without its notice period asks for it", today: "2026-11-23",
                          facts: [.billing: "annual", .renewal: "2027-03-31"],
                          expect: .init(channel: .email, roles: [.owner, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: nil, missingFacts: [.noticeDays],
                                        warnings: ["annual-notice-unknown", "end-depends-on-notice"] + always)),
            VendorExample("a missed annual notice rolls to next year", today: "2026-11-23",
                          facts: [.billing: "annual", .renewal: "2026-12-01", .noticeDays: "60"],
                          expect: .init(channel: .email, roles: [.owner, .billingAdmin], noticeDeadline: "2027-10-02", deadlineMissed: true,
                                        effectiveEndDate: "2027-12-01", warnings: always + ["renewal-term-assumed"])),
            VendorExample("unknown billing takes the annual path", today: "2026-11-23",
                          facts: [.renewal: "2027-01-10"],
                          expect: .init(channel: .email, roles: [.owner, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: nil, missingFacts: [.billing, .noticeDays],
                                        warnings: ["billing-unknown", "annual-notice-unknown", "end-depends-on-notice"] + always)),
        ]
    }()
}

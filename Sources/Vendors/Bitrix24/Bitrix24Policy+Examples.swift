import CancelCore

extension Bitrix24Policy {
    static let examples: [VendorExample] = [
        VendorExample("a cloud plan downgrades in the portal", today: "2026-11-23",
                      facts: [.renewal: "2026-12-31", .billing: "monthly"],
                      expect: .init(channel: .selfService, roles: [.accountAdmin], noticeDeadline: nil, effectiveEndDate: "2026-12-31")),
        VendorExample("a cloud plan the day before renewal is on time", today: "2026-12-30",
                      facts: [.product: "cloud", .renewal: "2026-12-31", .billing: "monthly"],
                      expect: .init(channel: .selfService, roles: [.accountAdmin], noticeDeadline: nil, effectiveEndDate: "2026-12-31")),
        VendorExample("a cloud plan on its renewal day rolls to the next month end", today: "2026-12-31",
                      facts: [.product: "cloud", .renewal: "2026-12-31", .billing: "monthly"],
                      expect: .init(channel: .selfService, roles: [.accountAdmin], noticeDeadline: nil, deadlineMissed: true,
                                    effectiveEndDate: "2027-01-31", warnings: ["renewal-term-assumed"])),
        VendorExample("an annual plan renewed on February 29 rolls to February 28", today: "2028-02-29",
                      facts: [.renewal: "2028-02-29", .billing: "annual"],
                      expect: .init(channel: .selfService, roles: [.accountAdmin], noticeDeadline: nil, deadlineMissed: true,
                                    effectiveEndDate: "2029-02-28", warnings: ["renewal-term-assumed"])),
        VendorExample("an on-premise licence with a 60-day notice goes through the account manager", today: "2026-11-23",
                      facts: [.product: "on-premise", .renewal: "2027-06-30", .noticeDays: "60"],
                      expect: .init(channel: .accountManager, roles: [.accountAdmin], noticeDeadline: "2027-05-01",
                                    effectiveEndDate: "2027-06-30")),
        VendorExample("an on-premise licence without its notice period asks for it", today: "2026-11-23",
                      facts: [.product: "on-premise", .renewal: "2027-06-30"],
                      expect: .init(channel: .accountManager, roles: [.accountAdmin], noticeDeadline: nil,
                                    effectiveEndDate: nil, missingFacts: [.noticeDays], warnings: ["on-premise-terms-unknown", "end-depends-on-notice"])),
        VendorExample("no renewal date: it is listed as missing", today: "2026-11-23",
                      facts: [.billing: "annual"],
                      expect: .init(channel: .selfService, roles: [.accountAdmin], noticeDeadline: nil, effectiveEndDate: nil,
                                    missingFacts: [.renewal])),
    ]
}

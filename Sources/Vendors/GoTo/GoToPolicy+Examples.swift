import CancelCore

extension GoToPolicy {
    static let examples: [VendorExample] = {
        let always = ["online-cancellation-unclear", "refund-unanswered"]
        return [
            VendorExample("a Webinar plan calls support before the end date", today: "2026-11-23",
                          facts: [.renewal: "2027-05-31", .billing: "annual"],
                          expect: .init(channel: .support, roles: [.superAdmin, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: "2027-05-31", warnings: always)),
            VendorExample("GoTo Connect billed annually calls 30 days ahead, as a super administrator", today: "2026-11-23",
                          facts: [.product: "connect", .renewal: "2027-05-31", .billing: "annual"],
                          expect: .init(channel: .support, roles: [.superAdmin], noticeDeadline: "2027-05-01",
                                        effectiveEndDate: "2027-05-31", warnings: always)),
            VendorExample("GoTo Connect on a 15-month term missed its call: the next term's deadline", today: "2026-11-23",
                          facts: [.product: "connect", .renewal: "2026-12-15", .termMonths: "15"],
                          expect: .init(channel: .support, roles: [.superAdmin], noticeDeadline: "2028-02-14", deadlineMissed: true,
                                        effectiveEndDate: "2028-03-15", warnings: always + ["renewal-term-assumed"])),
            VendorExample("GoTo Connect month to month has no 30-day deadline", today: "2026-11-23",
                          facts: [.product: "connect", .renewal: "2026-12-31", .billing: "monthly"],
                          expect: .init(channel: .support, roles: [.superAdmin], noticeDeadline: nil,
                                        effectiveEndDate: "2026-12-31", warnings: always)),
            VendorExample("a plan bought through a representative", today: "2026-11-23",
                          facts: [.salesAssisted: "true", .renewal: "2027-05-31", .billing: "annual"],
                          expect: .init(channel: .support, roles: [.productAdmin, .billingContact], noticeDeadline: nil,
                                        effectiveEndDate: "2027-05-31", warnings: always)),
            VendorExample("Connect sold by a representative takes the stricter role", today: "2026-11-23",
                          facts: [.product: "connect", .salesAssisted: "true", .renewal: "2027-05-31"],
                          expect: .init(channel: .support, roles: [.superAdmin], noticeDeadline: nil,
                                        effectiveEndDate: "2027-05-31",
                                        warnings: ["connect-sold-by-representative", "connect-term-unknown"] + always)),
            VendorExample("a contract notice period from --notice-days", today: "2026-11-23",
                          facts: [.renewal: "2027-02-23", .termMonths: "15", .noticeDays: "30"],
                          expect: .init(channel: .support, roles: [.superAdmin, .billingAdmin], noticeDeadline: "2027-01-24",
                                        effectiveEndDate: "2027-02-23", warnings: always + ["contract-notice-applies"])),
            VendorExample("a monthly plan on its renewal day rolls one month", today: "2026-11-23",
                          facts: [.renewal: "2026-11-23", .billing: "monthly"],
                          expect: .init(channel: .support, roles: [.superAdmin, .billingAdmin], noticeDeadline: nil, deadlineMissed: true,
                                        effectiveEndDate: "2026-12-23", warnings: always + ["renewal-term-assumed"])),
            VendorExample("no renewal date: it is listed as missing", today: "2026-11-23",
                          facts: [.product: "webinar"],
                          expect: .init(channel: .support, roles: [.superAdmin, .billingAdmin], noticeDeadline: nil,
                                        effectiveEndDate: nil, missingFacts: [.renewal], warnings: always)),
        ]
    }()
}

import CancelCore

/// The fact combinations the suite feeds every vendor, spelled as on the
/// command line so each goes through ``FactParser`` like real input.
/// Deterministic: the same vendor always gets the same combinations.
public enum FactGrid {
    /// The day the sensitivity checks run on.
    public static let today = CalendarDate(year: 2026, month: 11, day: 23) ?? CalendarDate(dayNumber: 20_415)

    /// The values tried when one fact varies (nil: not given).
    public static func values(of fact: Fact, today: CalendarDate, products: [Product]) -> [String?] {
        switch fact {
        case .product: return [nil] + products.map(\.id)
        case .seats: return [nil, "1", "10", "11", "100000"]
        case .renewal: return [nil, today.adding(days: 60).description, today.adding(days: -10).description,
                               today.adding(days: 20).description]
        case .billing: return [nil, "monthly", "annual"]
        case .termMonths: return [nil, "1", "24"]
        case .noticeDays: return [nil, "30", "90"]
        case .trial, .salesAssisted, .immediate: return [nil, "true"]
        case .renewalTermMonths: return [nil, "1", "24"]
        case .noticeMonths: return [nil, "1", "3"]
        case .autoRenew: return [nil, "yes", "no"]
        case .periodEnd: return [nil, "month", "quarter"]
        case .channel: return [nil, "email", "support"]
        case .contact: return [nil, "cancel@example.com"]
        case .noticeSent: return [nil, today.adding(days: -5).description]
        case .confirmed: return [nil, today.description]
        }
    }

    /// Smaller value sets for the other facts while one fact varies.
    static func baseValues(of fact: Fact, today: CalendarDate, products: [Product]) -> [String?] {
        switch fact {
        case .seats: return [nil, "5", "11"]
        case .renewal: return [nil, today.adding(days: 60).description, today.adding(days: -10).description]
        case .termMonths: return [nil, "24"]
        case .noticeDays: return [nil, "30"]
        // The contract engine's own facts are tested on their own (and
        // against an oracle); here they stay out of the combinations.
        case .renewalTermMonths, .noticeMonths, .autoRenew, .periodEnd, .channel, .contact, .noticeSent, .confirmed:
            return [nil]
        default: return values(of: fact, today: today, products: products)
        }
    }

    /// Every combination of the base values of all facts but `excluded`.
    public static func bases(excluding excluded: Fact, today: CalendarDate = today, products: [Product]) -> [[Fact: String]] {
        var combinations: [[Fact: String]] = [[:]]
        for fact in Fact.allCases where fact != excluded {
            // Never two notice periods at once: the parser refuses it.
            let values = excluded == .noticeMonths && fact == .noticeDays ? [nil] : baseValues(of: fact, today: today, products: products)
            combinations = combinations.flatMap { partial in
                values.map { value in
                    var next = partial
                    next[fact] = value
                    return next
                }
            }
        }
        return combinations
    }

    /// A wide grid for trap-hunting: renewals around today, month ends,
    /// February 29 and the ends of the accepted range; extreme seats, terms
    /// and notices; every product; switches on and off.
    public static func stress(products: [Product]) -> [(today: CalendarDate, raw: [Fact: String])] {
        let todays = ["2026-11-23", "2028-02-29", "2027-01-31"].compactMap(CalendarDate.init)
        let seats: [String?] = [nil, "1", "10", "11", "100000"]
        let billings: [String?] = [nil, "monthly", "annual"]
        let terms: [String?] = [nil, "1", "12", "120"]
        let notices: [String?] = [nil, "1", "30", "730"]
        let productIDs: [String?] = [nil] + products.map(\.id)
        let fixed = ["2028-02-29", "2028-03-01", "2027-01-31", "2027-04-30", "1900-01-01", "2200-12-31"]
        var grid: [(today: CalendarDate, raw: [Fact: String])] = []
        var index = 0
        for today in todays {
            let renewals: [String?] = [nil] + [0, 1, -1, 29, 30, 31, -31, 365, -400].map { today.adding(days: $0).description } + fixed
            for renewal in renewals {
                for term in terms {
                    for notice in notices {
                        for product in productIDs {
                            var raw: [Fact: String] = [:]
                            raw[.renewal] = renewal
                            raw[.termMonths] = term
                            raw[.noticeDays] = notice
                            raw[.product] = product
                            raw[.seats] = seats[index % seats.count]
                            raw[.billing] = billings[(index / seats.count) % billings.count]
                            let switches = index / (seats.count * billings.count)
                            if switches & 1 != 0 { raw[.trial] = "true" }
                            if switches & 2 != 0 { raw[.salesAssisted] = "true" }
                            if switches & 4 != 0 { raw[.immediate] = "true" }
                            // Contract shapes, never contradicting each other.
                            switch index % 7 {
                            case 1 where notice == nil: raw[.noticeMonths] = ["1", "3", "24"][index % 3]
                            case 2: raw[.autoRenew] = "no"
                            case 3: raw[.periodEnd] = ["month", "quarter", "year"][index % 3]
                            case 4: raw[.renewalTermMonths] = "12"
                            case 5: raw[.noticeSent] = today.adding(days: -(index % 40)).description
                            case 6: raw[.confirmed] = today.description
                            default: break
                            }
                            // Facts only unlisted vendors read: named as ignored, never applied.
                            if index % 11 == 0 { raw[.channel] = "email"; raw[.contact] = "cancel@example.com" }
                            grid.append((today, raw))
                            index += 1
                        }
                    }
                }
            }
        }
        // Every seat count, billing, switch and product together, on a few renewals.
        let today = todays[0]
        for renewal in [today.adding(days: 45).description, today.adding(days: -5).description, "2028-02-29"] {
            for seat in seats {
                for billing in billings {
                    for switches in 0..<8 {
                        for product in productIDs {
                            var raw: [Fact: String] = [.renewal: renewal]
                            raw[.seats] = seat
                            raw[.billing] = billing
                            raw[.product] = product
                            if switches & 1 != 0 { raw[.trial] = "true" }
                            if switches & 2 != 0 { raw[.salesAssisted] = "true" }
                            if switches & 4 != 0 { raw[.immediate] = "true" }
                            grid.append((today, raw))
                        }
                    }
                }
            }
        }
        return grid
    }
}

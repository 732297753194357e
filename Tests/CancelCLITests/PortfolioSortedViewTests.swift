@testable import CancelCLI
import CancelCore
import CancelPortfolio
import Testing

/// The sorted view keeps rows in raw item chunks and text blocks; these
/// check that every row comes back with its own text, in urgency order,
/// across chunk and block boundaries, and that a copy of the view keeps
/// its rows when either copy appends more.
@Suite struct PortfolioSortedViewTests {
    private let today = CalendarDate(dayNumber: 20_780)

    private func entry(line: Int, actionIn days: Int?) -> PortfolioEntry {
        let action = days.map { today.adding(days: $0) }
        return PortfolioEntry(line: line, vendorIndex: 0, status: days == nil ? .ok : .actSoon, action: .sendNotice,
                              channel: .email, roleBits: 0, missingBits: 0, today: today, deadline: action,
                              actionDate: action, endDate: nil, missedDeadline: nil)
    }

    /// The name, owner and reference of row `line`: empty, short and long.
    private func texts(_ line: Int) -> (String, String, String) {
        ("name \(line)", line % 3 == 0 ? "" : "owner é \(line)", line % 5 == 0 ? "ref-\(line)" : "")
    }

    private func append(_ line: Int, _ days: Int?, _ texts: (String, String, String), to view: inout PortfolioSortedView) {
        var name = Array(texts.0.utf8), owner = Array(texts.1.utf8), reference = Array(texts.2.utf8)
        name.withUnsafeMutableBufferPointer { name in
            owner.withUnsafeMutableBufferPointer { owner in
                reference.withUnsafeMutableBufferPointer { reference in
                    view.append(entry(line: line, actionIn: days),
                                text: PortfolioRowText(name: UnsafeBufferPointer(name), owner: UnsafeBufferPointer(owner),
                                                       reference: UnsafeBufferPointer(reference)))
                }
            }
        }
    }

    /// Every row as (line, name, owner, reference), in the view's order.
    private func rows(_ view: PortfolioSortedView) -> [(Int, String, String, String)] {
        var rows: [(Int, String, String, String)] = []
        view.forEach(in: 0..<view.count) { entry, text in
            rows.append((entry.line, text.name, text.owner, text.reference))
        }
        return rows
    }

    @Test func rowsComeBackWithTheirTextAcrossChunksInUrgencyOrder() {
        var view = PortfolioSortedView()
        // More rows than an item chunk holds (2^16), several text blocks.
        let count = 70_000
        let days = (0..<count).map { $0 % 7 == 0 ? nil : ($0 * 37) % 900 - 100 }
        for line in 0..<count { append(line, days[line], texts(line), to: &view) }
        view.sortByUrgency()
        let expected = (0..<count).map { entry(line: $0, actionIn: days[$0]) }.sorted(by: PortfolioEntry.urgencyOrder)
        let got = rows(view)
        #expect(got.count == count)
        #expect(got.map(\.0) == expected.map(\.line))
        #expect(got.allSatisfy { row in
            let (name, owner, reference) = texts(row.0)
            return row.1 == name && row.2 == owner && row.3 == reference
        })
    }

    @Test func aRowLongerThanABlockAndEmptyRowsKeepTheirText() {
        var view = PortfolioSortedView()
        let long = String(repeating: "x", count: (1 << 20) + 10)
        append(1, 5, ("", "", ""), to: &view)
        append(2, 4, (long, "o", "r"), to: &view)
        append(3, 3, ("", "", ""), to: &view)
        append(4, 2, ("n", long, ""), to: &view)
        view.sortByUrgency()
        let got = rows(view)
        #expect(got.map(\.0) == [4, 3, 2, 1])
        #expect(got[0].1 == "n" && got[0].2 == long && got[0].3 == "")
        #expect(got[1].1 == "" && got[1].2 == "" && got[1].3 == "")
        #expect(got[2].1 == long && got[2].2 == "o" && got[2].3 == "r")
    }

    /// Rows of vendors cancelctl has no rules for come back with their
    /// vendor as typed and with the id the view made once for it, the same
    /// as ``PortfolioPlanner/unlistedVendorID(typed:)`` makes from the
    /// bytes (spaces, control characters, Unicode, long names, and more
    /// names than the view's byte memory has slots).
    @Test func unlistedRowsComeBackWithTheirVendorAndItsID() {
        let spellings = ["Zoom", " Zoom ", "\tZoom", "zoom", "Zoom\u{7}", "Zoom\u{1B}[2J", "Zoöm", "Zoo\u{0301}m",
                         "=HYPERLINK(1)", String(repeating: "w", count: 90)] + (0..<600).map { "Vendor \($0 % 300)" }
        var view = PortfolioSortedView()
        for (line, vendor) in spellings.enumerated() {
            var bytes = Array(vendor.utf8), name = Array("row \(line)".utf8)
            bytes.withUnsafeMutableBufferPointer { bytes in
                name.withUnsafeMutableBufferPointer { name in
                    let base = entry(line: line, actionIn: line % 40)
                    let unlisted = PortfolioEntry(line: line, vendorIndex: PortfolioEntry.unlistedVendorIndex, status: base.status,
                                                  action: base.action, channel: base.channel, roleBits: 0, missingBits: 0,
                                                  today: today, deadline: base.deadline, actionDate: base.actionDate,
                                                  endDate: nil, missedDeadline: nil)
                    view.append(unlisted, text: PortfolioRowText(name: UnsafeBufferPointer(name), vendor: UnsafeBufferPointer(bytes)))
                }
            }
        }
        view.sortByUrgency()
        var seen = 0
        view.forEach(in: 0..<view.count) { entry, text in
            let typed = spellings[entry.line]
            #expect(text.name == "row \(entry.line)")
            #expect(text.vendor == typed, "line \(entry.line)")
            let id = String(decoding: text.unlistedVendorID, as: UTF8.self)
            var bytes = Array(typed.utf8)
            let expected = bytes.withUnsafeMutableBufferPointer { PortfolioPlanner.unlistedVendorID(typed: UnsafeBufferPointer($0)) }
            #expect(id == expected, "line \(entry.line): \(typed.debugDescription)")
            seen += 1
        }
        #expect(seen == spellings.count)
    }

    @Test func copiesKeepTheirRowsWhenEitherAppends() {
        var first = PortfolioSortedView()
        for line in 0..<100 { append(line, line, ("a\(line)", "b", "c"), to: &first) }
        var second = first
        for line in 100..<150 { append(line, line, ("first \(line)", "x", ""), to: &first) }
        for line in 100..<130 { append(line, line, ("second \(line)", "y", "z"), to: &second) }
        first.sortByUrgency()
        second.sortByUrgency()
        let one = rows(first), two = rows(second)
        #expect(one.count == 150 && two.count == 130)
        #expect(one.prefix(100).map(\.1) == (0..<100).map { "a\($0)" })
        #expect(two.prefix(100).map(\.1) == (0..<100).map { "a\($0)" })
        #expect(one.suffix(50).map(\.1) == (100..<150).map { "first \($0)" })
        #expect(two.suffix(30).map(\.1) == (100..<130).map { "second \($0)" })
        #expect(two.suffix(30).allSatisfy { $0.2 == "y" && $0.3 == "z" })
    }
}

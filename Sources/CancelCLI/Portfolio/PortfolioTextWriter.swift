import CancelCore
import CancelPortfolio

/// `--format text`: a table for an 80-column terminal, two lines per
/// subscription: the triage (name, vendor, status, date, days left, next
/// action), then how to cancel (channel, roles) and what to know (end date,
/// missed deadline, missing facts). Ids stay as ids; headings are localized.
struct PortfolioTextWriter: PortfolioRowWriter {
    let language: Language
    private let state = State()

    private final class State {
        var rows = 0
    }

    static let widths = (name: 22, vendor: 9, status: 11, date: 10, days: 5)

    func begin(_ out: ByteWriter) {
        let l = language
        let w = PortfolioTextWriter.widths
        out.append(pad(PortfolioLabels.name[l], w.name) + " " + pad(PortfolioLabels.vendor[l], w.vendor) + " "
                   + pad(PortfolioLabels.status[l], w.status) + " " + pad(PortfolioLabels.date[l], w.date) + " "
                   + leftPad(PortfolioLabels.days[l], w.days) + "  " + PortfolioLabels.action[l] + "\n")
    }

    func write(_ entry: PortfolioEntry, vendor: String, name: String, owner: String, to out: ByteWriter) {
        let l = language
        let w = PortfolioTextWriter.widths
        state.rows += 1
        let shownName = name.isEmpty ? "—" : truncate(name.replacingNewlines, w.name)
        out.append(pad(shownName, w.name)); out.append(byte: 0x20)
        out.append(pad(vendor, w.vendor)); out.append(byte: 0x20)
        out.append(pad(entry.status.rawValue, w.status)); out.append(byte: 0x20)
        if let date = entry.actionDate ?? entry.deadline { out.append(date) } else { out.append(String(repeating: " ", count: w.date)) }
        out.append(byte: 0x20)
        out.append(leftPad(entry.daysLeft.map(String.init) ?? "", w.days)); out.append("  ")
        out.append(entry.action.label[l]); out.append(byte: 0x0A)

        var details = entry.channel.rawValue + ": " + entry.requiredRoles.map(\.rawValue).joined(separator: ", ")
        if let missed = entry.missedDeadline { details += " · " + PortfolioLabels.missed[l] + " " + missed.description }
        if let end = entry.endDate { details += " · " + PortfolioLabels.ends[l] + " " + end.description }
        let missing = entry.missingFacts
        if !missing.isEmpty { details += " · " + PortfolioLabels.missing[l] + ": " + missing.map(\.rawValue).joined(separator: ", ") }
        if !owner.isEmpty { details += " · " + PortfolioLabels.owner[l] + ": " + owner.replacingNewlines }
        for text in TextWrapper.hanging(details, firstPrefix: "    ", width: 80) {
            out.append(text); out.append(byte: 0x0A)
        }
    }

    func end(_ out: ByteWriter) {
        if state.rows == 0 { out.append(PortfolioLabels.noRows[language] + "\n") }
    }

    func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    func leftPad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }

    func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

extension String {
    /// Line breaks (legal in quoted CSV fields) shown as spaces in a table.
    var replacingNewlines: String {
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
        return String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}

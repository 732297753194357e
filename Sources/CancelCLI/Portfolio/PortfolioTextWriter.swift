import CancelCore
import CancelPortfolio

/// `--format text`: a table for an 80-column terminal, two lines per
/// subscription: the triage (name, vendor, status, date, days left, next
/// action), then how to cancel (channel, roles) and what to know (end date,
/// missed deadline, missing facts, owner, reference). Headings and status
/// words follow `--lang`; columns are sized in characters from the words of
/// that language, so French headings sit over their data. Text from the file
/// is shown with control characters escaped. On a terminal, act-soon rows
/// are bold yellow, missed rows and notices sent late bold red. It ends with the counts by status and
/// the next three deadlines.
struct PortfolioTextWriter: PortfolioRowWriter {
    let language: Language
    let colour: Bool
    private let state = State()
    private let widths: Widths

    private final class State {
        var summary = PortfolioSummary()
    }

    struct Widths {
        var name: Int
        let vendor: Int
        let status: Int
        let date = 10
        let days: Int
        let action: Int
    }

    /// The widest line: 80 columns.
    static let lineWidth = 80
    static let nameWidth = 22

    init(language: Language, colour: Bool = false) {
        self.language = language
        self.colour = colour
        widths = PortfolioTextWriter.widths(language)
    }

    /// Each column as wide as its heading and its widest word in `l`; the
    /// name column gets what is left of 80 columns, at most 22.
    static func widths(_ l: Language) -> Widths {
        let status = max(PortfolioLabels.status[l].count, PortfolioStatus.allCases.map { $0.label[l].count }.max() ?? 0)
        let action = max(PortfolioLabels.action[l].count, PortfolioAction.allCases.map { $0.label[l].count }.max() ?? 0)
        var widths = Widths(name: nameWidth, vendor: max(9, PortfolioLabels.vendor[l].count), status: status,
                            days: max(5, PortfolioLabels.days[l].count), action: action)
        let rest = 1 + widths.vendor + 1 + widths.status + 1 + widths.date + 1 + widths.days + 2 + widths.action
        widths.name = max(8, min(nameWidth, lineWidth - rest))
        return widths
    }

    func begin(_ out: ByteWriter) {
        let l = language
        let w = widths
        out.append(pad(PortfolioLabels.name[l], w.name) + " " + pad(PortfolioLabels.vendor[l], w.vendor) + " "
                   + pad(PortfolioLabels.status[l], w.status) + " " + pad(PortfolioLabels.date[l], w.date) + " "
                   + leftPad(PortfolioLabels.days[l], w.days) + "  " + PortfolioLabels.action[l] + "\n")
    }

    func write(_ entry: PortfolioEntry, vendor: @autoclosure () -> String, text: PortfolioRowText,
               to out: inout ByteBuffer) {
        let vendor = vendor()
        let l = language
        let w = widths
        let name = UntrustedText.terminalSafe(text.name.replacingNewlines)
        state.summary.add(entry, vendor: vendor, name: name)
        var line = pad(name.isEmpty ? "—" : truncate(name, w.name), w.name) + " "
        line += pad(truncate(vendor, w.vendor), w.vendor) + " " + pad(entry.status.label[l], w.status) + " "
        line += (entry.actionDate ?? entry.deadline)?.description ?? String(repeating: " ", count: w.date)
        line += " " + leftPad(entry.daysLeft.map(String.init) ?? "", w.days) + "  " + entry.action.label[l]
        out.append(style(for: entry)?.apply(line, if: colour) ?? line)
        out.append(byte: 0x0A)

        var details = entry.channel.rawValue + TextLabels.colon[l] + entry.requiredRoles.map(\.rawValue).joined(separator: ", ")
        for detail in entry.trackingDetails(in: l) { details += " · " + detail }
        let missing = entry.missingFacts
        if !missing.isEmpty { details += " · " + PortfolioLabels.missing[l] + TextLabels.colon[l] + missing.map(\.rawValue).joined(separator: ", ") }
        if !text.owner.isEmpty { details += " · " + PortfolioLabels.owner[l] + TextLabels.colon[l] + safe(text.owner) }
        if !text.reference.isEmpty { details += " · " + PortfolioLabels.reference[l] + TextLabels.colon[l] + safe(text.reference) }
        for text in TextWrapper.hanging(details, firstPrefix: "    ", width: PortfolioTextWriter.lineWidth) {
            out.append(text); out.append(byte: 0x0A)
        }
    }

    func end(_ out: ByteWriter) {
        let l = language
        let summary = state.summary
        guard summary.rows > 0 else {
            out.append(PortfolioLabels.noRows[l] + "\n")
            return
        }
        let counts = summary.byStatus.filter { $0.count > 0 }.map { "\($0.count) " + $0.status.label[l] }
        out.append("\n")
        for text in TextWrapper.hanging(counts.joined(separator: " · "), firstPrefix: PortfolioLabels.summary[l] + TextLabels.colon[l],
                                        width: PortfolioTextWriter.lineWidth) {
            out.append(text); out.append(byte: 0x0A)
        }
        guard !summary.upcoming.isEmpty else { return }
        out.append(PortfolioLabels.nextDeadlines[l] + "\n")
        let daysWidth = summary.upcoming.map { PortfolioLabels.inDays($0.entry.daysLeft ?? 0)[l].count }.max() ?? 0
        for upcoming in summary.upcoming {
            let entry = upcoming.entry
            guard let deadline = entry.deadline, let days = entry.daysLeft else { continue }
            let subject = upcoming.name.isEmpty ? upcoming.vendor : upcoming.name + " (" + upcoming.vendor + ")"
            let line = "  " + deadline.description + "  " + leftPad(PortfolioLabels.inDays(days)[l], daysWidth) + "  " + subject
                + " — " + entry.action.label[l]
            out.append(truncate(line, PortfolioTextWriter.lineWidth)); out.append(byte: 0x0A)
        }
    }

    /// Free text of one line, made harmless for a terminal.
    private func safe(_ text: String) -> String {
        UntrustedText.terminalSafe(text.replacingNewlines)
    }

    private func style(for entry: PortfolioEntry) -> TerminalStyle? {
        if entry.late { return .deadline }
        switch entry.status {
        case .missed: return .deadline
        case .actSoon: return .soon
        default: return nil
        }
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

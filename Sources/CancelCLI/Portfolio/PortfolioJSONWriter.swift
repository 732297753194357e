import CancelCore
import CancelPortfolio

/// `--format jsonl` (one object per line) and `--format json` (one object:
/// `rows`, an array of the same objects, and `summary`, the counts by status
/// and the next three deadlines). Keys are fixed and never translated;
/// absent values are `null`, so every row has every key.
struct PortfolioJSONWriter: PortfolioRowWriter {
    let array: Bool
    private let state = State()

    /// JSON Lines rows stand alone; the array counts rows for its summary.
    var writesRowsIndependently: Bool { !array }

    private final class State {
        var first = true
        var summary = PortfolioSummary()
    }

    func begin(_ out: ByteWriter) {
        if array { out.append("{\"rows\":[") }
    }

    private func date(_ key: String, _ value: CalendarDate?, _ out: inout ByteBuffer) {
        out.append(key)
        if let value {
            out.append(byte: 0x22); out.append(value); out.append(byte: 0x22)
        } else {
            out.append("null")
        }
    }

    func write(_ entry: PortfolioEntry, vendor: @autoclosure () -> String, text: PortfolioRowText,
               to out: inout ByteBuffer) {
        let vendor = vendor()
        if array {
            out.append(state.first ? "\n  " : ",\n  ")
            state.first = false
            state.summary.add(entry, vendor: vendor, name: text.name)
        }
        out.append("{\"line\":"); out.append(entry.line)
        out.append(",\"name\":"); out.appendJSONString(text.name)
        out.append(",\"owner\":"); out.appendJSONString(text.owner)
        out.append(",\"reference\":"); out.appendJSONString(text.reference)
        out.append(",\"vendor\":"); out.appendJSONString(vendor)
        out.append(",\"status\":\""); out.append(entry.status.rawValue); out.append(byte: 0x22)
        self.date(",\"deadline\":", entry.deadline, &out)
        self.date(",\"endDate\":", entry.endDate, &out)
        out.append(",\"daysLeft\":")
        if let days = entry.daysLeft { out.append(days) } else { out.append("null") }
        out.append(",\"nextAction\":\""); out.append(entry.action.rawValue); out.append(byte: 0x22)
        self.date(",\"actionDate\":", entry.actionDate, &out)
        out.append(",\"channel\":\""); out.append(entry.channel.rawValue); out.append(byte: 0x22)
        out.append(",\"requiredRoles\":")
        out.append(ListText.jsonRoles[Int(entry.roleBits & ListText.roleMask)])
        self.date(",\"missedDeadline\":", entry.missedDeadline, &out)
        out.append(",\"missingFacts\":[")
        if entry.missingBits != 0 { out.append(entry.missingFacts.map { "\"" + $0.rawValue + "\"" }.joined(separator: ",")) }
        out.append("]")
        self.date(",\"noticeSent\":", entry.noticeSent, &out)
        self.date(",\"confirmed\":", entry.confirmed, &out)
        out.append(entry.late ? ",\"late\":true}" : ",\"late\":false}")
        if !array { out.append(byte: 0x0A) }
    }

    func end(_ out: ByteWriter) {
        guard array else { return }
        let summary = state.summary
        out.append(state.first ? "],\n" : "\n],\n")
        out.append("\"summary\":{\"counts\":{")
        for (index, item) in summary.byStatus.enumerated() {
            out.append((index == 0 ? "\"" : ",\"") + item.status.rawValue + "\":"); out.append(item.count)
        }
        out.append("},\"nextDeadlines\":[")
        for (index, upcoming) in summary.upcoming.enumerated() {
            let entry = upcoming.entry
            out.append(index == 0 ? "\n  " : ",\n  ")
            out.append("{\"line\":"); out.append(entry.line)
            out.append(",\"name\":"); out.appendJSONString(upcoming.name)
            out.append(",\"vendor\":"); out.appendJSONString(upcoming.vendor)
            out.append(",\"status\":\""); out.append(entry.status.rawValue); out.append(byte: 0x22)
            out.row { self.date(",\"deadline\":", entry.deadline, &$0) }
            out.append(",\"daysLeft\":")
            if let days = entry.daysLeft { out.append(days) } else { out.append("null") }
            out.append(",\"nextAction\":\""); out.append(entry.action.rawValue); out.append("\"}")
        }
        out.append(summary.upcoming.isEmpty ? "]}}\n" : "\n]}}\n")
    }
}

import CancelCore

/// `--format jsonl` (one object per line) and `--format json` (an array of
/// the same objects). Keys are fixed and never translated; absent values are
/// `null`, so every row has every key.
struct PortfolioJSONWriter: PortfolioRowWriter {
    let array: Bool
    private let state = State()

    private final class State {
        var first = true
    }

    func begin(_ out: ByteWriter) {
        if array { out.append("[") }
    }

    func write(_ entry: PortfolioEntry, vendor: String, name: String, owner: String, to out: ByteWriter) {
        if array {
            out.append(state.first ? "\n  " : ",\n  ")
            state.first = false
        }
        func date(_ key: String, _ value: CalendarDate?) {
            out.append(key)
            if let value {
                out.append(byte: 0x22); out.append(value); out.append(byte: 0x22)
            } else {
                out.append("null")
            }
        }
        out.append("{\"line\":"); out.append(entry.line)
        out.append(",\"name\":"); out.appendJSONString(name)
        out.append(",\"owner\":"); out.appendJSONString(owner)
        out.append(",\"vendor\":"); out.appendJSONString(vendor)
        out.append(",\"status\":\""); out.append(entry.status.rawValue); out.append(byte: 0x22)
        date(",\"deadline\":", entry.deadline)
        date(",\"endDate\":", entry.endDate)
        out.append(",\"daysLeft\":")
        if let days = entry.daysLeft { out.append(days) } else { out.append("null") }
        out.append(",\"nextAction\":\""); out.append(entry.action.rawValue); out.append(byte: 0x22)
        date(",\"actionDate\":", entry.actionDate)
        out.append(",\"channel\":\""); out.append(entry.channel.rawValue); out.append(byte: 0x22)
        out.append(",\"requiredRoles\":")
        out.append(ListText.jsonRoles[Int(entry.roleBits & ListText.roleMask)])
        date(",\"missedDeadline\":", entry.missedDeadline)
        out.append(",\"missingFacts\":[")
        if entry.missingBits != 0 { out.append(entry.missingFacts.map { "\"" + $0.rawValue + "\"" }.joined(separator: ",")) }
        out.append("]}")
        if !array { out.append(byte: 0x0A) }
    }

    func end(_ out: ByteWriter) {
        if array { out.append(state.first ? "]\n" : "\n]\n") }
    }
}

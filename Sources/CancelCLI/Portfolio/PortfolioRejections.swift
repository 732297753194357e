import CancelCore
import CancelPortfolio

/// The rejected rows of a run, reported so they scale: the first
/// ``shownLimit`` on stderr as `line N: reason`, then, when there were
/// more, one line per kind of problem with its count (200,000 rows with a
/// mistyped vendor give one summary line, not 33,000 error lines). The rows
/// themselves all go to `--errors`.
struct PortfolioRejections {
    static let shownLimit = 20

    private(set) var count = 0
    /// Kinds in order of first appearance, with their counts.
    private var kinds: [(label: String, count: Int)] = []
    private var kindIndex: [String: Int] = [:]

    /// Reports one rejected row: printed while under the limit, counted by kind.
    mutating func add(line: Int, message: String, kind: String, to err: ByteWriter, language l: Language) {
        count += 1
        if count <= PortfolioRejections.shownLimit {
            err.append(PortfolioLabels.line[l] + " \(line): " + UntrustedText.terminalSafe(message) + "\n")
        }
        if let index = kindIndex[kind] {
            kinds[index].count += 1
        } else if kinds.count < 100 {
            kindIndex[kind] = kinds.count
            kinds.append((kind, 1))
        }
    }

    /// The kind of an error from planning: the column and why, without the value.
    static func kind(of error: InputError, language l: Language) -> String {
        error.option + ": " + error.reason[l]
    }

    /// After the last row: how many were not shown, and the counts by kind.
    func finish(to err: ByteWriter, errorsPath: String?, language l: Language) {
        guard count > PortfolioRejections.shownLimit else { return }
        err.append(PortfolioLabels.moreRejected(count - PortfolioRejections.shownLimit, errorsPath: errorsPath)[l] + "\n")
        err.append(PortfolioLabels.rejectedByKind[l] + "\n")
        let width = String(kinds.map(\.count).max() ?? 0).count
        for kind in kinds.sorted(by: { $0.count > $1.count }) {
            let number = String(kind.count)
            err.append("  " + String(repeating: " ", count: max(0, width - number.count)) + number + "  " + kind.label + "\n")
        }
    }
}

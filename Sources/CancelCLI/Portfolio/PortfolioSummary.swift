import CancelCore
import CancelPortfolio

/// What closes a portfolio listing: how many rows are in each status, and
/// the next three deadlines from today. Built row by row as the writers
/// see them, so the streaming view keeps constant memory.
struct PortfolioSummary {
    /// One upcoming deadline.
    struct Upcoming {
        let entry: PortfolioEntry
        let vendor: String
        let name: String
    }

    static let upcomingCount = 3

    /// By ``PortfolioStatus/allCases`` order.
    private(set) var counts = [Int](repeating: 0, count: PortfolioStatus.allCases.count)
    /// The earliest deadlines on or after today, soonest first.
    private(set) var upcoming: [Upcoming] = []
    private(set) var rows = 0

    mutating func add(_ entry: PortfolioEntry, vendor: String, name: String) {
        rows += 1
        if let index = PortfolioStatus.allCases.firstIndex(of: entry.status) { counts[index] += 1 }
        guard let deadline = entry.deadline, deadline >= entry.today else { return }
        if upcoming.count == PortfolioSummary.upcomingCount,
           let last = upcoming.last?.entry.deadline, last <= deadline { return }
        let position = upcoming.firstIndex { ($0.entry.deadline ?? deadline) > deadline } ?? upcoming.count
        upcoming.insert(Upcoming(entry: entry, vendor: vendor, name: name), at: position)
        if upcoming.count > PortfolioSummary.upcomingCount { upcoming.removeLast() }
    }

    /// The count of each status, in ``PortfolioStatus/allCases`` order.
    var byStatus: [(status: PortfolioStatus, count: Int)] {
        zip(PortfolioStatus.allCases, counts).map { ($0, $1) }
    }
}

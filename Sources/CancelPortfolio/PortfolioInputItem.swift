import CancelCore

/// What a portfolio reader yields: a row to plan, or a line that cannot be
/// read as a row and why.
public enum PortfolioInputItem: Hashable, Sendable {
    case row(PortfolioRow)
    case rejected(line: Int, reason: LocalizedText)
}

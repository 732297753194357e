import CancelCore

/// A problem with a portfolio file as a whole (its header), found before
/// any row is read: reported once, and no row is planned.
public struct PortfolioFileError: Error, Hashable, Sendable {
    public let line: Int
    public let reason: LocalizedText

    public init(line: Int, reason: LocalizedText) {
        self.line = line
        self.reason = reason
    }
}

/// Which formats each subcommand can write: only a plan has dates for a
/// calendar and items for a checklist.
extension OutputFormat {
    public static func accepted(by subcommand: Subcommand) -> [OutputFormat] {
        switch subcommand {
        case .plan: return allCases
        case .vendors, .explain, .notice, .help: return [.text, .json]
        case .portfolio: return [.text, .json, .ics]  // its own parser adds csv and jsonl
        }
    }
}

/// The subcommands `cancelctl` understands.
public enum Subcommand: String, CaseIterable, Sendable {
    case plan
    case vendors
    case explain
    case portfolio
    case help
}

/// The subcommands `cancelctl` understands.
public enum Subcommand: String, CaseIterable, Sendable {
    case plan
    case vendors
    case explain
    case notice
    case portfolio
    case help
}

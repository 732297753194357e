/// How a command prints its answer.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text
    case json
    case markdown
    case ics
}

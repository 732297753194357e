import CancelCore

/// A command line split against one ``Command``'s declaration: every option
/// known, given once, with a non-blank value when it takes one; `--lang` and
/// `--format` already checked against what the command accepts.
public struct ParsedArguments: Sendable {
    public let command: Command
    /// Option values by name, without the dashes; switches map to "true".
    public let values: [String: String]
    public let positionals: [String]
    public let language: Language

    public subscript(_ name: String) -> String? { values[name] }

    /// The checked `--format` value, the command's first format by default.
    public var format: String { values["format"] ?? command.formats.first ?? "text" }
}

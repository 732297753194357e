import CancelCore

/// One subcommand, declared once: its name, what it does, what it accepts
/// and how it turns parsed arguments into a request. Usage lines, help
/// pages, "did you mean" and option validation are all derived from these
/// declarations (``CommandTable``), so a new subcommand is a folder under
/// `Commands/` and one line in the table.
public struct Command: Sendable, Equatable, CustomStringConvertible {
    /// The word typed after `cancelctl`.
    public let name: String
    let overview: LocalizedText
    /// The placeholder of the positional arguments in the usage line
    /// (`<file|->`), nil when the command takes none.
    let positional: String?
    /// How many positional arguments it takes at most.
    let maxPositionals: Int
    /// True when the positional argument must be given (shown bare in the
    /// usage line rather than in brackets).
    let requiresPositional: Bool
    /// Options in help order; `--help` is added to every command.
    let options: [OptionSpec]
    /// The values `--format` accepts; the first is the default.
    let formats: [String]
    /// Command lines shown under `EXAMPLES:`, already wrapped to 80 columns.
    let examples: [String]
    /// Further help sections below the options: an untranslated heading
    /// (like `USAGE:`) and a translated paragraph.
    let sections: [(heading: String, body: LocalizedText)]
    /// Checked arguments in, a request that cannot fail on input out.
    let parse: @Sendable (ParsedArguments, CommandLineParser) throws(UsageError) -> any CommandRequest

    init(name: String, overview: LocalizedText, positional: String? = nil, maxPositionals: Int = 0, requiresPositional: Bool = false,
         options: [OptionSpec], formats: [String] = [], examples: [String] = [],
         sections: [(heading: String, body: LocalizedText)] = [],
         parse: @escaping @Sendable (ParsedArguments, CommandLineParser) throws(UsageError) -> any CommandRequest) {
        self.name = name
        self.overview = overview
        self.positional = positional
        self.maxPositionals = maxPositionals
        self.requiresPositional = requiresPositional
        self.options = options + [.help]
        self.formats = formats
        self.examples = examples
        self.sections = sections
        self.parse = parse
    }

    /// The command of this name, nil when none.
    public init?(rawValue name: String) {
        guard let command = CommandTable.all.first(where: { $0.name == name }) else { return nil }
        self = command
    }

    public var rawValue: String { name }
    public var description: String { name }

    /// Every command, in the order help lists them.
    public static var allCases: [Command] { CommandTable.all }

    public static func == (lhs: Command, rhs: Command) -> Bool { lhs.name == rhs.name }

    /// The option of this name, nil when the command has none.
    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}

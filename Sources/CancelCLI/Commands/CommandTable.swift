/// The subcommands, in the order help lists them. Adding a subcommand is a
/// folder under `Commands/` declaring a ``Command`` and one entry here.
enum CommandTable {
    static let all: [Command] = [
        .plan,
        .vendors,
        .explain,
        .notice,
        .portfolio,
        .help,
    ]
}

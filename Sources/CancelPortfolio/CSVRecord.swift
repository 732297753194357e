import CancelCore

/// One record of a CSV file: its fields, the line it starts on, and what is
/// wrong with it when it is malformed.
public struct CSVRecord: Hashable, Sendable {
    public var fields: [String]
    /// The 1-based line of the input the record starts on.
    public let line: Int
    public var problem: CSVProblem?

    public init(fields: [String], line: Int, problem: CSVProblem? = nil) {
        self.fields = fields
        self.line = line
        self.problem = problem
    }
}

/// Why a CSV record is malformed, in words for the error line.
public enum CSVProblem: String, Hashable, Sendable {
    case unterminatedQuote = "unterminated-quote"
    case textAfterQuote = "text-after-quote"
    case invalidUTF8 = "invalid-utf8"

    public var message: LocalizedText {
        switch self {
        case .unterminatedQuote:
            return LocalizedText(en: "a quoted field is not closed before the end of the file",
                                 fr: "un champ entre guillemets n’est pas fermé avant la fin du fichier")
        case .textAfterQuote:
            return LocalizedText(en: "text follows a closing quote (double a quote inside a quoted field: \"\")",
                                 fr: "du texte suit un guillemet fermant (doublez un guillemet dans un champ entre guillemets : \"\")")
        case .invalidUTF8:
            return LocalizedText(en: "the line is not valid UTF-8 text (save the file as UTF-8)",
                                 fr: "la ligne n’est pas du texte UTF-8 valide (enregistrez le fichier en UTF-8)")
        }
    }
}

/// Where one field of the record just read lies in the reader's bytes.
public struct CSVFieldSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// True for a quoted field that holds doubled quotes (`""`).
    public var hasEscapes: Bool
}

/// A record read without building its fields (``CSVReader/nextRaw()``).
public struct CSVRawRecord: Hashable, Sendable {
    /// The 1-based line the record starts on.
    public let line: Int
    public let problem: CSVProblem?
    public let fieldCount: Int
}

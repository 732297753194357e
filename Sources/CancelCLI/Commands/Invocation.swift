import CancelCore

/// What the user asked for, fully checked: running it cannot fail on input.
public struct Invocation: Sendable, Equatable {
    public let request: any CommandRequest

    public init(_ request: any CommandRequest) {
        self.request = request
    }

    public static func help(_ topic: Command?, _ language: Language) -> Invocation {
        Invocation(HelpRequest(topic: topic, language: language))
    }

    public static let version = Invocation(VersionRequest())

    public static func == (lhs: Invocation, rhs: Invocation) -> Bool {
        lhs.request.isEqual(to: rhs.request)
    }
}

extension Fact {
    /// ``allCases`` built once: the synthesized property builds its array on
    /// every call, which showed in portfolio profiles (eleven lookups a row).
    static let cases = Fact.allCases

    /// The fact's position in ``Fact/allCases``, for readers that keep a
    /// row's values in an array indexed by fact (a dictionary per row showed
    /// in profiles at a million rows). A scan of the cached cases: a few
    /// byte comparisons, no per-fact code to keep in step with the enum.
    public var index: Int {
        Fact.cases.firstIndex(of: self) ?? 0
    }
}

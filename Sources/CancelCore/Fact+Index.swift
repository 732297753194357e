extension Fact {
    /// The fact's position in ``Fact/allCases``, for readers that keep a
    /// row's values in an array indexed by fact (a dictionary per row showed
    /// in profiles at a million rows).
    public var index: Int { order }
}

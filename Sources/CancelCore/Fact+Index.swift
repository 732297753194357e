extension Fact {
    /// ``allCases`` built once: the synthesized property builds its array on
    /// every call.
    static let cases = Fact.allCases

    /// The fact's position in ``Fact/allCases``, for readers that keep a
    /// row's values in an array indexed by fact (a dictionary per row showed
    /// in profiles at a million rows).
    ///
    /// A payload-free enum is stored as the index of its case in declaration
    /// order (Swift's type layout), which is the order `allCases` lists: that
    /// byte is read directly, as a scan of the cases cost ~190 instructions a
    /// lookup, nine lookups a portfolio row. A test checks every case against
    /// `allCases`; a layout wider than a byte falls back to the scan.
    public var index: Int {
        MemoryLayout<Fact>.size == 1 ? Int(unsafeBitCast(self, to: UInt8.self)) : Fact.cases.firstIndex(of: self) ?? 0
    }
}

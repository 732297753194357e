/// One row's facts as UTF-8 cells inside a reader's buffer, each found by a
/// pair of offsets: what ``FactParser`` reads a portfolio row from. A plain
/// value rather than a closure per cell, which cost about 30 instructions a
/// fact; a generic parser over a protocol of cells cost more still.
/// Valid only while the buffer it points into is. Package-only: the reader
/// that makes it guarantees each pair index lies within `pairs`, which is
/// not checked again here (the offsets are).
@usableFromInline package struct FactCells {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    /// Offset pairs (start, end) into `bytes`.
    @usableFromInline let pairs: UnsafePointer<UInt32>
    /// For each fact, in ``Fact/allCases`` order, the pair holding its
    /// cell, or -1 when there is none.
    @usableFromInline let pairOfFact: UnsafeBufferPointer<Int32>
    /// A product given apart from the cells (a vendor name that implies
    /// one); nil to read the product's cell.
    @usableFromInline let product: UnsafeBufferPointer<UInt8>?

    /// `pairOfFact` has one entry per fact, each -1 or a pair whose offsets
    /// lie within `bytes` (a pair outside them reads as an empty cell).
    @inlinable
    package init(bytes: UnsafeBufferPointer<UInt8>, pairs: UnsafePointer<UInt32>, pairOfFact: UnsafeBufferPointer<Int32>,
                product: UnsafeBufferPointer<UInt8>? = nil) {
        self.bytes = bytes
        self.pairs = pairs
        self.pairOfFact = pairOfFact
        self.product = product
    }

    /// The bytes of fact number `index` (``Fact/index``), empty when not given.
    @inlinable @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        if index == Fact.product.index, let product { return product }
        guard index < pairOfFact.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let pair = Int(pairOfFact[index])
        guard pair >= 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = Int(pairs[2 &* pair]), end = Int(pairs[2 &* pair &+ 1])
        guard start < end, end <= bytes.count, let base = bytes.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + start, count: end &- start)
    }
}

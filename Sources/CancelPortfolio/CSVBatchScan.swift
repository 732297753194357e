import CancelCore

extension CSVReader {
    /// Reads the records that follow straight into rows of `storage`, with
    /// no span per field: each field's offsets go to the row's next pair
    /// (``CellLayout``: a pair per field, in order) as soon as its
    /// delimiter is found, then the record's bytes are copied once. What
    /// ``nextRaw()`` then `PortfolioReader` did per record, in one loop.
    ///
    /// Eight bytes a step: each word's delimiters are found exactly with bit
    /// operations, and only those positions are visited; line feeds and
    /// quotes are tested for together, and sorted out only in the word that
    /// has one.
    ///
    /// Stops, with nothing of it consumed, at the first record it does not
    /// take, for ``nextRaw()`` to read: one not whole in the window, a
    /// quoted field with a line break or text after its closing quote,
    /// other than `layout.fieldCount` fields, invalid UTF-8, doubled quotes
    /// in a field past the 64th. Also stops once `storage` holds `rowLimit`
    /// rows or `byteLimit` bytes. A blank record is skipped as ``nextRaw()``
    /// skips it.
    mutating func scanPlainRecords(into storage: RecordBatchStorage, rowLimit: Int, byteLimit: Int) {
        let layout = storage.layout
        // (An ASCII delimiter other than a line end or quote: what
        // CSVDelimiter gives; anything else is read by the general scan.)
        guard layout.scansWords, delimiter < 0x80, delimiter != 0x0A, delimiter != 0x0D, delimiter != 0x22 else { return }
        start()
        let expected = layout.fieldCount
        let rowWidth = 2 * layout.width
        let readFields = layout.readFields
        let delimiter = self.delimiter
        let end = window.end
        let rowLimit = min(rowLimit, storage.rowCapacity)
        var position = self.position
        var line = self.line
        var lastStart = -1
        window.storage.withUnsafeBufferPointer { buffer in
          layout.factCells.withUnsafeBufferPointer { factCells in
              guard let base = buffer.baseAddress else { return }
              // (None when the header has no fact column.)
              let facts = factCells.baseAddress, factCount = factCells.count
              let ones: UInt64 = 0x0101_0101_0101_0101
              let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, highs: UInt64 = 0x8080_8080_8080_8080
              let lowDelimiters = ones &* UInt64(delimiter & 0x7F), lowLineFeeds = ones &* 0x0A, lowQuotes = ones &* 0x22
              records: while storage.count < rowLimit && storage.byteCount < byteLimit {
                  let recordStart = position
                  let row = storage.count
                  let cells = storage.cells + row &* rowWidth
                  // Fields past the header's count are written on (into
                  // the next row or ``CellLayout/slack``) until the next
                  // word, and the record refused: its row is written again.
                  let lastCell = cells + 2 &* expected
                  var next = cells
                  // Where the record's bytes will be in the batch, less where they are now.
                  let shift = storage.byteCount &- recordStart
                  var fieldStart = recordStart
                  var bits: UInt64 = 0
                  var quoted = false
                  /// Fields (by index) that hold doubled quotes.
                  var escaped: UInt64 = 0
                  var contentEnd = 0
                  var recordEnd = 0
                  /// The next field is `start..<stop` of the window.
                  @inline(__always) func store(_ start: Int, _ stop: Int) {
                      next[0] = UInt32(truncatingIfNeeded: start &+ shift)
                      next[1] = UInt32(truncatingIfNeeded: stop &+ shift)
                      next += 2
                  }
                  var pos = recordStart
                  words: while pos &+ 8 <= end {
                      guard next <= lastCell else { break records }
                      let word = UInt64(littleEndian: UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self))
                      // Per byte, bit 7 of `x &+ lows` is set when the low
                      // seven bits of `x` are not all zero; a byte with
                      // bit 7 set is none of the ASCII bytes looked for.
                      let low = word & lows
                      let delimitersFound = ~(((low ^ lowDelimiters) &+ lows) | word) & highs
                      let notLineFeed = (low ^ lowLineFeeds) &+ lows, notQuote = (low ^ lowQuotes) &+ lows
                      if ((notLineFeed & notQuote) | word) & highs == highs {
                          // Most words: delimiters only, all of this record.
                          bits |= word
                          var found = delimitersFound
                          while found != 0 {
                              let at = pos &+ (found.trailingZeroBitCount &>> 3)
                              store(fieldStart, at)
                              fieldStart = at &+ 1
                              found &= found &- 1
                          }
                          pos &+= 8
                          continue
                      }
                      let lineFeedsFound = ~(notLineFeed | word) & highs, quotesFound = ~(notQuote | word) & highs
                      var found = delimitersFound | lineFeedsFound | quotesFound
                      while found != 0 {
                          let zeros = found.trailingZeroBitCount
                          let at = pos &+ (zeros &>> 3)
                          let bit = found & (0 &- found)
                          found &= found &- 1
                          if delimitersFound & bit != 0 {
                              store(fieldStart, at)
                              fieldStart = at &+ 1
                          } else if lineFeedsFound & bit != 0 {
                              let stop = at > fieldStart && base[at &- 1] == 0x0D ? at &- 1 : at
                              store(fieldStart, stop)
                              contentEnd = stop
                              recordEnd = at &+ 1
                              // Only the word's bytes up to the line feed are this record's.
                              let kept = UInt64(zeros &>> 3 &+ 1) &* 8
                              bits |= kept >= 64 ? word : word & ((1 &<< kept) &- 1)
                              break words
                          } else if at == fieldStart {
                              // A quoted field: find its closing quote. (A quote
                              // inside an unquoted field is text.)
                              bits |= word
                              quoted = true
                              var close = at &+ 1
                              var escapes = false
                              while true {
                                  if close &+ 8 <= end {
                                      // Eight bytes at a time up to the next quote or line feed.
                                      let inside = UInt64(littleEndian: UnsafeRawPointer(base + close).loadUnaligned(as: UInt64.self))
                                      let insideLow = inside & lows
                                      let special = ~((((insideLow ^ lowLineFeeds) &+ lows) & ((insideLow ^ lowQuotes) &+ lows))
                                                      | inside) & highs
                                      // (Bytes past the quote may be counted too: at worst
                                      // a record is validated that did not need it.)
                                      bits |= inside
                                      if special == 0 {
                                          close &+= 8
                                          continue
                                      }
                                      close &+= special.trailingZeroBitCount &>> 3
                                  }
                                  guard close < end else { break records }
                                  let inner = base[close]
                                  if inner == 0x22 {
                                      guard close &+ 1 < end else { break records }
                                      if base[close &+ 1] != 0x22 { break }
                                      escapes = true
                                      close &+= 2
                                      continue
                                  }
                                  if inner == 0x0A { break records }
                                  bits |= UInt64(inner)
                                  close &+= 1
                              }
                              if escapes {
                                  let field = (next - cells) &>> 1
                                  guard field < 64 else { break records }
                                  escaped |= 1 &<< UInt64(field)
                              }
                              let after = base[close &+ 1]
                              if after == delimiter {
                                  store(at &+ 1, close)
                                  fieldStart = close &+ 2
                                  pos = close &+ 2
                                  continue words
                              } else if after == 0x0A {
                                  store(at &+ 1, close)
                                  recordEnd = close &+ 2
                                  break words
                              } else if after == 0x0D && close &+ 2 < end && base[close &+ 2] == 0x0A {
                                  store(at &+ 1, close)
                                  recordEnd = close &+ 3
                                  break words
                              }
                              break records
                          }
                      }
                      bits |= word
                      pos &+= 8
                  }
                  guard recordEnd > 0 else { break records }
                  let fields = (next - cells) &>> 1
                  if !quoted && contentEnd &- recordStart == fields &- 1 {
                      // Blank: only delimiters, if any.
                      position = recordEnd
                      line &+= 1
                      continue records
                  }
                  guard fields == expected else { break records }
                  if bits & highs != 0,
                     !UTF8Validation.isValid(UnsafeBufferPointer(start: base + recordStart, count: recordEnd &- recordStart)) {
                      break records
                  }
                  let length = recordEnd &- recordStart
                  escaped &= readFields
                  storage.reserve(bytes: escaped == 0 ? length : 2 &* length)
                  let start = storage.byteCount
                  UnsafeMutableRawPointer(storage.bytes + start).copyMemory(from: base + recordStart, byteCount: length)
                  storage.byteCount = start &+ length
                  if storage.keepsRaw { storage.setRaw(row, start: start, end: start &+ length) }
                  while escaped != 0 {
                      let field = escaped.trailingZeroBitCount
                      escaped &= escaped &- 1
                      let from = Int(cells[2 &* field]) &- shift, to = Int(cells[2 &* field &+ 1]) &- shift
                      storage.setUnescaped(row, pair: field, from: UnsafeBufferPointer(start: base + from, count: to &- from))
                  }
                  var given: UInt32 = 0
                  if let facts {
                      var fact = facts
                      let factsEnd = facts + factCount
                      while fact < factsEnd {
                          let pair = Int(fact[0])
                          if cells[pair &+ 1] > cells[pair] { given |= fact[1] }
                          fact += 2
                      }
                  }
                  storage.lines[row] = line
                  storage.givens[row] = given
                  storage.count = row &+ 1
                  line &+= 1
                  lastStart = recordStart
                  position = recordEnd
              }
          }
        }
        if lastStart >= 0 {
            // The last record taken is the current one, with no spans kept.
            rawStart = lastStart
            rawEnd = position
            wordSpanCount = 0
        }
        self.position = position
        self.line = line
    }
}

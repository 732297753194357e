extension CalendarDate {
    /// The date written the way a reader of `language` expects:
    /// "November 22, 2026" or "22 novembre 2026" ("1er" for the first).
    public func formatted(in language: Language) -> String {
        let (year, month, day) = components
        switch language {
        case .en:
            return "\(CalendarDate.englishMonths[month - 1]) \(day), \(year)"
        case .fr:
            return "\(day == 1 ? "1er" : String(day)) \(CalendarDate.frenchMonths[month - 1]) \(year)"
        }
    }

    /// Both languages side by side, for building a ``LocalizedText``.
    public var localized: LocalizedText {
        LocalizedText(en: formatted(in: .en), fr: formatted(in: .fr))
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                               "août", "septembre", "octobre", "novembre", "décembre"]
}

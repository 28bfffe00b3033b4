/// TIMEX3 types.
public enum TimexType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// Which way a relative expression points, decided from the tense around it.
public enum Tense: String, Sendable, Codable {
    case past, present, future, unknown
}

/// A temporal expression found in a text, normalized.
public struct TimeExpression: Hashable, Sendable {
    /// Unicode-scalar offsets into the tagged text, end exclusive.
    public var range: Range<Int>
    public var text: String
    public var type: TimexType
    /// The normalized value, its interval (for dates) and its basis.
    public var date: DateValue
    /// The tense of the clause around the expression ("said Friday" is past; "will meet on Monday" future).
    public var tense: Tense
    /// The precision the phrase names, whatever its anchor allowed: "on Monday" names a day even when
    /// the document's date is only known to the year.
    public var nominalPrecision: Precision = .none

    public init(range: Range<Int>, text: String, type: TimexType, date: DateValue, tense: Tense = .unknown, nominalPrecision: Precision = .none) {
        self.range = range
        self.text = text
        self.type = type
        self.date = date
        self.tense = tense
        self.nominalPrecision = nominalPrecision
    }

    /// TIMEX3 value.
    public var value: String { date.value }
}

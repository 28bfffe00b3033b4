extension DateValue {
    /// Reads an anchored TIMEX3 / ISO 8601 value: `2024-02-16`, `2024-02-16T19:17[:ss][Z]`,
    /// `2024-02-16 19:17`, `2024-02`, `2024`, `2024-W06`, `2024-Q1`, `2024-H2`. Returns nil for anything else,
    /// including impossible days such as `2024-02-30`.
    public init?(parsing text: String, basis: Basis = Basis(.given)) {
        let trimmed = text.trimmingSpaces
        var datePart = Substring(trimmed)
        var timePart: Substring?
        if let t = trimmed.firstIndex(where: { $0 == "T" || $0 == " " }) {
            datePart = trimmed[..<t]
            timePart = trimmed[trimmed.index(after: t)...]
        }
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = fields.first, first.count == 4, first.allSatisfy(\.isASCIIDigit), let year = Int(first) else { return nil }
        switch fields.count {
        case 1:
            guard timePart == nil, let v = DateValue.year(year, basis: basis) else { return nil }
            self = v
        case 2:
            let f = fields[1]
            guard timePart == nil else { return nil }
            if f.hasPrefix("W"), let w = Int(f.dropFirst()), let v = DateValue.week(isoYear: year, week: w, basis: basis) {
                self = v
            } else if f.hasPrefix("Q"), let q = Int(f.dropFirst()), let v = DateValue.quarter(year: year, quarter: q, basis: basis) {
                self = v
            } else if f.hasPrefix("H"), let h = Int(f.dropFirst()), let v = DateValue.half(year: year, half: h, basis: basis) {
                self = v
            } else if f.count == 2, f.allSatisfy(\.isASCIIDigit), let m = Int(f), let v = DateValue.month(year: year, month: m, basis: basis) {
                self = v
            } else {
                return nil
            }
        case 3:
            guard let day = Day(iso: datePart) else { return nil }
            guard let timePart else {
                self = .day(day, basis: basis)
                return
            }
            var clock = timePart
            if clock.hasSuffix("Z") { clock = clock.dropLast() }
            let hm = clock.split(separator: ":", omittingEmptySubsequences: false)
            guard hm.count >= 2, hm.count <= 3, hm.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) }),
                  let h = Int(hm[0]), let m = Int(hm[1]), h < 24, m < 60 else { return nil }
            if hm.count == 3, let s = Int(hm[2]), s >= 60 { return nil }
            self = .minute(day, hour: h, minute: m, basis: basis)
        default:
            return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

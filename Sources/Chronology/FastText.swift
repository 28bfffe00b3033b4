/// Scalar-level text helpers with ASCII fast paths. Iterating `Character`s (grapheme breaking) and
/// Unicode property lookups dominated the profiles of cleaning and extraction; news text is mostly
/// ASCII, so the common case never reaches the property tables.
public enum FastText {
    /// A letter, or a combining mark that belongs to the letter before it.
    @inline(__always) public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 32) >= 97 && (c.value | 32) <= 122 }
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always) public static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return isDigit(c) || ((c.value | 32) >= 97 && (c.value | 32) <= 122) }
        return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value == 32 || (c.value >= 9 && c.value <= 13) }
        return c.properties.isWhitespace
    }

    @inline(__always) public static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 65 && c.value <= 90 }
        return c.properties.isUppercase
    }

    /// The text of a run of scalars, UTF-8 encoded straight into the string's storage: appending to a
    /// `String.UnicodeScalarView` goes through generic sequence code, one scalar at a time.
    public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else {
                    for byte in UTF8.encode(scalar)! {
                        buffer[n] = byte
                        n += 1
                    }
                }
            }
            return n
        }
    }

    /// The scalars of `text`, decoded from its UTF-8 bytes in one pass: `Array(text.unicodeScalars)`
    /// counts the scalars first and then copies them through the generic sequence path.
    public static func scalars(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [Unicode.Scalar] = []
            result.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    result.append(Unicode.Scalar(lead))
                    i += 1
                    continue
                }
                // A String's bytes are valid UTF-8, so the lead byte tells the length.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += length
            }
            return result
        }
    }

    /// How many times `needle` occurs in `text`, without overlaps, by UTF-8 bytes: Foundation's
    /// `contains` and `components(separatedBy:)` go through NSString and showed up in every profile.
    public static func occurrences(of needle: String, in text: String, stopAfter limit: Int = .max) -> Int {
        var count = 0
        matches(of: needle, in: text) { _, _, _ in
            count += 1
            return count >= limit ? nil : .afterMatch
        }
        return count
    }

    public static func contains(_ text: String, _ needle: String) -> Bool {
        needle.isEmpty || occurrences(of: needle, in: text, stopAfter: 1) > 0
    }

    /// The offset of the last occurrence of `needle` in `scalars`, nil when there is none; a search from
    /// the end without bridging to `NSString` (`range(of:options: .backwards)` does).
    public static func lastOffset(of needle: String, in scalars: [Unicode.Scalar]) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return nil }
        var start = scalars.count - pattern.count
        while start >= 0 {
            var k = 0
            while k < pattern.count && scalars[start + k] == pattern[k] { k += 1 }
            if k == pattern.count { return start }
            start -= 1
        }
        return nil
    }

    /// Whether `phrase` occurs in `text` with no letter right before or after it ("share" in "share this",
    /// not in "shareholders"), by UTF-8 bytes.
    public static func containsWholePhrase(_ text: String, _ phrase: String) -> Bool {
        var found = false
        matches(of: phrase, in: text) { h, i, length in
            found = !letter(endingAt: i, in: h) && !letter(startingAt: i + length, in: h)
            return found ? nil : .nextByte
        }
        return found
    }

    private enum Resume { case afterMatch, nextByte }

    /// Calls `onMatch` with the text's bytes, the offset and the length of each match of `needle`, left
    /// to right, resuming where it says; nil stops the search.
    private static func matches(of needle: String, in text: String,
                                _ onMatch: (UnsafeBufferPointer<UInt8>, Int, Int) -> Resume?) {
        var haystack = text, pattern = needle
        haystack.withUTF8 { h in
            pattern.withUTF8 { n in
                guard !n.isEmpty, h.count >= n.count else { return }
                var i = 0
                let first = n[0], last = h.count - n.count
                search: while i <= last {
                    guard h[i] == first else { i += 1; continue }
                    for k in 1..<n.count where h[i + k] != n[k] {
                        i += 1
                        continue search
                    }
                    switch onMatch(h, i, n.count) {
                    case .afterMatch?: i += n.count
                    case .nextByte?: i += 1
                    case nil: return
                    }
                }
            }
        }
    }

    /// Whether the scalar whose UTF-8 bytes start at `i` is a letter (false at the end of the text).
    private static func letter(startingAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i < bytes.count else { return false }
        var end = i + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return letter(bytes[i..<end])
    }

    /// Whether the scalar whose UTF-8 bytes end before `i` is a letter (false at the start of the text).
    private static func letter(endingAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return letter(bytes[start..<i])
    }

    private static func letter(_ encoded: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if encoded.count == 1 { return isLetter(Unicode.Scalar(encoded[encoded.startIndex])) }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: encoded), as: UTF8.self).unicodeScalars.first else { return false }
        return isLetter(scalar)
    }

    /// Lowercase, with a byte buffer for the ASCII case.
    public static func lowercased(_ text: String) -> String {
        let count = text.utf8.count
        var isASCII = true
        let lowered = String(unsafeUninitializedCapacity: count) { buffer in
            var n = 0
            for b in text.utf8 {
                if b >= 128 {
                    isASCII = false
                    return 0
                }
                buffer[n] = b >= 65 && b <= 90 ? b + 32 : b
                n += 1
            }
            return n
        }
        return isASCII ? lowered : text.lowercased()
    }

    /// The maximal runs of scalars for which `isPart` holds, optionally lowercased. Gathered as UTF-8
    /// bytes, ASCII lowercased on the way: sentences are split into words several times each.
    public static func words(_ text: String, lowercase: Bool = false, where isPart: (Unicode.Scalar) -> Bool) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var hasNonASCII = false
        func flush() {
            let word = String(decoding: current, as: UTF8.self)
            // Beyond ASCII, the whole word is lowercased at once (a final sigma depends on its place).
            result.append(lowercase && hasNonASCII ? word.lowercased() : word)
            current.removeAll(keepingCapacity: true)
            hasNonASCII = false
        }
        for c in text.unicodeScalars {
            if isPart(c) {
                if c.isASCII {
                    let b = UInt8(c.value)
                    current.append(lowercase && b >= 65 && b <= 90 ? b + 32 : b)
                } else {
                    hasNonASCII = true
                    UTF8.encode(c) { current.append($0) }
                }
            } else if !current.isEmpty {
                flush()
            }
        }
        if !current.isEmpty { flush() }
        return result
    }

    /// `text` without leading and trailing scalars that are neither letters nor digits.
    public static func trimmingNonWord(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: isLetterOrDigit) else { return text[text.endIndex...] }
        let last = scalars.lastIndex(where: isLetterOrDigit)!
        return Substring(scalars[first...last])
    }
}

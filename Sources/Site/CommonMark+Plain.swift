/// The HTML libcmark would give for the simplest Markdown, made without calling it: one line of literal
/// text (every Markdown character backslash-escaped, as `MarkdownText.escaped` writes it), optionally
/// ending in " (*emphasis*)". That is the shape of every event summary, and a build renders each summary
/// twice (list item and event page); libcmark's parser allocates enough per call that it cost 5% of a
/// 10,000-article build. Anything else returns nil and goes to libcmark: the fast path only accepts text
/// whose rendering it can state exactly (a test compares the two on tricky inputs and on every summary of
/// the seeds).
enum PlainMarkdown {
    static func html(_ markdown: String) -> String? {
        // Contiguous UTF-8 is the norm for Swift strings; another one just takes libcmark's path.
        markdown.utf8.withContiguousStorageIfAvailable { html($0) } ?? nil
    }

    private static func html(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.first, let last = bytes.last else { return nil }
        // A line that starts with a letter (or a non-ASCII character, or an opening quote or parenthesis)
        // cannot open a block: no list marker, heading, quote, fence, indented code or HTML block.
        guard isLetter(first) || first >= 0x80 || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
            || first == UInt8(ascii: "(") else { return nil }
        // Trailing spaces are stripped by libcmark: leave them to it.
        guard last != UInt8(ascii: " ") else { return nil }
        // The optional emphasis at the end: " (*X*)" with X starting and ending in an ASCII letter or
        // digit, so both asterisks are flanking the way that makes them emphasis.
        var textEnd = bytes.count
        var emphasis: Range<Int>?
        if bytes.count >= 7, last == UInt8(ascii: ")"), bytes[bytes.count - 2] == UInt8(ascii: "*") {
            guard let open = openingOfEmphasis(bytes) else { return nil }
            let inner = (open + 2)..<(bytes.count - 2)
            guard !inner.isEmpty, isAlphanumeric(bytes[inner.lowerBound]), isAlphanumeric(bytes[inner.upperBound - 1]) else { return nil }
            emphasis = inner
            textEnd = open - 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        out.append(contentsOf: "<p>".utf8)
        guard appendLiteral(bytes, 0..<textEnd, to: &out) else { return nil }
        if let emphasis {
            out.append(contentsOf: " (<em>".utf8)
            guard appendLiteral(bytes, emphasis, to: &out) else { return nil }
            out.append(contentsOf: "</em>)".utf8)
        }
        out.append(contentsOf: "</p>\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// The index of "(" in the final " (*", found from the end past the emphasis text (which has no
    /// unescaped asterisk).
    private static func openingOfEmphasis(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = bytes.count - 3
        while k >= 2 {
            if bytes[k] == UInt8(ascii: "*") {
                // An escaped asterisk is literal; the first unescaped one must open the emphasis.
                if bytes[k - 1] == UInt8(ascii: "\\") { k -= 2; continue }
                guard bytes[k - 1] == UInt8(ascii: "("), bytes[k - 2] == UInt8(ascii: " ") else { return nil }
                return k - 1
            }
            k -= 1
        }
        return nil
    }

    /// Appends `range` as libcmark renders literal inline text: backslash escapes of ASCII punctuation
    /// resolved, `& < > "` escaped. False for anything that could be markup or needs libcmark's
    /// handling (line breaks, tabs, NUL, entities, unescaped Markdown characters).
    private static func appendLiteral(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout [UInt8]) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            var b = bytes[i]
            if b == UInt8(ascii: "\\") {
                // "\\X" is X when X is ASCII punctuation; otherwise the backslash is literal.
                if i + 1 < range.upperBound, isASCIIPunctuation(bytes[i + 1]) {
                    i += 1
                    b = bytes[i]
                }
            } else {
                switch b {
                case UInt8(ascii: "&"):
                    // "&amp;" or "&#39;" would be an entity: only an ampersand that cannot start one is literal.
                    if isEntityStart(bytes, i + 1, range.upperBound) { return false }
                case 0, UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: "*"),
                     UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                     UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "#"):
                    return false
                default: break
                }
            }
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            default: out.append(b)
            }
            i += 1
        }
        return true
    }

    /// Whether an ampersand before `i` may open an entity: a name or number and a semicolon soon after.
    private static func isEntityStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var k = i
        while k < end, k < i + 40, isAlphanumeric(bytes[k]) || bytes[k] == UInt8(ascii: "#") { k += 1 }
        return k > i && k < end && bytes[k] == UInt8(ascii: ";")
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    /// CommonMark's escapable characters: ASCII punctuation.
    private static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }
}

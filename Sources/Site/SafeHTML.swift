/// HTML that Annals produced itself (cmark output, markup built in code with every value escaped). The
/// only type a template may print with `{{{ }}}`; printed with `{{ }}` it is escaped, so a mistake shows
/// as visible tags, never as live markup.
public struct SafeHTML: Hashable, Sendable, CustomStringConvertible {
    public let html: String

    init(trusted html: String) {
        self.html = html
    }

    public var description: String { html }
}

/// HTML escaping for text and attribute values (always double-quoted in templates). Byte by byte:
/// every character it replaces is ASCII, and most strings have none, so they come back as they are.
public enum HTMLEscape {
    public static func text(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsEscape) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            append(bytes[first...], to: &out)
            return String(decoding: out, as: UTF8.self)
        } ?? s
    }

    /// Appends `bytes` (UTF-8) to `out`, escaped: what templates' `{{ }}` write straight into a page.
    static func append(_ bytes: some Sequence<UInt8>, to out: inout [UInt8]) {
        for b in bytes {
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
    }

    private static func needsEscape(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")
    }
}

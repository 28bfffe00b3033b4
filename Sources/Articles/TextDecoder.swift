import Foundation

/// Decodes article bytes strictly: UTF-8 only, a BOM dropped, CRLF and CR folded to LF, so the same
/// article saved on any system gives the same text and the same offsets.
public enum TextDecoder {
    public static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.error(path, 1, 1, "UTF-16 is not supported; convert to UTF-8"))
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if let bad = firstInvalidByte(body) {
            let prefix = String(decoding: body[body.startIndex..<bad], as: UTF8.self)
            var line = 1, column = 1
            for scalar in prefix.unicodeScalars {
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            let hex = String(body[bad], radix: 16, uppercase: true)
            return .failure(.error(path, line, column, "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex))"))
        }
        var text = String(decoding: body, as: UTF8.self)
        if body.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.unicodeScalars.contains("\u{C2}") { text = withoutNoBreakSpaceMojibake(text) }
        if text.unicodeScalars.isEmpty {
            return .failure(.error(path, 1, 1, "empty article"))
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(.error(path, 1, 1, "article has only whitespace"))
        }
        return .success(text)
    }

    /// "disaster management. Â" and "Â" on a line of its own: a no-break space whose UTF-8 bytes were read as
    /// Latin-1 somewhere upstream ("Â" and the space), left as a word. Each such "Â" becomes a space, so that
    /// offsets stay those of the file.
    static func withoutNoBreakSpaceMojibake(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        for i in scalars.indices where scalars[i] == "\u{C2}" {
            let before = i == 0 || scalars[i - 1].properties.isWhitespace
            let after = i + 1 == scalars.count || scalars[i + 1].properties.isWhitespace
            if before && after { scalars[i] = " " }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Index of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), or nil.
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= end else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? low : 0x80, hi: UInt8 = k == 1 ? high : 0xBF
                if c < lo || c > hi { return i + k }
            }
            i += length
        }
        return nil
    }
}

/// Maps a request target to a file of the in-memory site, or says why not. Decodes once, rejects
/// traversal and odd bytes outright, and never touches the disk: a path that is not a key of the site
/// simply does not exist.
public enum PreviewPathResolver {
    public enum Resolution: Equatable, Sendable {
        case file(String)
        case badRequest
        case notFound
    }

    public static func resolve(_ target: String, exists: (String) -> Bool) -> Resolution {
        // Only origin-form targets ("/path"); absolute-form ("http://host/...") and "*" are refused.
        guard target.hasPrefix("/") else { return .badRequest }
        var path = Substring(target)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        guard let decoded = percentDecoded(path) else { return .badRequest }
        if decoded.contains("\0") || decoded.contains("\\") { return .badRequest }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == ".." || segment == "." { return .badRequest }
            // Dotfiles (".annals-output") are never served.
            if segment.hasPrefix(".") { return .notFound }
            segments.append(segment)
        }
        let joined = segments.joined(separator: "/")
        let wantsDirectory = decoded.hasSuffix("/") || joined.isEmpty
        let candidates = wantsDirectory ? [joined.isEmpty ? "index.html" : joined + "/index.html"] : [joined, joined + "/index.html"]
        for candidate in candidates where exists(candidate) { return .file(candidate) }
        return .notFound
    }

    /// Percent-decoding of a path; nil for malformed escapes or bytes that are not UTF-8.
    static func percentDecoded(_ s: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(s.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let h = iterator.next(), let l = iterator.next(), let hi = hex(h), let lo = hex(l) else { return nil }
                bytes.append(hi << 4 | lo)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

import Foundation

/// The built site in memory: relative path -> bytes. `build` writes it to disk; `serve` serves it.
public struct SiteOutput: Sendable {
    public private(set) var files: [String: Data] = [:]

    public init() {}

    /// Adds a file. Paths are relative, `/`-separated, without `..` or a leading `/`; anything else is a
    /// programming error caught here rather than a write outside the output folder.
    public mutating func add(_ path: String, _ data: Data) {
        precondition(SiteOutput.isSafeRelativePath(path), "unsafe output path \(path)")
        files[path] = data
    }

    public mutating func add(_ path: String, text: String) {
        add(path, Data(text.utf8))
    }

    /// Paths in sorted order, for deterministic writing and listing.
    public var paths: [String] { files.keys.sorted() }

    public static func isSafeRelativePath(_ path: String) -> Bool {
        // Bytes: this runs for every page of a big site.
        var segmentLength = 0, dots = 0
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "\\"), 0: return false
            case UInt8(ascii: "/"):
                if segmentLength == 0 || segmentLength == dots && dots <= 2 { return false }
                segmentLength = 0
                dots = 0
            default:
                segmentLength += 1
                if b == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return segmentLength > 0 && !(segmentLength == dots && dots <= 2)
    }
}

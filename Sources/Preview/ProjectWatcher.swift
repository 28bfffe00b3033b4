import Foundation

/// Notices changes in the watched folders and files by polling their modification times and sizes,
/// which works the same on every file system (including containers' bind mounts, where inotify can miss).
public final class ProjectWatcher: @unchecked Sendable {
    private let paths: [String]
    private var last: [String: String] = [:]

    public init(paths: [String]) {
        self.paths = paths
        last = fingerprint()
    }

    /// True when anything changed since the previous call.
    public func changed() -> Bool {
        let now = fingerprint()
        defer { last = now }
        return now != last
    }

    private func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        for root in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue ? (fm.enumerator(atPath: root)?.compactMap { $0 as? String }.map { root + "/" + $0 } ?? []) : [root]
            for file in files {
                guard let attributes = try? fm.attributesOfItem(atPath: file) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[file] = "\(modified)-\(attributes[.size] as? Int ?? 0)"
            }
        }
        return result
    }
}

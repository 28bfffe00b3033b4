import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the article folder: `*.txt` and `*.md` files with optional `<id>.yml` sidecars. This is the
/// Articles stage's only disk access; parsing stays pure.
public enum ArticleLoader {
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    /// Inputs sorted by path, and diagnostics for files refused (symlinks out of the folder, unreadable).
    /// `reuse` (the preview's) returns the input it read before when a file's stamps are unchanged, so
    /// a rebuild reads only the files that changed.
    public static func inputs(in directory: String, reuse: ((String, [FileStamp?]) -> ArticleInput?)? = nil) -> ([ArticleInput], [Diagnostic]) {
        let fm = FileManager.default
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ([], [.error(directory, 1, 1, "input folder not found")])
        }
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL.path
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            return ([], [.error(directory, 1, 1, "cannot list the input folder")])
        }
        // One listing answers every "is there a sidecar?" question: no stat for files that do not exist.
        let listed = Set(names)
        var inputs: [ArticleInput] = []
        var ids: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let (id, ext) = splitExtension(name)
            guard articleExtensions.contains(ext) else {
                if ext != "yml" && ext != "yaml" {
                    diagnostics.append(.warning(join(directory, name), 1, 1, "not an article (.txt or .md); skipped"))
                }
                continue
            }
            let path = join(directory, name)
            let sidecarNames = [id + ".yml", id + ".yaml"]
            if let reuse {
                let stamps = [FileStamp(path)] + sidecarNames.map { listed.contains($0) ? FileStamp(join(directory, $0)) : nil }
                if stamps[0] != nil, let known = reuse(path, stamps) {
                    inputs.append(known)
                    ids.append(id)
                    continue
                }
            }
            guard let data = readInside(root: root, path: path, diagnostics: &diagnostics) else { continue }
            var input = ArticleInput(path: path, data: data)
            for sidecarName in sidecarNames where listed.contains(sidecarName) {
                let sidecarPath = join(directory, sidecarName)
                if let sidecar = readInside(root: root, path: sidecarPath, diagnostics: &diagnostics) {
                    input.sidecarPath = sidecarPath
                    input.sidecarData = sidecar
                    break
                }
            }
            inputs.append(input)
            ids.append(id)
        }
        // Two files with one id ("talks.txt" and "talks.md") would write the same pages: refuse both.
        var pathsByID: [String: [String]] = [:]
        for (id, input) in zip(ids, inputs) { pathsByID[id, default: []].append(input.path) }
        for (id, paths) in pathsByID where paths.count > 1 {
            for path in paths {
                diagnostics.append(.error(path, 1, 1, "article id '\(id)' is used by \(paths.joined(separator: " and ")); rename one"))
            }
        }
        inputs = zip(ids, inputs).filter { pathsByID[$0.0]!.count == 1 }.map(\.1)
        let articleIDs = Set(names.compactMap { name -> String? in
            let (id, ext) = splitExtension(name)
            return articleExtensions.contains(ext) ? id : nil
        })
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let id = splitExtension(name).id
            if !articleIDs.contains(id) {
                diagnostics.append(.warning(join(directory, name), 1, 1, "sidecar without an article named \(id).txt or \(id).md"))
            }
        }
        return (inputs, diagnostics)
    }

    /// "talks.TXT" -> ("talks", "txt"): the name before its last dot, and the extension lowercased.
    static func splitExtension(_ name: String) -> (id: String, ext: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), name[name.index(after: dot)...].lowercased())
    }

    /// Reads a file only if it, after following symlinks, is a regular file inside `root`.
    private static func readInside(root: String, path: String, diagnostics: inout [Diagnostic]) -> Data? {
        // A plain file listed in the folder is inside it; only symlinks need resolving (which is slow).
        var info = stat()
        if !(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG) {
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            guard resolved.hasPrefix(root + "/") else {
                diagnostics.append(.error(path, 1, 1, "symlink leads outside the input folder; refused"))
                return nil
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue else {
                diagnostics.append(.error(path, 1, 1, "not a regular file; skipped"))
                return nil
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error(path, 1, 1, "cannot read the file"))
            return nil
        }
        return data
    }

    /// What identifies a file's version without reading it: device, inode, size and modification time
    /// (nanoseconds). nil when the file does not exist.
    public struct FileStamp: Hashable, Sendable {
        var device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int

        public init?(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = info.st_mtim.tv_sec
            nanoseconds = info.st_mtim.tv_nsec
        }

        /// Every file and folder under `paths` (folders, recursively, or single files) with its stamp.
        public static func under(_ paths: [String]) -> [String: FileStamp] {
            var result: [String: FileStamp] = [:]
            for root in paths {
                guard let stamp = FileStamp(root) else { continue }
                result[root] = stamp
                walk(root, into: &result)
            }
            return result
        }

        /// readdir rather than FileManager's enumerator, which costs milliseconds on every preview rebuild.
        private static func walk(_ folder: String, into result: inout [String: FileStamp]) {
            guard let dir = opendir(folder) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                let path = folder + "/" + name
                guard let stamp = FileStamp(path) else { continue }
                result[path] = stamp
                // Symlinked folders are not followed, as FileManager's enumerator does not follow them.
                let isFolder = entry.pointee.d_type == UInt8(DT_DIR)
                    || (entry.pointee.d_type == UInt8(DT_UNKNOWN) && isPlainFolder(path))
                if isFolder { walk(path, into: &result) }
            }
        }

        private static func isPlainFolder(_ path: String) -> Bool {
            var info = stat()
            return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        }
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

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
        var inputs: [ArticleInput] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let ext = (name as NSString).pathExtension.lowercased()
            guard articleExtensions.contains(ext) else {
                if ext != "yml" && ext != "yaml" {
                    diagnostics.append(.warning(join(directory, name), 1, 1, "not an article (.txt or .md); skipped"))
                }
                continue
            }
            let path = join(directory, name)
            let id = (name as NSString).deletingPathExtension
            if let reuse {
                let stamps = [FileStamp(path)] + [id + ".yml", id + ".yaml"].map { FileStamp(join(directory, $0)) }
                if stamps[0] != nil, let known = reuse(path, stamps) {
                    inputs.append(known)
                    continue
                }
            }
            guard let data = readInside(root: root, path: path, diagnostics: &diagnostics) else { continue }
            var input = ArticleInput(path: path, data: data)
            for sidecarName in [id + ".yml", id + ".yaml"] {
                let sidecarPath = join(directory, sidecarName)
                if fm.fileExists(atPath: sidecarPath), let sidecar = readInside(root: root, path: sidecarPath, diagnostics: &diagnostics) {
                    input.sidecarPath = sidecarPath
                    input.sidecarData = sidecar
                    break
                }
            }
            inputs.append(input)
        }
        // Two files with one id ("talks.txt" and "talks.md") would write the same pages: refuse both.
        var byID: [String: [String]] = [:]
        for input in inputs { byID[input.id, default: []].append(input.path) }
        for (id, paths) in byID where paths.count > 1 {
            for path in paths {
                diagnostics.append(.error(path, 1, 1, "article id '\(id)' is used by \(paths.joined(separator: " and ")); rename one"))
            }
        }
        inputs.removeAll { byID[$0.id]!.count > 1 }
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let id = (name as NSString).deletingPathExtension
            if !names.contains(where: { ($0 as NSString).deletingPathExtension == id && articleExtensions.contains(($0 as NSString).pathExtension.lowercased()) }) {
                diagnostics.append(.warning(join(directory, name), 1, 1, "sidecar without an article named \(id).txt or \(id).md"))
            }
        }
        return (inputs, diagnostics)
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

        /// Every file under `paths` (folders, recursively, or single files) with its stamp.
        public static func under(_ paths: [String]) -> [String: FileStamp] {
            var result: [String: FileStamp] = [:]
            for root in paths {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
                let files = isDirectory.boolValue
                    ? (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.map { root + "/" + $0 } ?? []) : [root]
                for file in files { result[file] = FileStamp(file) }
            }
            return result
        }
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

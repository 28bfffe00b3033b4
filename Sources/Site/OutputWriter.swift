import Articles
import Foundation

/// Writes a `SiteOutput` to disk atomically: stage everything in a sibling folder, then swap it in.
/// A failed build leaves the old output untouched; a folder Annals did not create is never replaced;
/// two builds at once never mix (a lock file beside the output).
public struct OutputWriter {
    /// The file that marks a folder as Annals output, so a later build may replace it.
    public static let marker = ".annals-output"

    public struct WriteError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// `projectRoot` is the folder the user works in; the output may not be it or contain it.
    public static func write(_ output: SiteOutput, to destination: String, projectRoot: String) throws(WriteError) {
        try write(paths: output.paths, to: destination, projectRoot: projectRoot) { $1.write(output.files[$0]!) }
    }

    /// Renders the plan's files on all cores straight into the staging folder: the site is never held in
    /// memory whole. Returns the warnings rendering raised.
    public static func write(_ plan: SitePlan, to destination: String, projectRoot: String) throws(WriteError) -> [Diagnostic] {
        try write(paths: plan.pathsInMakingOrder, to: destination, projectRoot: projectRoot, contents: plan.write)
        return plan.diagnostics
    }

    private static func write(paths: [String], to destination: String, projectRoot: String,
                              contents: (String, ByteSink) -> Void) throws(WriteError) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath().path
        try checkDestination(target, projectRoot: projectRoot)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        if !fm.fileExists(atPath: parent) {
            do { try fm.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                throw WriteError(message: "\(destination): cannot create the parent folder: \(error.localizedDescription)")
            }
        }
        let lock = parent + "/.\(name).lock"
        try acquireLock(lock)
        defer { try? fm.removeItem(atPath: lock) }

        let pid = ProcessInfo.processInfo.processIdentifier
        let stage = parent + "/.\(name).tmp-\(pid)"
        let old = parent + "/.\(name).old-\(pid)"
        try? fm.removeItem(atPath: stage)
        do {
            try fm.createDirectory(atPath: stage, withIntermediateDirectories: true)
            // Folders first, so the parallel writers never race to create one.
            // By the last "/" of each path: NSString's path methods on 320,000 paths took a second.
            var folders: Set<Substring> = []
            for path in paths {
                guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
                let folder = path[..<slash]
                if folders.insert(folder).inserted { try fm.createDirectory(atPath: stage + "/" + folder, withIntermediateDirectories: true) }
            }
            let failures = ParallelMap.map(paths) { path -> WriteError? in
                do { try writeFile(stage + "/" + path) { contents(path, $0) } } catch { return error as? WriteError ?? WriteError(message: "\(error)") }
                return nil
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            try Data().write(to: URL(fileURLWithPath: stage + "/" + marker))
            if fm.fileExists(atPath: target) {
                try fm.moveItem(atPath: target, toPath: old)
                do {
                    try fm.moveItem(atPath: stage, toPath: target)
                } catch {
                    try? fm.moveItem(atPath: old, toPath: target)
                    throw error
                }
                try? fm.removeItem(atPath: old)
            } else {
                try fm.moveItem(atPath: stage, toPath: target)
            }
        } catch {
            try? fm.removeItem(atPath: stage)
            throw WriteError(message: "\(destination): write failed, the previous output is untouched: \(error.localizedDescription)")
        }
    }

    /// A plain write: Foundation's `Data.write` syncs every file to disk, which costs more than the
    /// rendering on large sites; the swap after writing is what makes the output appear atomically.
    private static func writeFile(_ path: String, _ fill: (ByteSink) -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(message: "\(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let sink = ByteSink(fileDescriptor: fd)
        fill(sink)
        if let failure = sink.failure { throw WriteError(message: "\(path): \(failure)") }
    }

    /// Refuses `/`, the home folder, the project root or any folder containing it, and a non-empty
    /// folder without the Annals marker.
    static func checkDestination(_ target: String, projectRoot: String) throws(WriteError) {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: projectRoot).standardizedFileURL.resolvingSymlinksInPath().path
        let home = URL(fileURLWithPath: NSHomeDirectory()).standardizedFileURL.resolvingSymlinksInPath().path
        if target == "/" || target == home {
            throw WriteError(message: "refusing to write the site to \(target): choose a dedicated folder such as public/")
        }
        if target == root || root.hasPrefix(target + "/") {
            throw WriteError(message: "refusing to write the site to \(target): it is (or contains) the project folder")
        }
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw WriteError(message: "refusing to replace \(target): it is a file, not an output folder")
            }
            let contents = (try? fm.contentsOfDirectory(atPath: target)) ?? []
            if !contents.isEmpty, !contents.contains(marker) {
                throw WriteError(message: "refusing to replace \(target): it is not empty and Annals did not create it (no \(marker) file)")
            }
        }
    }

    private static func acquireLock(_ path: String) throws(WriteError) {
        for _ in 0..<2 {
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o644)
            if fd >= 0 {
                let pid = "\(ProcessInfo.processInfo.processIdentifier)\n"
                _ = pid.withCString { Glibc.write(fd, $0, strlen($0)) }
                close(fd)
                return
            }
            // A lock left by a build that no longer runs is stale: take it over.
            if let text = try? String(contentsOfFile: path, encoding: .utf8),
               let holder = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), kill(holder, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: path)
                continue
            }
            break
        }
        throw WriteError(message: "another build holds the lock \(path); try again when it has finished")
    }
}

#if canImport(Glibc)
import Glibc
#endif

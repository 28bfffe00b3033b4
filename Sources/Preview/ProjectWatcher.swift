import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes in the watched folders and files. On Linux, inotify wakes it the moment a file is
/// saved; polling modification times and sizes stays as the safety net for file systems where inotify
/// misses changes (some container bind mounts) and for other systems.
public final class ProjectWatcher: @unchecked Sendable {
    private let paths: [String]
    private var last: [String: String] = [:]
    private var lastPoll = Date()
    private let pollInterval: TimeInterval
    private var notifier: Int32 = -1

    public init(paths: [String], pollInterval: TimeInterval = 1) {
        self.paths = paths
        self.pollInterval = pollInterval
        last = fingerprint()
        startNotifier()
    }

    deinit {
        if notifier >= 0 { close(notifier) }
    }

    /// Waits up to `timeout` seconds; true when anything changed since the previous call.
    public func waitForChange(timeout: TimeInterval) -> Bool {
        if notifier >= 0 {
            var fd = pollfd(fd: notifier, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, Int32(timeout * 1000)) > 0 {
                // A save is often several events (truncate, write, close, rename): take them together.
                repeat { drain() } while poll(&fd, 1, 5) > 0
                // Events in the project folder can be about other files (a build writing public/).
                return changed()
            }
        } else {
            Thread.sleep(forTimeInterval: timeout)
        }
        guard Date().timeIntervalSince(lastPoll) >= (notifier >= 0 ? pollInterval : 0) else { return false }
        return changed()
    }

    /// True when the polled fingerprint differs from the previous one.
    public func changed() -> Bool {
        let now = fingerprint()
        defer { last = now; lastPoll = Date() }
        return now != last
    }

    private func startNotifier() {
        #if os(Linux)
        notifier = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard notifier >= 0 else { return }
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
        for folder in watchedFolders() where inotify_add_watch(notifier, folder, mask) < 0 {
            close(notifier)
            notifier = -1
            return
        }
        #endif
    }

    /// The watched folders and their subfolders, and the folders holding watched files.
    private func watchedFolders() -> [String] {
        var folders: Set<String> = []
        let fm = FileManager.default
        for root in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                folders.insert(root)
                for case let sub as String in fm.enumerator(atPath: root) ?? FileManager.DirectoryEnumerator() {
                    var subIsDirectory: ObjCBool = false
                    if fm.fileExists(atPath: root + "/" + sub, isDirectory: &subIsDirectory), subIsDirectory.boolValue { folders.insert(root + "/" + sub) }
                }
            } else {
                let parent = (root as NSString).deletingLastPathComponent
                folders.insert(parent.isEmpty ? "." : parent)
            }
        }
        return folders.sorted()
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while read(notifier, &buffer, buffer.count) > 0 {}
    }

    private func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        for root in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue ? (fm.enumerator(atPath: root)?.compactMap { $0 as? String }.map { root + "/" + $0 } ?? []) : [root]
            for file in files {
                var info = stat()
                guard stat(file, &info) == 0 else { continue }
                result[file] = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_size)"
            }
        }
        return result
    }
}

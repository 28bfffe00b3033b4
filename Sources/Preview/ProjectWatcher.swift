import Articles
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes in the watched folders and files. On Linux, inotify wakes it the moment a file is
/// saved; polling modification times and sizes stays as the safety net for file systems where inotify
/// misses changes (some container bind mounts) and for other systems.
public final class ProjectWatcher: @unchecked Sendable {
    private let paths: [String]
    private var last: [String: ArticleLoader.FileStamp] = [:]
    private var lastPoll = Date()
    private let pollInterval: TimeInterval
    private var notifier: Int32 = -1
    /// Watch descriptor -> the names that matter in that folder (nil: every name, a watched folder).
    private var relevantNames: [Int32: Set<String>?] = [:]
    /// Set when inotify reported a change: the next poll only records the fingerprint, so the same
    /// save does not rebuild twice.
    private var fingerprintStale = false

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
                var relevant = false
                repeat { relevant = drain() || relevant } while poll(&fd, 1, 5) > 0
                // Events in the project folder can be about other files (a build writing public/).
                if relevant {
                    fingerprintStale = true
                    return true
                }
            }
        } else {
            Thread.sleep(forTimeInterval: timeout)
        }
        guard Date().timeIntervalSince(lastPoll) >= (notifier >= 0 ? pollInterval : 0) else { return false }
        if fingerprintStale {
            fingerprintStale = false
            _ = changed()
            return false
        }
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
        for (folder, names) in watchedFolders() {
            let wd = inotify_add_watch(notifier, folder, mask)
            guard wd >= 0 else {
                close(notifier)
                notifier = -1
                return
            }
            relevantNames[wd] = names
        }
        #endif
    }

    /// The watched folders and their subfolders (every name in them matters), and the folders holding
    /// watched files (only those files' names matter).
    private func watchedFolders() -> [(String, Set<String>?)] {
        var whole: Set<String> = []
        var partial: [String: Set<String>] = [:]
        let fm = FileManager.default
        for root in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                whole.insert(root)
                for case let sub as String in fm.enumerator(atPath: root) ?? FileManager.DirectoryEnumerator() {
                    var subIsDirectory: ObjCBool = false
                    if fm.fileExists(atPath: root + "/" + sub, isDirectory: &subIsDirectory), subIsDirectory.boolValue { whole.insert(root + "/" + sub) }
                }
            } else {
                let parent = (root as NSString).deletingLastPathComponent
                partial[parent.isEmpty ? "." : parent, default: []].insert((root as NSString).lastPathComponent)
            }
        }
        let folders = whole.union(partial.keys).sorted()
        return folders.map { ($0, whole.contains($0) ? nil : partial[$0]) }
    }

    /// Reads every pending event; true when one is about a watched name (or the queue overflowed).
    private func drain() -> Bool {
        var relevant = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(notifier, &buffer, buffer.count)
            guard count > 0 else { break }
            var offset = 0
            buffer.withUnsafeBytes { raw in
                // struct inotify_event: wd, mask, cookie, len, then len bytes of NUL-padded name.
                while offset + 16 <= count {
                    let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    if wd < 0 { relevant = true } else if let names = relevantNames[wd] {
                        if names == nil || names!.contains(name) { relevant = true }
                    }
                    offset += 16 + length
                }
            }
        }
        return relevant
    }

    private func fingerprint() -> [String: ArticleLoader.FileStamp] {
        ArticleLoader.FileStamp.under(paths)
    }
}

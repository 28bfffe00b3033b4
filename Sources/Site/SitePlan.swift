import Articles
import Foundation

/// Files a site can hand out by path: the rendered `SiteOutput`, or a `SitePlan` that renders on demand.
public protocol SiteFiles: Sendable {
    func contains(_ path: String) -> Bool
    func file(_ path: String) -> Data?
}

extension SiteOutput: SiteFiles {
    public func contains(_ path: String) -> Bool { files[path] != nil }
    public func file(_ path: String) -> Data? { files[path] }
}

/// Every file of the site and how to make it, made only when asked. `annals build` makes all of them
/// (on all cores) for `public/`; the preview makes a page when a browser asks for it, so a rebuild
/// after an edit costs the timeline, not the thousands of pages nobody is looking at.
public final class SitePlan: SiteFiles, @unchecked Sendable {
    /// Every path, sorted (on first use: the preview seldom needs the list).
    public var paths: [String] { sortedPaths.get }
    private let sortedPaths: Lazy<[String]>
    private let makers: [String: () -> Data]
    private let lock = NSLock()
    private var made: [String: Data] = [:]
    private var notes: [Diagnostic] = []

    init(makers: [String: () -> Data]) {
        for path in makers.keys { precondition(SiteOutput.isSafeRelativePath(path), "unsafe output path \(path)") }
        self.makers = makers
        sortedPaths = Lazy { makers.keys.sorted() }
    }

    public func contains(_ path: String) -> Bool { makers[path] != nil }

    /// One file, made at most once per plan.
    public func file(_ path: String) -> Data? {
        lock.lock()
        if let data = made[path] {
            lock.unlock()
            return data
        }
        lock.unlock()
        guard let maker = makers[path] else { return nil }
        let data = maker()
        lock.lock()
        made[path] = data
        lock.unlock()
        return data
    }

    /// One file made afresh, not remembered: for writing a whole site without holding it in memory.
    func make(_ path: String) -> Data {
        makers[path]!()
    }

    /// How many files were made on demand so far.
    public var renderedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return made.count
    }

    /// Every file, made on all cores (same bytes as one by one), with the warnings rendering raised.
    public func renderAll() -> (SiteOutput, [Diagnostic]) {
        let data = ParallelMap.map(paths) { makers[$0]!() }
        var output = SiteOutput()
        for (path, bytes) in zip(paths, data) { output.add(path, bytes) }
        return (output, diagnostics)
    }

    /// Warnings raised while making files so far, sorted.
    public var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return notes.sorted()
    }

    func note(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        lock.lock()
        notes += diagnostics
        lock.unlock()
    }
}

/// A value made once on first use, safe to ask for from several threads.
final class Lazy<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let make: () -> Value

    init(_ make: @escaping () -> Value) {
        self.make = make
    }

    var get: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}

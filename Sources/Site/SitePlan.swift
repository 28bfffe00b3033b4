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
    /// Many files made by one function from their index ("events/<id>.html"): planned without a
    /// closure and a dictionary entry each, since the preview plans every page on each rebuild.
    struct Family {
        let prefix: String
        let suffix: String
        let names: [String]
        let make: (Int) -> Data
        let index: Lazy<[String: Int]>

        init(prefix: String, suffix: String, names: [String], make: @escaping (Int) -> Data) {
            self.prefix = prefix
            self.suffix = suffix
            self.names = names
            self.make = make
            index = Lazy {
                var index: [String: Int] = [:]
                index.reserveCapacity(names.count)
                for (n, name) in names.enumerated() {
                    precondition(SiteOutput.isSafeRelativePath(prefix + name + suffix), "unsafe output path \(prefix + name + suffix)")
                    index[name] = n
                }
                return index
            }
        }

        func member(_ path: String) -> Int? {
            guard path.hasPrefix(prefix), path.hasSuffix(suffix), path.utf8.count > prefix.utf8.count + suffix.utf8.count else { return nil }
            return index.get[String(path.dropFirst(prefix.count).dropLast(suffix.count))]
        }
    }

    /// Every path, sorted (on first use: the preview seldom needs the list).
    public var paths: [String] { sortedPaths.get }
    private let sortedPaths: Lazy<[String]>
    private let makers: [String: () -> Data]
    /// Large files (the exports) made straight into their destination.
    private let streams: [String: (ByteSink) -> Void]
    private let families: [Family]
    private let lock = NSLock()
    private var made: [String: Data] = [:]
    private var notes: [Diagnostic] = []
    /// Makes what every page shares (the site model), so the first page asked for is quick.
    var prepareShared: () -> Void = {}
    /// What the pages share (kept here for tests; the facts point back weakly).
    var sharedFacts: SharedFacts?
    /// Paths to make first, in this order (`SiteBuilder.listPageOrder`); any order gives the same files.
    var makingOrder: () -> [String] = { [] }

    init(makers: [String: () -> Data], streams: [String: (ByteSink) -> Void] = [:], families: [Family] = []) {
        for path in Array(makers.keys) + Array(streams.keys) {
            precondition(SiteOutput.isSafeRelativePath(path), "unsafe output path \(path)")
            precondition(makers[path] == nil || streams[path] == nil, "two ways to make \(path)")
        }
        self.makers = makers
        self.streams = streams
        self.families = families
        sortedPaths = Lazy {
            (Array(makers.keys) + Array(streams.keys) + families.flatMap { f in f.names.map { f.prefix + $0 + f.suffix } }).sorted()
        }
    }

    private func maker(_ path: String) -> (() -> Data)? {
        if let maker = makers[path] { return maker }
        if let stream = streams[path] { return { ByteSink.collect(stream) } }
        for family in families {
            if let n = family.member(path) { return { family.make(n) } }
        }
        return nil
    }

    public func contains(_ path: String) -> Bool { maker(path) != nil }

    /// The preview calls this on another thread right after publishing a rebuild: the shared facts are
    /// ready (or being made) by the time the reloaded browser asks for a page.
    public func prepare() {
        prepareShared()
    }

    /// One file, made at most once per plan.
    public func file(_ path: String) -> Data? {
        lock.lock()
        if let data = made[path] {
            lock.unlock()
            return data
        }
        lock.unlock()
        guard let maker = maker(path) else { return nil }
        let data = maker()
        lock.lock()
        made[path] = data
        lock.unlock()
        return data
    }

    /// One file made afresh into `sink`, not remembered: for writing a whole site without holding it
    /// in memory.
    func write(_ path: String, to sink: ByteSink) {
        if let stream = streams[path] { stream(sink) } else { sink.write(maker(path)!()) }
    }

    /// Every path, in the order writing the whole site should make them: `makingOrder`, then the rest.
    public var pathsInMakingOrder: [String] {
        let first = makingOrder()
        let firstSet = Set(first)
        return first + paths.filter { !firstSet.contains($0) }
    }

    /// How many files were made on demand so far.
    public var renderedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return made.count
    }

    /// Every file, made on all cores (same bytes as one by one), with the warnings rendering raised.
    public func renderAll() -> (SiteOutput, [Diagnostic]) {
        let order = pathsInMakingOrder
        let data = ParallelMap.map(order) { path in maker(path)!() }
        var output = SiteOutput()
        for (path, bytes) in zip(order, data) { output.add(path, bytes) }
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

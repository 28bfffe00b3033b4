import Articles
import Dispatch
import Foundation
import Site
import Timeline

/// Rebuilds the site for the preview, reusing what did not change: an article whose bytes (and
/// sidecar) are the same is neither parsed nor read for events again; a template edit re-plans pages
/// without re-parsing. Pages are rendered when a browser asks for them (`SitePlan`), so a rebuild costs
/// the merge of the timeline, not thousands of pages.
public final class IncrementalBuilder: @unchecked Sendable {
    public struct Result {
        public var site: SitePlan?
        public var diagnostics: [Diagnostic]
        public var parsed: Int
        public var reused: Int
        /// The rebuild's phases, for `annals serve --timings`.
        public var clock: StepClock
        /// Nothing the site is made from changed since the last build (one save can wake the watcher
        /// twice): no new site, and browsers need no reload.
        public var unchanged = false
    }

    private struct Entry {
        var input: ArticleInput
        var stamps: [ArticleLoader.FileStamp?]
        var key: Data
        var article: Article?
        var diagnostics: [Diagnostic]
        var reading: ArticleReading?
    }

    private var cache: [String: Entry] = [:]
    private let memo = MergeMemo()
    /// Readings depend on the gazetteer, which annals.yml extends: a changed configuration drops them.
    private var configKey: Data?
    public let configPath: String
    private var lastSignature: Signature?

    public init(configPath: String) {
        self.configPath = configPath
    }

    public func build(baseURL: String? = nil) -> Result {
        var clock = StepClock()
        var (config, diagnostics) = ProjectConfig.load(configPath)
        if let baseURL { config.site = config.site.served(at: baseURL) }
        let currentConfigKey = FileManager.default.contents(atPath: configPath) ?? Data()
        if currentConfigKey != configKey {
            for path in cache.keys { cache[path]?.reading = nil }
            configKey = currentConfigKey
        }
        // Files whose stamps did not change are not even read again.
        let cached = cache
        var stampsByPath: [String: [ArticleLoader.FileStamp?]] = [:]
        let (inputs, loadDiagnostics) = ArticleLoader.inputs(in: config.input) { path, stamps in
            stampsByPath[path] = stamps
            guard let hit = cached[path], hit.stamps == stamps else { return nil }
            return hit.input
        }
        diagnostics += loadDiagnostics
        // The articles' stamps were just taken; the templates and annals.yml are a handful of files.
        let signature = Signature(articles: stampsByPath, others: ArticleLoader.FileStamp.under([config.templates, configPath]))
        if signature == lastSignature {
            return Result(site: nil, diagnostics: [], parsed: 0, reused: cache.count, clock: clock, unchanged: true)
        }
        lastSignature = signature
        clock.lap("read the configuration and the articles")
        var parsed = 0, reused = 0
        var fresh: [String: Entry] = [:]
        fresh.reserveCapacity(inputs.count)
        var unread: [String] = []
        for input in inputs {
            let stamps = stampsByPath[input.path] ?? []
            // Same stamps: the same bytes, no need to compare them (or build the key) again.
            if var hit = cache.removeValue(forKey: input.path), hit.stamps == stamps || hit.key == IncrementalBuilder.key(input) {
                hit.stamps = stamps
                if hit.reading == nil && hit.article != nil { unread.append(input.path) }
                fresh[input.path] = hit
                reused += 1
            } else {
                let (article, problems) = ArticleParser.parse(input)
                fresh[input.path] = Entry(input: input, stamps: stamps, key: IncrementalBuilder.key(input), article: article,
                                          diagnostics: problems)
                if article != nil { unread.append(input.path) }
                parsed += 1
            }
        }
        let builder = TimelineBuilder(gazetteer: config.gazetteer)
        let newReadings = unread.count == 1 ? [builder.read(fresh[unread[0]]!.article!)]
            : ParallelMap.map(unread) { builder.read(fresh[$0]!.article!) }
        for (path, reading) in zip(unread, newReadings) { fresh[path]?.reading = reading }
        BackgroundRelease.release(&cache, leaving: fresh)
        clock.lap("parse and extract changed articles")
        var readings: [ArticleReading] = []
        readings.reserveCapacity(inputs.count)
        for input in inputs {
            guard let entry = fresh[input.path] else { continue }
            if let reading = entry.reading { readings.append(reading) }
            diagnostics += entry.diagnostics
        }
        let timeline = builder.build(readings: readings, memo: memo)
        diagnostics += timeline.diagnostics
        clock.lap("merge events")
        do {
            let theme = try DefaultTheme.load(overrides: config.templates)
            let plan = SiteBuilder(theme: theme, config: config.site).plan(timeline)
            let failed = diagnostics.contains { $0.severity == .error }
            clock.lap("load templates and plan pages")
            return Result(site: failed ? nil : plan, diagnostics: diagnostics.sorted(), parsed: parsed, reused: reused, clock: clock)
        } catch {
            return Result(site: nil, diagnostics: (diagnostics + error.diagnostics).sorted(), parsed: parsed, reused: reused, clock: clock)
        }
    }

    /// An article's bytes and its sidecar's: what its parse depends on.
    private static func key(_ input: ArticleInput) -> Data {
        input.data + Data([0]) + (input.sidecarData ?? Data())
    }

    /// What a build was made from: equal signatures mean nothing to rebuild.
    private struct Signature: Equatable {
        var articles: [String: [ArticleLoader.FileStamp?]]
        var others: [String: ArticleLoader.FileStamp]
    }

    /// The folders and files to watch.
    public func watchedPaths() -> [String] {
        let (config, _) = ProjectConfig.load(configPath)
        return [config.input, config.templates, configPath]
    }
}

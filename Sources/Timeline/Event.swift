import Articles
import Chronology

/// Where an event is told: an article, the sentence quoted, and how its date was read.
public struct SourceRef: Hashable, Sendable {
    /// The article id.
    public var article: String
    /// Unicode-scalar offsets of the quoted sentence in the article text.
    public var range: Range<Int>
    public var quote: String
    /// The temporal expression that dated the sentence ("late Thursday").
    public var phrase: String
    /// The date this source gives, with its basis.
    public var date: DateValue
}

/// Whether an event has happened or is planned, as the sources tell it.
public enum EventStatus: String, Sendable, Codable {
    case happened, scheduled
}

/// A dated happening, merged from every article that tells it.
///
/// A value with one shared, copy-on-write storage: the timeline, the page plan and the preview copy
/// events by the tens of thousands, and a copy of nine reference-counted fields costs nine retains
/// where the box costs one.
public struct Event: Hashable, Sendable, CustomDebugStringConvertible {
    private final class Storage: @unchecked Sendable {
        var id: String
        var date: DateValue
        var title: String
        var summary: String
        var actors: [String]
        var kind: EventKind
        var status: EventStatus
        var sources: [SourceRef]
        var confidence: Double
        var conflicts: [SourceRef]

        init(id: String, date: DateValue, title: String, summary: String, actors: [String], kind: EventKind,
             status: EventStatus, sources: [SourceRef], confidence: Double, conflicts: [SourceRef]) {
            self.id = id
            self.date = date
            self.title = title
            self.summary = summary
            self.actors = actors
            self.kind = kind
            self.status = status
            self.sources = sources
            self.confidence = confidence
            self.conflicts = conflicts
        }

        func copy() -> Storage {
            Storage(id: id, date: date, title: title, summary: summary, actors: actors, kind: kind, status: status,
                    sources: sources, confidence: confidence, conflicts: conflicts)
        }
    }

    private var storage: Storage

    public init(id: String, date: DateValue, title: String, summary: String, actors: [String], kind: EventKind,
                status: EventStatus, sources: [SourceRef], confidence: Double, conflicts: [SourceRef]) {
        storage = Storage(id: id, date: date, title: title, summary: summary, actors: actors, kind: kind, status: status,
                          sources: sources, confidence: confidence, conflicts: conflicts)
    }

    /// The storage, copied first when another value shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// Stable across rebuilds: the date and a slug of the title.
    public var id: String {
        get { storage.id }
        set { unique.id = newValue }
    }
    public var date: DateValue {
        get { storage.date }
        set { unique.date = newValue }
    }
    public var title: String {
        get { storage.title }
        set { unique.title = newValue }
    }
    /// Markdown: the supporting sentence, attributed.
    public var summary: String {
        get { storage.summary }
        set { unique.summary = newValue }
    }
    public var actors: [String] {
        get { storage.actors }
        set { unique.actors = newValue }
    }
    public var kind: EventKind {
        get { storage.kind }
        set { unique.kind = newValue }
    }
    public var status: EventStatus {
        get { storage.status }
        set { unique.status = newValue }
    }
    public var sources: [SourceRef] {
        get { storage.sources }
        set { unique.sources = newValue }
    }
    /// 0...1.
    public var confidence: Double {
        get { storage.confidence }
        set { unique.confidence = newValue }
    }
    /// Dates from sources that disagree with `date`, kept and shown, never dropped.
    public var conflicts: [SourceRef] {
        get { storage.conflicts }
        set { unique.conflicts = newValue }
    }

    /// The first day, read without copying the date: for loops over every event.
    public var firstDay: Day? { storage.date.start }
    /// The first and last day's serial numbers, read without copying the date.
    var startSerial: Int { storage.date.start!.serial }
    var endSerial: Int { storage.date.end!.serial }

    public static func == (a: Event, b: Event) -> Bool {
        a.storage === b.storage
            || (a.id == b.id && a.date == b.date && a.title == b.title && a.summary == b.summary && a.actors == b.actors
                && a.kind == b.kind && a.status == b.status && a.sources == b.sources && a.confidence == b.confidence
                && a.conflicts == b.conflicts)
    }

    public var debugDescription: String { "Event(\(id), \(date.value), \(sources.count) sources)" }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(date)
        hasher.combine(title)
        hasher.combine(summary)
        hasher.combine(actors)
        hasher.combine(kind)
        hasher.combine(status)
        hasher.combine(sources)
        hasher.combine(confidence)
        hasher.combine(conflicts)
    }
}

/// How many events fall in each year, are of each kind and name each actor: what the filters list.
public struct EventTally: Equatable, Sendable {
    public var years: [Int: Int] = [:]
    public var kinds: [EventKind: Int] = [:]
    public var actors: [String: Int] = [:]

    public init() {}

    public init(_ events: [Event]) {
        for event in events { add(event) }
    }

    mutating func add(_ event: Event, count: Int = 1) {
        if let year = event.firstDay?.year { years[year, default: 0] += count }
        kinds[event.kind, default: 0] += count
        for actor in event.actors { actors[actor, default: 0] += count }
    }

    mutating func remove(_ event: Event) {
        add(event, count: -1)
        years = years.filter { $0.value != 0 }
        kinds = kinds.filter { $0.value != 0 }
        for actor in event.actors where actors[actor] == 0 { actors[actor] = nil }
    }
}

/// The articles and the events drawn from them, in timeline order.
public struct Timeline: Sendable {
    public var articles: [Article]
    public var events: [Event] {
        didSet { knownTally = nil }
    }
    /// Counted by the preview's merge memo as it patches the events; counted afresh otherwise.
    var knownTally: EventTally?
    public var tally: EventTally { knownTally ?? EventTally(events) }
    public var diagnostics: [Diagnostic]
    /// Each article's date expressions against its (possibly corrected) date, by article id.
    public var timexes: [String: [TimeExpression]] = [:]

    public init(articles: [Article], events: [Event], diagnostics: [Diagnostic] = []) {
        self.articles = articles
        self.events = events
        self.diagnostics = diagnostics
    }
}

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
public struct Event: Hashable, Sendable {
    /// Stable across rebuilds: the date and a slug of the title.
    public var id: String
    public var date: DateValue
    public var title: String
    /// Markdown: the supporting sentence, attributed.
    public var summary: String
    public var actors: [String]
    public var kind: EventKind
    public var status: EventStatus
    public var sources: [SourceRef]
    /// 0...1.
    public var confidence: Double
    /// Dates from sources that disagree with `date`, kept and shown, never dropped.
    public var conflicts: [SourceRef]
}

/// The articles and the events drawn from them, in timeline order.
public struct Timeline: Sendable {
    public var articles: [Article]
    public var events: [Event]
    public var diagnostics: [Diagnostic]
    /// Each article's date expressions against its (possibly corrected) date, by article id.
    public var timexes: [String: [TimeExpression]] = [:]

    public init(articles: [Article], events: [Event], diagnostics: [Diagnostic] = []) {
        self.articles = articles
        self.events = events
        self.diagnostics = diagnostics
    }
}

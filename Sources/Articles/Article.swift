import Chronology

/// Where a metadata value came from, so pages and reports can show the evidence.
public struct Evidence: Hashable, Sendable {
    public enum Origin: String, Sendable { case parsed, sidecar, frontMatter, inferred }
    public var origin: Origin
    /// The text the value was read from, or a sentence explaining the inference.
    public var note: String
    /// 0...1: how sure the parser is.
    public var confidence: Double

    public init(_ origin: Origin, _ note: String, confidence: Double) {
        self.origin = origin
        self.note = note
        self.confidence = confidence
    }
}

/// Why a stretch of the scrape is not part of the article.
public struct RemovedText: Hashable, Sendable {
    public var range: Range<Int>
    public var reason: String
}

/// One news article, cleaned, with its metadata and the evidence for each field.
public struct Article: Hashable, Sendable {
    /// The file name without extension: stable, used in URLs and ids.
    public var id: String
    public var path: String
    /// The decoded text (UTF-8 BOM removed, CRLF folded to LF). Offsets index its Unicode scalars.
    public var text: String
    public var title: String
    public var source: String?
    public var authors: [String]
    public var url: String?
    public var published: DateValue?
    /// Evidence per field: "title", "source", "authors", "url", "published".
    public var evidence: [String: Evidence]
    /// The article's body paragraphs, in order.
    public var paragraphs: [Range<Int>]
    /// The summary under the headline, told from the lead by the writer's name or the date under it: then
    /// the first of `paragraphs`, and the story's lead is the second.
    public var standfirst: Range<Int>?
    /// Boilerplate and metadata lines left out of the body, with reasons.
    public var removed: [RemovedText]
    public var diagnostics: [Diagnostic]
    /// "markdown" for `.md` articles (the body is Markdown), else "text".
    public var format: String

    public init(id: String, path: String, text: String, title: String = "", source: String? = nil, authors: [String] = [],
                url: String? = nil, published: DateValue? = nil, evidence: [String: Evidence] = [:],
                paragraphs: [Range<Int>] = [], removed: [RemovedText] = [], diagnostics: [Diagnostic] = [], format: String = "text") {
        self.id = id
        self.path = path
        self.text = text
        self.title = title
        self.source = source
        self.authors = authors
        self.url = url
        self.published = published
        self.evidence = evidence
        self.paragraphs = paragraphs
        self.removed = removed
        self.diagnostics = diagnostics
        self.format = format
    }

    /// Confidence in the publication date, 0 when unknown.
    public var publishedConfidence: Double { published == nil ? 0 : evidence["published"]?.confidence ?? 1 }
}

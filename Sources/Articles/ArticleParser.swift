import Chronology
import Foundation

/// The raw material of one article: its bytes and, when present, its sidecar's.
public struct ArticleInput: Sendable {
    public var path: String
    public var data: Data
    public var sidecarPath: String?
    public var sidecarData: Data?

    public init(path: String, data: Data, sidecarPath: String? = nil, sidecarData: Data? = nil) {
        self.path = path
        self.data = data
        self.sidecarPath = sidecarPath
        self.sidecarData = sidecarData
    }

    /// The file name without its extension.
    public var id: String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
    var isMarkdown: Bool { path.hasSuffix(".md") || path.hasSuffix(".markdown") }
}

/// Turns article bytes into a clean `Article` with metadata and evidence. Pure: no disk access.
public enum ArticleParser {
    /// The article, or nil when its text cannot be read at all; diagnostics either way.
    public static func parse(_ input: ArticleInput) -> (Article?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var text: String
        switch TextDecoder.decode(input.data, path: input.path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var scalars = FastText.scalars(text)
        if !input.isMarkdown, let unwrapped = HardWrap.joined(scalars) {
            scalars = unwrapped
            text = FastText.string(unwrapped[...])
        }
        var metadata = Metadata()
        var bodyStart = 0
        var removed: [RemovedText] = []
        if input.isMarkdown, let frontMatter = FrontMatter.split(scalars) {
            switch frontMatter {
            case .unterminated:
                diagnostics.append(.error(input.path, 1, 1, "front matter not terminated: add a line '---' after the fields"))
            case .block(let yaml, let end):
                let (parsed, problems) = Metadata.parse(yaml, path: input.path, lineOffset: 1)
                metadata = parsed
                diagnostics += problems
                bodyStart = end
                removed.append(RemovedText(range: 0..<end, reason: "front matter"))
            }
        }
        if let sidecarData = input.sidecarData, let sidecarPath = input.sidecarPath {
            switch TextDecoder.decode(sidecarData, path: sidecarPath) {
            case .success(let yaml):
                let (sidecar, problems) = Metadata.parse(yaml, path: sidecarPath)
                diagnostics += problems
                metadata = metadata.overridden(by: sidecar)
            case .failure(let diagnostic):
                if !diagnostic.message.contains("empty") { diagnostics.append(diagnostic) }
            }
        }

        let split = BlockSplitter.split(scalars, from: bodyStart, byLine: !input.isMarkdown)
        let blocks = input.isMarkdown ? split : BlockSplitter.separatingDateStamp(split)
        let roles: [BlockRole]
        if input.isMarkdown {
            roles = blocks.map { $0.text.hasPrefix("# ") ? .title : .body }
        } else {
            roles = BoilerplateClassifier(ignoredLines: Set(metadata.ignore)).classify(blocks, text: text)
        }
        var article = Article(id: input.id, path: input.path, text: text, format: input.isMarkdown ? "markdown" : "text")
        for (block, role) in zip(blocks, roles) {
            switch role {
            case .body: article.paragraphs.append(block.range)
            case .standfirst:
                article.paragraphs.append(block.range)
                article.standfirst = block.range
            default: removed.append(RemovedText(range: block.range, reason: role.reason))
            }
        }
        article.removed = removed

        let tagger = TemporalTagger(numericDateOrder: NumericDateOrder.of(scalars))
        let extractor = MetadataExtractor(blocks: blocks, roles: roles, tagger: tagger)
        fillTitle(&article, metadata, extractor, diagnostics: &diagnostics)
        if let source = metadata.source {
            article.source = source
            article.evidence["source"] = Evidence(.sidecar, "given by the editor", confidence: 1)
        } else if let (source, evidence) = extractor.source {
            article.source = source
            article.evidence["source"] = evidence
        }
        if let authors = metadata.authors {
            article.authors = authors
            article.evidence["authors"] = Evidence(.sidecar, "given by the editor", confidence: 1)
        } else if let (authors, evidence) = extractor.authors {
            article.authors = authors
            article.evidence["authors"] = evidence
        }
        if let url = metadata.url {
            if URLPolicy.isAllowed(url) {
                article.url = url
                article.evidence["url"] = Evidence(.sidecar, "given by the editor", confidence: 1)
            } else {
                diagnostics.append(.error(input.sidecarPath ?? input.path, 1, 1, "source URL scheme not allowed: '\(url)' (use http or https)"))
            }
        }
        fillPublished(&article, metadata, extractor, input: input, diagnostics: &diagnostics)
        article.diagnostics = diagnostics.sorted()
        return (article, article.diagnostics)
    }

    private static func fillTitle(_ article: inout Article, _ metadata: Metadata, _ extractor: MetadataExtractor,
                                  diagnostics: inout [Diagnostic]) {
        if let title = metadata.title {
            article.title = title
            article.evidence["title"] = Evidence(.sidecar, "given by the editor", confidence: 1)
        } else if let (title, evidence) = extractor.title {
            article.title = title.hasPrefix("# ") ? String(title.dropFirst(2)) : title
            article.evidence["title"] = evidence
        } else {
            let first = article.paragraphs.first.map { Dateline.strip(article.text.scalarSlice($0)) } ?? article.id
            article.title = first.count > 90 ? String(first.prefix(87)) + "..." : first
            article.evidence["title"] = Evidence(.inferred, "no headline found: the first sentence stands in", confidence: 0.2)
            diagnostics.append(.warning(article.path, 1, 1, "no headline found; add 'title:' to \(article.id).yml"))
        }
    }

    private static func fillPublished(_ article: inout Article, _ metadata: Metadata, _ extractor: MetadataExtractor,
                                      input: ArticleInput, diagnostics: inout [Diagnostic]) {
        if let published = metadata.published {
            if let value = DateValue(parsing: published, basis: Basis(.given, "given by the editor")) {
                article.published = value
                article.evidence["published"] = Evidence(.sidecar, "given by the editor", confidence: 1)
                return
            }
            diagnostics.append(.error(input.sidecarPath ?? input.path, metadata.publishedLine, 1,
                                      "published: '\(published)' is not a valid date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)"))
        }
        if let (value, evidence) = extractor.statedDate {
            article.published = value
            article.evidence["published"] = evidence
            // "Pyongyang, August 24 (KCNA) —" on a page dated "11th December 2023": a repost, months later, of a
            // story its dateline dates; its "on Thursday" is August's.
            if let dateline = extractor.wireDatelineMonthDay, let stated = value.start,
               let filed = [stated.year, stated.year - 1].lazy.compactMap({ Day(year: $0, month: dateline.month, day: dateline.day) }).first(where: { $0 <= stated }),
               filed.adding(days: 7) < stated {
                let note = "day from the dateline '\(dateline.text)', the latest before the page's date \(DateValue.dayText(stated)), a later repost"
                article.published = .day(filed, basis: Basis(.inferred, note))
                article.evidence["published"] = Evidence(.inferred, note, confidence: 0.7)
                diagnostics.append(.warning(article.path, 1, 1, "publication date taken from the dateline; \(note) -> \(DateValue.dayText(filed)); pin it with 'published:' in \(article.id).yml"))
            } else if let stated = value.start, let (held, text) = BriefingDay.heldOn(title: article.title, tagger: extractor.tagger),
                      held < stated, held.adding(days: 60) >= stated {
                let note = "the day the headline's briefing was held, '\(text)', before the page's date \(DateValue.dayText(stated)), a later posting"
                article.published = .day(held, basis: Basis(.inferred, note))
                article.evidence["published"] = Evidence(.inferred, note, confidence: 0.8)
                diagnostics.append(.warning(article.path, 1, 1, "publication date taken from the headline; \(note) -> \(DateValue.dayText(held)); pin it with 'published:' in \(article.id).yml"))
            }
            return
        }
        // A wire dateline states the day; the page's copyright year (or KCNA's "Juche 114 (2025)") supplies the year.
        let stampedYear = PublicationDateInference.copyrightYear(in: article.text).map { ($0, "the page's copyright ©\($0)") }
            ?? PublicationDateInference.jucheYear(in: article.text).map { ($0, "the stamp 'Juche \($0 - 1911)'") }
        // (Read once: it tags the header's lines.)
        let datelineMonthDay = extractor.datelineMonthDay
        if let dateline = datelineMonthDay, let (year, stamp) = stampedYear,
           let day = Day(year: year, month: dateline.month, day: dateline.day) {
            let note = "day from the dateline '\(dateline.text)', year from \(stamp)"
            article.published = .day(day, basis: Basis(.inferred, note))
            article.evidence["published"] = Evidence(.inferred, note, confidence: 0.8)
            diagnostics.append(.warning(article.path, 1, 1, "publication year not stated; \(note) -> \(DateValue.dayText(day)); pin it with 'published:' in \(article.id).yml"))
            return
        }
        let body = article.paragraphs.map { article.text.scalarSlice($0) }.joined(separator: "\n\n")
        // A wire dateline states the day; the story's own dates bound the year.
        if let dateline = datelineMonthDay,
           let (day, reason) = PublicationDateInference(tagger: extractor.tagger).datelineDay(month: dateline.month, day: dateline.day, body: body) {
            let note = "day from the dateline '\(dateline.text)', \(reason)"
            article.published = .day(day, basis: Basis(.inferred, note))
            article.evidence["published"] = Evidence(.inferred, note, confidence: 0.5)
            diagnostics.append(.warning(article.path, 1, 1, "publication year not stated; \(note) -> \(DateValue.dayText(day)); pin it with 'published:' in \(article.id).yml"))
            return
        }
        let furniture = article.removed.map { article.text.scalarSlice($0.range) }
        let captions = zip(article.removed, furniture).filter { $0.0.reason == BlockRole.caption.reason }.map(\.1)
        let inference = PublicationDateInference(tagger: extractor.tagger)
        if let (day, reason) = inference.captionDay(captions: captions, body: body)
            ?? inference.captionDay(captions: furniture.filter(PublicationDateInference.isEmbeddedPostStamp), body: body, of: "the embedded post's") {
            article.published = .day(day, basis: Basis(.inferred, reason))
            article.evidence["published"] = Evidence(.inferred, reason, confidence: 0.6)
            diagnostics.append(.warning(article.path, 1, 1, "no publication date stated; \(reason) -> \(DateValue.dayText(day)); pin it with 'published:' in \(article.id).yml"))
            return
        }
        if let estimate = inference.estimate(body: body, boilerplate: furniture, fullText: article.text) {
            article.published = estimate.date
            article.evidence["published"] = Evidence(.inferred, estimate.explanation, confidence: estimate.confidence)
            diagnostics.append(.warning(article.path, 1, 1, "no publication date stated; \(estimate.explanation) -> \(estimate.date.display) (confidence \(Int(estimate.confidence * 100))%); pin it with 'published:' in \(article.id).yml"))
        } else {
            diagnostics.append(.warning(article.path, 1, 1, "no publication date found; relative dates stay unresolved; add 'published:' to \(article.id).yml"))
        }
    }
}

extension Metadata {
    /// Fields of `other` win where given.
    func overridden(by other: Metadata) -> Metadata {
        var merged = self
        if other.title != nil { merged.title = other.title }
        if other.source != nil { merged.source = other.source }
        if other.url != nil { merged.url = other.url }
        if other.authors != nil { merged.authors = other.authors }
        if other.published != nil { merged.published = other.published; merged.publishedLine = other.publishedLine }
        merged.ignore += other.ignore
        return merged
    }
}

extension String {
    /// The text at a Unicode-scalar range.
    public func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let end = scalars.index(start, offsetBy: range.count)
        return String(scalars[start..<end])
    }
}

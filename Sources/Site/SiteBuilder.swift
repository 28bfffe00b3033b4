import Articles
import Chronology
import Foundation
import Timeline

/// Renders the whole site into memory: pages, assets and exports. Pure: templates come in as a
/// `Theme`, files go out as a `SiteOutput`.
public struct SiteBuilder {
    public let theme: Theme
    public let config: SiteConfig

    public init(theme: Theme, config: SiteConfig) {
        self.theme = theme
        self.config = config
    }

    public func build(_ timeline: Timeline) -> (SiteOutput, [Diagnostic]) {
        var output = SiteOutput()
        var diagnostics: [Diagnostic] = []
        let site = SiteInfo(title: config.title, language: config.language, articleCount: timeline.articles.count, eventCount: timeline.events.count)
        let model = SiteModel(timeline: timeline)
        let articlesByID = Dictionary(timeline.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        // Every event's list item, made once per depth (its summary rendered once).
        var itemsByDepth: [String: [String: EventItem]] = ["": [:], "../": [:]]
        for root in ["", "../"] {
            var seen: [Diagnostic] = []
            for event in timeline.events {
                itemsByDepth[root]![event.id] = model.item(event, root: root, articles: articlesByID, diagnostics: &seen)
            }
            if root == "" { diagnostics += seen }
        }
        func items(_ events: [Event], root: String) -> [EventItem] {
            events.map { itemsByDepth[root]![$0.id]! }
        }
        var pages: [(path: String, template: String, context: Any)] = []
        func page(_ title: String, _ path: String, description: String) -> PageInfo {
            let depth = path.split(separator: "/").count - 1
            return PageInfo(title: title, description: description, root: String(repeating: "../", count: depth),
                            canonical: config.baseURL.map { $0 + path })
        }

        // Index.
        let indexPage = page("Timeline", "index.html", description: "A timeline of \(timeline.events.count) events.")
        let indexItems = items(timeline.events, root: "")
        pages.append(("index.html", "index", IndexPage(
            site: site, page: indexPage, root: "", firstYear: model.years.first ?? 0, lastYear: model.years.last ?? 0,
            stripHTML: DensityStrip.svg(counts: model.yearCounts), kinds: model.kindOptions, actors: model.actorFilters,
            years: model.yearGroups(indexItems))))

        // One page per event.
        for (event, item) in zip(timeline.events, items(timeline.events, root: "../")) {
            let path = "events/\(event.id).html"
            pages.append((path, "event", EventPage(
                site: site, page: page(event.title, path, description: "\(event.date.display): \(event.title)"), root: "../",
                event: item, reasons: model.reasons(for: event, articles: articlesByID).map(Reason.init),
                confidence: Int((event.confidence * 100).rounded()), sources: model.quotes(for: event, articles: articlesByID),
                hasConflicts: !event.conflicts.isEmpty, conflicts: model.conflictReasons(for: event, articles: articlesByID).map(Reason.init))))
        }

        // One page per article.
        let tagger = TemporalTagger()
        var articleEntries: [DirectoryEntry] = []
        for article in timeline.articles {
            let path = "articles/\(article.id).html"
            let links = model.sentenceLinks[article.id] ?? []
            let timexes = timeline.timexes[article.id] ?? tagger.tag(article.text, reference: article.published)
            let body = article.format == "markdown"
                ? CommonMark.render(article.paragraphs.map { article.text.scalarSlice($0) }.joined(separator: "\n\n"))
                : ArticleBodyRenderer.render(article, timexes: timexes, links: links)
            if CommonMark.omittedRawHTML(body) {
                diagnostics.append(.warning(article.path, 1, 1, "raw HTML omitted while rendering"))
            }
            let published = article.published
            let info = ArticleInfo(
                title: article.title, source: article.source ?? "Unknown source", url: article.url.flatMap { URLPolicy.isAllowed($0) ? $0 : nil },
                authors: article.authors.isEmpty ? nil : article.authors.joined(separator: ", "),
                published: published?.display ?? "unknown", datetime: published.flatMap(HTMLDatetime.attribute(for:)),
                publishedBasis: published.map { SiteModel.basisText($0, confidence: article.publishedConfidence) } ?? "not found",
                eventCount: Set(links.map(\.eventID)).count)
            let removed = article.removed.map { RemovedLine(reason: $0.reason, text: article.text.scalarSlice($0.range)) }
            pages.append((path, "article", ArticlePage(
                site: site, page: page(article.title, path, description: "Source article: \(article.title)"), root: "../",
                article: info, bodyHTML: body, removedCount: removed.count, removed: removed)))
            articleEntries.append(DirectoryEntry(name: article.title, url: "\(article.id).html",
                                                 detail: "\(article.source ?? "unknown source"), \(published?.display ?? "undated")"))
        }
        pages.append(("articles/index.html", "directory", DirectoryPage(
            site: site, page: page("Sources", "articles/index.html", description: "The articles behind the timeline."), root: "../",
            intro: "The articles the events come from, with their cleaned text and every date marked.", entries: articleEntries)))

        // Filter pages that work without JavaScript: actors, kinds, years.
        var actorEntries: [DirectoryEntry] = []
        for actor in model.actorFilters {
            let path = "actors/\(actor.slug).html"
            let events = timeline.events.filter { $0.actors.contains(actor.name) }
            pages.append((path, "list", ListPage(
                site: site, page: page(actor.name, path, description: "Events involving \(actor.name)."), root: "../",
                intro: "\(events.count) events involving \(actor.name).", events: items(events, root: "../"))))
            actorEntries.append(DirectoryEntry(name: actor.name, url: "\(actor.slug).html", detail: "\(actor.count)"))
        }
        pages.append(("actors/index.html", "directory", DirectoryPage(
            site: site, page: page("Actors", "actors/index.html", description: "States, leaders and organizations."), root: "../",
            intro: "States, leaders, officials and organizations, with their number of events.", entries: actorEntries)))
        for kind in model.kindOptions {
            let path = "kinds/\(kind.value).html"
            let events = timeline.events.filter { $0.kind.rawValue == kind.value }
            pages.append((path, "list", ListPage(
                site: site, page: page(kind.label, path, description: "\(kind.label) events."), root: "../",
                intro: "\(events.count) events of kind \(kind.label).", events: items(events, root: "../"))))
        }
        var yearEntries: [DirectoryEntry] = []
        for (year, count) in model.yearCounts {
            let path = "years/\(year).html"
            let events = timeline.events.filter { $0.date.start?.year == year }
            pages.append((path, "list", ListPage(
                site: site, page: page("\(year)", path, description: "Events of \(year)."), root: "../",
                intro: "\(count) events in \(year).", events: items(events, root: "../"))))
            yearEntries.append(DirectoryEntry(name: "\(year)", url: "\(year).html", detail: "\(count)"))
        }
        pages.append(("years/index.html", "directory", DirectoryPage(
            site: site, page: page("Years", "years/index.html", description: "Events by year."), root: "../",
            intro: nil, entries: yearEntries)))
        pages.append(("about.html", "about", AboutPage(
            site: site, page: page("Data and method", "about.html", description: "How this timeline is made."), root: "", kinds: model.kindOptions)))

        // Rendering is the costly part and pages are independent: all cores, same bytes as serial.
        let rendered = ParallelMap.map(pages) { Data(theme.render($0.template, $0.context).utf8) }
        for (page, data) in zip(pages, rendered) { output.add(page.path, data) }

        // Assets and exports.
        for (path, data) in theme.assets { output.add("assets/" + path, data) }
        output.add("events.json", EventsJSON.encode(timeline))
        output.add("events.schema.json", Data(EventsSchema.text.utf8))
        output.add("timelinejs.json", TimelineJSExport.encode(timeline, title: config.title))
        output.add("events.ics", CalendarExport.encode(timeline, baseURL: config.baseURL))
        output.add("feed.xml", FeedExport.atom(timeline, title: config.title, baseURL: config.baseURL))
        output.add("robots.txt", FeedExport.robots(baseURL: config.baseURL))
        output.add("sitemap.xml", FeedExport.sitemap(paths: output.paths, baseURL: config.baseURL))
        return (output, diagnostics.sorted())
    }
}

import Articles
import Chronology
import Foundation
import Timeline

/// Plans and renders the whole site: pages, assets and exports. Pure: templates come in as a `Theme`,
/// files go out as a `SitePlan` (made on demand) or a `SiteOutput` (everything made).
public struct SiteBuilder: Sendable {
    public let theme: Theme
    public let config: SiteConfig

    /// How many actors, the most frequent, the index's filter bar names; the directory lists them all.
    static let indexActorLimit = 30

    public init(theme: Theme, config: SiteConfig) {
        self.theme = theme
        self.config = config
    }

    /// Every file, rendered, with the warnings rendering raised.
    public func build(_ timeline: Timeline) -> (SiteOutput, [Diagnostic]) {
        plan(timeline).renderAll()
    }

    /// Every file of the site and how to make it; nothing is rendered yet.
    public func plan(_ timeline: Timeline) -> SitePlan {
        var makers: [String: () -> Data] = [:]
        // Filter pages that work without JavaScript: actors, kinds, years.
        let filters = SiteModel.filters(timeline)
        let shared = SharedFacts(timeline: timeline, filters: filters, theme: theme)
        let theme = self.theme, config = self.config
        let site = SiteInfo(title: config.title, language: config.language, articleCount: timeline.articles.count, eventCount: timeline.events.count)
        func page(_ path: String, _ template: String, _ context: @escaping () -> Any) {
            makers[path] = { theme.renderPage(template, context()) }
        }
        func listPage(_ path: String, _ template: String, _ context: @escaping () -> Any) {
            makers[path] = { theme.renderPageWithRenderedItems(template, context()) }
        }
        // Each list page with the timeline index of its first event (see `SharedFacts`).
        var listPageFirstEvents: [(path: String, first: (SiteModel) -> Int)] = []
        func info(_ title: String, _ path: String, description: String) -> PageInfo {
            let depth = path.split(separator: "/").count - 1
            return PageInfo(title: title, description: description, root: String(repeating: "../", count: depth),
                            canonical: config.baseURL.map { $0 + path })
        }

        // The index, in pages; with more than one, the strip's bars lead to the year pages.
        let perPage = config.eventsPerPage
        let indexPager = Pager(basePath: "index.html", itemCount: timeline.events.count, perPage: perPage)
        for number in indexPager.pageNumbers {
            let path = indexPager.path(number)
            let first = indexPager.range(number, total: timeline.events.count).lowerBound
            listPageFirstEvents.append((path, { _ in first }))
            listPage(path, "index") {
                let model = shared.model.get
                let range = indexPager.range(number, total: timeline.events.count)
                let events = timeline.events[range]
                let link: (Int) -> String = indexPager.pageCount > 1 ? { "years/\($0).html" } : { "#y\($0)" }
                return IndexPage(
                    site: site, page: info(indexPager.title("Timeline", page: number), path,
                                           description: "A timeline of \(timeline.events.count) events."), root: "",
                    firstYear: model.years.first ?? 0, lastYear: model.years.last ?? 0,
                    stripHTML: DensityStrip.svg(counts: model.yearCounts, link: link), kinds: model.kindOptions,
                    actors: Array(model.actorFilters.prefix(SiteBuilder.indexActorLimit)),
                    moreActors: model.actorFilters.count > SiteBuilder.indexActorLimit ? MoreActors(count: model.actorFilters.count) : nil,
                    years: model.yearGroups(events, shared.listed(range, root: "")), pagination: indexPager.navigation(number))
            }
        }

        // Event pages by index (see SitePlan.Family): the preview plans every page on each rebuild.
        let eventPage = { (index: Int) -> Data in
            let event = shared.timeline.events[index], path = "events/\(event.id).html"
            let model = shared.model.get, articles = shared.articlesByID
            return theme.renderPage("event", EventPage(
                site: site, page: info(event.title, path, description: "\(event.date.display): \(event.title)"), root: "../",
                event: shared.item(event, root: "../"), reasons: model.reasons(for: event, articles: articles).map(Reason.init),
                confidence: Int((event.confidence * 100).rounded()), sources: model.quotes(for: event, articles: articles),
                hasConflicts: !event.conflicts.isEmpty, conflicts: model.conflictReasons(for: event, articles: articles).map(Reason.init)))
        }
        let eventPages = SitePlan.Family(prefix: "events/", suffix: ".html", names: timeline.events.map(\.id), make: eventPage)

        var articleEntries: [DirectoryEntry] = []
        for article in timeline.articles {
            let path = "articles/\(article.id).html"
            page(path, "article") {
                let (page, warnings) = SiteBuilder.articlePage(article, timeline: timeline, model: shared.model.get,
                                                               info: info(article.title, path, description: "Source article: \(article.title)"), site: site)
                shared.plan?.note(warnings)
                return page
            }
            articleEntries.append(DirectoryEntry(name: article.title, url: "\(article.id).html",
                                                 detail: "\(article.source ?? "unknown source"), \(article.published?.display ?? "undated")"))
        }
        page("articles/index.html", "directory") { [articleEntries] in
            DirectoryPage(site: site, page: info("Sources", "articles/index.html", description: "The articles behind the timeline."), root: "../",
                          intro: "The articles the events come from, with their cleaned text and every date marked.", entries: articleEntries)
        }

        // A list's events are indexes into the timeline, grouped once for all lists (SiteModel).
        func listPages(_ basePath: String, count: Int, title: String, description: String,
                       intro: @escaping (Int) -> String, events: @escaping (SiteModel) -> [Int]?) {
            let pager = Pager(basePath: basePath, itemCount: count, perPage: perPage)
            for number in pager.pageNumbers {
                let path = pager.path(number)
                listPageFirstEvents.append((path, { model in events(model).flatMap { $0[pager.range(number, total: $0.count)].first } ?? 0 }))
                listPage(path, "list") {
                    let all = events(shared.model.get) ?? []
                    let onPage = all[pager.range(number, total: all.count)]
                    return ListPage(site: site, page: info(pager.title(title, page: number), path, description: description), root: "../",
                                    intro: intro(all.count), events: shared.listed(onPage, root: "../"),
                                    pagination: pager.navigation(number))
                }
            }
        }
        for actor in filters.actors {
            listPages("actors/\(actor.slug).html", count: actor.count, title: actor.name, description: "Events involving \(actor.name).",
                      intro: { "\($0) events involving \(actor.name)." }) { $0.eventsByActor[actor.name] }
        }
        page("actors/index.html", "directory") {
            DirectoryPage(site: site, page: info("Actors", "actors/index.html", description: "States, leaders and organizations."), root: "../",
                          intro: "States, leaders, officials and organizations, with their number of events.",
                          entries: filters.actors.map { DirectoryEntry(name: $0.name, url: "\($0.slug).html", detail: "\($0.count)") })
        }
        for kind in filters.kinds {
            listPages("kinds/\(kind.value).html", count: kind.count, title: kind.label, description: "\(kind.label) events.",
                      intro: { "\($0) events of kind \(kind.label)." }) { $0.eventsByKind[kind.value] }
        }
        for (year, count) in filters.yearCounts {
            listPages("years/\(year).html", count: count, title: "\(year)", description: "Events of \(year).",
                      intro: { "\($0) events in \(year)." }) { $0.eventsByYear[year] }
        }
        page("years/index.html", "directory") {
            DirectoryPage(site: site, page: info("Years", "years/index.html", description: "Events by year."), root: "../", intro: nil,
                          entries: filters.yearCounts.map { DirectoryEntry(name: "\($0.year)", url: "\($0.year).html", detail: "\($0.count)") })
        }
        page("about.html", "about") {
            AboutPage(site: site, page: info("Data and method", "about.html", description: "How this timeline is made."), root: "",
                      kinds: filters.kinds)
        }

        // Assets and exports.
        for (path, data) in theme.assets { makers["assets/" + path] = { data } }
        var streams: [String: (ByteSink) -> Void] = [:]
        streams["events.json"] = { EventsJSON.write(timeline, to: $0) }
        makers["events.schema.json"] = { Data(EventsSchema.text.utf8) }
        streams["timelinejs.json"] = { TimelineJSExport.write(timeline, title: config.title, to: $0) }
        streams["events.ics"] = { CalendarExport.write(timeline, baseURL: config.baseURL, to: $0) }
        makers["feed.xml"] = { FeedExport.atom(timeline, title: config.title, baseURL: config.baseURL) }
        makers["robots.txt"] = { FeedExport.robots(baseURL: config.baseURL) }
        streams["sitemap.xml"] = { FeedExport.writeSitemap(paths: shared.plan?.paths ?? [], baseURL: config.baseURL, to: $0) }

        let plan = SitePlan(makers: makers, streams: streams, families: [eventPages])
        shared.plan = plan
        plan.sharedFacts = shared
        plan.prepareShared = { _ = shared.model.get }
        plan.makingOrder = { [listPageFirstEvents] in SiteBuilder.listPageOrder(listPageFirstEvents, model: shared.model.get) }
        return plan
    }

    /// List pages by their first event (then path): a sweep through time that lists each event on its
    /// index, year, kind and actor pages close together, so its rendered item is dropped soon after.
    static func listPageOrder(_ pages: [(path: String, first: (SiteModel) -> Int)], model: SiteModel) -> [String] {
        pages.map { (first: $0.first(model), path: $0.path) }.sorted { ($0.first, $0.path) < ($1.first, $1.path) }.map(\.path)
    }

    static func articlePage(_ article: Article, timeline: Timeline, model: SiteModel, info: PageInfo, site: SiteInfo) -> (ArticlePage, [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let links = model.sentenceLinks[article.id] ?? []
        let timexes = timeline.timexes[article.id] ?? TemporalTagger().tag(article.text, reference: article.published)
        let body = article.format == "markdown"
            ? CommonMark.render(article.paragraphs.map { article.text.scalarSlice($0) }.joined(separator: "\n\n"))
            : ArticleBodyRenderer.render(article, timexes: timexes, links: links)
        if CommonMark.omittedRawHTML(body) {
            warnings.append(.warning(article.path, 1, 1, "raw HTML omitted while rendering"))
        }
        let published = article.published
        let articleInfo = ArticleInfo(
            title: article.title, source: article.source ?? "Unknown source", url: article.url.flatMap { URLPolicy.isAllowed($0) ? $0 : nil },
            authors: article.authors.isEmpty ? nil : article.authors.joined(separator: ", "),
            published: published?.display ?? "unknown", datetime: published.flatMap(HTMLDatetime.attribute(for:)),
            publishedBasis: published.map { SiteModel.basisText($0, confidence: article.publishedConfidence) } ?? "not found",
            eventCount: Set(links.map(\.eventID)).count)
        let removed = article.removed.map { RemovedLine(reason: $0.reason, text: article.text.scalarSlice($0.range)) }
        return (ArticlePage(site: site, page: info, root: "../", article: articleInfo, bodyHTML: body,
                            removedCount: removed.count, removed: removed), warnings)
    }
}

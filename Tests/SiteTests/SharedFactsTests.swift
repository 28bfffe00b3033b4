import Articles
import Foundation
import Testing
import Timeline
@testable import Site

/// List items are rendered once with a root placeholder and filled in per page: the result must be what
/// rendering the item for that page would give, whatever the article text holds.
@Suite struct SharedFactsTests {
    @Test func placeholderIsReplacedByTheRoot() {
        #expect(RootPlaceholder.fill("<a href=\"\u{1}events/e.html\">\u{1}</a>", root: "../") == "<a href=\"../events/e.html\">../</a>")
        #expect(RootPlaceholder.fill("<a href=\"\u{1}events/é.html\">", root: "") == "<a href=\"events/é.html\">")
        #expect(RootPlaceholder.fill("no placeholder", root: "../") == "no placeholder")
        #expect(RootPlaceholder.fill("\u{1}\u{1}x\u{1}", root: "../") == "../../x../")
        #expect(RootPlaceholder.fill("\u{1}ü\u{1}", root: "") == "ü")
        #expect(RootPlaceholder.fill("", root: "../") == "")
    }

    @Test func listedItemsEqualItemsRenderedForTheirPage() throws {
        let timeline = try SitePlanTests().seedTimeline()
        let theme = try defaultTheme()
        let shared = SharedFacts(timeline: timeline, filters: SiteModel.filters(timeline), theme: theme)
        #expect(!timeline.events.isEmpty)
        for root in ["", "../", "", "../"] {  // twice: first made, then from the cache
            for (event, listed) in zip(timeline.events, shared.listed(timeline.events.indices, root: root)) {
                #expect(listed.renderedHTML.html == theme.render("event-item", shared.item(event, root: root)))
                #expect(listed.renderedHTML.html.contains("href=\"\(root)events/\(event.id).html\""))
            }
        }
    }

    /// Each kept item is dropped after the last list page that lists it: the use counts must be the
    /// number of list pages that link the event, and nothing stays kept once the site is made.
    @Test func keptItemsAreDroppedAfterTheirLastListPage() throws {
        let timeline = try SitePlanTests().seedTimeline()
        let plan = SiteBuilder(theme: try defaultTheme(), config: SiteConfig(title: "T")).plan(timeline)
        let (output, _) = plan.renderAll()
        let shared = try #require(plan.sharedFacts)
        #expect(shared.keptItemCount == 0)
        let listPages = output.paths.filter { path in
            path.hasSuffix(".html") && !path.hasSuffix("/index.html")
                && (path.hasPrefix("index") || ["actors/", "kinds/", "years/"].contains { path.hasPrefix($0) })
        }
        let uses = SharedFacts.listUses(shared.model.get, filters: SiteModel.filters(timeline), eventCount: timeline.events.count)
        for (index, event) in timeline.events.enumerated() {
            let listing = listPages.filter { output.text($0).contains("events/\(event.id).html\"") }.count
            #expect(Int(uses[index]) == listing, "\(event.id)")
        }
        // List pages first, in the order of their first event (a sweep through time), then the rest.
        let order = plan.pathsInMakingOrder
        #expect(order.sorted() == plan.paths, "every path once")
        #expect(Set(order.prefix(listPages.count)) == Set(listPages))
        let position = Dictionary(uniqueKeysWithValues: timeline.events.enumerated().map { ($1.id, $0) })
        let firstEvents = order.prefix(listPages.count).map { path -> Int in
            let html = output.text(path)
            let link = html.components(separatedBy: "events/").dropFirst().first?.components(separatedBy: ".html").first ?? ""
            return position[link] ?? -1
        }
        #expect(firstEvents == firstEvents.sorted() && !firstEvents.contains(-1), "\(firstEvents)")
    }

    @Test func textHoldingThePlaceholderCharacterIsKept() throws {
        let text = "Japan and Korea envoys to meet ahead of trade talks\n\nBy Kim Arin\n\nPublished : Feb. 16, 2024 - 19:17\n\n"
            + "The South Korean government said Friday it signed the \u{1}accord with Japan on Monday in Seoul.\n"
        let (output, timeline, _) = try buildSite(["a.txt": text])
        let event = try #require(timeline.events.first { $0.title.contains("\u{1}accord") })
        let index = output.text("index.html"), year = output.text("years/\(event.date.start!.year).html")
        #expect(index.contains("\u{1}accord") && year.contains("\u{1}accord"))
        #expect(index.contains("href=\"events/\(event.id).html\"") && year.contains("href=\"../events/\(event.id).html\""))
    }

    @Test func listTemplatesMayPrintItemFields() throws {
        var (templates, assets) = try Theme.readFolder(repositoryRoot.appendingPathComponent("templates").path)
        templates["list"] = "{{#events}}<b>{{title}}</b>{{> event-item}}{{/events}}"
        let timeline = try SitePlanTests().seedTimeline()
        let (output, _) = SiteBuilder(theme: try Theme(templates: templates, assets: assets), config: SiteConfig(title: "T")).build(timeline)
        let event = try #require(timeline.events.first)
        let page = output.text("years/\(event.date.start!.year).html")
        #expect(page.contains("<b>\(HTMLEscape.text(event.title))</b><li class=\"event"))
    }
}

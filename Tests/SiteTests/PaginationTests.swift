import Articles
import Foundation
import Testing
import Timeline
@testable import Site

/// Long lists split into pages: every event on exactly one page of each list, links between pages
/// that resolve, and a single page (no navigation) when the list fits.
@Suite struct PaginationTests {
    static func build(eventsPerPage: Int) throws -> (SiteOutput, Timeline) {
        let files = try seedFiles()
        let articles = files.keys.sorted().filter { $0.hasSuffix(".txt") }.compactMap { name in
            ArticleParser.parse(ArticleInput(path: "seeds/" + name, data: Data(files[name]!.utf8))).0
        }
        let timeline = TimelineBuilder().build(articles)
        let config = SiteConfig(title: "Test timeline", eventsPerPage: eventsPerPage)
        return (SiteBuilder(theme: try defaultTheme(), config: config).build(timeline).0, timeline)
    }

    static func eventIDs(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<li class="event[^"]*" id="([^"]+)""#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    static func hrefs(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: ##"href="([^"#?]+)[^"]*""##)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    @Test func theIndexSplitsIntoPagesHoldingEveryEventOnce() throws {
        let (site, timeline) = try Self.build(eventsPerPage: 10)
        let pages = (timeline.events.count + 9) / 10
        #expect(pages >= 3)
        let paths = ["index.html"] + (2...pages).map { "index.\($0).html" }
        for path in paths { #expect(site.files[path] != nil, "\(path) missing") }
        #expect(site.files["index.\(pages + 1).html"] == nil)
        let listed = paths.flatMap { Self.eventIDs(site.text($0)) }
        #expect(listed == timeline.events.map(\.id))

        let second = site.text("index.2.html")
        #expect(second.contains(#"<a rel="prev" href="index.html">"#))
        #expect(second.contains(#"<a rel="next" href="index.3.html">"#))
        #expect(second.contains(#"<span aria-current="page">2</span>"#))
        #expect(second.contains("<title>Timeline (page 2 of \(pages))"))
        #expect(!site.text("index.\(pages).html").contains(#"rel="next""#))
        // A page holds only some events: filters and the strip lead to pages that hold them all.
        #expect(second.contains(#"data-paginated="true""#))
        #expect(second.contains(#"href="years/"#) && !second.contains(##"href="#y"##))
    }

    @Test func everyListPageHoldsItsShareAndEveryLinkResolves() throws {
        let (site, timeline) = try Self.build(eventsPerPage: 10)
        let kindsOnPages = site.paths.filter { $0.hasPrefix("kinds/") }
        for kind in Set(timeline.events.map(\.kind)) {
            let expected = timeline.events.filter { $0.kind == kind }.map(\.id)
            let pages = kindsOnPages.filter { $0 == "kinds/\(kind.rawValue).html" || $0.hasPrefix("kinds/\(kind.rawValue).") }
            #expect(pages.count == (expected.count + 9) / 10, "\(kind)")
            let ordered = pages.sorted { a, b in
                let n = { (p: String) in Int(p.split(separator: ".").dropLast().last.flatMap { Int($0) } ?? 1) }
                return n(a) < n(b)
            }
            #expect(ordered.flatMap { Self.eventIDs(site.text($0)) } == expected, "\(kind)")
        }
        for path in site.paths where path.hasSuffix(".html") {
            let folder = (path as NSString).deletingLastPathComponent
            for href in Self.hrefs(site.text(path)) where !href.contains(":") {
                var parts: [Substring] = []
                for part in ((folder.isEmpty ? href : folder + "/" + href)).split(separator: "/") {
                    if part == ".." { parts.removeLast() } else if part != "." { parts.append(part) }
                }
                let target = parts.joined(separator: "/")
                #expect(site.files[target] != nil, "\(path) links to missing \(href)")
            }
        }
    }

    @Test func theIndexFiltersByTheMostFrequentActorsAndLinksToAllOfThem() throws {
        let first = ["Ana", "Bruno", "Clara", "Dario", "Elena", "Farid"], last = ["Lind", "Moreau", "Novak", "Ortiz", "Petrov", "Quist"]
        let names = first.flatMap { f in last.map { "\(f) \($0)" } }
        let paragraphs = names.enumerated().map { i, name in
            "Trade Minister \(name) met envoys in Oslo on March \(i % 28 + 1), 2023 to discuss tariffs."
        }
        let (site, timeline, _) = try buildSite(["many.txt": "Trade talks\n\n" + paragraphs.joined(separator: "\n\n") + "\n"])
        let actors = Set(timeline.events.flatMap(\.actors))
        #expect(actors.count > SiteBuilder.indexActorLimit)
        let index = String(decoding: site.files["index.html"] ?? Data(), as: UTF8.self)
        #expect(index.components(separatedBy: "data-filter=\"actor\"").count - 1 == SiteBuilder.indexActorLimit)
        #expect(index.contains("<a href=\"actors/index.html\">all \(actors.count) actors</a>"))
        let directory = String(decoding: site.files["actors/index.html"] ?? Data(), as: UTF8.self)
        #expect(names.allSatisfy { directory.contains($0) })
    }

    @Test func aListThatFitsHasOnePageAndNoNavigation() throws {
        let (site, timeline) = try Self.build(eventsPerPage: SiteConfig.defaultEventsPerPage)
        #expect(timeline.events.count < SiteConfig.defaultEventsPerPage)
        #expect(!site.paths.contains { $0.hasSuffix(".2.html") })
        #expect(!site.text("index.html").contains("pagination"))
        #expect(site.text("index.html").contains(##"href="#y"##))
    }
}

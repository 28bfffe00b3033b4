import Articles
import Foundation
import Testing
import Timeline
@testable import Site

/// The preview serves pages from a plan, rendering each when asked: every file must be byte-identical
/// to what `build` writes, and nothing may be rendered before it is asked for.
@Suite struct SitePlanTests {
    func seedTimeline() throws -> Timeline {
        let files = try seedFiles()
        let articles = files.keys.sorted().filter { $0.hasSuffix(".txt") }.compactMap { name in
            ArticleParser.parse(ArticleInput(path: "seeds/" + name, data: Data(files[name]!.utf8))).0
        }
        return TimelineBuilder().build(articles)
    }

    @Test func onDemandFilesEqualTheFullBuild() throws {
        let timeline = try seedTimeline()
        let builder = SiteBuilder(theme: try defaultTheme(), config: SiteConfig(title: "Test timeline", baseURL: "https://example.org/"))
        let (output, _) = builder.build(timeline)
        let plan = builder.plan(timeline)
        #expect(plan.paths == output.paths)
        // Asked in reverse order, so shared facts are first made by a page other than the index.
        for path in plan.paths.reversed() {
            #expect(plan.file(path) == output.files[path], "\(path) differs when made on demand")
        }
        #expect(plan.file("nope.html") == nil)
        #expect(!plan.contains("nope.html"))
        // Event pages are planned as a family: only exact names belong to it.
        let event = try #require(timeline.events.first)
        #expect(plan.contains("events/\(event.id).html"))
        for near in ["events/.html", "events/\(event.id).htm", "events/\(event.id)", "events/x/\(event.id).html", "Events/\(event.id).html",
                     "events/\(event.id).html/", "events/../index.html"] {
            #expect(!plan.contains(near), "\(near)")
            #expect(plan.file(near) == nil)
        }
    }

    @Test func nothingIsRenderedBeforeItIsAsked() throws {
        let timeline = try seedTimeline()
        let builder = SiteBuilder(theme: try defaultTheme(), config: SiteConfig(title: "Test timeline"))
        let plan = builder.plan(timeline)
        #expect(plan.renderedCount == 0)
        let event = try #require(timeline.events.first)
        _ = plan.file("events/\(event.id).html")
        _ = plan.file("events/\(event.id).html")
        #expect(plan.renderedCount == 1)
    }
}

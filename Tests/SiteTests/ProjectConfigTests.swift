import Articles
import Foundation
import Testing
@testable import Site

@Suite struct ProjectConfigTests {
    func load(_ yaml: String) throws -> (ProjectConfig, [Diagnostic]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("annals-\(UUID().uuidString).yml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return ProjectConfig.load(path, required: true)
    }

    @Test func pageSizeIsReadAndSurvivesABaseURL() throws {
        let (config, diagnostics) = try load("page_size: 100\nbase_url: https://example.org/timeline\n")
        #expect(diagnostics.isEmpty)
        #expect(config.site.eventsPerPage == 100)
        #expect(config.site.baseURL == "https://example.org/timeline/")
        #expect(config.site.served(at: "https://other.example/").eventsPerPage == 100)
        #expect(try load("title: T\n").0.site.eventsPerPage == SiteConfig.defaultEventsPerPage)
    }

    @Test func aBadPageSizeIsAnErrorAtItsKey() throws {
        for bad in ["5", "many", "100000", "-3"] {
            let (config, diagnostics) = try load("title: T\npage_size: \(bad)\n")
            #expect(config.site.eventsPerPage == SiteConfig.defaultEventsPerPage)
            let diagnostic = try #require(diagnostics.first)
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.line == 2 && diagnostic.column == 1)
            #expect(diagnostic.message.contains("page_size"))
        }
    }
}

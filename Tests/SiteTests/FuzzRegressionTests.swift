import Articles
import Chronology
import Foundation
import Testing
import Timeline
@testable import Site

/// Replays every input the fuzzers ever saved (Tests/Fixtures/fuzz-regressions/<target>/) through the
/// same code and invariants as the harnesses in Fuzz/, without the sanitizer.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) throws -> [(String, Data)] {
        let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/fuzz-regressions/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    @Test func ingest() throws {
        let inputs = try Self.inputs("fuzz-ingest")
        #expect(!inputs.isEmpty)
        for (name, data) in inputs {
            let (article, diagnostics) = ArticleParser.parse(ArticleInput(path: "fuzz.txt", data: data))
            guard let article else { #expect(!diagnostics.isEmpty, "\(name)"); continue }
            let count = article.text.unicodeScalars.count
            for event in TimelineBuilder().build([article]).events {
                if let s = event.date.start { #expect(Day(year: s.year, month: s.month, day: s.day) != nil, "\(name)") }
                #expect(event.sources.allSatisfy { $0.range.upperBound <= count }, "\(name)")
            }
        }
    }

    @Test func dates() throws {
        for (name, data) in try Self.inputs("fuzz-dates") {
            let text = String(decoding: data, as: UTF8.self)
            for t in TemporalTagger().tag(text, reference: DateValue(parsing: "2024-02-29")) {
                #expect(t.range.upperBound <= text.unicodeScalars.count, "\(name)")
                if let s = t.date.start, let e = t.date.end { #expect(s <= e, "\(name)") }
            }
        }
    }

    @Test func markdown() throws {
        for (name, data) in try Self.inputs("fuzz-markdown") {
            let html = CommonMark.render(String(decoding: data, as: UTF8.self)).html.lowercased()
            #expect(!html.contains("<script") && !html.contains("href=\"javascript:"), "\(name)")
        }
    }
}

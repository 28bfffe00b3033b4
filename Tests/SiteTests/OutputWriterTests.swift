import Foundation
import Testing
@testable import Site

/// A class so that `deinit` removes each test's folder, whichever way the test ends.
@Suite final class OutputWriterTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("annals-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("project"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func site(_ files: [String: String]) -> SiteOutput {
        var output = SiteOutput()
        for (path, text) in files { output.add(path, text: text) }
        return output
    }

    func contents(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)!
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) }
        }
        return result
    }

    @Test func writesAndReplacesRemovingStaleFiles() throws {
        let out = root.appendingPathComponent("public")
        try OutputWriter.write(site(["index.html": "a", "events/a.html": "A", "events/b.html": "B"]), to: out.path, projectRoot: root.appendingPathComponent("project").path)
        try OutputWriter.write(site(["index.html": "a2", "events/a.html": "A"]), to: out.path, projectRoot: root.appendingPathComponent("project").path)
        #expect(try contents(out) == ["index.html": "a2", "events/a.html": "A", OutputWriter.marker: ""])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("tmp") || $0.contains("old") || $0.hasSuffix(".lock") }
        #expect(leftovers.isEmpty)
    }

    /// Pages rendered on all cores and exports streamed into their files: the same bytes as in memory.
    @Test func writtenPlanEqualsTheSiteBuiltInMemory() throws {
        let timeline = try SitePlanTests().seedTimeline()
        let builder = SiteBuilder(theme: try defaultTheme(), config: SiteConfig(title: "T", baseURL: "https://example.org/"))
        let (output, _) = builder.build(timeline)
        let out = root.appendingPathComponent("public")
        _ = try OutputWriter.write(builder.plan(timeline), to: out.path, projectRoot: root.appendingPathComponent("project").path)
        for path in output.paths {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent(path).path) == output.files[path], "\(path)")
        }
    }

    @Test func refusesDangerousDestinations() throws {
        let project = root.appendingPathComponent("project")
        let foreign = root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "keep me".write(to: foreign.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        for destination in ["/", NSHomeDirectory(), project.path, root.path, foreign.path] {
            #expect(throws: OutputWriter.WriteError.self) {
                try OutputWriter.write(site(["index.html": "x"]), to: destination, projectRoot: project.path)
            }
        }
        #expect(try String(contentsOf: foreign.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test func aHeldLockRefusesASecondBuild() throws {
        let out = root.appendingPathComponent("public")
        try OutputWriter.write(site(["index.html": "old"]), to: out.path, projectRoot: root.appendingPathComponent("project").path)
        // A lock held by a live process (this one).
        let lock = root.appendingPathComponent(".public.lock")
        try "\(ProcessInfo.processInfo.processIdentifier)\n".write(to: lock, atomically: true, encoding: .utf8)
        do {
            try OutputWriter.write(site(["index.html": "new"]), to: out.path, projectRoot: root.appendingPathComponent("project").path)
            Issue.record("second build went through")
        } catch {
            #expect(error.message.contains("another build holds the lock"))
        }
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        // A stale lock (no such process) is taken over.
        try "999999999\n".write(to: lock, atomically: true, encoding: .utf8)
        try OutputWriter.write(site(["index.html": "new"]), to: out.path, projectRoot: root.appendingPathComponent("project").path)
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "new")
    }

    @Test func outputPathsStayInside() {
        for bad in ["../x", "/etc/passwd", "a/../../b", "a//b", "", "a\\b", "./a"] {
            #expect(!SiteOutput.isSafeRelativePath(bad))
        }
        #expect(SiteOutput.isSafeRelativePath("events/2024-02-15-kim.html"))
    }
}

import Foundation
@testable import Preview
import Testing

/// One save can wake the watcher twice; the second rebuild must see that nothing changed.
@Suite struct IncrementalBuilderTests {
    @Test func aBuildWithNothingChangedIsSkipped() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("annals-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        for item in ["seeds", "templates"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(item), to: work.appendingPathComponent(item))
        }
        let config = work.appendingPathComponent("annals.yml")
        try "title: Test\ninput: \(work.path)/seeds\ntemplates: \(work.path)/templates\n".write(to: config, atomically: true, encoding: .utf8)
        let builder = IncrementalBuilder(configPath: config.path)

        let first = builder.build()
        #expect(first.site != nil && !first.unchanged)
        #expect(builder.build().unchanged)

        // An article, a template and the configuration each count as a change.
        let seed = try #require(try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("seeds").path)
            .sorted().first { $0.hasSuffix(".txt") })
        let handle = try FileHandle(forWritingTo: work.appendingPathComponent("seeds/\(seed)"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nOfficials met again on Monday.\n".utf8))
        try handle.close()
        let edited = builder.build()
        #expect(!edited.unchanged && edited.parsed == 1)
        #expect(builder.build().unchanged)
        try "{{<base}}{{$main}}changed{{/main}}{{/base}}\n".write(to: work.appendingPathComponent("templates/about.mustache"),
                                                                  atomically: true, encoding: .utf8)
        #expect(!builder.build().unchanged)
        try "title: Renamed\ninput: \(work.path)/seeds\ntemplates: \(work.path)/templates\n".write(to: config, atomically: true, encoding: .utf8)
        let renamed = builder.build()
        #expect(!renamed.unchanged)
        #expect(builder.build().unchanged)
    }
}

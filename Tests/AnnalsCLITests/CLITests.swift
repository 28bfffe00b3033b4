import Foundation
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `annals` binary built beside the test bundle.
let annalsBinary: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("annals").path), folder.path != "/" {
        folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("annals")
}()

struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

@discardableResult
func annals(_ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = annalsBinary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("annals-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func files(in folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
        if !isDirectory.boolValue { result[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
    }
    return result
}

@Suite(.serialized) struct CLITests {
    @Test func committedPublicEqualsAFreshBuild() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try annals(["build", "--output", out.appendingPathComponent("site").path])
        #expect(run.status == 0, "\(run.stderr)")
        let fresh = try files(in: out.appendingPathComponent("site"))
        let committed = try files(in: repositoryRoot.appendingPathComponent("public"))
        #expect(Set(fresh.keys) == Set(committed.keys))
        for (path, data) in fresh where committed[path] != data {
            Issue.record("public/\(path) differs from a fresh build: run `annals build` and commit public/")
        }
    }

    @Test func buildsAreIdenticalAcrossTimeZonesLocalesAndMtimes() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        // Copy the seeds in reverse order with shuffled modification times.
        let seeds = work.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("seeds").path).sorted().reversed()
        for (i, name) in names.enumerated() {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("seeds/\(name)"), to: seeds.appendingPathComponent(name))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: Double(1_000_000 * (i + 1)))], ofItemAtPath: seeds.appendingPathComponent(name).path)
        }
        let templates = repositoryRoot.appendingPathComponent("templates").path
        let a = try annals(["build", "--input", seeds.path, "--templates", templates, "--output", work.appendingPathComponent("a").path],
                           in: work, environment: ["TZ": "Asia/Tokyo", "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"])
        let b = try annals(["build", "--input", seeds.path, "--templates", templates, "--output", work.appendingPathComponent("b").path],
                           in: work, environment: ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"])
        #expect(a.status == 0 && b.status == 0)
        #expect(try files(in: work.appendingPathComponent("a")) == files(in: work.appendingPathComponent("b")))
    }

    @Test func exitCodes() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try annals(["build", "--no-such-flag"]).status == 2)
        #expect(try annals(["dates", "--reference-date", "2024-02-30", "seeds/001_7d89e40b0e85fbef.txt"]).status == 2)
        #expect(try annals(["events", "--format", "yaml"]).status == 2)
        // A content error: three broken articles give three sorted diagnostics and exit 1.
        let seeds = work.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try Data([0x61, 0xFF]).write(to: seeds.appendingPathComponent("b.txt"))
        try Data().write(to: seeds.appendingPathComponent("a.txt"))
        try Data([0xFF, 0xFE, 0x61, 0x00]).write(to: seeds.appendingPathComponent("c.txt"))
        try "A fine headline here\n\nOfficials met on Monday in Seoul to talk, the ministry said.\n".write(to: seeds.appendingPathComponent("d.txt"), atomically: true, encoding: .utf8)
        let check = try annals(["check", "--input", seeds.path], in: work)
        #expect(check.status == 1)
        let errors = check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 3)
        let paths: [String] = errors.map { String($0.split(separator: ":")[0]) }
        #expect(paths == paths.sorted())
        #expect(check.stderr.contains("b.txt:1:2: error: invalid UTF-8 (byte 0xFF)"))
        let events = try annals(["events", "--input", seeds.path, "--format", "json"], in: work)
        #expect(events.status == 1)
        #expect(events.stdout.contains("\"id\":\"d\""))
    }

    @Test func failedBuildLeavesTheOldSiteUntouched() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("public")
        let templates = work.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("templates"), to: templates)
        #expect(try annals(["build", "--input", repositoryRoot.appendingPathComponent("seeds").path, "--templates", templates.path, "--output", out.path], in: work).status == 0)
        let before = try files(in: out)
        try "{{#broken}}\n<p>{{/notbroken}}".write(to: templates.appendingPathComponent("event.mustache"), atomically: true, encoding: .utf8)
        let run = try annals(["build", "--input", repositoryRoot.appendingPathComponent("seeds").path, "--templates", templates.path, "--output", out.path], in: work)
        #expect(run.status == 1)
        #expect(run.stderr.contains("event.mustache:2:"))
        #expect(try files(in: out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.contains(".tmp-") }.isEmpty)
        // A broken article also fails the build and keeps the old site.
        let seeds = work.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("seeds"), to: seeds)
        try Data([0xC3, 0x28]).write(to: seeds.appendingPathComponent("zz.txt"))
        let broken = try annals(["build", "--input", seeds.path, "--templates", repositoryRoot.appendingPathComponent("templates").path, "--output", out.path], in: work)
        #expect(broken.status == 1)
        #expect(try files(in: out) == before)
    }

    @Test func refusesToOverwriteForeignFolders() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try annals(["build", "--input", repositoryRoot.appendingPathComponent("seeds").path, "--templates",
                              repositoryRoot.appendingPathComponent("templates").path, "--output", "."], in: work)
        #expect(run.status == 1)
        #expect(run.stderr.contains("refusing"))
    }

    @Test func datesContract() throws {
        let run = try annals(["dates", "--reference-date", "2024-02-16", "--format", "json", "seeds/001_7d89e40b0e85fbef.txt"])
        #expect(run.status == 0)
        struct Output: Decodable {
            struct Doc: Decodable {
                struct Ref: Decodable { let value: String; let basis: String }
                struct T: Decodable { let start: Int; let end: Int; let text: String; let type: String; let value: String; let interval: [String]? }
                let path: String; let reference: Ref?; let timexes: [T]
            }
            let documents: [Doc]
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(run.stdout.utf8))
        let doc = try #require(output.documents.first)
        #expect(doc.reference?.value == "2024-02-16")
        let text = Array(try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/001_7d89e40b0e85fbef.txt"), encoding: .utf8).unicodeScalars)
        for t in doc.timexes {
            #expect(String(String.UnicodeScalarView(text[t.start..<t.end])) == t.text)
        }
        #expect(doc.timexes.contains { $0.text == "last week" && $0.value == "2024-W06" && $0.interval == ["2024-02-05", "2024-02-11"] })
        // Without --reference-date the article's own date is used.
        let detected = try annals(["dates", "seeds/001_7d89e40b0e85fbef.txt"])
        #expect(detected.stdout.contains("\"reference\":{\"basis\":\"stated\",\"value\":\"2024-02-16T19:17\"}"))
        // --timings reports on stderr and leaves the output as it was.
        let timed = try annals(["dates", "--timings", "--reference-date", "2024-02-16", "--format", "json", "seeds/001_7d89e40b0e85fbef.txt"])
        #expect(timed.stdout == run.stdout)
        #expect(timed.stderr.contains(" s  tag (CPU ") && timed.stderr.contains("MB/s tagging"))
    }

    @Test func eventsFormats() throws {
        for format in ["json", "table", "markdown", "csv", "ics"] {
            let run = try annals(["events", "--format", format])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(!run.stdout.isEmpty)
        }
        #expect(try annals(["events", "--format", "ics"]).stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
    }
}

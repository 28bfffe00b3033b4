import Foundation
import Testing

/// Golden files beside this test; ANNALS_RECORD=1 rewrites them and fails, so recording is never left on.
func assertGolden(_ text: String, _ name: String) throws {
    let url = repositoryRoot.appendingPathComponent("Tests/AnnalsCLITests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["ANNALS_RECORD"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); run again without ANNALS_RECORD")
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "\(name) differs from its golden file")
}

@Suite(.serialized) struct ToolTests {
    @Test(arguments: ["", "build", "serve", "events", "dates", "check", "init", "new"])
    func helpMatchesGolden(_ command: String) throws {
        let run = try annals(command.isEmpty ? ["--help"] : [command, "--help"], environment: ["COLUMNS": "100"])
        #expect(run.status == 0)
        #expect(command.isEmpty || run.stdout.contains("Examples:"))
        try assertGolden(run.stdout, "help-\(command.isEmpty ? "annals" : command).txt")
    }

    @Test func versionAndCompletions() throws {
        #expect(try annals(["--version"]).stdout == "0.1.0\n")
        for shell in ["bash", "zsh", "fish"] {
            let run = try annals(["--generate-completion-script", shell])
            #expect(run.status == 0 && run.stdout.contains("annals"), "\(shell)")
        }
    }

    @Test func initThenBuildUsesTheEmbeddedThemeAndOverridesFileByFile() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let project = work.appendingPathComponent("timeline")
        let created = try annals(["init", project.path], in: work)
        #expect(created.status == 0)
        for file in ["annals.yml", "seeds/example.md", ".gitignore"] {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(file).path), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("templates").path))
        #expect(try annals(["init", project.path], in: work).status == 1)  // not empty: refused

        #expect(try annals(["build"], in: project).status == 0)
        let plain = try files(in: project.appendingPathComponent("public"))
        #expect(plain["assets/style.css"] == (try Data(contentsOf: repositoryRoot.appendingPathComponent("templates/assets/style.css"))))
        #expect(String(decoding: plain["index.html"]!, as: UTF8.self).contains("Example: envoys agree to meet next week") ||
                String(decoding: plain["index.html"]!, as: UTF8.self).contains("envoys"))

        // Override one template: only the pages it renders change.
        try FileManager.default.createDirectory(at: project.appendingPathComponent("templates"), withIntermediateDirectories: true)
        let about = try String(contentsOf: repositoryRoot.appendingPathComponent("templates/about.mustache"), encoding: .utf8)
        try about.replacingOccurrences(of: "<h2>Downloads</h2>", with: "<h2>Get the data</h2>")
            .write(to: project.appendingPathComponent("templates/about.mustache"), atomically: true, encoding: .utf8)
        #expect(try annals(["build"], in: project).status == 0)
        let overridden = try files(in: project.appendingPathComponent("public"))
        #expect(String(decoding: overridden["about.html"]!, as: UTF8.self).contains("Get the data"))
        #expect(Set(overridden.keys.filter { overridden[$0] != plain[$0] }) == ["about.html"])

        // --theme copies the default templates; --force adds only what is missing.
        let themed = try annals(["init", project.path, "--force", "--theme"], in: work)
        #expect(themed.status == 0)
        #expect(themed.stdout.contains("kept    \(project.path)/annals.yml"))
        #expect(String(decoding: try Data(contentsOf: project.appendingPathComponent("templates/about.mustache")), as: UTF8.self).contains("Get the data"))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("templates/index.mustache").path))
    }

    @Test func newCreatesAnArticleToFill() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try annals(["new", "Envoys \"agree\" to meet", "--date", "2024-02-20"], in: work)
        #expect(run.status == 0)
        let path = work.appendingPathComponent("seeds/2024-02-20-envoys-agree-to-meet.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.contains("title: \"Envoys \\\"agree\\\" to meet\""))
        #expect(text.contains("published: \"2024-02-20\""))
        #expect(try annals(["new", "Envoys \"agree\" to meet", "--date", "2024-02-20"], in: work).status == 1)
        let check = try annals(["check"], in: work)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func noColorWhenNotATerminal() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        try Data([0xFF]).write(to: work.appendingPathComponent("seeds/x.txt"))
        let run = try annals(["check"], in: work)
        #expect(!run.stderr.contains("\u{1B}["))
    }
}

@Suite struct FutureDateTests {
    @Test func publicationDatesFarInTheFutureAreErrors() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let seeds = work.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try "Talks headline here\n\nOfficials met on Monday in Seoul, the ministry said.\n".write(to: seeds.appendingPathComponent("typo.txt"), atomically: true, encoding: .utf8)
        try "published: 2042-02-16\n".write(to: seeds.appendingPathComponent("typo.yml"), atomically: true, encoding: .utf8)
        let run = try annals(["check"], in: work, environment: ["ANNALS_TODAY": "2024-03-01"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("typo.txt:1:1: error: publication date 2042-02-16 is more than 2 days after today (2024-03-01)"))
        #expect(try annals(["check"], in: work, environment: ["ANNALS_TODAY": "2042-02-16"]).status == 0)
    }
}

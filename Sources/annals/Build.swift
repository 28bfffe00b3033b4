import ArgumentParser
import Articles
import Foundation
import Site
import Timeline

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the timeline site into the output folder.",
        discussion: """
        Examples:
          annals build
          annals build --input seeds --output public --base-url https://example.org/timeline/
        The site is staged beside the output folder and swapped in only when complete: a failed build
        leaves the previous site untouched.
        """
    )

    @Option(help: "Configuration file.") var config: String = "annals.yml"
    @Option(help: "Folder of articles (default: seeds, or 'input' in annals.yml).") var input: String?
    @Option(help: "Templates folder (default: templates).") var templates: String?
    @Option(help: "Output folder (default: public).") var output: String?
    @Option(help: "Absolute URL the site is served from; used only in feeds, the sitemap and canonical links.") var baseUrl: String?
    @Flag(help: "Print the time each step took.") var timings = false

    func validate() throws {
        if let baseUrl, !URLPolicy.isAllowed(baseUrl) { throw ValidationError("--base-url must be an http or https URL") }
    }

    func run() throws {
        let started = Date()
        var (settings, diagnostics) = ProjectConfig.load(config, required: config != "annals.yml")
        if let baseUrl { settings.site = settings.site.served(at: baseUrl) }
        let inputFolder = input ?? settings.input, templateFolder = templates ?? settings.templates, outputFolder = output ?? settings.output

        var clock = StepClock()
        Console.step(1, 4, "read articles from \(inputFolder)")
        let (articles, articleDiagnostics) = Pipeline.readArticles(input: inputFolder, today: Clock.today)
        diagnostics += articleDiagnostics
        clock.lap("read, clean and date articles")
        Console.step(2, 4, "make the timeline")
        // Article pages tag their text again (~4% of a build's CPU) rather than hold every article's date
        // expressions from reading to rendering.
        var readings = Pipeline.readings(articles, config: settings, keepingTimexes: false)
        clock.lap("extract events")
        var timeline = TimelineBuilder(gazetteer: settings.gazetteer).build(readings: readings)
        // Free what rendering does not need: the event candidates (with what merging compares), and the
        // (empty) lists of date expressions, so article pages find theirs again.
        readings = []
        timeline.timexes = [:]
        FreedMemory.returnToSystem()
        diagnostics += timeline.diagnostics
        clock.lap("merge events")
        Console.step(3, 4, "load templates from \(templateFolder)")
        let theme: Theme
        do { theme = try DefaultTheme.load(overrides: templateFolder) } catch {
            Console.report(diagnostics + error.diagnostics)
            throw ExitCode(1)
        }
        // Rendering raises only warnings: errors are known now, and a failed build renders nothing.
        let errors = diagnostics.filter { $0.severity == .error }.count
        guard errors == 0 else {
            Console.report(diagnostics)
            Console.error("build failed: \(errors) error\(errors == 1 ? "" : "s"); \(outputFolder)/ left as it was")
            throw ExitCode(1)
        }
        let site = SiteBuilder(theme: theme, config: settings.site).plan(timeline)
        Console.step(4, 4, "render and write \(outputFolder)")
        do {
            diagnostics += try OutputWriter.write(site, to: outputFolder, projectRoot: FileManager.default.currentDirectoryPath)
        } catch {
            Console.report(diagnostics)
            Console.error("error: \(error.message)")
            throw ExitCode(1)
        }
        clock.lap("render and write \(outputFolder)")
        Console.report(diagnostics.sorted())
        if timings { Console.report(clock) }
        let warnings = diagnostics.count
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        let pages = site.paths.filter { $0.hasSuffix(".html") }.count
        Console.output("Built \(outputFolder)/: \(articles.count) articles, \(timeline.events.count) events, \(pages) pages, \(warnings) warning\(warnings == 1 ? "" : "s") in \(seconds) s\n")
    }
}

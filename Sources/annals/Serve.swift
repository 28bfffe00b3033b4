import ArgumentParser
import Foundation
import Preview
#if canImport(Glibc)
import Glibc
#endif

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site in memory, serve it, and rebuild and reload pages on every change.",
        discussion: """
        Examples:
          annals serve
          annals serve --port 8080
        Watches the articles folder, the templates and annals.yml. Binds 127.0.0.1 unless --host says otherwise.
        """
    )

    @Option(help: "Configuration file.") var config: String = "annals.yml"
    @Option(help: "Address to bind; anything but loopback exposes the preview to the network.") var host: String = "127.0.0.1"
    @Option(help: "Port (0 picks a free one).") var port: Int = 8000
    @Flag(help: "Print the time each phase of a rebuild took.") var timings = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535") }
    }

    func run() throws {
        // A parent (a test runner, an IDE) may have blocked termination signals; Ctrl-C and kill must work.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        let builder = IncrementalBuilder(configPath: config)
        let store = SiteStore()
        var started = Date()
        let first = builder.build()
        Console.report(first.diagnostics)
        if let site = first.site { store.publish(site) } else { store.fail(first.diagnostics) }
        let server = PreviewServer(store: store, host: host)
        do { try server.start(port: port) } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        if !server.isLoopback { Console.error("warning: serving on \(host): anyone who can reach this address can read the preview") }
        Console.output("Serving on http://\(host.contains(":") ? "[\(host)]" : host):\(server.port)/ (built in \(Serve.ms(since: started)) ms; Ctrl-C to stop)\n")
        let watcher = ProjectWatcher(paths: builder.watchedPaths())
        while true {
            guard watcher.waitForChange(timeout: 0.5) else { continue }
            started = Date()
            let result = builder.build()
            if result.unchanged { continue }
            Console.report(result.diagnostics.filter { $0.severity == .error })
            if let site = result.site {
                store.publish(site)
                DispatchQueue.global().async { site.prepare() }
                Console.output("rebuilt in \(Serve.ms(since: started)) ms (\(result.parsed) parsed, \(result.reused) reused)\n")
                if timings { Console.report(result.clock) }
            } else {
                store.fail(result.diagnostics)
                Console.output("build failed after \(Serve.ms(since: started)) ms; still serving the last good site\n")
            }
        }
    }

    static func ms(since date: Date) -> Int { Int(Date().timeIntervalSince(date) * 1000) }
}

import ArgumentParser
import Foundation

@main
struct Annals: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turn news articles into a browsable diplomacy timeline website.",
        discussion: """
        Put article scrapes (.txt) or Markdown articles (.md) in seeds/, then run `annals build`.
        Exit codes: 0 success, 1 content errors, 2 usage errors.
        """,
        version: "0.1.0",
        subcommands: [Build.self, Serve.self, Events.self, Dates.self, Check.self, Init.self, New.self]
    )

    /// Usage errors exit with 2 (not argument-parser's 64), as the design's contract says.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

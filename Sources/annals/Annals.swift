import ArgumentParser

@main
struct Annals: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turn news articles into a browsable diplomacy timeline website.",
        version: "0.1.0",
        subcommands: [Check.self, Dates.self]
    )
}

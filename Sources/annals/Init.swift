import ArgumentParser
import Foundation
import Site

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new timeline project: annals.yml, seeds/ with an example article, and optionally the theme.",
        discussion: """
        Examples:
          annals init my-timeline
          annals init my-timeline --theme      # also copy the default templates to edit
        Refuses a non-empty folder unless --force; never overwrites a file.
        """
    )

    @Argument(help: "Folder to create the project in.") var directory: String
    @Flag(help: "Copy the default templates into templates/ for editing.") var theme = false
    @Flag(help: "Add missing files to a non-empty folder (existing files are kept).") var force = false

    func run() throws {
        do {
            let (written, kept) = try ProjectScaffold.create(in: directory, theme: theme, force: force)
            for path in written { Console.output("created \(path)\n") }
            for path in kept { Console.output("kept    \(path) (already there)\n") }
            Console.output("Next: cd \(directory) && annals build   (then open public/index.html)\n")
        } catch let error as ScaffoldError {
            Console.error("error: \(error.message)")
            throw ExitCode(1)
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a Markdown article to type by hand: seeds/<date>-<slug>.md with front matter to fill.",
        discussion: """
        Examples:
          annals new "Envoys agree to meet in Seoul"
          annals new "Summit postponed" --date 2024-03-01
        """
    )

    @Argument(help: "The headline.") var headline: String
    @Option(help: "Publication date, YYYY-MM-DD (default: today, UTC).") var date: String?
    @Option(help: "Folder of articles.") var input: String = "seeds"

    func validate() throws {
        if headline.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the headline is empty") }
        if let date, date.count != 10 || Int(date.prefix(4)) == nil || date.dropFirst(4).first != "-" {
            throw ValidationError("--date must be YYYY-MM-DD")
        }
    }

    func run() throws {
        let day = date ?? Clock.today.iso
        do {
            Console.output("created \(try ProjectScaffold.newArticle(headline: headline, date: day, folder: input))\n")
        } catch let error as ScaffoldError {
            Console.error("error: \(error.message)")
            throw ExitCode(1)
        }
    }

}

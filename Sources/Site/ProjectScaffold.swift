import Foundation

/// What `annals init` writes: a commented configuration, one example article, a .gitignore, and
/// optionally a copy of the default theme. Existing files are never overwritten.
public enum ProjectScaffold {
    public static let configuration = """
    # Annals site configuration. Every setting is optional; the values shown are the defaults.

    # The site's name, shown in every page header and in the feed.
    title: Diplomacy timeline

    # Absolute URL the site will be served from, ending in "/". Used only for feed.xml, sitemap.xml
    # and canonical links; every page link stays relative, so the site works from any folder or file://.
    # base_url: https://example.org/timeline/

    # Language of the pages (the html lang attribute).
    language: en

    # Folders: the articles, the templates (a project without one uses the built-in theme; files you
    # put there override it one by one), and the generated site.
    input: seeds
    templates: templates
    output: public

    # Extra actors for the gazetteer: states, people (with the state they act for) and organizations.
    # actors:
    #   - name: Ri Son Gwon
    #     kind: person        # person, state or organization
    #     state: North Korea
    #     aliases: [Ri]

    """

    public static let exampleArticle = """
    ---
    title: "Example: envoys agree to meet next week"
    source: Your newsroom
    url: https://example.org/news/envoys-to-meet
    authors: [A. Reporter]
    published: "2024-02-16"
    ---
    Senior envoys of South Korea and Japan said on Friday that they would meet next week in Seoul to discuss North Korea.

    The two sides last met in January, officials said.

    """

    public static let gitignore = "public/\n"

    /// Writes the scaffold into `directory`; refuses a non-empty folder unless `force`. Returns the
    /// files written and those left alone because they existed.
    public static func create(in directory: String, theme: Bool, force: Bool) throws -> (written: [String], kept: [String]) {
        let fm = FileManager.default
        if let contents = try? fm.contentsOfDirectory(atPath: directory), !contents.isEmpty, !force {
            throw ScaffoldError(message: "\(directory) is not empty; use --force to add the missing files (nothing is overwritten)")
        }
        try fm.createDirectory(atPath: directory + "/seeds", withIntermediateDirectories: true)
        var written: [String] = [], kept: [String] = []
        for (path, text) in [("annals.yml", configuration), ("seeds/example.md", exampleArticle), (".gitignore", gitignore)] {
            let target = directory + "/" + path
            if fm.fileExists(atPath: target) { kept.append(target); continue }
            try Data(text.utf8).write(to: URL(fileURLWithPath: target))
            written.append(target)
        }
        if theme { written += try DefaultTheme.write(to: directory + "/templates") }
        return (written, kept)
    }

    /// A new hand-typed article: `seeds/<date>-<slug>.md` with front matter to fill in.
    public static func newArticle(headline: String, date: String, folder: String) throws -> String {
        let path = "\(folder)/\(date)-\(slugify(headline)).md"
        guard !FileManager.default.fileExists(atPath: path) else { throw ScaffoldError(message: "\(path) already exists") }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // YAML double-quoted string: escape backslashes and quotes.
        let escaped = headline.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let text = """
        ---
        title: "\(escaped)"
        source: ""
        url: ""
        authors: []
        published: "\(date)"
        ---
        Write the article here. Dates in the text ("on Monday", "last week", "Jan. 3") are read relative to
        the published date above.

        """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func slugify(_ text: String) -> String {
        var out = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            if (scalar.value >= 97 && scalar.value <= 122) || (scalar.value >= 48 && scalar.value <= 57) {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "’" {
                dash = true
            }
        }
        return out.isEmpty ? "article" : String(out.prefix(60))
    }
}

public struct ScaffoldError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

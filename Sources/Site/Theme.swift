import Articles
import Foundation
import Mustache

/// Templates and assets, loaded and checked up front: a template that does not parse, or names a
/// partial that does not exist, is an error at load time, not an empty string at render time.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    /// The same templates with `event-item` replaced by the event's already rendered item: an event
    /// appears on the index and on its year, kind and actor pages, and is rendered once (`SharedFacts`).
    let listLibrary: MustacheLibrary
    /// Asset path relative to `assets/` -> bytes.
    public let assets: [String: Data]
    public let templateNames: Set<String>

    /// The templates every site needs.
    public static let requiredTemplates: [String] = ["base", "index", "event", "article", "list", "directory", "event-item", "about", "pagination"]

    public init(templates: [String: String], assets: [String: Data], directory: String = "templates") throws(ThemeError) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for name in templates.keys.sorted() {
            let path = "\(directory)/\(name).mustache"
            do {
                library.register(try Theme.compile(templates[name]!), named: name)
            } catch let error as PositionedError {
                diagnostics.append(.error(path, error.line, error.column, error.message))
            } catch {
                diagnostics.append(.error(path, 1, 1, "\(error)"))
            }
        }
        for name in Theme.requiredTemplates where templates[name] == nil {
            diagnostics.append(.error("\(directory)/\(name).mustache", 1, 1, "template missing"))
        }
        for name in templates.keys.sorted() {
            for (line, partial) in Theme.partialReferences(templates[name]!) where templates[partial] == nil {
                diagnostics.append(.error("\(directory)/\(name).mustache", line, 1, "partial '\(partial)' not found"))
            }
        }
        guard diagnostics.isEmpty else { throw ThemeError(diagnostics: diagnostics) }
        self.library = library
        var listLibrary = library
        listLibrary.register(try! Theme.compile("{{{renderedHTML}}}"), named: "event-item")
        self.listLibrary = listLibrary
        self.assets = assets
        self.templateNames = Set(templates.keys)
    }

    /// A template whose `{{ }}` escape with `FastHTMLContentType`. The pragma goes on a line of its own,
    /// which a standalone tag leaves out of the output; error positions are moved back one line.
    static func compile(_ text: String) throws -> MustacheTemplate {
        _ = FastHTMLContentType.registered
        do {
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(FastHTMLContentType.name)}}\n" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw PositionedError(line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber, message: "\(error.error)")
        }
    }

    struct PositionedError: Error {
        var line: Int, column: Int, message: String
    }

    /// `{{> name}}` and `{{< name}}` references with their lines.
    static func partialReferences(_ template: String) -> [(Int, String)] {
        var found: [(Int, String)] = []
        for (index, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let first = rest.first, first == ">" || first == "<" else { continue }
                guard let close = rest.range(of: "}}") else { break }
                let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                found.append((index + 1, name))
                rest = rest[close.upperBound...]
            }
        }
        return found
    }

    /// Reads `*.mustache` and `assets/**` from a folder, as a complete theme.
    public static func load(directory: String) throws(ThemeError) -> Theme {
        let (templates, assets) = try readFolder(directory)
        return try Theme(templates: templates, assets: assets, directory: directory)
    }

    /// The templates and assets of a folder, unchecked.
    static func readFolder(_ directory: String) throws(ThemeError) -> (templates: [String: String], assets: [String: Data]) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw ThemeError(diagnostics: [.error(directory, 1, 1, "templates folder not found")])
        }
        var templates: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = directory + "/" + name
            guard let data = fm.contents(atPath: path) else { continue }
            switch TextDecoder.decode(data, path: path) {
            case .success(let text): templates[String(name.dropLast(9))] = text
            case .failure(let diagnostic):
                if diagnostic.message.contains("empty") { templates[String(name.dropLast(9))] = "" } else { diagnostics.append(diagnostic) }
            }
        }
        var assets: [String: Data] = [:]
        let assetRoot = directory + "/assets"
        if let walker = fm.enumerator(atPath: assetRoot) {
            for case let relative as String in walker {
                var isDirectory: ObjCBool = false
                let path = assetRoot + "/" + relative
                guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                      let data = fm.contents(atPath: path) else { continue }
                assets[relative] = data
            }
        }
        guard diagnostics.isEmpty else { throw ThemeError(diagnostics: diagnostics) }
        return (templates, assets)
    }

    func render(_ template: String, _ context: Any) -> String {
        library.render(TemplateContext(context), withTemplate: template) ?? ""
    }

    /// Renders a page whose event items carry their rendered `event-item` (see `listLibrary`).
    func renderWithRenderedItems(_ template: String, _ context: Any) -> String {
        listLibrary.render(TemplateContext(context), withTemplate: template) ?? ""
    }
}

/// Template problems, each with file:line:col.
public struct ThemeError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

import Articles
import Foundation

/// Templates and assets, loaded and checked up front: a template that does not parse, or names a
/// partial that does not exist, is an error at load time, not an empty string at render time.
public struct Theme: Sendable {
    let library: TemplateLibrary
    /// The same templates with `event-item` replaced by the event's already rendered item: an event
    /// appears on the index and on its year, kind and actor pages, and is rendered once (`SharedFacts`).
    let listLibrary: TemplateLibrary
    /// Asset path relative to `assets/` -> bytes.
    public let assets: [String: Data]
    public let templateNames: Set<String>

    /// The templates every site needs.
    public static let requiredTemplates: [String] = ["base", "index", "event", "article", "list", "directory", "event-item", "about", "pagination"]

    public init(templates: [String: String], assets: [String: Data], directory: String = "templates") throws(ThemeError) {
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        for name in templates.keys.sorted() {
            let path = "\(directory)/\(name).mustache"
            do {
                library.register(try Template(templates[name]!), named: name)
            } catch {
                diagnostics.append(.error(path, error.line, error.column, error.message))
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
        listLibrary.register(try! Template("{{{renderedHTML}}}"), named: "event-item")
        self.listLibrary = listLibrary
        self.assets = assets
        self.templateNames = Set(templates.keys)
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

    /// The text `template` renders for a view model (any struct; hot ones are `TemplateObject`s).
    func render(_ template: String, _ model: Any) -> String {
        library.render(template, TemplateValue(model) ?? .list([]))
    }

    /// A page's bytes, as `render` would give them.
    func renderPage(_ template: String, _ model: Any) -> Data {
        Data(library.renderBytes(template, TemplateValue(model) ?? .list([])))
    }

    /// A page whose event items carry their rendered `event-item` (see `listLibrary`).
    func renderPageWithRenderedItems(_ template: String, _ model: Any) -> Data {
        Data(listLibrary.renderBytes(template, TemplateValue(model) ?? .list([])))
    }
}

/// Template problems, each with file:line:col.
public struct ThemeError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

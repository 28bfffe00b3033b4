import Articles
import Foundation
import Timeline
import Yams

/// `annals.yml`: site settings, folders and gazetteer additions. Every field is optional.
public struct ProjectConfig: Sendable {
    public var site = SiteConfig()
    public var input = "seeds"
    public var output = "public"
    public var templates = "templates"
    public var actors: [Gazetteer.Entry] = []

    public init() {}

    static let knownKeys: Set<String> = ["title", "base_url", "language", "input", "output", "templates", "actors", "page_size"]

    /// Reads `path`; a missing file gives the defaults.
    public static func load(_ path: String, required: Bool = false) -> (ProjectConfig, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (ProjectConfig(), required ? [.error(path, 1, 1, "configuration file not found")] : [])
        }
        switch TextDecoder.decode(data, path: path) {
        case .failure(let d): return (ProjectConfig(), d.message.contains("empty") || d.message.contains("whitespace") ? [] : [d])
        case .success(let text): return parse(text, path: path)
        }
    }

    public static func parse(_ text: String, path: String) -> (ProjectConfig, [Diagnostic]) {
        var config = ProjectConfig()
        var diagnostics: [Diagnostic] = []
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch let error as YamlError {
            if case .scanner(_, let problem, let mark, _) = error { return (config, [.error(path, mark.line, mark.column, "invalid YAML: \(problem)")]) }
            if case .parser(_, let problem, let mark, _) = error { return (config, [.error(path, mark.line, mark.column, "invalid YAML: \(problem)")]) }
            return (config, [.error(path, 1, 1, "invalid YAML: \(error)")])
        } catch {
            return (config, [.error(path, 1, 1, "invalid YAML: \(error)")])
        }
        guard let mapping = node?.mapping else { return (config, node == nil ? [] : [.error(path, 1, 1, "expected a mapping of settings")]) }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = keyNode.mark?.line ?? 1, column = keyNode.mark?.column ?? 1
            let text = value.scalar?.string
            switch key {
            case "title": if let text { config.site.title = text }
            case "language": if let text { config.site.language = text }
            case "base_url":
                if let text, !text.isEmpty {
                    if URLPolicy.isAllowed(text) { config.site = config.site.served(at: text) } else {
                        diagnostics.append(.error(path, line, column, "base_url must be an http or https URL"))
                    }
                }
            case "page_size":
                if let text, let size = Int(text), (10...10_000).contains(size) { config.site.eventsPerPage = size } else {
                    diagnostics.append(.error(path, line, column, "page_size must be a whole number from 10 to 10000"))
                }
            case "input": if let text { config.input = text }
            case "output": if let text { config.output = text }
            case "templates": if let text { config.templates = text }
            case "actors":
                for item in value.sequence ?? [] {
                    guard let fields = item.mapping, let name = fields["name"]?.string else {
                        diagnostics.append(.error(path, item.mark?.line ?? line, item.mark?.column ?? column, "each actor needs a 'name'"))
                        continue
                    }
                    let kind = fields["kind"]?.string.flatMap(Gazetteer.Kind.init(rawValue:)) ?? .person
                    let aliases = fields["aliases"]?.sequence?.compactMap(\.string) ?? []
                    config.actors.append(Gazetteer.Entry(name: name, kind: kind, state: fields["state"]?.string, aliases: aliases))
                }
            default:
                diagnostics.append(.warning(path, line, column, "unknown setting '\(key)' (known: \(knownKeys.sorted().joined(separator: ", ")))"))
            }
        }
        return (config, diagnostics)
    }

    /// The built-in gazetteer extended with this project's actors.
    public var gazetteer: Gazetteer {
        var g = Gazetteer.standard
        for entry in actors { g.add(entry) }
        return g
    }
}

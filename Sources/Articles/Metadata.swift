import Yams

/// Editor-supplied metadata: a sidecar `<id>.yml` or a Markdown article's front matter. Every field is
/// optional; what is given wins over what the parser finds.
public struct Metadata: Hashable, Sendable {
    public var title: String?
    public var source: String?
    public var url: String?
    public var authors: [String]?
    /// Kept as text and parsed with Chronology (YAML would turn `2024-02-16` into a timestamp).
    public var published: String?
    /// The line in the YAML where `published` is, for diagnostics.
    public var publishedLine: Int = 1
    /// Lines of the article to drop as boilerplate, matched after trimming.
    public var ignore: [String] = []

    public init() {}

    static let knownKeys: Set<String> = ["title", "source", "url", "authors", "author", "published", "date", "ignore"]

    /// Reads YAML text. `lineOffset` shifts reported lines (front matter starts after the `---` line).
    public static func parse(_ yaml: String, path: String, lineOffset: Int = 0) -> (Metadata, [Diagnostic]) {
        var metadata = Metadata()
        var diagnostics: [Diagnostic] = []
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (line, column, problem) = describe(error)
            return (metadata, [.error(path, line + lineOffset, column, "invalid YAML: \(problem)")])
        } catch {
            return (metadata, [.error(path, 1 + lineOffset, 1, "invalid YAML: \(error)")])
        }
        guard let node else { return (metadata, []) }
        guard let mapping = node.mapping else {
            return (metadata, [.error(path, (node.mark?.line ?? 1) + lineOffset, node.mark?.column ?? 1, "expected a mapping of fields (title, source, url, authors, published, ignore)")])
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = (keyNode.mark?.line ?? 1) + lineOffset, column = keyNode.mark?.column ?? 1
            func text() -> String? {
                guard let s = value.scalar?.string else {
                    diagnostics.append(.error(path, line, column, "'\(key)' must be text"))
                    return nil
                }
                let trimmed = s.trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty ? nil : trimmed
            }
            switch key {
            case "title": metadata.title = text()
            case "source": metadata.source = text()
            case "url": metadata.url = text()
            case "published", "date":
                metadata.published = text()
                metadata.publishedLine = line
            case "authors", "author":
                if let list = value.sequence {
                    metadata.authors = list.compactMap { $0.scalar?.string }.filter { !$0.isEmpty }
                } else if let one = text() {
                    metadata.authors = [one]
                }
            case "ignore":
                if let list = value.sequence {
                    metadata.ignore = list.compactMap { $0.scalar?.string }
                } else {
                    diagnostics.append(.error(path, line, column, "'ignore' must be a list of lines"))
                }
            default:
                diagnostics.append(.warning(path, line, column, "unknown field '\(key)' (known: \(knownKeys.sorted().joined(separator: ", ")))"))
            }
        }
        return (metadata, diagnostics)
    }

    private static func describe(_ error: YamlError) -> (Int, Int, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, problem)
        default:
            return (1, 1, "\(error)")
        }
    }
}

import Foundation

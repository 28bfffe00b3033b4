/// Renders template nodes into one growing byte buffer. The context stack holds the values of the open
/// sections, innermost last; a name is looked up from the innermost outward.
struct TemplateRenderer {
    private let library: TemplateLibrary
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    /// Added to every line of a partial or block whose tag stood alone, indented, on its line.
    private var indentation: [UInt8] = []
    /// Blocks overridden by the parent tags being rendered; the outermost override wins.
    private var overrides: [String: [TemplateNode]] = [:]

    init(library: TemplateLibrary, root: TemplateValue) {
        self.library = library
        stack = [root]
        output.reserveCapacity(16_384)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        guard !indentation.isEmpty else {
            // By index: iterating by value retains each node's payload once more.
            for index in nodes.indices { render(nodes[index]) }
            return
        }
        // As swift-mustache indents: a node's output that starts a new line (within these nodes) gets the indentation.
        let levelStart = output.count
        for node in nodes {
            let mark = output.count
            render(node)
            if output.count > mark, mark > levelStart, output[mark - 1] == UInt8(ascii: "\n") {
                output.insert(contentsOf: indentation, at: mark)
            }
        }
    }

    private mutating func render(_ node: TemplateNode) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)

        case .variable(let path, let escaped):
            guard let value = lookUp(path) else { return }
            switch value {
            case .text(let text): append(text, escaped: escaped)
            case .html(let html): append(html.html, escaped: escaped)
            case .number(let number): append(String(number), escaped: false)
            case .flag(let flag): append(flag ? "true" : "false", escaped: false)
            case .list, .object: break
            }

        case .section(let path, let nodes, let inverted):
            let value = lookUp(path)
            if inverted {
                if !(value?.isTruthy ?? false) { render(nodes) }
                return
            }
            guard let value, value.isTruthy else { return }
            switch value {
            case .list(let elements):
                for element in elements { renderPushing(element, nodes) }
            case .flag:
                render(nodes)
            default:
                renderPushing(value, nodes)
            }

        case .partial(let name, let indent, let parentOverrides):
            guard let template = library[name] else { return }
            let (savedIndentation, savedOverrides) = (indentation, overrides)
            if let indent { indentation += indent }
            if let parentOverrides { overrides.merge(parentOverrides) { outer, _ in outer } }
            render(template.nodes)
            (indentation, overrides) = (savedIndentation, savedOverrides)

        case .block(let name, let defaultNodes, let indent):
            let savedIndentation = indentation
            if let indent { indentation += indent }
            render(overrides[name] ?? defaultNodes)
            indentation = savedIndentation
        }
    }

    private mutating func renderPushing(_ value: TemplateValue, _ nodes: [TemplateNode]) {
        stack.append(value)
        render(nodes)
        stack.removeLast()
    }

    private func lookUp(_ path: TemplatePath) -> TemplateValue? {
        guard let first = path.parts.first else { return stack.last }
        var found: TemplateValue?
        if path.climbsStack {
            var level = stack.count - 1
            while level >= 0 {
                if case .object(let object) = stack[level], let child = object.templateValue(first) {
                    found = child
                    break
                }
                level -= 1
            }
        } else {
            found = stack.last.flatMap { Self.child(of: $0, named: first) }
        }
        for part in path.parts.dropFirst() {
            guard let current = found else { return nil }
            found = Self.child(of: current, named: part)
        }
        return found
    }

    private static func child(of value: TemplateValue, named name: String) -> TemplateValue? {
        guard case .object(let object) = value else { return nil }
        return object.templateValue(name)
    }

    /// `{{ }}` escapes the five characters HTML gives meaning to; all are ASCII, so the UTF-8 bytes of
    /// everything else are copied as they are.
    private mutating func append(_ text: String, escaped: Bool) {
        guard escaped else {
            output.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: Self.ampersand)
            case UInt8(ascii: "<"): output.append(contentsOf: Self.lessThan)
            case UInt8(ascii: ">"): output.append(contentsOf: Self.greaterThan)
            case UInt8(ascii: "\""): output.append(contentsOf: Self.quote)
            case UInt8(ascii: "'"): output.append(contentsOf: Self.apostrophe)
            default: output.append(byte)
            }
        }
    }

    private static let ampersand = Array("&amp;".utf8), lessThan = Array("&lt;".utf8), greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8), apostrophe = Array("&#39;".utf8)
}

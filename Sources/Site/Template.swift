/// A parsed Mustache template (https://mustache.github.io/mustache.5.html) with the spec's optional
/// inheritance (`{{< parent}}`, `{{$ block}}`). It renders `TemplateValue`s, written as UTF-8 bytes.
/// Parsing follows swift-mustache, which Annals used before, so a theme renders byte for byte the same.
struct Template: Sendable {
    /// The parsed nodes, compiled for rendering (`TemplateProgram`).
    let program: TemplateProgram

    /// Parses a template; errors carry the line and column where they were found.
    init(_ text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        program = TemplateProgram(try parser.parseAll())
    }
}

indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(TemplatePath, escaped: Bool)
    case section(TemplatePath, [TemplateNode], inverted: Bool)
    /// `{{> name}}`, and `{{< name}}` when `overrides` is not nil. `indentation` is set when the tag
    /// stands alone on its line: every line of the partial is indented like the tag.
    case partial(String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?)
    /// `{{$ name}}` outside a parent tag: the block's override, or its own content.
    case block(String, defaultNodes: [TemplateNode], indentation: [UInt8]?)
}

/// A tag's name: `.` for the current value, `a.b.c` looked up from the innermost value outward (the
/// first part), then inside what was found; a leading dot looks only at the current value.
struct TemplatePath: Sendable {
    let parts: [String]
    let climbsStack: Bool

    init(_ name: String) {
        parts = name == "." ? [] : name.split(separator: ".").map(String.init)
        climbsStack = name.first != "."
    }
}

/// A template that does not parse: where, and why.
struct TemplateSyntaxError: Error, Sendable {
    let line: Int
    let column: Int
    let message: String
}

/// Named templates, for partials and parents.
struct TemplateLibrary: Sendable {
    private(set) var templates: [String: Template] = [:]

    mutating func register(_ template: Template, named name: String) {
        templates[name] = template
    }

    subscript(name: String) -> Template? { templates[name] }

    /// The text template `name` renders for `value`; "" for a template that does not exist.
    func render(_ name: String, _ value: TemplateValue) -> String {
        String(decoding: renderBytes(name, value), as: UTF8.self)
    }

    func renderBytes(_ name: String, _ value: TemplateValue) -> [UInt8] {
        var renderer = TemplateRenderer(library: self, root: value)
        if let template = templates[name] { renderer.render(template) }
        return renderer.output
    }
}

/// Reads a template's UTF-8 bytes into nodes. The rules for whitespace are the spec's: a line holding
/// only a section, comment, partial, block or delimiter tag (and spaces) leaves no trace in the output.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    mutating func parseAll() throws(TemplateSyntaxError) -> [TemplateNode] {
        var unused: [String: [TemplateNode]] = [:]
        do {
            return try parse(State(), definitions: &unused)
        } catch {
            throw syntaxError(error)
        }
    }

    // MARK: - State

    private struct State {
        var sectionName: String?
        /// At the start of a line (or after a tag that stood alone on its line).
        var newLine = true
        /// Directly inside `{{< parent}}...{{/parent}}`, where `{{$ name}}` defines an override.
        var inParentBody = false
        /// Anywhere inside a parent tag: an override's lines lose the indentation of its first line.
        var inParentDefinition = false
        var definitionIndent: [UInt8]?
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)

        func inSection(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.inParentBody = false
            if !newLine { state.newLine = false }
            return state
        }
    }

    private struct Failure: Error {
        let position: Int
        let message: String
    }

    // MARK: - Nodes

    /// Nodes up to the end of the text, or up to the tag closing `state.sectionName`. Override
    /// definitions (inside a parent tag) go to `definitions`.
    private mutating func parse(_ entry: State, definitions: inout [String: [TemplateNode]]) throws(Failure) -> [TemplateNode] {
        var state = entry
        var nodes: [TemplateNode] = []
        var whitespaceBefore: [UInt8] = []
        while position < bytes.count {
            if state.newLine {
                let whitespace = readSpacesAndTabs()
                if state.inParentDefinition, !state.inParentBody {
                    if let indent = state.definitionIndent {
                        whitespaceBefore = Array(whitespace.dropFirst(indent.count))
                    } else {
                        state.definitionIndent = whitespace
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let (text, foundTag) = readText(until: state.open)
            if !foundTag, let newline = newlineLength(at: position) {
                nodes.append(.text(whitespaceBefore + text + bytes[position..<position + newline]))
                position += newline
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whitespaceBefore + text))
                whitespaceBefore = []
                state.newLine = false
            }
            guard foundTag else { break }
            guard position < bytes.count else { throw Failure(position: position, message: "unfinished tag at the end of the template") }

            var standalone = false
            let sigil = bytes[position]
            func flushWhitespace() {
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                whitespaceBefore = []
            }
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName(state)
                standalone = isStandalone(state)
                if !standalone { flushWhitespace() }
                let inner = try parse(state.inSection(name, newLine: standalone), definitions: &definitions)
                nodes.append(.section(TemplatePath(name), inner, inverted: sigil == UInt8(ascii: "^")))

            case UInt8(ascii: "/"):
                position += 1
                let namePosition = position
                let name = try readName(state)
                guard name == state.sectionName else {
                    let message = state.sectionName.map { "'{{/\(name)}}' closes a section opened as '\($0)'" } ?? "'{{/\(name)}}' closes no open section"
                    throw Failure(position: namePosition, message: message)
                }
                if !isStandalone(state) { flushWhitespace() }
                return nodes

            case UInt8(ascii: "!"):
                position += 1
                guard let end = find(state.close, from: position) else { throw Failure(position: position, message: "comment is not closed") }
                position = end + state.close.count
                standalone = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flushWhitespace()
                position += 1
                let name = try readName(state)
                if sigil == UInt8(ascii: "{") {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw Failure(position: position, message: "'{{{' is not closed with '}}}'")
                    }
                    position += 1
                }
                nodes.append(.variable(TemplatePath(name), escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(state)
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                standalone = isStandalone(state)
                nodes.append(.partial(name, indentation: standalone ? whitespaceBefore : nil, overrides: nil))
                whitespaceBefore = []

            case UInt8(ascii: "<"):
                position += 1
                let name = try readPartialName(state)
                if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                standalone = isStandalone(state)
                var body = state
                body.sectionName = name
                body.newLine = true
                body.inParentBody = true
                body.inParentDefinition = true
                var overrides: [String: [TemplateNode]] = [:]
                let bodyStart = position
                let inner = try parse(body, definitions: &overrides)
                for node in inner {
                    guard case .text = node else {
                        throw Failure(position: bodyStart, message: "only blocks ('{{$name}}') may stand inside '{{<\(name)}}'")
                    }
                }
                nodes.append(.partial(name, indentation: whitespaceBefore, overrides: overrides))
                whitespaceBefore = []

            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state)
                if state.inParentBody {
                    standalone = isStandalone(state)
                    definitions[name] = try parse(state.inSection(name, newLine: standalone), definitions: &definitions)
                } else {
                    if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
                    standalone = isStandalone(state)
                    let inner = try parse(state.inSection(name, newLine: standalone), definitions: &definitions)
                    nodes.append(.block(name, defaultNodes: inner, indentation: whitespaceBefore))
                    whitespaceBefore = []
                }

            case UInt8(ascii: "="):
                position += 1
                (state.open, state.close) = try readDelimiters(state)
                standalone = isStandalone(state)

            case UInt8(ascii: "%"):
                throw Failure(position: position, message: "pragmas ('{{%...}}') are not supported")

            default:
                flushWhitespace()
                let name = try readName(state)
                nodes.append(.variable(TemplatePath(name), escaped: true))
            }
            state.newLine = standalone
        }
        if let open = state.sectionName {
            throw Failure(position: position, message: "section '\(open)' is not closed")
        }
        return nodes
    }

    // MARK: - Reading

    /// Text up to the next opening delimiter (consumed, `foundTag`) or line break (not consumed).
    private mutating func readText(until open: [UInt8]) -> (text: [UInt8], foundTag: Bool) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if newlineLength(at: position) != nil { break }
            if byte == open[0], matches(open, at: position) {
                let text = Array(bytes[start..<position])
                position += open.count
                return (text, true)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), false)
    }

    private func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "\n") { return 1 }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return 2 }
        return nil
    }

    /// After a tag: true, and the rest of the line consumed, when the tag stood alone on its line.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        var end = position
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if end == bytes.count {
            position = end
            return true
        }
        guard let newline = newlineLength(at: end) else { return false }
        position = end + newline
        return true
    }

    private mutating func readSpacesAndTabs() -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") { position += 1 }
        return Array(bytes[start..<position])
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    /// A tag's name and its closing delimiter.
    private mutating func readName(_ state: State) throws(Failure) -> String {
        try readName(state, allowed: Self.isNameByte)
    }

    private mutating func readPartialName(_ state: State) throws(Failure) -> String {
        try readName(state) { Self.isNameByte($0) || $0 == UInt8(ascii: "/") }
    }

    private mutating func readName(_ state: State, allowed: (UInt8) -> Bool) throws(Failure) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, allowed(bytes[position]) { position += 1 }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard matches(state.close, at: position) else {
            let closing = String(decoding: state.close, as: UTF8.self)
            throw Failure(position: position, message: name.isEmpty ? "tag has no name" : "tag '\(name)' is not closed with '\(closing)'")
        }
        position += state.close.count
        return name
    }

    /// `{{=<% %>=}}`: the new opening and closing delimiters.
    private mutating func readDelimiters(_ state: State) throws(Failure) -> ([UInt8], [UInt8]) {
        let failure = Failure(position: position, message: "delimiter tag must read '{{=<open> <close>=}}'")
        skipWhitespace()
        let openStart = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]) { position += 1 }
        let open = Array(bytes[openStart..<position])
        skipWhitespace()
        let closeStart = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: "=") { position += 1 }
        let close = Array(bytes[closeStart..<position])
        skipWhitespace()
        guard !open.isEmpty, !close.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "="),
              matches(state.close, at: position + 1) else { throw failure }
        position += 1 + state.close.count
        return (open, close)
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from index: Int) -> Int? {
        var index = index
        while index + pattern.count <= bytes.count {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Letters, digits and `.-_?*`, as in swift-mustache (without its transform parentheses).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"): true
        default: false
        }
    }

    // MARK: - Errors

    /// Line and column (in characters, from 1) of a byte offset.
    private func syntaxError(_ failure: Failure) -> TemplateSyntaxError {
        let offset = min(failure.position, bytes.count)
        var line = 1, lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return TemplateSyntaxError(line: line, column: column, message: failure.message)
    }
}

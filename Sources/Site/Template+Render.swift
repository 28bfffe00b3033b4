/// Runs template programs into one growing byte buffer. The context stack holds the values of the open
/// sections, innermost last; a name is looked up from the innermost outward.
struct TemplateRenderer {
    private let library: TemplateLibrary
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    /// Added to every line of a partial or block whose tag stood alone, indented, on its line.
    private var indentation: [UInt8] = []
    /// Blocks overridden by the parent tags being rendered; the outermost override wins.
    private var overrides: [String: (program: TemplateProgram, body: Range<Int>)] = [:]

    init(library: TemplateLibrary, root: TemplateValue) {
        self.library = library
        stack = [root]
        output.reserveCapacity(16_384)
    }

    /// Runs a template from its first operation.
    mutating func render(_ template: Template) {
        run(template.program, 0..<template.program.mainEnd)
    }

    /// Runs the operations `range` of `program`: one level, for indentation (a section's body, a
    /// partial, a block).
    private mutating func run(_ program: TemplateProgram, _ range: Range<Int>) {
        let levelStart = output.count
        var index = range.lowerBound
        while index < range.upperBound {
            let mark = output.count
            index = step(program, index)
            // As swift-mustache indents: output that starts a new line (within this level) gets the indentation.
            if !indentation.isEmpty, output.count > mark, mark > levelStart, output[mark - 1] == UInt8(ascii: "\n") {
                output.insert(contentsOf: indentation, at: mark)
            }
        }
    }

    /// Runs the operation at `index` (with its body); returns the index of the next one.
    private mutating func step(_ program: TemplateProgram, _ index: Int) -> Int {
        switch program.operations[index] {
        case .text(let start, let end):
            output.append(contentsOf: UnsafeBufferPointer(rebasing: program.bytes[Int(start)..<Int(end)]))
            return index + 1

        case .variable(let path, let escaped):
            guard let value = lookUp(program, program.paths[Int(path)]) else { return index + 1 }
            switch value {
            case .text(let text): append(text, escaped: escaped)
            case .html(let html): append(html.html, escaped: escaped)
            case .number(let number): append(String(number), escaped: false)
            case .flag(let flag): append(flag ? "true" : "false", escaped: false)
            case .list, .object: break
            }
            return index + 1

        case .section(let path, let end, let inverted):
            let body = index + 1..<Int(end)
            let value = lookUp(program, program.paths[Int(path)])
            if inverted {
                if !(value?.isTruthy ?? false) { run(program, body) }
                return body.upperBound
            }
            guard let value, value.isTruthy else { return body.upperBound }
            switch value {
            case .list(let elements):
                for element in elements { runPushing(element, program, body) }
            case .flag:
                run(program, body)
            default:
                runPushing(value, program, body)
            }
            return body.upperBound

        case .partial(let name, let indentStart, let indentEnd, let set):
            guard let template = library[program.names[Int(name)]] else { return index + 1 }
            let (savedIndentation, savedOverrides) = (indentation, overrides)
            indentation.append(contentsOf: UnsafeBufferPointer(rebasing: program.bytes[Int(indentStart)..<Int(indentEnd)]))
            if set >= 0 {
                for (block, body) in program.overrideSets[Int(set)] where overrides[block] == nil { overrides[block] = (program, body) }
            }
            render(template)
            (indentation, overrides) = (savedIndentation, savedOverrides)
            return index + 1

        case .block(let name, let end, let indentStart, let indentEnd):
            let savedIndentation = indentation
            indentation.append(contentsOf: UnsafeBufferPointer(rebasing: program.bytes[Int(indentStart)..<Int(indentEnd)]))
            if let override = overrides[program.names[Int(name)]] {
                run(override.program, override.body)
            } else {
                run(program, index + 1..<Int(end))
            }
            indentation = savedIndentation
            return Int(end)
        }
    }

    private mutating func runPushing(_ value: TemplateValue, _ program: TemplateProgram, _ body: Range<Int>) {
        stack.append(value)
        run(program, body)
        stack.removeLast()
    }

    private func lookUp(_ program: TemplateProgram, _ path: TemplateProgram.Path) -> TemplateValue? {
        guard path.count > 0 else { return stack.last }
        let first = program.names[Int(path.start)]
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
        var part = Int(path.start) + 1
        while part < Int(path.start + path.count) {
            guard let current = found else { return nil }
            found = Self.child(of: current, named: program.names[part])
            part += 1
        }
        return found
    }

    private static func child(of value: TemplateValue, named name: String) -> TemplateValue? {
        guard case .object(let object) = value else { return nil }
        return object.templateValue(name)
    }

    /// `{{ }}` escapes the five characters HTML gives meaning to (`HTMLEscape`); `{{{ }}}` copies.
    private mutating func append(_ text: String, escaped: Bool) {
        if escaped { HTMLEscape.append(text.utf8, to: &output) } else { output.append(contentsOf: text.utf8) }
    }
}

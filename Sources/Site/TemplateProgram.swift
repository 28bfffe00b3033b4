/// A template's nodes flattened into operations over storage that rendering never retains. Every page
/// of a site runs the same few templates on every core at once: walking the node tree retained and
/// released its arrays at each step, and those shared counters made a third of rendering's time.
/// Operations hold only integers: text and indentation are ranges of `bytes`, names index `names`,
/// and a section's or block's body is the operations that follow it, up to its `end`.
final class TemplateProgram: @unchecked Sendable {
    enum Operation {
        case text(start: Int32, end: Int32)
        case variable(path: Int32, escaped: Bool)
        case section(path: Int32, end: Int32, inverted: Bool)
        /// `overrides` indexes `overrideSets` (a parent tag), or is -1 (a plain partial).
        case partial(name: Int32, indentStart: Int32, indentEnd: Int32, overrides: Int32)
        case block(name: Int32, end: Int32, indentStart: Int32, indentEnd: Int32)
    }

    /// A tag's name as a run of `names`: `.` is an empty run.
    struct Path {
        let start: Int32
        let count: Int32
        let climbsStack: Bool
    }

    let operations: UnsafeMutableBufferPointer<Operation>
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let names: UnsafeMutableBufferPointer<String>
    let paths: UnsafeMutableBufferPointer<Path>
    /// The operations of the template itself; the bodies of overrides follow them.
    let mainEnd: Int
    /// Per parent tag, its blocks' bodies by name.
    let overrideSets: [[String: Range<Int>]]

    init(_ nodes: [TemplateNode]) {
        var builder = Builder()
        builder.emit(nodes)
        mainEnd = builder.operations.count
        builder.emitPendingOverrides()
        operations = .copy(builder.operations)
        bytes = .copy(builder.bytes)
        names = .copy(builder.names)
        paths = .copy(builder.paths)
        overrideSets = builder.overrideSets
    }

    deinit {
        operations.deallocate()
        bytes.deallocate()
        names.deinitialize().deallocate()
        paths.deallocate()
    }

    private struct Builder {
        var operations: [Operation] = []
        var bytes: [UInt8] = []
        var names: [String] = []
        var paths: [Path] = []
        var overrideSets: [[String: Range<Int>]] = []
        /// Override bodies waiting to be placed after the main operations: (set, block name, body).
        var pending: [(Int, String, [TemplateNode])] = []

        mutating func emit(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    let (start, end) = add(text)
                    operations.append(.text(start: start, end: end))
                case .variable(let path, let escaped):
                    operations.append(.variable(path: add(path), escaped: escaped))
                case .section(let path, let body, let inverted):
                    let at = operations.count
                    operations.append(.text(start: 0, end: 0))
                    let pathIndex = add(path)
                    emit(body)
                    operations[at] = .section(path: pathIndex, end: Int32(operations.count), inverted: inverted)
                case .partial(let name, let indentation, let overrides):
                    let (indentStart, indentEnd) = add(indentation ?? [])
                    var set: Int32 = -1
                    if let overrides {
                        set = Int32(overrideSets.count)
                        overrideSets.append([:])
                        for blockName in overrides.keys.sorted() { pending.append((Int(set), blockName, overrides[blockName]!)) }
                    }
                    operations.append(.partial(name: add(name), indentStart: indentStart, indentEnd: indentEnd, overrides: set))
                case .block(let name, let body, let indentation):
                    let at = operations.count
                    operations.append(.text(start: 0, end: 0))
                    let (indentStart, indentEnd) = add(indentation ?? [])
                    let nameIndex = add(name)
                    emit(body)
                    operations[at] = .block(name: nameIndex, end: Int32(operations.count), indentStart: indentStart, indentEnd: indentEnd)
                }
            }
        }

        /// Places each override's body after the main operations (bodies may hold parent tags of their own).
        mutating func emitPendingOverrides() {
            while !pending.isEmpty {
                let (set, name, body) = pending.removeFirst()
                let start = operations.count
                emit(body)
                overrideSets[set][name] = start..<operations.count
            }
        }

        mutating func add(_ text: [UInt8]) -> (Int32, Int32) {
            let start = Int32(bytes.count)
            bytes.append(contentsOf: text)
            return (start, Int32(bytes.count))
        }

        mutating func add(_ name: String) -> Int32 {
            names.append(name)
            return Int32(names.count - 1)
        }

        mutating func add(_ path: TemplatePath) -> Int32 {
            let start = Int32(names.count)
            names.append(contentsOf: path.parts)
            paths.append(Path(start: start, count: Int32(path.parts.count), climbsStack: path.climbsStack))
            return Int32(paths.count - 1)
        }
    }
}

private extension UnsafeMutableBufferPointer {
    /// A new buffer holding `elements` (at least one slot, so every buffer has an address).
    static func copy(_ elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: Swift.max(1, elements.count))
        _ = buffer.initialize(from: elements)
        return UnsafeMutableBufferPointer(rebasing: buffer[..<elements.count])
    }
}

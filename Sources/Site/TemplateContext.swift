import Mustache

/// A view model as templates see it: its properties read once through Mirror into a dictionary.
/// swift-mustache would otherwise reflect the whole struct again for every single `{{key}}`.
struct TemplateContext: MustacheParent {
    private let values: [String: Any]

    init(_ model: Any) {
        guard let fields = model as? TemplateFields else {
            self.init(reflecting: model)
            return
        }
        var values: [String: Any] = [:]
        for (label, value) in fields.templateFields {
            if let converted = TemplateContext.convert(value) { values[label] = converted }
        }
        self.init(values: values)
    }

    private init(values: [String: Any]) {
        self.values = values
    }

    /// Through Mirror: every model without a hand-written field list, and the reference the lists are tested against.
    init(reflecting model: Any) {
        var values: [String: Any] = [:]
        for child in Mirror(reflecting: model).children {
            guard let label = child.label, let value = TemplateContext.convert(child.value) else { continue }
            values[label] = value
        }
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }

    var keys: [String] { Array(values.keys) }

    /// Structs become contexts, arrays are converted element-wise, optionals unwrap (nil is absent),
    /// SafeHTML and plain values stay as they are.
    private static func convert(_ value: Any) -> Any? {
        if value is SafeHTML || value is String || value is Int || value is Bool || value is Double || value is ListedEvent { return value }
        if value is TemplateFields { return TemplateContext(value) }
        if let array = value as? TemplateArray { return array.templateElements.compactMap(convert) }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let some = mirror.children.first?.value else { return nil }
            return convert(some)
        case .collection:
            return mirror.children.compactMap { convert($0.value) }
        case .struct, .class:
            return TemplateContext(value)
        default:
            return value
        }
    }
}

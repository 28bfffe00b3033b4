/// What a template can read. A closed set of kinds, so rendering a tag is a switch, never a question to
/// the runtime about what a value is (swift-mustache asked with dynamic casts at every context level of
/// every tag: about half of the time of building a large site).
enum TemplateValue {
    case text(String)
    /// Printed as it is by `{{{ }}}`; escaped like text by `{{ }}`.
    case html(SafeHTML)
    case number(Int)
    case flag(Bool)
    case list([TemplateValue])
    case object(any TemplateObject)

    /// Whether a section shows, as swift-mustache decided it (so themes written for it render the same):
    /// false, an empty list and empty HTML hide it; any other value shows it, 0 and "" included.
    var isTruthy: Bool {
        switch self {
        case .flag(let value): value
        case .list(let values): !values.isEmpty
        case .html(let html): !html.html.isEmpty
        case .text, .number, .object: true
        }
    }
}

/// A view model as templates see it: named values, looked up one key at a time.
protocol TemplateObject {
    /// Every key the object answers, in declaration order (tests check them against its stored properties).
    var templateKeys: [String] { get }
    /// The value of a key; nil when the key is unknown or its optional value is absent.
    func templateValue(_ key: String) -> TemplateValue?
}

extension TemplateValue {
    /// Any value, converted the generic way: strings, numbers, flags and `SafeHTML` as they are, arrays
    /// element by element, optionals unwrapped (nil is absent), other structs through their stored
    /// properties. View models on hot paths conform to `TemplateObject` by hand instead.
    init?(_ value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let html as SafeHTML: self = .html(html)
        case let number as Int: self = .number(number)
        case let flag as Bool: self = .flag(flag)
        case let value as TemplateValue: self = value
        case let object as any TemplateObject: self = .object(object)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                guard let some = mirror.children.first?.value, let converted = TemplateValue(some) else { return nil }
                self = converted
            case .collection, .set:
                self = .list(mirror.children.compactMap { TemplateValue($0.value) })
            case .struct, .class:
                self = .object(ReflectedObject(value))
            default:
                self = .text(String(describing: value))
            }
        }
    }
}

/// A struct's stored properties, read once through Mirror: the models of pages made once per site.
struct ReflectedObject: TemplateObject {
    let templateKeys: [String]
    private let values: [String: TemplateValue]

    init(_ model: Any) {
        var keys: [String] = []
        var values: [String: TemplateValue] = [:]
        for child in Mirror(reflecting: model).children {
            guard let label = child.label else { continue }
            keys.append(label)
            values[label] = TemplateValue(child.value)
        }
        templateKeys = keys
        self.values = values
    }

    func templateValue(_ key: String) -> TemplateValue? { values[key] }
}

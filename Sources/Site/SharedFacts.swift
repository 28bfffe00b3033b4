import Articles
import Foundation
import Timeline

/// What several pages share, made once on first use and from any rendering thread: the site model and
/// each event's list item rendered through `event-item` (an event appears on the index and on its year,
/// kind and actor pages). The rendered item is kept once, for every folder depth: its links carry a
/// placeholder where the root goes. At 10,000 articles, keeping the item values and one rendering per
/// depth took more memory than everything else together.
final class SharedFacts: @unchecked Sendable {
    let timeline: Timeline
    let articlesByID: [String: Article]
    let model: Lazy<SiteModel>
    let theme: Theme
    weak var plan: SitePlan?
    private let lock = NSLock()
    private var renderedItems: [String: RenderedItem] = [:]

    init(timeline: Timeline, filters: SiteModel.Filters, theme: Theme) {
        self.timeline = timeline
        self.theme = theme
        articlesByID = Dictionary(timeline.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        model = Lazy { SiteModel(timeline: timeline, filters: filters) }
    }

    /// An event's item for a page `root` deep; its warnings are noted where it is first listed.
    func item(_ event: Event, root: String) -> EventItem {
        var ignored: [Diagnostic] = []
        return model.get.item(event, root: root, articles: articlesByID, diagnostics: &ignored)
    }

    /// The events of a list page, each with its rendered item; the other fields are made only if a
    /// template asks for them.
    func listed(_ events: ArraySlice<Event>, root: String) -> [ListedEvent] {
        events.map { event in
            ListedEvent(renderedHTML: SafeHTML(trusted: renderedItem(event, root: root))) { [self] in item(event, root: root) }
        }
    }

    private enum RenderedItem {
        /// Rendered with `RootPlaceholder.text` as the root.
        case rooted(String)
        /// The item's own text holds the placeholder character: rendered afresh for each page.
        case unrooted
    }

    private func renderedItem(_ event: Event, root: String) -> String {
        switch rendering(of: event) {
        case .rooted(let html): RootPlaceholder.fill(html, root: root)
        case .unrooted: theme.render("event-item", item(event, root: root))
        }
    }

    /// The event's kept rendering, made on first use.
    private func rendering(of event: Event) -> RenderedItem {
        lock.lock()
        let cached = renderedItems[event.id]
        lock.unlock()
        if let cached { return cached }
        var warnings: [Diagnostic] = []
        let placeheld = model.get.item(event, root: RootPlaceholder.text, articles: articlesByID, diagnostics: &warnings)
        let rendered: RenderedItem = RootPlaceholder.occurs(inFieldsOf: placeheld)
            ? .unrooted : .rooted(theme.render("event-item", placeheld))
        lock.lock()
        let first = renderedItems[event.id] == nil
        if first { renderedItems[event.id] = rendered }
        lock.unlock()
        // Each event's warnings once, from the rendering that was kept.
        if first { plan?.note(warnings) }
        return rendered
    }
}

/// An event on a list page: its item as `event-item` renders it, and the item's fields on demand (a
/// list template that prints `{{title}}` still gets it). One page renders it, on one thread.
final class ListedEvent: TemplateObject {
    let renderedHTML: SafeHTML
    private let makeItem: () -> EventItem
    private lazy var item = makeItem()

    init(renderedHTML: SafeHTML, makeItem: @escaping () -> EventItem) {
        self.renderedHTML = renderedHTML
        self.makeItem = makeItem
    }

    var templateKeys: [String] { ["renderedHTML"] + item.templateKeys }

    func templateValue(_ key: String) -> TemplateValue? {
        key == "renderedHTML" ? .html(renderedHTML) : item.templateValue(key)
    }
}

/// The root of a rendered item, left as a control character that HTML escaping keeps and templates do
/// not contain, then replaced by each page's root ("" or "../").
enum RootPlaceholder {
    static let byte: UInt8 = 0x01
    static let text = "\u{1}"

    /// True when an item's text (not its root) holds the placeholder: article text may contain any
    /// control character, and such an item cannot be filled in safely.
    static func occurs(inFieldsOf item: EventItem) -> Bool {
        item.templateKeys.contains { $0 != "root" && item.templateValue($0).map(occurs) == true }
    }

    static func occurs(in value: TemplateValue) -> Bool {
        switch value {
        case .text(let text): text.utf8.contains(byte)
        case .html(let html): html.html.utf8.contains(byte)
        case .list(let values): values.contains(where: occurs)
        case .object(let object): object.templateKeys.contains { object.templateValue($0).map(occurs) == true }
        case .number, .flag: false
        }
    }

    static func fill(_ html: String, root: String) -> String {
        var count = 0
        for b in html.utf8 where b == byte { count += 1 }
        guard count > 0 else { return html }
        let rootBytes = Array(root.utf8)
        let length = html.utf8.count + count * (rootBytes.count - 1)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for b in html.utf8 {
                if b == byte {
                    for r in rootBytes { buffer[n] = r; n += 1 }
                } else {
                    buffer[n] = b
                    n += 1
                }
            }
            return n
        }
    }
}

import Articles
import Foundation
import Timeline

/// What several pages share, made once on first use and from any rendering thread: the site model and
/// each event's list item rendered through `event-item` (an event appears on the index and on its year,
/// kind and actor pages). The rendered item is kept once, for every folder depth: its links carry a
/// placeholder where the root goes. It is dropped after the last list page that needs it: `annals
/// build` makes list pages in the order of their first event (`listPageOrder`), so the kept items are
/// those of the pages in progress, not every item of the site (a quarter of the memory at 10,000
/// articles).
final class SharedFacts: @unchecked Sendable {
    let timeline: Timeline
    let articlesByID: [String: Article]
    let model: Lazy<SiteModel>
    let theme: Theme
    weak var plan: SitePlan?
    private let filters: SiteModel.Filters
    private let lock = NSLock()
    /// By event index; made with the use counts on first use.
    private var items: [ItemSlot] = []
    private var usesLeft: [Int32] = []

    init(timeline: Timeline, filters: SiteModel.Filters, theme: Theme) {
        self.timeline = timeline
        self.theme = theme
        self.filters = filters
        articlesByID = Dictionary(timeline.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        model = Lazy { SiteModel(timeline: timeline, filters: filters) }
    }

    /// An event's item for a page `root` deep; its warnings are noted where it is first listed.
    func item(_ event: Event, root: String) -> EventItem {
        var ignored: [Diagnostic] = []
        return model.get.item(event, root: root, articles: articlesByID, diagnostics: &ignored)
    }

    /// The events of a list page (indexes into the timeline), each with its rendered item; the other
    /// fields are made only if a template asks for them.
    func listed(_ indexes: some Sequence<Int>, root: String) -> [ListedEvent] {
        indexes.map { index in
            let event = timeline.events[index]
            return ListedEvent(renderedHTML: SafeHTML(trusted: renderedItem(index, root: root))) { [self] in item(event, root: root) }
        }
    }

    /// How many list pages list each event: the index, and the filter pages the plan has (`SiteModel.Filters`).
    static func listUses(_ model: SiteModel, filters: SiteModel.Filters, eventCount: Int) -> [Int32] {
        var uses = [Int32](repeating: 1, count: eventCount)
        let lists = filters.actors.map { model.eventsByActor[$0.name] } + filters.kinds.map { model.eventsByKind[$0.value] }
            + filters.yearCounts.map { model.eventsByYear[$0.year] }
        for list in lists {
            for index in list ?? [] { uses[index] += 1 }
        }
        return uses
    }

    private enum RenderedItem {
        /// Rendered with `RootPlaceholder.text` as the root.
        case rooted(String)
        /// The item's own text holds the placeholder character: rendered afresh for each page.
        case unrooted
    }

    private enum ItemSlot {
        case notMade
        case kept(RenderedItem)
        /// Made, its warnings noted, and no longer kept.
        case dropped
    }

    private func renderedItem(_ index: Int, root: String) -> String {
        switch rendering(of: index) {
        case .rooted(let html): RootPlaceholder.fill(html, root: root)
        case .unrooted: theme.render("event-item", item(timeline.events[index], root: root))
        }
    }

    /// The event's kept rendering, made on first use and dropped after its last.
    private func rendering(of index: Int) -> RenderedItem {
        lock.lock()
        if items.isEmpty {
            items = Array(repeating: .notMade, count: timeline.events.count)
            usesLeft = SharedFacts.listUses(model.get, filters: filters, eventCount: timeline.events.count)
        }
        if case .kept(let kept) = items[index] {
            use(index)
            lock.unlock()
            return kept
        }
        lock.unlock()
        var warnings: [Diagnostic] = []
        let placeheld = model.get.item(timeline.events[index], root: RootPlaceholder.text, articles: articlesByID, diagnostics: &warnings)
        let rendered: RenderedItem = RootPlaceholder.occurs(inFieldsOf: placeheld)
            ? .unrooted : .rooted(theme.render("event-item", placeheld))
        lock.lock()
        let first: Bool
        switch items[index] {
        case .notMade:
            first = true
            items[index] = .kept(rendered)
        case .kept, .dropped:
            first = false
        }
        use(index)
        lock.unlock()
        // Each event's warnings once, from the first rendering.
        if first { plan?.note(warnings) }
        return rendered
    }

    /// Items kept right now.
    var keptItemCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return items.filter { if case .kept = $0 { true } else { false } }.count
    }

    /// Counts one use of a kept item (the lock is held) and drops it after the last.
    private func use(_ index: Int) {
        usesLeft[index] -= 1
        if usesLeft[index] <= 0, case .kept = items[index] { items[index] = .dropped }
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
        var html = html, root = root
        // memchr finds the few placeholders of an item; the text between them is copied whole.
        let filled: String? = html.withUTF8 { source in
            guard let base = source.baseAddress else { return nil }
            var count = 0
            var scan = base
            let end = base + source.count
            while scan < end, let hit = memchr(scan, Int32(byte), end - scan) {
                count += 1
                scan = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            guard count > 0 else { return nil }
            return root.withUTF8 { rootBytes in
                String(unsafeUninitializedCapacity: source.count + count * (rootBytes.count - 1)) { buffer in
                    var n = 0
                    var from = base
                    while from < end {
                        let hit = memchr(from, Int32(byte), end - from).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) } ?? end
                        let run = hit - from
                        UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[n..<n + run])
                            .copyMemory(from: UnsafeRawBufferPointer(start: from, count: run))
                        n += run
                        guard hit < end else { break }
                        for r in rootBytes { buffer[n] = r; n += 1 }
                        from = hit + 1
                    }
                    return n
                }
            }
        }
        return filled ?? html
    }
}

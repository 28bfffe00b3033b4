@testable import Site
import Testing

/// The template engine against the Mustache manual and spec: interpolation, sections, inverted
/// sections, comments, partials, delimiters and inheritance, with the spec's whitespace rules.
@Suite struct TemplateTests {
    /// A hash as the spec's data: keys in order, values converted the generic way.
    struct Hash: TemplateObject, ExpressibleByDictionaryLiteral {
        let pairs: [(String, TemplateValue)]
        init(dictionaryLiteral elements: (String, Any)...) {
            pairs = elements.map { ($0.0, Hash.convert($0.1)) }
        }
        static func convert(_ value: Any) -> TemplateValue {
            if let hash = value as? Hash { return .object(hash) }
            if let array = value as? [Any] { return .list(array.map(convert)) }
            return TemplateValue(value)!
        }
        var templateKeys: [String] { pairs.map(\.0) }
        func templateValue(_ key: String) -> TemplateValue? { pairs.first { $0.0 == key }?.1 }
    }

    func render(_ template: String, _ data: Hash = [:], partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        library.register(try Template(template), named: "main")
        for (name, text) in partials { library.register(try Template(text), named: name) }
        return library.render("main", .object(data))
    }

    // MARK: - Interpolation

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let data: Hash = ["name": "<b>\"Tom\" & 'Jerry'</b>", "count": 3, "ok": true]
        #expect(try render("Hi {{name}}!", data) == "Hi &lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;!")
        #expect(try render("{{{name}}}|{{&name}}", data) == "<b>\"Tom\" & 'Jerry'</b>|<b>\"Tom\" & 'Jerry'</b>")
        #expect(try render("{{count}} {{ok}}", data) == "3 true")
        #expect(try render("[{{missing}}][{{{missing}}}]", data) == "[][]")
        #expect(try render("|{{ name }}|{{{ name }}}|", ["name": "x"]) == "|x|x|")
    }

    @Test func safeHTMLIsEscapedByDoubleBracesAndPrintedByTriple() throws {
        let data: Hash = ["bodyHTML": SafeHTML(trusted: "<p>x</p>")]
        #expect(try render("{{bodyHTML}}", data) == "&lt;p&gt;x&lt;/p&gt;")
        #expect(try render("{{{bodyHTML}}}", data) == "<p>x</p>")
    }

    @Test func dottedNamesResolveFirstPartUpTheStackThenInside() throws {
        let data: Hash = ["a": Hash(dictionaryLiteral: ("b", Hash(dictionaryLiteral: ("c", "deep")))), "x": "outer"]
        #expect(try render("{{a.b.c}}", data) == "deep")
        #expect(try render("[{{a.b.x}}]", data) == "[]", "later parts do not climb the stack")
        #expect(try render("{{#a}}{{#b}}{{x}}{{/b}}{{/a}}", data) == "outer")
        #expect(try render("{{#a}}[{{.x}}]{{/a}}", data) == "[]", "a leading dot looks only at the current value")
    }

    // MARK: - Sections

    @Test func sectionsFollowTruthAndIterateLists() throws {
        let data: Hash = ["yes": true, "no": false, "list": [Hash(dictionaryLiteral: ("n", 1)), Hash(dictionaryLiteral: ("n", 2))],
                          "empty": [Any](), "words": ["a", "b"], "person": Hash(dictionaryLiteral: ("name", "Joe"))]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#missing}}M{{/missing}}", data) == "Y")
        #expect(try render("{{#list}}<{{n}}>{{/list}}{{#empty}}E{{/empty}}", data) == "<1><2>")
        #expect(try render("{{#words}}({{.}}){{/words}}", data) == "(a)(b)")
        #expect(try render("{{#person}}Hi {{name}}.{{/person}}", data) == "Hi Joe.")
        #expect(try render("{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}{{^yes}}Y{{/yes}}{{^list}}L{{/list}}", data) == "NEM")
    }

    @Test func numbersAndTextShowSectionsAsSwiftMustacheDid() throws {
        let data: Hash = ["zero": 0, "blank": "", "noHTML": SafeHTML(trusted: "")]
        #expect(try render("{{#zero}}[{{.}}]{{/zero}}{{#blank}}B{{/blank}}{{#noHTML}}H{{/noHTML}}{{^noHTML}}h{{/noHTML}}", data) == "[0]Bh")
    }

    @Test func standaloneTagLinesLeaveNoTrace() throws {
        let data: Hash = ["yes": true]
        #expect(try render("| This\n{{#yes}}\n|\n{{/yes}}\n| Line\n", data) == "| This\n|\n| Line\n")
        #expect(try render("| This\n  {{#yes}}\n|\n  {{/yes}}\n| Line\n", data) == "| This\n|\n| Line\n")
        #expect(try render("|\r\n{{#yes}}\r\n{{/yes}}\r\n|", data) == "|\r\n|")
        #expect(try render("  {{#yes}}\n#{{/yes}}\n/", data) == "#\n/")
        #expect(try render("#{{#yes}}\n/\n  {{/yes}}", data) == "#\n/\n")
        #expect(try render(" | {{#yes}}\t|\t{{/yes}} | \n", data) == " | \t|\t | \n", "inline sections keep their spaces")
        #expect(try render("Begin.\n{{! a comment }}\nEnd.\n") == "Begin.\nEnd.\n")
        #expect(try render("12345 {{! comment }}\n67890") == "12345 \n67890")
    }

    // MARK: - Partials, delimiters, inheritance

    @Test func partialsShareTheContextAndIndentStandaloneLines() throws {
        let partials = ["item": "<{{name}}>", "lines": "one\n{{text}}\ntwo\n"]
        #expect(try render("{{#people}}{{> item}}{{/people}}", ["people": [Hash(dictionaryLiteral: ("name", "A")), Hash(dictionaryLiteral: ("name", "B"))]],
                           partials: partials) == "<A><B>")
        #expect(try render("\\\n  {{> lines}}\n/\n", ["text": "x\ny"], partials: partials) == "\\\n  one\n  x\ny\n  two\n/\n",
                "every line of the partial is indented, interpolated text is not")
        #expect(try render("[{{> nowhere}}]", partials: partials) == "[]")
    }

    @Test func delimitersCanBeChanged() throws {
        #expect(try render("{{=<% %>=}}(<%text%>) {{text}}", ["text": "It worked"]) == "(It worked) {{text}}")
        #expect(try render("[\n{{=@ @=}}\n@text@\n]\n", ["text": "x"]) == "[\nx\n]\n")
    }

    @Test func parentsOverrideBlocksAndTheOutermostOverrideWins() throws {
        let partials = ["base": "<title>{{$title}}Default{{/title}}</title>\n{{$body}}{{/body}}",
                        "middle": "{{<base}}{{$title}}Middle{{/title}}{{$body}}from middle{{/body}}{{/base}}"]
        #expect(try render("{{<base}}{{/base}}", partials: partials) == "<title>Default</title>\n")
        #expect(try render("{{<base}}\n{{$title}}Mine{{/title}}\n{{/base}}\n", partials: partials) == "<title>Mine</title>\n")
        #expect(try render("{{<middle}}{{/middle}}", partials: partials) == "<title>Middle</title>\nfrom middle")
        #expect(try render("{{<middle}}{{$title}}Top{{/title}}{{/middle}}", partials: partials) == "<title>Top</title>\nfrom middle")
        #expect(try render("{{$title}}Alone{{/title}}") == "Alone", "a block outside any parent shows its default")
        #expect(try render("{{<base}}{{$body}}{{who}}{{/body}}{{/base}}", ["who": "ctx"], partials: partials) == "<title>Default</title>\nctx")
    }

    @Test func overridesMayHoldParentsAndSectionsOfTheirOwn() throws {
        let partials = ["base": "[{{$body}}base{{/body}}]", "inner": "<{{$slot}}slot{{/slot}}>"]
        let template = "{{<base}}{{$body}}{{#items}}{{<inner}}{{$slot}}{{n}}{{/slot}}{{/inner}}{{/items}}{{/body}}{{/base}}"
        let data: Hash = ["items": [Hash(dictionaryLiteral: ("n", 1)), Hash(dictionaryLiteral: ("n", 2))]]
        #expect(try render(template, data, partials: partials) == "[<1><2>]")
    }

    @Test func blocksAreReindentedWhereTheyAreExpanded() throws {
        let partials = ["parent": "Hi,\n  {{$block}}\n  {{/block}}\n"]
        #expect(try render("{{<parent}}{{$block}}\n    one\n    two\n{{/block}}{{/parent}}\n", partials: partials) == "Hi,\n  one\n  two\n")
    }

    // MARK: - Errors

    @Test func syntaxErrorsSayWhereAndWhy() {
        func failure(_ template: String) -> TemplateSyntaxError? {
            do { _ = try Template(template); return nil } catch { return error }
        }
        let mismatched = failure("line one\n{{#a}}\n{{/b}}")
        #expect(mismatched?.line == 3)
        #expect(mismatched?.column == 4)
        #expect(mismatched?.message == "'{{/b}}' closes a section opened as 'a'")
        #expect(failure("{{#a}}open")?.message == "section 'a' is not closed")
        #expect(failure("x {{name")?.message == "tag 'name' is not closed with '}}'")
        #expect(failure("{{{name}}")?.message == "'{{{' is not closed with '}}}'")
        #expect(failure("{{! never closed")?.message == "comment is not closed")
        #expect(failure("{{= bad =}}")?.line == 1)
        #expect(failure("{{<base}}{{name}}{{/base}}")?.message == "only blocks ('{{$name}}') may stand inside '{{<base}}'")
        #expect(failure("{{% PRAGMA }}") != nil)
        #expect(failure("é {{/x}}")?.column == 6, "columns count characters")
        #expect(failure("{{") != nil)
    }
}

import Foundation

/// Writes one self-contained HTML page about a graph: the picture, the relations with their evidence, the actors.
///
/// Everything is inline (SVG, CSS, a few KB of plain JavaScript), so the
/// page opens offline, can be mailed as one file, and fetches nothing. The
/// script (`HTMLReportAssets`) pans and zooms the picture, links a click on
/// an actor or a line to the table rows it draws, and sorts the tables. All
/// text from articles goes through `HTMLEscaping.escape`, so an article cannot
/// put markup or script into the page. The page is well-formed XML as well as
/// HTML (void elements closed, the script in a commented CDATA section), so
/// XML tools can read it and a test can prove no article text broke it.
public enum HTMLReportWriter {
    /// The page as UTF-8, around a picture already drawn: the writer lays nothing out (`GraphOutput` draws the picture
    /// and names the nodes in the language it asks for, so that the tables name actors as the picture does).
    /// - Parameters:
    ///   - svg: Graphviz's SVG of `graph`.
    ///   - lines: the SVG id of the line drawing each relation, so that a click on a line finds its rows and a filter
    ///     its lines.
    public static func data(_ graph: RelationGraph, svg: Data, lines: [Edge.Key: String]) -> Data {
        Data(page(graph, svg: inlineSVG(svg), lines: lines).utf8)
    }

    /// The page around an already rendered `<svg>` element; `lines` gives the SVG id of the line drawing each relation.
    static func page(_ graph: RelationGraph, svg: String, lines: [Edge.Key: String] = [:]) -> String {
        let names = Dictionary(graph.nodes.map { ($0.id, $0.label.isEmpty ? $0.id : $0.label) }, uniquingKeysWith: { a, _ in a })
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <meta name="generator" content="relgraph"/>
            <title>relgraph: \(graph.nodes.count) actors, \(graph.edges.count) relations</title>
            <style>\(HTMLReportAssets.css)</style>
            </head>
            <body>
            <header><h1>Who does what to whom</h1>
            <p class="summary">\(summary(graph))</p></header>
            <figure class="graph"><div class="picture" tabindex="0">\(svg)</div><figcaption>\(caption)</figcaption></figure>
            \(controls(graph, names: names))
            <h2>Relations</h2>
            \(relationsTable(graph, names: names, lines: lines))
            <h2>Actors</h2>
            \(actorsTable(graph, names: names))
            <script>//<![CDATA[
            \(HTMLReportAssets.script)
            //]]></script>
            </body>
            </html>

            """
    }

    private static let caption = "Wheel or + and − to zoom, drag or arrow keys to move, 0 to fit the width. "
        + "Click an actor or a line to show only its relations; click it again, or press Escape, to show all."

    /// Graphviz's SVG without its XML declaration, DOCTYPE and comments: just the `<svg>` element.
    ///
    /// One pass over the bytes, copying what lies between comments: Graphviz writes a comment per node and
    /// edge, and removing each from the string in turn would move the whole picture every time.
    static func inlineSVG(_ data: Data) -> String {
        let bytes = [UInt8](data)
        guard let start = firstIndex(of: Array("<svg".utf8), in: bytes, from: 0) else { return "" }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count - start)
        var index = start
        while index < bytes.count {
            guard let open = firstIndex(of: commentOpen, in: bytes, from: index),
                  let close = firstIndex(of: commentClose, in: bytes, from: open + commentOpen.count) else {
                kept += bytes[index...]
                break
            }
            kept += bytes[index..<open]
            index = close + commentClose.count
        }
        return String(decoding: kept, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)

    /// Where `pattern` first starts in `bytes` at or after `from`, nil when it does not.
    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = from
        while index <= bytes.count - pattern.count {
            if bytes[index] == first && bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private static func summary(_ graph: RelationGraph) -> String {
        let kinds = ActorKind.allCases.map { kind in "\(graph.nodes.filter { $0.kind == kind }.count) \(kind.rawValue)s" }
        let weight = graph.edges.map(\.weight).saturatingSum()
        return "\(graph.nodes.count) actors (\(kinds.joined(separator: ", "))), \(graph.edges.count) relations stated \(weight) times."
    }

    private static func controls(_ graph: RelationGraph, names: [String: String]) -> String {
        let types = Set(graph.edges.map(\.type))
        let typeOptions = EventType.allCases.filter(types.contains).map {
            "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>"
        }
        let actorOptions = byName(graph.nodes.map(\.id), names: names).map {
            "<option value=\"\(HTMLEscaping.escape($0))\">\(HTMLEscaping.escape(names[$0] ?? $0))</option>"
        }
        return """
            <form class="controls" onsubmit="return false">
            <label>Type <select id="type-filter"><option value="">all types</option>\(typeOptions.joined())</select></label>
            <label>Actor <select id="actor-filter"><option value="">all actors</option>\(actorOptions.joined())</select></label>
            <span id="shown"></span>
            </form>
            """
    }

    /// `ids` in the order of the names a reader sees (case and accents ignored), the id breaking ties: a table
    /// sorted by code while it shows names looks unsorted.
    static func byName(_ ids: [String], names: [String: String]) -> [String] {
        let keyed = ids.map { id in (key: sortKey(names[id] ?? id), id: id) }
        return keyed.sorted { ($0.key, $0.id) < ($1.key, $1.id) }.map(\.id)
    }

    private static func sortKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// One row per relation, sorted by source then target as displayed; each row carries its ends, type and
    /// the SVG id of its line, which the page's script matches against the picture.
    private static func relationsTable(_ graph: RelationGraph, names: [String: String], lines: [Edge.Key: String]) -> String {
        // Each name folded once, not at every comparison: a corpus's report sorts thousands of rows.
        let keys = Dictionary(graph.nodes.map { ($0.id, sortKey(names[$0.id] ?? $0.id)) }, uniquingKeysWith: { a, _ in a })
        let key = { (id: String) in keys[id] ?? sortKey(id) }
        let edges = graph.edges.map { (source: key($0.source), target: key($0.target), edge: $0) }
            .sorted { ($0.source, $0.target, $0.edge.key) < ($1.source, $1.target, $1.edge.key) }.map(\.edge)
        let rows = edges.map { edge in
            let evidence = edge.evidence.map(evidenceParagraph).joined()
            let line = lines[edge.key].map { " data-line=\"\(HTMLEscaping.escape($0))\"" } ?? ""
            return "<tr data-type=\"\(edge.type.rawValue)\" data-source=\"\(HTMLEscaping.escape(edge.source))\" "
                + "data-target=\"\(HTMLEscaping.escape(edge.target))\"\(line)>"
                + actorCell(edge.source, names: names)
                + "<td><span class=\"type \(edge.type.quadClass.rawValue)\">\(edge.type.rawValue)</span>"
                + (edge.historical ? " <span class=\"historical\">past</span>" : "") + "</td>"
                + actorCell(edge.target, names: names)
                + "<td class=\"number\">\(edge.weight)</td><td class=\"evidence\">\(evidence)</td></tr>"
        }
        return "<table id=\"relations\" class=\"sortable\"><thead><tr><th aria-sort=\"ascending\">Source</th><th>Type</th>"
            + "<th>Target</th><th class=\"number\">Weight</th><th>Evidence</th></tr></thead><tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table>"
    }

    /// One sentence, its trigger highlighted, after the document and day it was read in; the document links to
    /// the article when the corpus gives a web address.
    static func evidenceParagraph(_ evidence: Evidence) -> String {
        let sentence = HTMLEscaping.highlighting(evidence.trigger, in: evidence.text)
        guard let source = evidence.source else { return "<p>" + sentence + "</p>" }
        var cite = HTMLEscaping.escape(source)
        if let link = HTMLEscaping.webAddress(evidence.url) {
            cite = "<a href=\"\(HTMLEscaping.escape(link))\">\(cite)</a>"
        }
        return "<p><cite>\(cite)</cite> \(sentence)</p>"
    }

    private static func actorCell(_ id: String, names: [String: String]) -> String {
        "<td title=\"\(HTMLEscaping.escape(id))\">\(HTMLEscaping.escape(names[id] ?? id))</td>"
    }

    private static func actorsTable(_ graph: RelationGraph, names: [String: String]) -> String {
        let nodes = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = byName(Array(nodes.keys), names: names).compactMap { nodes[$0] }.map { node in
            "<tr data-actor=\"\(HTMLEscaping.escape(node.id))\"><td>\(HTMLEscaping.escape(names[node.id] ?? node.id))</td>"
                + "<td><code>\(HTMLEscaping.escape(node.id))</code></td><td>\(node.kind.rawValue)</td>"
                + "<td>\(HTMLEscaping.escape(node.country ?? ""))</td><td>\(HTMLEscaping.escape(node.role ?? ""))</td>"
                + "<td class=\"number\">\(node.mentions)</td></tr>"
        }
        return "<table id=\"actors\" class=\"sortable\"><thead><tr><th aria-sort=\"ascending\">Name</th><th>Id</th><th>Kind</th>"
            + "<th>Country</th><th>Role</th><th class=\"number\">Mentions</th></tr></thead><tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table>"
    }
}

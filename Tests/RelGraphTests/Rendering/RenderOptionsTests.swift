import Foundation
import Testing
@testable import RelGraph

/// Themes, English labels, country boxes and the automatic layout, checked in the DOT cgraph writes
/// and in rendered pictures.
@Suite("Render options")
struct RenderOptionsTests {
    private let graph = RelationGraph(
        nodes: [
            Node(id: "RUS", kind: .state, label: "Russie"), Node(id: "VEN", kind: .state, label: "Venezuela"),
            Node(id: "org:NATO", kind: .organization, label: "OTAN"),
            Node(id: "person:p", kind: .person, label: "Olga Petrenko", country: "RUS", role: "président"),
        ],
        edges: [
            Edge(source: "person:p", target: "RUS", type: .affiliation),
            Edge(source: "RUS", target: "VEN", type: .cooperate),
            Edge(source: "RUS", target: "org:NATO", type: .accuse),
            Edge(source: "VEN", target: "RUS", type: .support, historical: true),
        ]
    )

    /// DOT as `GraphOutput` writes it, the nodes named in the style's language.
    private func dot(_ style: RenderStyle) throws -> String {
        String(decoding: try GraphOutput.data(graph, as: .dot, style: style), as: UTF8.self)
    }

    @Test("light is the default and keeps the palette")
    func light() throws {
        #expect(try dot(RenderStyle()) == dot(RenderStyle(theme: .light)))
        #expect(try dot(RenderStyle()).contains("#08519c"))
    }

    @Test("dark paints a dark background and light text, and no light-theme fill is left")
    func dark() throws {
        let text = try dot(RenderStyle(theme: .dark))
        #expect(text.contains("bgcolor=\"#1e2329\""))
        #expect(text.contains("fontcolor=\"#e8edf2\""))
        for light in ["#dce6f0", "#fcf3c8", "#3182bd", "#08519c", "#e6550d", "#a63603", "#fbfcfd"] {
            #expect(!text.contains(light), "\(light) left in the dark theme")
        }
    }

    @Test("print uses greys only, and conflict, cooperation and history differ by line style")
    func print() throws {
        let text = try dot(RenderStyle(theme: .print))
        let colours = text.matches(of: /#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})/).map { ($0.1, $0.2, $0.3) }
        #expect(!colours.isEmpty)
        #expect(colours.allSatisfy { $0.0 == $0.1 && $0.1 == $0.2 }, "a colour that is not grey")
        let conflict = try attributes(of: "edge-RUS-to-org_NATO-accuse", in: text)
        let cooperation = try attributes(of: "edge-RUS-to-VEN-cooperate", in: text)
        let history = try attributes(of: "edge-VEN-to-RUS-support", in: text)
        #expect(conflict.contains("style=dashed"))
        #expect(cooperation.contains("style=solid") && cooperation.contains("arrowhead=empty"))
        #expect(history.contains("style=dotted"))
        let lightText = try dot(RenderStyle())
        #expect(text.contains("╍╍▶") && !lightText.contains("╍╍▶"), "the legend shows the print line styles")
    }

    /// The `[...]` attribute list of the DOT statement whose id is `id`.
    private func attributes(of id: String, in dot: String) throws -> Substring {
        let found = try #require(dot.range(of: "id=\"\(id)\""))
        let open = try #require(dot[..<found.lowerBound].lastIndex(of: "["))
        let close = try #require(dot[found.upperBound...].firstIndex(of: "]"))
        return dot[open...close]
    }

    @Test("--labels en draws English names for states and organizations, persons unchanged")
    func englishLabels() throws {
        let text = try dot(RenderStyle(labels: .en))
        #expect(text.contains("label=Russia"))
        #expect(text.contains("label=NATO"))
        #expect(!text.contains("Russie") && !text.contains("OTAN"))
        #expect(text.contains("Olga Petrenko"))
        #expect(try dot(RenderStyle()).contains("label=Russie"))
    }

    @Test("--group-by country puts each state in a box with its persons")
    func groupByCountry() throws {
        let text = try dot(RenderStyle(groupByCountry: true))
        let box = try #require(text.range(of: "subgraph cluster_country_RUS {"))
        let end = try #require(text.range(of: "}", range: box.upperBound..<text.endIndex))
        let inside = text[box.upperBound..<end.lowerBound]
        #expect(inside.contains("RUS") && inside.contains("\"person:p\""))
        #expect(!text.contains("cluster_country_VEN"))
        #expect(!(try dot(RenderStyle())).contains("cluster_country"))
    }

    /// cgraph keeps subgraphs ordered by id, and by default a named subgraph's id is the address of its name:
    /// the boxes came out in an order that changed with the heap, from one drawing to the next.
    @Test("--group-by country draws its boxes in the order of their states, the same bytes every time")
    func countryBoxesInStateOrder() throws {
        let codes = ["ARG", "BRA", "CHL", "COL", "ECU", "MEX", "PER", "PRY", "URY", "VEN"]
        let nodes = codes.flatMap { code in
            [Node(id: code, kind: .state, label: code),
             Node(id: "person:\(code.lowercased())", kind: .person, label: "Envoy " + code, country: code)]
        }
        let edges = zip(codes, codes.dropFirst()).map { Edge(source: "person:\($0.lowercased())", target: $1, type: .consult) }
        let graph = RelationGraph(nodes: nodes, edges: edges)
        let style = RenderStyle(groupByCountry: true)
        let drawings = try (0..<4).map { _ in try GraphvizRenderer.render(graph, as: .svg, layout: .dot, style: style) }
        let boxes = String(decoding: drawings[0], as: UTF8.self).matches(of: /id="cluster_country_([A-Z]+)"/).map { String($0.1) }
        #expect(boxes == codes)
        #expect(drawings.allSatisfy { $0 == drawings[0] })
        let dot = try GraphvizRenderer.dot(graph, layout: .dot, style: style)
        #expect(dot.matches(of: /subgraph cluster_country_([A-Z]+)/).map { String($0.1) } == codes)
    }

    @Test("auto lays out small graphs with dot and large ones with sfdp")
    func autoLayout() {
        #expect(LayoutEngine.auto.resolved(for: NewsGraphFixture.make(actors: 10)) == .dot)
        #expect(LayoutEngine.auto.resolved(for: NewsGraphFixture.make(actors: LayoutEngine.autoLimit)) == .dot)
        #expect(LayoutEngine.auto.resolved(for: NewsGraphFixture.make(actors: LayoutEngine.autoLimit + 1)) == .sfdp)
        #expect(LayoutEngine.neato.resolved(for: NewsGraphFixture.make(actors: 300)) == .neato)
    }

    @Test("the default layout is auto, and DOT text names the engine when it is not dot")
    func defaultLayoutInDOT() throws {
        let large = NewsGraphFixture.make(actors: LayoutEngine.autoLimit + 1)
        let small = NewsGraphFixture.make(actors: 10)
        let largeDOT = String(decoding: try GraphOutput.data(large, as: .dot), as: UTF8.self)
        #expect(largeDOT.contains("layout=sfdp"))
        #expect(largeDOT.contains("splines=line"))
        #expect(!String(decoding: try GraphOutput.data(small, as: .dot), as: UTF8.self).contains("layout="))
        #expect(!(try GraphvizRenderer.dot(large, layout: .dot)).contains("layout="))
        #expect((try GraphvizRenderer.dot(small, layout: .neato)).contains("layout=neato"))
    }

    /// Its speed is measured by `make bench`, not here: this checks that every actor is drawn.
    @Test("a 300-actor graph renders to SVG and PNG with the automatic layout")
    func largeGraph() throws {
        let large = NewsGraphFixture.make(actors: 300)
        #expect(large.nodes.count == 300)
        let svg = try GraphvizRenderer.render(large, as: .svg, layout: .auto)
        #expect(String(decoding: svg, as: UTF8.self).components(separatedBy: "class=\"node").count - 1 >= 300)
        let png = try GraphvizRenderer.render(large, as: .png, layout: .auto)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        if let folder = ProcessInfo.processInfo.environment["RELGRAPH_KEEP_PICTURES"] {
            try png.write(to: URL(fileURLWithPath: folder).appendingPathComponent("synthetic-300.png"))
        }
    }
}

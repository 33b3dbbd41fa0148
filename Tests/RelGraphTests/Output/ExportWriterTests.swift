import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// GraphML, GEXF, CSV and JSON Lines: each export is parsed back and compared with the graph it came from.
@Suite("Exports")
struct ExportWriterTests {
    private let graph = ExportFixture.graph

    private func xml(_ data: Data) throws -> XMLElement {
        try #require(try XMLDocument(data: data).rootElement())
    }

    private func children(_ element: XMLElement?, _ name: String) -> [XMLElement] {
        element?.elements(forName: name) ?? []
    }

    /// By scanning `attributes`: corelibs-foundation's `attribute(forName:)` returns nil inside a default namespace.
    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    // MARK: GraphML

    @Test("GraphML declares a typed key for every node and edge attribute, and every value reads back")
    func graphMLRoundTrip() throws {
        let root = try xml(GraphMLWriter.data(graph))
        let keys = children(root, "key")
        #expect(keys.count == ExportColumns.nodes.count + ExportColumns.edges.count)
        #expect(keys.contains { attribute($0, "attr.name") == "weight" && attribute($0, "attr.type") == "int" && attribute($0, "for") == "edge" })
        let body = children(root, "graph").first
        let nodes = children(body, "node")
        let edges = children(body, "edge")
        #expect(nodes.count == graph.nodes.count)
        #expect(edges.count == graph.edges.count)
        let declared = Set(keys.compactMap { attribute($0, "id") })
        let used = Set((nodes + edges).flatMap { children($0, "data") }.compactMap { attribute($0, "key") })
        #expect(used.isSubset(of: declared))
        let venezuela = try #require(nodes.first { attribute($0, "id") == "VEN" })
        let label = children(venezuela, "data").first { attribute($0, "key") == "n_label" }?.stringValue
        #expect(label == ExportFixture.hostileLabel)
        let person = try #require(nodes.first { attribute($0, "id") == "person:a-b" })
        #expect(children(person, "data").first { attribute($0, "key") == "n_label" }?.stringValue == "A B")
        let first = try #require(edges.first)
        #expect(children(first, "data").first { attribute($0, "key") == "e_evidence" }?.stringValue == ExportFixture.evidenceText)
        #expect((attribute(first, "source"), attribute(first, "target")) == ("RUS", "VEN"))
    }

    @Test("networkx reads the GraphML with typed attributes", .enabled(if: Python.hasNetworkx))
    func graphMLThroughNetworkx() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-\(UUID().uuidString).graphml")
        try GraphMLWriter.data(graph).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try Python.run("""
            import networkx, sys
            g = networkx.read_graphml(sys.argv[1])
            w = sorted(d["weight"] for _, _, d in g.edges(data=True))
            print(g.number_of_nodes(), g.number_of_edges(), w, repr(g.nodes["VEN"]["label"]), g.nodes["RUS"]["mentions"] + 1)
            """, url.path)
        #expect(output == "4 4 [1, 1, 2, 3] \(pythonRepr(ExportFixture.hostileLabel)) 5\n")
    }

    private func pythonRepr(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\n", with: "\\n") + "'"
    }

    // MARK: GEXF

    @Test("GEXF 1.3 declares its attributes, and nodes, edges and values read back")
    func gexfRoundTrip() throws {
        let root = try xml(GEXFWriter.data(graph))
        #expect(attribute(root, "version") == "1.3")
        let body = children(root, "graph").first
        let declarations = children(body, "attributes")
        #expect(declarations.map { attribute($0, "class") } == ["node", "edge"])
        let nodes = children(children(body, "nodes").first, "node")
        let edges = children(children(body, "edges").first, "edge")
        #expect(nodes.count == graph.nodes.count)
        #expect(edges.count == graph.edges.count)
        let venezuela = try #require(nodes.first { attribute($0, "id") == "VEN" })
        #expect(attribute(venezuela, "label") == ExportFixture.hostileLabel)
        #expect(edges.map { attribute($0, "weight") } == graph.edges.map { String($0.weight) })
        #expect(edges.map { attribute($0, "kind") } == graph.edges.map(\.type.rawValue))
        let values = children(children(edges[0], "attvalues").first, "attvalue")
        #expect(values.first { attribute($0, "for") == "e_evidence" }.flatMap { attribute($0, "value") } == ExportFixture.evidenceText)
    }

    @Test("GEXF attributes use GEXF 1.3's type names and ids that are not Gephi's own columns")
    func gexfDeclarations() throws {
        let root = try xml(GEXFWriter.data(graph))
        let declared = children(children(root, "graph").first, "attributes").flatMap { children($0, "attribute") }
        let types = Set(declared.compactMap { attribute($0, "type") })
        #expect(types == ["string", "integer", "double", "boolean"])
        let ids = declared.compactMap { attribute($0, "id") }
        #expect(Set(ids).isDisjoint(with: ["id", "label", "weight", "kind", "type", "timeset", "interval"]))
        #expect(ids.contains("e_weight") && ids.contains("n_label"))
        #expect(declared.first { attribute($0, "id") == "e_weight" }.flatMap { attribute($0, "title") } == "weight")
    }

    /// networkx maps GEXF type names to Python types; without numpy it knows `integer` and not `int`. Blocking
    /// the numpy import reads the file as a virtual environment without numpy would.
    @Test("networkx without numpy reads the GEXF with typed attributes", .enabled(if: Python.hasNetworkx))
    func gexfThroughNetworkxWithoutNumpy() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-\(UUID().uuidString).gexf")
        try GEXFWriter.data(graph).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try Python.run("""
            import sys
            sys.modules["numpy"] = None
            import networkx
            g = networkx.read_gexf(sys.argv[1])
            w = sorted(d["weight"] for _, _, d in g.edges(data=True))
            print(g.number_of_nodes(), g.number_of_edges(), w, g.nodes["RUS"]["mentions"] + 1,
                  type(next(iter(g.edges(data=True)))[2]["historical"]).__name__)
            """, url.path)
        #expect(output == "4 4 [1.0, 1.0, 2.0, 3.0] 5 bool\n")
    }

    @Test("dated documents make the GEXF dynamic: edges live from first to last day, nodes over their edges")
    func dynamicGEXF() throws {
        let root = try xml(GEXFWriter.data(datedGraph))
        let body = try #require(children(root, "graph").first)
        #expect(attribute(body, "mode") == "dynamic" && attribute(body, "timeformat") == "date")
        let edges = children(children(body, "edges").first, "edge")
        let consult = try #require(edges.first { attribute($0, "kind") == "CONSULT" })
        #expect((attribute(consult, "start"), attribute(consult, "end")) == ("2022-03-01", "2022-03-08"))
        let accuse = try #require(edges.first { attribute($0, "kind") == "ACCUSE" })
        #expect(attribute(accuse, "start") == nil, "an undated relation is there all the time")
        let france = try #require(children(children(body, "nodes").first, "node").first { attribute($0, "id") == "FRA" })
        #expect((attribute(france, "start"), attribute(france, "end")) == ("2022-03-01", "2022-03-08"))
        let plain = try xml(GEXFWriter.data(graph))
        #expect(children(plain, "graph").first.flatMap { attribute($0, "mode") } == "static")
    }

    @Test("networkx reads the dynamic GEXF with its days", .enabled(if: Python.hasNetworkx))
    func dynamicGEXFThroughNetworkx() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-\(UUID().uuidString).gexf")
        try GEXFWriter.data(datedGraph).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try Python.run("""
            import networkx, sys
            g = networkx.read_gexf(sys.argv[1])
            e = [d for _, _, d in g.edges(data=True) if d.get("label") == "CONSULT"][0]
            print(g.graph.get("mode"), e.get("start"), e.get("end"), g.nodes["FRA"].get("start"))
            """, url.path)
        #expect(output == "dynamic 2022-03-01 2022-03-08 2022-03-01\n")
    }

    @Test("the XML exports are byte-identical for the same graph")
    func xmlDeterministic() {
        #expect(GraphMLWriter.data(graph) == GraphMLWriter.data(ExportFixture.graph))
        #expect(GEXFWriter.data(graph) == GEXFWriter.data(ExportFixture.graph))
    }

    // MARK: CSV

    @Test("a cell is quoted when it holds a comma, a quote or a line break, and a formula start gets a quote mark")
    func csvCells() {
        #expect(CSVWriter.cell("plain") == "plain")
        #expect(CSVWriter.cell("a,b") == "\"a,b\"")
        #expect(CSVWriter.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.cell("=cmd()") == "'=cmd()")
        #expect(CSVWriter.cell("+1") == "'+1")
        #expect(CSVWriter.cell("-1") == "'-1")
        #expect(CSVWriter.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.cell("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")
    }

    @Test("the edge and node tables parse back with one row per edge and node and the values intact")
    func csvRoundTrip() throws {
        let edges = CSVParser.rows(String(decoding: CSVWriter.edges(graph), as: UTF8.self))
        let nodes = CSVParser.rows(String(decoding: CSVWriter.nodes(graph), as: UTF8.self))
        #expect(edges.count == graph.edges.count + 1)
        #expect(nodes.count == graph.nodes.count + 1)
        #expect(Set(edges.map(\.count)) == [edges[0].count])
        let header = edges[0]
        let label = try #require(header.firstIndex(of: "target_label"))
        let evidence = try #require(header.firstIndex(of: "evidence"))
        let weight = try #require(header.firstIndex(of: "weight"))
        let trigger = try #require(header.firstIndex(of: "trigger"))
        #expect(edges[1][label] == ExportFixture.hostileLabel)
        #expect(edges[1][evidence] == ExportFixture.evidenceText)
        #expect(edges.dropFirst().map { $0[weight] } == graph.edges.map { String($0.weight) })
        #expect(edges[4][evidence] == "'-1 + 1")
        #expect(edges[4][trigger] == "'+")
        let role = try #require(nodes[0].firstIndex(of: "role"))
        #expect(nodes.first { $0[0] == "person:a-b" }?[role] == "'=cmd()")
    }

    @Test("one stream holds the edge table, an empty line and the node table, byte for byte the two files")
    func csvTablesInOneStream() throws {
        let edges = CSVWriter.edges(graph), nodes = CSVWriter.nodes(graph)
        #expect(CSVWriter.tables(graph) == edges + Data("\r\n".utf8) + nodes)
        #expect(try GraphOutput.files(graph, as: .csv, path: "-").map(\.data) == [CSVWriter.tables(graph)])
        let rows = CSVParser.rows(String(decoding: CSVWriter.tables(graph), as: UTF8.self))
        #expect(rows.filter { $0 == [""] }.count == 1, "one empty row, between the tables")
    }

    @Test("-o name.csv stands for name.edges.csv and name.nodes.csv in the same folder")
    func csvPaths() {
        #expect(CSVWriter.paths(for: "out/graph.csv") == ("out/graph.edges.csv", "out/graph.nodes.csv"))
        #expect(CSVWriter.paths(for: "graph.CSV") == ("graph.edges.csv", "graph.nodes.csv"))
        #expect(CSVWriter.paths(for: "table") == ("table.edges.csv", "table.nodes.csv"))
    }

    // MARK: JSON Lines

    @Test("JSON Lines has one edge per line, and each line decodes back to the same edge")
    func jsonLinesRoundTrip() throws {
        let data = try JSONLinesWriter.data(graph)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == graph.edges.count)
        #expect(try JSONLinesWriter.edges(from: data) == graph.edges)
    }

    /// Two documents a week apart stating one relation, and a relation stated once, undated.
    private var datedGraph: RelationGraph {
        var graph = RelationGraph()
        for (id, day) in [("a", "2022-03-01"), ("b", "2022-03-08")] {
            let evidence = Evidence(document: id, sentence: 0, start: 0, end: 20, text: "France met Germany.", trigger: "met")
            graph.merge(RelationGraph(nodes: [Node(id: "FRA", kind: .state, label: "France"), Node(id: "DEU", kind: .state, label: "Germany")],
                                      edges: [Edge(source: "FRA", target: "DEU", type: .consult, evidence: [evidence])]).dated(day))
        }
        graph.add(Edge(source: "DEU", target: "FRA", type: .accuse))
        return graph
    }

    @Test("CSV, GraphML and GEXF carry each relation's first and last dates and number of documents")
    func provenanceColumns() throws {
        let graph = datedGraph
        let rows = CSVParser.rows(String(decoding: CSVWriter.edges(graph), as: UTF8.self))
        let header = try #require(rows.first)
        let documents = try #require(header.firstIndex(of: "documents"))
        let first = try #require(header.firstIndex(of: "first_date"))
        let last = try #require(header.firstIndex(of: "last_date"))
        let consult = try #require(rows.first { $0.contains("CONSULT") })
        #expect(consult[documents] == "2" && consult[first] == "2022-03-01" && consult[last] == "2022-03-08")
        let accuse = try #require(rows.first { $0.contains("ACCUSE") })
        #expect(accuse[documents] == "1" && accuse[first] == "")

        let graphML = try xml(GraphMLWriter.data(graph))
        let edges = children(children(graphML, "graph").first, "edge")
        let values = edges.map { edge in
            Dictionary(children(edge, "data").map { (attribute($0, "key") ?? "", $0.stringValue ?? "") }, uniquingKeysWith: { a, _ in a })
        }
        #expect(values.contains { $0["e_documents"] == "2" && $0["e_first_date"] == "2022-03-01" && $0["e_last_date"] == "2022-03-08" })
        #expect(children(graphML, "key").contains { attribute($0, "attr.name") == "documents" && attribute($0, "attr.type") == "int" })

        let gexf = String(decoding: GEXFWriter.data(graph), as: UTF8.self)
        #expect(gexf.contains("<attvalue for=\"e_documents\" value=\"2\"></attvalue>"))
        #expect(gexf.contains("<attvalue for=\"e_first_date\" value=\"2022-03-01\"></attvalue>"))
        #expect(gexf.contains("<attvalue for=\"e_last_date\" value=\"2022-03-08\"></attvalue>"))
    }

    @Test("every format is routed by GraphOutput and named by its extension", arguments: [
        ("g.graphml", OutputFormat.graphml), ("g.gexf", .gexf), ("g.csv", .csv), ("g.jsonl", .jsonl), ("g.ndjson", .jsonl),
        ("g.html", .html), ("g.htm", .html),
    ])
    func extensions(_ path: String, _ format: OutputFormat) throws {
        #expect(GraphOutput.format(forPath: path) == format)
        #expect(try !GraphOutput.data(graph, as: format).isEmpty)
    }
}

/// Runs python3 snippets for the optional networkx check.
enum Python {
    static let hasNetworkx: Bool = (try? run("import networkx; print('ok')")) == "ok\n"

    static func run(_ script: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

import Foundation
import Testing
@testable import RelGraph

/// `merge` reads graph files and fragment files, and says which line and which field is wrong.
@Suite("GraphReader")
struct GraphReaderTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    private static let fragment = #"{"edges":[{"confidence":0.8,"evidence":[],"historical":false,"source":"RUS","target":"FRA","type":"CONSULT","weight":1}],"groups":[],"nodes":[{"id":"FRA","kind":"state","label":"France","mentions":1},{"id":"RUS","kind":"state","label":"Russia","mentions":1}]}"#

    private func graphs(_ text: String, limit: Int = 1 << 20) throws -> [RelationGraph] {
        let path = try workspace.write("graphs.json", text)
        var found: [RelationGraph] = []
        try GraphReader.forEachGraph(in: path, byteLimit: limit) { found.append($0) }
        return found
    }

    /// The message of the error reading `text` throws.
    private func failure(_ text: String, limit: Int = 1 << 20) -> String {
        do {
            _ = try graphs(text, limit: limit)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test("fragments and a pretty graph both read")
    func bothForms() throws {
        #expect(try graphs(Self.fragment + "\n\n" + Self.fragment + "\n").count == 2)
        let pretty = String(decoding: try JSONWriter.data(try JSONWriter.graph(from: Data(Self.fragment.utf8))), as: UTF8.self)
        #expect(try graphs(pretty).first?.edges.count == 1)
    }

    @Test("a float or an unknown kind names the line and the field, not 'not JSON'")
    func fieldsAreNamed() {
        let float = Self.fragment.replacingOccurrences(of: "\"weight\":1", with: "\"weight\":1.5")
        #expect(failure(Self.fragment + "\n" + float).contains("line 2: it is JSON but not a relgraph graph: edges[0].weight: 1.5"))
        let kind = Self.fragment.replacingOccurrences(of: "\"kind\":\"state\"", with: "\"kind\":\"planet\"")
        #expect(failure(kind).contains("line 1: it is JSON but not a relgraph graph: nodes[0].kind: 'planet' is not one of state, "))
        let type = Self.fragment.replacingOccurrences(of: "\"type\":\"CONSULT\"", with: "\"type\":\"GOSSIP\"")
        #expect(failure(type).contains("edges[0].type: 'GOSSIP' is not one of AGREE, "), "\(failure(type))")
        let missing = Self.fragment.replacingOccurrences(of: "\"label\":\"France\",", with: "")
        #expect(failure(missing).contains("line 1: it is JSON but not a relgraph graph: no \"label\" in nodes[0]"))
    }

    @Test("a truncated line, first or later, is named")
    func truncatedLines() {
        let cut = String(Self.fragment.prefix(60))
        #expect(failure(cut).contains("line 1: it is not valid JSON"))
        #expect(failure(cut + "\n" + Self.fragment).contains("line 1: it is not valid JSON"))
        #expect(failure(Self.fragment + "\n" + cut).contains("line 2: it is not valid JSON"))
        #expect(failure("{\n  \"nodes\": [\n    {\"id\": 3\n").contains("graphs.json' line 3: it is not valid JSON"))
    }

    @Test("a line or a pretty graph cut inside a string is named by its line, as cut short")
    func cutInsideAString() throws {
        let cut = String(Self.fragment.prefix { $0 != "C" }) + "CONS"
        #expect(failure(cut) == "cannot read '\(workspace.path("graphs.json"))' line 1: it is not valid JSON: it ends in the middle of a value (cut short?)")
        #expect(failure(Self.fragment + "\n" + cut).contains("line 2: it is not valid JSON"))
        let pretty = String(decoding: try JSONWriter.data(try JSONWriter.graph(from: Data(Self.fragment.utf8))), as: UTF8.self)
        let prettyCut = String(pretty.prefix { $0 != "C" }) + "CONS"
        let lines = prettyCut.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(failure(prettyCut).contains("line \(lines): it is not valid JSON: it ends in the middle of a value"))
    }

    @Test("a pretty graph's wrong field is named with its line")
    func fieldsOfAPrettyGraphHaveLines() throws {
        let pretty = String(decoding: try JSONWriter.data(try JSONWriter.graph(from: Data(Self.fragment.utf8))), as: UTF8.self)
        func line(of needle: String, in text: String) -> Int {
            (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) } ?? -1) + 1
        }
        let kind = pretty.replacingOccurrences(of: "\"state\"", with: "\"planet\"")
        #expect(line(of: "planet", in: kind) > 1)
        #expect(failure(kind).contains("line \(line(of: "planet", in: kind)): it is JSON but not a relgraph graph: nodes[0].kind: 'planet'"),
                "\(failure(kind))")
        let negative = pretty.replacingOccurrences(of: "\"weight\" : 1", with: "\"weight\" : -5")
        #expect(failure(negative).contains("line \(line(of: "\"edges\"", in: negative) + 1): it is not a consistent graph: edge RUS -> FRA"),
                "\(failure(negative))")
        let float = pretty.replacingOccurrences(of: "\"weight\" : 1", with: "\"weight\" : 1.5")
        #expect(line(of: "1.5", in: float) > 1)
        #expect(failure(float).contains("line \(line(of: "1.5", in: float)): it is JSON but not a relgraph graph: edges[0].weight: 1.5"),
                "\(failure(float))")
    }

    @Test("a float is named, not a count at Int.max beside it")
    func floatBesideTheLargestCount() {
        // "documents" sorts before "weight": the first count a reader looks at is the one at Int.max.
        let counts = Self.fragment.replacingOccurrences(of: #""confidence":0.8,"#, with: #""confidence":0.8,"documents":\#(Int.max),"#)
        let float = counts.replacingOccurrences(of: #""weight":1"#, with: #""weight":1.5"#)
        #expect(failure(counts) == "no error")
        #expect(failure(float).contains("line 1: it is JSON but not a relgraph graph: edges[0].weight: 1.5"), "\(failure(float))")
    }

    @Test("Foundation's offset is read after the last 'character ', whatever the message says before it")
    func offsetsInMessages() {
        #expect(GraphJSON.characterOffset(in: "Invalid value around character 38.") == 38)
        #expect(GraphJSON.characterOffset(in: "Unescaped control character around character 12.") == 12)
        #expect(GraphJSON.characterOffset(in: "Unexpected end of file during JSON parse.") == nil)
    }

    @Test("negative weights, dangling edges and ghost group members are refused")
    func inconsistentGraphs() {
        let negative = Self.fragment.replacingOccurrences(of: "\"weight\":1", with: "\"weight\":-5")
        #expect(failure(negative).contains("line 1: it is not a consistent graph: edge RUS -> FRA CONSULT: weight -5"))
        let dangling = Self.fragment.replacingOccurrences(of: "\"target\":\"FRA\"", with: "\"target\":\"DEU\"")
        #expect(failure(dangling).contains("'DEU' is not a node"))
        let ghost = Self.fragment.replacingOccurrences(
            of: "\"groups\":[]", with: #""groups":[{"id":"g","type":"CONSULT","source":"RUS","participants":["FRA","GHO"],"evidence":[]}]"#)
        #expect(failure(ghost).contains("group g: 'GHO' is not a node"))
    }

    @Test("a line or a document past the limit is refused")
    func limits() {
        #expect(failure(Self.fragment, limit: 100).contains("line 1: it is longer than the limit of 100 bytes"))
        let pretty = "{\n" + String(repeating: "  \"nodes\": [],\n", count: 20) + "}\n"
        #expect(failure(pretty, limit: 100).contains("more than the limit of 100 bytes"))
    }
}

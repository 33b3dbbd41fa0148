import Testing
@testable import RelGraph

/// English names for nodes, decided in the graph before anything is drawn.
@Suite("Node names")
struct NodeNamesTests {
    @Test func rolesInEnglish() {
        #expect(NodeNames.englishRole("ancien président américain") == "former president")
        #expect(NodeNames.englishRole("ministra de Defensa") == "defense minister")
        #expect(NodeNames.englishRole("porte-parole") == "spokesperson")
        #expect(NodeNames.englishRole("sage de la tribu") == nil)
    }

    @Test func domesticBodiesAndStatesInEnglish() {
        let body = Node(id: "org:national-assembly-ven", kind: .organization, label: "Asamblea Nacional (Venezuela)")
        #expect(NodeNames.english(body) == "National Assembly (Venezuela)")
        #expect(NodeNames.english(Node(id: "RUS", kind: .state, label: "Russie")) == "Russia")
        #expect(NodeNames.english(Node(id: "person:p", kind: .person, label: "Olga Petrenko")) == nil)
    }

    @Test func nativeLabelsLeaveTheGraphAsItIs() {
        let graph = RelationGraph(nodes: [Node(id: "RUS", kind: .state, label: "Russie")], edges: [])
        #expect(NodeNames.relabel(graph, in: .native) == graph)
        #expect(NodeNames.relabel(graph, in: .en).nodes.map(\.label) == ["Russia"])
    }
}

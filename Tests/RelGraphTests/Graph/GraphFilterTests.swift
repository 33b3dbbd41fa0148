import Foundation
import Testing
@testable import RelGraph

/// GraphFilter: each option removes what it should, and only that.
@Suite("GraphFilter")
struct GraphFilterTests {
    /// Two officials of two states, a sanctions pair, an organization and a person with no known country.
    private let graph = RelationGraph(
        nodes: [
            Node(id: "RUS", kind: .state, label: "Russia"), Node(id: "VEN", kind: .state, label: "Venezuela"),
            Node(id: "USA", kind: .state, label: "United States"), Node(id: "CUB", kind: .state, label: "Cuba"),
            Node(id: "org:NATO", kind: .organization, label: "NATO"),
            Node(id: "person:p", kind: .person, label: "P", country: "RUS"),
            Node(id: "person:m", kind: .person, label: "M", country: "VEN"),
            Node(id: "person:x", kind: .person, label: "X"),
        ],
        edges: [
            Edge(source: "person:p", target: "RUS", type: .affiliation),
            Edge(source: "person:m", target: "VEN", type: .affiliation),
            Edge(source: "person:p", target: "person:m", type: .consult, weight: 2),
            Edge(source: "RUS", target: "VEN", type: .consult),
            Edge(source: "USA", target: "CUB", type: .sanction, weight: 3),
            Edge(source: "USA", target: "VEN", type: .sanction),
            Edge(source: "RUS", target: "org:NATO", type: .accuse),
            Edge(source: "person:x", target: "USA", type: .accuse),
        ]
    )

    private func counts(_ filter: GraphFilter) throws -> [Int] {
        let view = try filter.apply(to: graph)
        return [view.nodes.count, view.edges.count]
    }

    @Test func emptyFilterChangesNothing() throws {
        #expect(GraphFilter().isEmpty)
        #expect(try GraphFilter().apply(to: graph) == graph)
    }

    @Test("--types keeps those types and the actors they link")
    func types() throws {
        let view = try GraphFilter(types: [.sanction]).apply(to: graph)
        #expect(view.edges.map(\.type) == [.sanction, .sanction])
        #expect(view.nodes.map(\.id) == ["CUB", "USA", "VEN"])
    }

    @Test("--exclude-types drops those types; actors left alone go")
    func excludeTypes() throws {
        #expect(try counts(GraphFilter(excludedTypes: [.affiliation])) == [8, 6])
        #expect(try counts(GraphFilter(excludedTypes: [.affiliation, .accuse])) == [6, 4])
    }

    @Test("--actor keeps the ego network at the given depth, whatever the direction of the relations")
    func egoNetwork() throws {
        let first = try GraphFilter(actor: "RUS").apply(to: graph)
        #expect(Set(first.nodes.map(\.id)) == ["RUS", "person:p", "VEN", "org:NATO"])
        #expect(first.edges.count == 3)
        #expect(try counts(GraphFilter(actor: "RUS", depth: 2)) == [6, 6])
        #expect(try counts(GraphFilter(actor: "RUS", depth: 0)) == [1, 0])
    }

    @Test("a depth far beyond the graph stops once no one new is reached, with the whole component")
    func hugeDepthEndsWithTheComponent() throws {
        // One step per level would take longer than the test's life.
        #expect(try counts(GraphFilter(actor: "RUS", depth: .max)) == [8, 8])
        #expect(try counts(GraphFilter(actor: "RUS", depth: 999_999_999_999)) == [8, 8])
    }

    @Test("--top ranks actors whose statements add up past Int.max, the heaviest first")
    func topWithCountsNearTheLimit() throws {
        let heavy = RelationGraph(
            nodes: ["A", "B", "C"].map { Node(id: $0, kind: .state, label: $0) },
            edges: [
                Edge(source: "A", target: "B", type: .consult, weight: .max),
                Edge(source: "A", target: "C", type: .consult, weight: .max),
                Edge(source: "B", target: "C", type: .accuse, weight: 1),
            ]
        )
        #expect(GraphFilter.mostConnected(1, in: heavy) == ["A"])
        #expect(try GraphFilter(topActors: 2).apply(to: heavy).nodes.map(\.id) == ["A", "B"])
    }

    @Test("--actor takes a label in any case, and names the known ids when it matches none")
    func actorNames() throws {
        #expect(try GraphFilter.resolve("united states", in: graph) == "USA")
        #expect(try GraphFilter.resolve("usa", in: graph) == "USA")
        #expect(throws: GraphFilterError.self) { try GraphFilter(actor: "Atlantis").apply(to: graph) }
        let error = GraphFilterError.unknownActor("Atlantis", known: ["RUS", "VEN"])
        #expect(error.description.contains("RUS, VEN"))
    }

    /// A French article's graph asked for in English: "Russia", "NATO", "Putin".
    private static let frenchGraph = RelationGraph(nodes: [
        Node(id: "RUS", kind: .state, label: "Russie"),
        Node(id: "VEN", kind: .state, label: "Venezuela"),
        Node(id: "org:NATO", kind: .organization, label: "OTAN"),
        Node(id: "person:vladimir-putin", kind: .person, label: "Vladimir Poutine", country: "RUS"),
        Node(id: "person:jean-yves-le-drian", kind: .person, label: "Jean-Yves Le Drian", country: "FRA"),
    ], edges: [])

    @Test("--actor takes ids, names in every language relgraph knows and surnames", arguments: [
        ("Russia", "RUS"), ("rusia", "RUS"), ("RUSSIE", "RUS"), ("NATO", "org:NATO"), ("otan", "org:NATO"),
        ("Putin", "person:vladimir-putin"), ("poutine", "person:vladimir-putin"), ("vladimir-putin", "person:vladimir-putin"),
        ("Le Drian", "person:jean-yves-le-drian"), ("org:nato", "org:NATO"),
    ])
    func actorInAnyLanguage(name: String, id: String) throws {
        #expect(try GraphFilter.resolve(name, in: Self.frenchGraph) == id)
    }

    @Test("an --actor that matches nothing lists the closest ids; a shared surname is ambiguous")
    func actorNotFound() throws {
        do {
            _ = try GraphFilter.resolve("Russland", in: Self.frenchGraph)
            Issue.record("no node is named so")
        } catch let GraphFilterError.unknownActor(_, known) {
            #expect(known.first == "RUS", "the nearest first, not the first in alphabetical order")
        }
        #expect(ActorQuery.closest(to: "venesuela", among: Self.frenchGraph.nodes, count: 1) == ["VEN"])
        #expect(ActorQuery.closest(to: "poutin", among: Self.frenchGraph.nodes, count: 1) == ["person:vladimir-putin"])
        let twoBushes = RelationGraph(nodes: [
            Node(id: "person:george-bush", kind: .person, label: "George Bush"),
            Node(id: "person:laura-bush", kind: .person, label: "Laura Bush"),
        ], edges: [])
        #expect(throws: GraphFilterError.ambiguousActor("Bush", candidates: ["person:george-bush", "person:laura-bush"])) {
            try GraphFilter.resolve("Bush", in: twoBushes)
        }
    }

    @Test("--top keeps the actors with the most statements, ties by id, and the relations among them")
    func topActors() throws {
        #expect(GraphFilter.mostConnected(2, in: graph) == ["USA", "CUB"])
        let four = try GraphFilter(topActors: 4).apply(to: graph)
        #expect(four.nodes.map(\.id).sorted() == ["CUB", "RUS", "USA", "VEN"])
        #expect(four.edges.map { "\($0.source)>\($0.target)" }.sorted() == ["RUS>VEN", "USA>CUB", "USA>VEN"])
        // Among the top three, RUS has no relation left: it goes, as with every edge filter.
        #expect(try GraphFilter(topActors: 3).apply(to: graph).nodes.map(\.id).sorted() == ["CUB", "USA"])
        #expect(try GraphFilter(topActors: 100).apply(to: graph) == graph)
    }

    @Test("--min-weight keeps relations stated at least that often")
    func minWeight() throws {
        let view = try GraphFilter(minWeight: 2).apply(to: graph)
        #expect(view.edges.map(\.weight) == [3, 2])
        #expect(view.nodes.count == 4)
    }

    @Test("--kinds state,organization folds officials into their states: weights add up, self-loops go")
    func collapsePersons() throws {
        let view = try GraphFilter(kinds: [.state, .organization]).apply(to: graph)
        #expect(view.nodes.map(\.id) == ["CUB", "RUS", "USA", "VEN", "org:NATO"])
        let lines = view.edges.map { "\($0.source) \($0.type.rawValue) \($0.target) \($0.weight)" }
        #expect(lines == ["RUS CONSULT VEN 3", "RUS ACCUSE org:NATO 1", "USA SANCTION CUB 3", "USA SANCTION VEN 1"])
    }

    @Test("--kinds state also drops organizations and their relations")
    func statesOnly() throws {
        #expect(try counts(GraphFilter(kinds: [.state])) == [4, 3])
    }

    @Test("a person folds into a state the article never named as an actor: the state is added")
    func collapseAddsState() throws {
        let lone = RelationGraph(
            nodes: [Node(id: "person:a", kind: .person, label: "A", country: "FRA"), Node(id: "DEU", kind: .state, label: "Allemagne")],
            edges: [Edge(source: "person:a", target: "DEU", type: .consult)]
        )
        let view = try GraphFilter(kinds: [.state]).apply(to: lone)
        #expect(view.nodes.map(\.id) == ["DEU", "FRA"])
        #expect(view.edges.map(\.source) == ["FRA"])
    }

    /// A secretary general serves an organization: the state the demonym gives is no actor of the article, so
    /// folding the person adds it, and the reader of a French or Spanish article reads its name in that language.
    @Test("a state added by folding persons is named as the article names states", arguments: [
        ("Le secrétaire général norvégien de l'OTAN, Erik Hansen, a critiqué la Russie.", Language.fr, "Norvège"),
        ("El secretario general noruego de la OTAN, Erik Hansen, criticó a Rusia.", Language.es, "Noruega"),
        ("The Norwegian secretary general of NATO, Erik Hansen, criticised Russia.", Language.en, "Norway"),
    ])
    func collapseNamesAddedStateInArticleLanguage(text: String, language: Language, name: String) throws {
        let graph = Probe.graph(text, language)
        #expect(graph.node("NOR") == nil, "the state is no actor of the sentence")
        let view = try GraphFilter(kinds: [.state]).apply(to: graph)
        #expect(try #require(view.node("NOR")).label == name)
        let english = NodeNames.relabel(view, in: .en)
        #expect(english.node("NOR")?.label == "Norway", "English labels still name it in English")
    }

    @Test("a graph read back from a file names an added state in English, as it keeps no article's names")
    func collapseNamesReadBackStateInEnglish() throws {
        let graph = Probe.graph("Le secrétaire général norvégien de l'OTAN, Erik Hansen, a critiqué la Russie.", .fr)
        let readBack = try JSONDecoder().decode(RelationGraph.self, from: JSONEncoder().encode(graph))
        #expect(readBack == graph)
        #expect(try GraphFilter(kinds: [.state]).apply(to: readBack).node("NOR")?.label == "Norway")
    }

    @Test("groups lose the participants a filter removed")
    func groupsTrimmed() throws {
        let grouped = RelationGraph(
            nodes: graph.nodes,
            edges: graph.edges + [Edge(source: "USA", target: "RUS", type: .consult, group: "g")],
            groups: [EventGroup(id: "g", type: .consult, source: "USA", participants: ["CUB", "RUS", "VEN"])]
        )
        let view = try GraphFilter(types: [.consult]).apply(to: grouped)
        #expect(view.groups.map(\.participants) == [["RUS", "VEN"]])
    }
}

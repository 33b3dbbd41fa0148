@testable import RelGraph

/// A news-like graph of any size for the layout tests, the same every time: a few hub states, many states around
/// them, persons affiliated with states, a few organizations, relations of every class. (The command line's
/// `SyntheticGraph` is the one `bench-render` draws; its tests are `CLI/SyntheticGraphTests`.)
enum NewsGraphFixture {
    static func make(actors: Int) -> RelationGraph {
        let states = max(2, actors * 6 / 10)
        let organizations = max(1, actors / 20)
        let persons = max(0, actors - states - organizations)
        let stateIDs = (0..<states).map { "S\(String(format: "%02d", $0 / 26))\(Character(Unicode.Scalar(65 + $0 % 26)!))" }
        var nodes = stateIDs.map { Node(id: $0, kind: .state, label: "State \($0)", mentions: 1 + $0.count % 3) }
        nodes += (0..<organizations).map { Node(id: "org:O\($0)", kind: .organization, label: "Organization \($0)") }
        nodes += (0..<persons).map {
            Node(id: "person:p\($0)", kind: .person, label: "Person Number \($0)", country: stateIDs[$0 % states], role: "minister")
        }
        var edges: [Edge] = []
        let types = EventType.allCases.filter { $0 != .affiliation }
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for (index, id) in stateIDs.enumerated() {
            let hub = stateIDs[next(min(5, states))]
            if hub != id { edges.append(Edge(source: hub, target: id, type: types[index % types.count], weight: 1 + next(3))) }
            let other = stateIDs[next(states)]
            if other != id { edges.append(Edge(source: id, target: other, type: types[next(types.count)])) }
        }
        for index in 0..<persons {
            edges.append(Edge(source: "person:p\(index)", target: stateIDs[index % states], type: .affiliation))
            if index % 2 == 0 { edges.append(Edge(source: "person:p\(index)", target: stateIDs[next(states)], type: .consult)) }
        }
        for index in 0..<organizations {
            edges.append(Edge(source: stateIDs[next(states)], target: "org:O\(index)", type: .support))
        }
        return RelationGraph(nodes: nodes, edges: edges)
    }
}

import RelGraph

/// Made-up graphs of a chosen size, to measure rendering on graphs larger than any example.
///
/// Deterministic (a fixed linear congruential sequence, no system random
/// source), so two benchmark runs draw the same picture. The mix mirrors
/// real output: mostly states, some organizations and persons, each person
/// affiliated to a state, about two relations per actor, their targets
/// skewed toward a few central actors (u³ over the node list) as news graphs
/// are (everyone deals with the great powers), not uniform: a uniform random
/// graph is the worst case of `dot`'s crossing minimisation and no corpus
/// looks like it.
enum SyntheticGraph {
    static func make(actors count: Int) -> RelationGraph {
        var random = Sequence(seed: UInt64(count))
        let nodes = (0..<max(0, count)).map(node)
        var graph = RelationGraph(nodes: nodes, edges: [])
        let events = EventType.allCases.filter { $0 != .affiliation }
        guard nodes.count > 1 else { return graph }
        for (index, node) in nodes.enumerated() {
            if node.kind == .person {
                graph.add(Edge(source: node.id, target: nodes[index / 10 * 10].id, type: .affiliation))
            }
            for _ in 0..<2 {
                let other = nodes[random.skewed(below: nodes.count)]
                guard other.id != node.id else { continue }
                let type = events[random.next(below: events.count)]
                graph.add(Edge(source: node.id, target: other.id, type: type, weight: 1 + random.next(below: 4),
                               confidence: 0.8, evidence: [Evidence(sentence: index, start: 0, end: 40,
                                                                    text: "\(node.label) and \(other.label) (synthetic).")]))
            }
        }
        return graph
    }

    /// The graph of `count` news round-ups: each a document stating `relations` relations between random pairs
    /// of `states` states (a world-news digest: many pairs, no hub), merged as a corpus is. Dense where
    /// `make(actors:)` is sparse: 100 round-ups of six relations among 90 states give about 90 actors and
    /// 550 relations, the graphs on which `dot` takes minutes.
    static func roundUps(_ count: Int, relations: Int = 6, states: Int = 90) -> RelationGraph {
        var random = Sequence(seed: UInt64(count) &+ 7_919)
        let nodes = (0..<max(2, states)).map { Node(id: "S\($0)", kind: .state, label: "State \($0)", mentions: 1) }
        let events = EventType.allCases.filter { $0 != .affiliation }
        var graph = RelationGraph()
        for document in 0..<max(0, count) {
            var part = RelationGraph()
            for sentence in 0..<relations {
                let first = random.next(below: nodes.count)
                let (source, target) = (nodes[first], nodes[(first + 1 + random.next(below: nodes.count - 1)) % nodes.count])
                part.add(source)
                part.add(target)
                part.add(Edge(source: source.id, target: target.id, type: events[random.next(below: events.count)], confidence: 0.8,
                              evidence: [Evidence(document: "round-up-\(document)", sentence: sentence, start: 0, end: 40,
                                                  text: "\(source.label) and \(target.label) (synthetic).")]))
            }
            graph.merge(part)
        }
        return graph
    }

    /// One actor in ten is a person (of the state starting its ten), one in ten an organization; ids are unique.
    private static func node(_ index: Int) -> Node {
        switch index % 10 {
        case 7: Node(id: "person:actor-\(index)", kind: .person, label: "Person \(index)", country: "S\(index / 10 * 10)", role: "minister")
        case 8: Node(id: "org:ORG\(index)", kind: .organization, label: "Organization \(index)")
        default: Node(id: "S\(index)", kind: .state, label: "State \(index)")
        }
    }

    private struct Sequence {
        var state: UInt64

        init(seed: UInt64) { state = seed &* 6_364_136_223_846_793_005 &+ 1 }

        mutating func next(below bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        /// An index below `bound`, small ones far more often (the cube of a uniform draw).
        mutating func skewed(below bound: Int) -> Int {
            let uniform = Double(next(below: 1 << 20)) / Double(1 << 20)
            return min(bound - 1, Int(Double(bound) * uniform * uniform * uniform))
        }
    }
}

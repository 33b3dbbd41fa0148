/// A view of a graph narrowed to what a reader asked for: some relation types, one actor's
/// neighbourhood, the heavier relations, states only, or the most connected actors.
///
/// A value applied with `apply(to:)`; the steps run in a fixed order
/// (collapse kinds, then types, weights, the ego network and the top actors), so the same
/// filter on the same graph always gives the same view. When any edge
/// filter is set, actors left with no relation are dropped too: a
/// "sanctions only" picture should not show every actor of the article.
///
/// ```swift
/// var filter = GraphFilter()
/// filter.types = [.sanction, .assault]
/// let conflicts = try filter.apply(to: graph)
/// ```
public struct GraphFilter: Hashable, Sendable {
    /// Keep only these relation types; nil keeps all.
    public var types: Set<EventType>?
    /// Leave out these relation types.
    public var excludedTypes: Set<EventType> = []
    /// Keep only this actor (its id, label, a name relgraph knows for it in any language, or a person's surname;
    /// any case) and the actors within `depth` relations of it.
    public var actor: String?
    /// How many relations away from `actor` the view reaches (1: its direct partners).
    public var depth: Int = 1
    /// Keep only relations stated at least this many times (after collapsing).
    public var minWeight: Int = 1
    /// The kinds of actors drawn as themselves; nil keeps all. A person whose kind is left out is folded
    /// into its state (its relations become the state's, weights add up, self-loops go); other actors
    /// of a left-out kind are removed with their relations.
    public var kinds: Set<ActorKind>?
    /// Keep only this many actors, those with the most statements (edge weights summed over both
    /// directions), and the relations among them; nil keeps all. An archive's graph of thousands of
    /// actors becomes a picture of its main players.
    public var topActors: Int?

    public init(types: Set<EventType>? = nil, excludedTypes: Set<EventType> = [], actor: String? = nil, depth: Int = 1,
                minWeight: Int = 1, kinds: Set<ActorKind>? = nil, topActors: Int? = nil) {
        self.types = types
        self.excludedTypes = excludedTypes
        self.actor = actor
        self.depth = depth
        self.minWeight = minWeight
        self.kinds = kinds
        self.topActors = topActors
    }

    /// True when the filter changes nothing.
    public var isEmpty: Bool { self == GraphFilter() }

    /// True when some relations may be left out, so that actors without any left are dropped.
    private var filtersEdges: Bool {
        types != nil || !excludedTypes.isEmpty || actor != nil || minWeight > 1 || topActors != nil
    }

    /// The filtered view of `graph`.
    /// - Throws: `GraphFilterError.unknownActor` when `actor` names no actor of the graph.
    public func apply(to graph: RelationGraph) throws -> RelationGraph {
        var view = kinds.map { GraphCollapse(keeping: $0).apply(to: graph) } ?? graph
        view = view.filteringEdges { edge in
            (types?.contains(edge.type) ?? true) && !excludedTypes.contains(edge.type) && edge.weight >= minWeight
        }
        if let actor {
            let center = try Self.resolve(actor, in: view)
            let kept = Self.neighbourhood(of: center, depth: depth, in: view)
            view = view.filteringEdges { kept.contains($0.source) && kept.contains($0.target) }
            view = view.keepingNodes { kept.contains($0.id) }
        }
        if let topActors {
            let kept = Self.mostConnected(topActors, in: view)
            view = view.filteringEdges { kept.contains($0.source) && kept.contains($0.target) }
            view = view.keepingNodes { kept.contains($0.id) }
        }
        if filtersEdges {
            let linked = Set(view.edges.flatMap { [$0.source, $0.target] })
            let center = try actor.map { try Self.resolve($0, in: view) }
            view = view.keepingNodes { linked.contains($0.id) || $0.id == center }
        }
        return view
    }

    /// The node id `name` stands for: an id, a label or a name relgraph knows in any of its languages, a
    /// person's surname; case and accents aside (`ActorQuery`).
    static func resolve(_ name: String, in graph: RelationGraph) throws -> String {
        try ActorQuery.resolve(name, in: graph)
    }

    /// The `count` actors with the most statements, ties broken by id so that the view is the same every time.
    static func mostConnected(_ count: Int, in graph: RelationGraph) -> Set<String> {
        var statements: [String: Int] = [:]
        for edge in graph.edges {
            statements[edge.source, default: 0] = statements[edge.source, default: 0].saturatingAdd(edge.weight)
            statements[edge.target, default: 0] = statements[edge.target, default: 0].saturatingAdd(edge.weight)
        }
        let ranked = statements.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        return Set(ranked.prefix(max(0, count)).map(\.key))
    }

    /// Actors within `depth` relations of `center`, whatever the direction of each relation.
    ///
    /// The walk stops when a step reaches no one new, so a depth of a trillion costs no more than the
    /// number of actors: every step but the last adds at least one.
    static func neighbourhood(of center: String, depth: Int, in graph: RelationGraph) -> Set<String> {
        var neighbours: [String: Set<String>] = [:]
        for edge in graph.edges {
            neighbours[edge.source, default: []].insert(edge.target)
            neighbours[edge.target, default: []].insert(edge.source)
        }
        var reached: Set<String> = [center]
        var frontier: Set<String> = [center]
        for _ in 0..<max(0, depth) {
            frontier = Set(frontier.flatMap { neighbours[$0] ?? [] }).subtracting(reached)
            guard !frontier.isEmpty else { break }
            reached.formUnion(frontier)
        }
        return reached
    }
}

/// Why a filter cannot be applied, worded so the user can fix the command.
public enum GraphFilterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--actor` names nobody in the graph; `known` lists the ids closest to the name, nearest first.
    case unknownActor(String, known: [String])
    /// `--actor` names several actors (two persons with the same surname); `candidates` are their ids.
    case ambiguousActor(String, candidates: [String])

    public var description: String {
        switch self {
        case .unknownActor(let name, let known):
            return known.isEmpty
                ? "no actor '\(name)': the graph has no actors"
                : "no actor '\(name)' in the graph; the closest ids are \(known.joined(separator: ", "))"
        case .ambiguousActor(let name, let candidates):
            return "'\(name)' names several actors: \(candidates.joined(separator: ", ")); give one of these ids"
        }
    }
}

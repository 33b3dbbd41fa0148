/// The engine a graph is laid out with, and why when `auto` departs from `dot`.
///
/// `dot`'s crossing minimisation grows much faster than the graph: what costs it is lines per actor, not
/// actors alone (BENCHMARKS.md has the measures), where sfdp with straight lines lays out a news graph in
/// under a second. So `auto` reads both the number of actors and the number of lines per actor, from a
/// table of limits, and names the limit passed.
public struct LayoutChoice: Equatable, Sendable {
    /// The engine that lays the graph out.
    public var engine: LayoutEngine
    /// Why `auto` chose an engine other than `dot` ("335 lines among 88 actors, more than dot lays out in
    /// seconds"); nil when it chose `dot` or the engine was given.
    public var reason: String?
    /// What makes a `dot` the caller forced slow, on a graph `auto` would not give it ("560 lines among 90 actors,
    /// denser than dot lays out in seconds"); nil when dot suits the graph or was not asked for.
    public var slowDot: String?
    /// The warning `slowDot` calls for: the layout may take minutes.
    public var warning: String? {
        slowDot.map { "a dot layout of \($0) may take minutes; the automatic layout would use sfdp" }
    }

    /// What the layout of `graph` with `requested` will be.
    public init(_ requested: LayoutEngine, for graph: RelationGraph) {
        let size = Size(graph)
        let limit = Self.limits.first { !$0.allows(size) }
        switch requested {
        case .auto:
            engine = limit == nil ? .dot : .sfdp
            reason = limit.map { "laid out with sfdp, not dot: \($0.describe(size))" }
        case .dot:
            engine = .dot
            slowDot = limit.map { $0.describe(size) }
        default:
            engine = requested
        }
    }

    /// What decides the engine: the actors and the lines drawn between them (a pair of actors is one line
    /// however many relations it has, as the picture draws it).
    struct Size: Equatable, Sendable {
        var actors: Int
        var lines: Int

        init(actors: Int, lines: Int) {
            self.actors = actors
            self.lines = lines
        }

        init(_ graph: RelationGraph) {
            var pairs = Set<[String]>()
            for edge in graph.edges where edge.source != edge.target { pairs.insert([edge.source, edge.target].sorted()) }
            self.init(actors: graph.nodes.count, lines: pairs.count)
        }
    }

    /// One limit of what `dot` lays out in seconds.
    struct Limit: Sendable {
        var allows: @Sendable (Size) -> Bool
        var describe: @Sendable (Size) -> String
    }

    /// Actors past which dot's ranks grow too tall to read and its layout takes seconds.
    public static let actorLimit = LayoutEngine.autoLimit
    /// Lines dot always lays out in about a second, whatever the actors.
    static let lineFloor = 160
    /// Lines per actor past which dot's crossing minimisation takes minutes on graphs beyond `lineFloor`.
    static let linesPerActor = 2.5

    /// The limits, in the order they are told: the first one a graph passes names the reason.
    static let limits: [Limit] = [
        Limit(allows: { $0.actors <= actorLimit },
              describe: { "\($0.actors) actors, more than the \(actorLimit) dot lays out legibly in seconds" }),
        Limit(allows: { $0.lines <= lineFloor || Double($0.lines) <= linesPerActor * Double($0.actors) },
              describe: { "\($0.lines) lines among \($0.actors) actors, denser than dot lays out in seconds" }),
    ]
}

extension LayoutEngine {
    /// The engine that actually lays out `graph`: itself, unless it is `auto` (see `LayoutChoice`).
    public func resolved(for graph: RelationGraph) -> LayoutEngine {
        LayoutChoice(self, for: graph).engine
    }
}

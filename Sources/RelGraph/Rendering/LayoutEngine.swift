/// A Graphviz layout engine, named as Graphviz names it.
///
/// `dot` suits most news graphs (one hub, directed relations, left to
/// right); the force-directed engines help when there is no clear direction.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered drawing, left to right: what `auto` picks for news-sized graphs, and the only engine that honours clusters fully.
    case dot
    /// Spring model: good for small undirected-looking graphs.
    case neato
    /// Force-directed with clusters: keeps multi-party events together.
    case fdp
    /// Multiscale force-directed: for graphs of hundreds of actors.
    case sfdp
    /// Circular: actors on a ring.
    case circo
    /// Radial: the first actor in the middle, the others on circles around it.
    case twopi
    /// relgraph's choice and the default: `dot` for graphs up to `autoLimit` actors and not too dense, `sfdp`
    /// (with straight lines and overlap removal) beyond (see `LayoutChoice`).
    case auto

    /// The actor count past which `auto` switches from dot to sfdp, however sparse the graph.
    ///
    /// Measured on synthetic news-like graphs (a few hubs, mostly states, a third persons):
    /// dot lays out 120 actors in 0.3 s and 300 in 13 s, with ranks too tall to read;
    /// sfdp with straight lines lays out 300 in 0.4 s (2 s to PNG). Density has its own limit (`LayoutChoice`).
    public static let autoLimit = 120
}

extension LayoutEngine {
    /// True for the engines that keep a cluster's members inside its box (dot and fdp).
    ///
    /// The others ignore clusters and would draw a box around unrelated actors,
    /// so multi-party events are drawn as plain edges for them.
    var drawsClusters: Bool {
        Self.clusterEngines.contains(self)
    }

    private static let clusterEngines: Set<LayoutEngine> = [.dot, .fdp]
}

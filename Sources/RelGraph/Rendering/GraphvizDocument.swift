internal import CGraphviz

typealias GraphPointer = UnsafeMutablePointer<Agraph_t>
typealias NodePointer = UnsafeMutablePointer<Agnode_t>

/// Builds the styled cgraph graph of a `DrawingPlan` with cgraph's C API.
///
/// Every node, edge, cluster and attribute is created through agnode,
/// agedge, agsubg and agsafeset: article text is never pasted into DOT
/// source, so it cannot break the syntax. Use only under `GraphvizSession`.
struct GraphvizDocument {
    let plan: DrawingPlan
    let style: RenderStyle
    let engine: LayoutEngine

    /// The document for `engine`: clusters only where the engine honours them.
    init(_ graph: RelationGraph, engine: LayoutEngine = .dot, style: RenderStyle = RenderStyle()) {
        plan = DrawingPlan(graph, clusters: engine.drawsClusters, groupByCountry: style.groupByCountry)
        self.style = style
        self.engine = engine
    }

    /// Opens the graph, builds it, lends it to `body`, then closes it.
    func withGraph<R>(_ body: (GraphPointer) throws -> R) throws -> R {
        guard let root = rg_agopen_directed("relgraph") else {
            throw RenderError.graphNotBuilt("agopen returned no graph")
        }
        defer { agclose(root) }
        var builder = CGraphBuilder(root: root, theme: GraphvizTheme(style.theme),
                                    graphAttributes: GraphvizStyle.attributes(for: engine, lines: plan.lines))
        try builder.build(plan)
        return try body(root)
    }
}

/// The mutable state of one build: the root graph and its nodes by id.
private struct CGraphBuilder {
    let root: GraphPointer
    let theme: GraphvizTheme
    /// Root attributes of the layout engine, set after the style's.
    let graphAttributes: [GraphvizAttribute]
    var nodes: [String: NodePointer] = [:]

    init(root: GraphPointer, theme: GraphvizTheme, graphAttributes: [GraphvizAttribute]) {
        self.root = root
        self.theme = theme
        self.graphAttributes = graphAttributes
    }

    mutating func build(_ plan: DrawingPlan) throws {
        try declareDefaults()
        guard !plan.isEmpty else {
            return try addEmptyMessage()
        }
        for node in plan.nodes { try addNode(node) }
        for country in plan.countries { try addCountry(country) }
        for cluster in plan.clusters { try addCluster(cluster) }
        for (line, id) in zip(plan.lines, plan.lineIDs) { try addLine(line, id: id) }
        // Last: a root graph value becomes the default of subgraphs created after it.
        if let legend = GraphvizLegend.html(for: plan, glyphs: theme.legendGlyphs) {
            try set(root, [GraphvizAttribute("label", legend, isHTML: true)])
        }
    }

    private func declareDefaults() throws {
        try set(root, GraphvizStyle.graph + graphAttributes + theme.graph)
        try declare(AGNODE, GraphvizStyle.nodeDefaults + theme.nodeDefaults)
        try declare(AGEDGE, GraphvizStyle.edgeDefaults + theme.edgeDefaults)
    }

    private func declare(_ kind: Int32, _ attributes: [GraphvizAttribute]) throws {
        for attribute in theme.apply(attributes) where rg_agattr(root, kind, attribute.name, attribute.value) == nil {
            throw RenderError.graphNotBuilt("could not declare the default \(attribute.name)")
        }
    }

    private mutating func addEmptyMessage() throws {
        let node = try makeNode("no-actors")
        try set(node, GraphvizStyle.emptyNode)
    }

    private mutating func addNode(_ node: Node) throws {
        let pointer = try makeNode(GraphvizText.nodeName(node.id))
        nodes[node.id] = pointer
        try set(pointer, GraphvizLabels.node(node))
    }

    private func makeNode(_ name: String) throws -> NodePointer {
        guard let node = rg_agnode(root, name) else {
            throw RenderError.graphNotBuilt("could not create the node \(name)")
        }
        return node
    }

    private mutating func addCluster(_ cluster: DrawingPlan.Cluster) throws {
        guard let subgraph = rg_agsubg(root, cluster.name) else {
            throw RenderError.graphNotBuilt("could not create the cluster \(cluster.name)")
        }
        try set(subgraph, GraphvizStyle.cluster + GraphvizLabels.cluster(cluster))
        for member in cluster.members where agsubnode(subgraph, try node(member), 1) == nil {
            throw RenderError.graphNotBuilt("could not put \(member) into \(cluster.name)")
        }
        try addColumns(of: cluster, in: subgraph)
    }

    /// Lays the participants out as a block: one `rank=same` subgraph per column, invisible links between columns.
    private func addColumns(of cluster: DrawingPlan.Cluster, in subgraph: GraphPointer) throws {
        for (index, column) in cluster.columns.enumerated() {
            guard let rank = rg_agsubg(subgraph, "column\(index)_of_\(cluster.name)") else {
                throw RenderError.graphNotBuilt("could not create column \(index) of \(cluster.name)")
            }
            try set(rank, [GraphvizAttribute("rank", "same")])
            for member in column where agsubnode(rank, try node(member), 1) == nil {
                throw RenderError.graphNotBuilt("could not put \(member) into column \(index) of \(cluster.name)")
            }
        }
        for (left, right) in cluster.layoutLinks {
            let link = try makeEdge(in: subgraph, from: left, to: right)
            try set(link, GraphvizStyle.clusterLink)
        }
    }

    private mutating func addLine(_ line: DrawingPlan.Line, id: String) throws {
        let edge = try makeEdge(in: root, from: line.source, to: line.target)
        try set(edge, GraphvizLabels.line(line, id: id) + theme.line(line.dominantClass, historical: line.historical))
    }

    /// A state and its persons in one box (`--group-by country`).
    private mutating func addCountry(_ country: DrawingPlan.Country) throws {
        guard let subgraph = rg_agsubg(root, country.name) else {
            throw RenderError.graphNotBuilt("could not create the cluster \(country.name)")
        }
        try set(subgraph, GraphvizStyle.countryCluster + [
            GraphvizAttribute("id", country.name), GraphvizAttribute("class", "country"),
            GraphvizAttribute("label", GraphvizText.escString(country.caption)),
        ])
        for member in country.members where agsubnode(subgraph, try node(member), 1) == nil {
            throw RenderError.graphNotBuilt("could not put \(member) into \(country.name)")
        }
    }

    private func makeEdge(in graph: GraphPointer, from source: String, to target: String) throws -> UnsafeMutablePointer<Agedge_t> {
        guard let edge = rg_agedge(graph, try node(source), try node(target)) else {
            throw RenderError.graphNotBuilt("could not create the edge \(source) -> \(target)")
        }
        return edge
    }

    private func node(_ id: String) throws -> NodePointer {
        guard let node = nodes[id] else {
            throw RenderError.graphNotBuilt("the plan names \(id), which has no node")
        }
        return node
    }

    private func set(_ object: UnsafeMutableRawPointer, _ attributes: [GraphvizAttribute]) throws {
        for attribute in theme.apply(attributes) {
            let status = attribute.isHTML
                ? rg_agsafeset_html(object, attribute.name, attribute.value)
                : rg_agsafeset(object, attribute.name, attribute.value, "")
            guard status == 0 else {
                throw RenderError.graphNotBuilt("could not set \(attribute.name)=\(attribute.value)")
            }
        }
    }
}

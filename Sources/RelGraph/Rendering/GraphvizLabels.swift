/// The text attributes of each drawn thing: labels, tooltips, SVG ids and classes.
///
/// Every string from an article passes through `GraphvizText` here, once.
enum GraphvizLabels {
    static func node(_ node: Node) -> [GraphvizAttribute] {
        (GraphvizStyle.nodes[node.kind] ?? []) + [
            label(node),
            GraphvizAttribute("id", GraphvizText.escString(GraphvizText.singleLine(node.id))),
            GraphvizAttribute("class", node.kind.rawValue),
            GraphvizAttribute("fontsize", GraphvizStyle.fontSize(mentions: node.mentions)),
            GraphvizAttribute("tooltip", GraphvizText.tooltip(tooltip(node))),
        ]
    }

    /// Persons get a second, smaller line with role and country; everyone else a plain label.
    private static func label(_ node: Node) -> GraphvizAttribute {
        let name = displayName(node)
        guard node.kind == .person, let detail = detail(node) else {
            return GraphvizAttribute("label", GraphvizText.escString(name))
        }
        let html = GraphvizText.html(name)
            + "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#5d6d7e\">\(GraphvizText.html(detail))</FONT>"
        return GraphvizAttribute("label", html, isHTML: true)
    }

    private static func displayName(_ node: Node) -> String {
        node.label.isEmpty ? node.id : node.label
    }

    private static func detail(_ node: Node) -> String? {
        let parts = [node.role, node.country].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private static func tooltip(_ node: Node) -> String {
        let mentions = node.mentions == 1 ? "1 mention" : "\(node.mentions) mentions"
        return ([displayName(node), detail(node)].compactMap { $0 } + [mentions]).joined(separator: " · ")
    }

    static func cluster(_ cluster: DrawingPlan.Cluster) -> [GraphvizAttribute] {
        [
            GraphvizAttribute("label", GraphvizText.escString(cluster.caption)),
            GraphvizAttribute("id", cluster.name),
            GraphvizAttribute("tooltip", GraphvizText.tooltip(evidenceTooltip(cluster.group.evidence) ?? cluster.caption)),
        ]
    }

    static func line(_ line: DrawingPlan.Line, id: String) -> [GraphvizAttribute] {
        let look = GraphvizStyle.look(line.dominantClass)
        let tooltip = GraphvizText.tooltip(evidenceTooltip(line.evidence) ?? "\(line.source) → \(line.target): \(line.label)")
        var attributes = [
            GraphvizAttribute("id", id),
            GraphvizAttribute("class", lineClasses(line)),
            GraphvizAttribute("color", look.color),
            GraphvizAttribute("penwidth", GraphvizStyle.penWidth(look, weight: line.weight)),
            GraphvizAttribute("style", line.historical ? "dashed" : look.style),
            GraphvizAttribute("arrowhead", look.arrowhead),
            GraphvizAttribute("tooltip", tooltip),
        ]
        if look.showsLabel {
            attributes += [
                GraphvizAttribute(line.sharesRank ? "xlabel" : "label", GraphvizText.escString(line.label)),
                GraphvizAttribute("fontcolor", look.color),
                GraphvizAttribute("labeltooltip", tooltip),
            ]
        }
        attributes += directionAttributes[line.direction] ?? []
        if let cluster = line.cluster {
            attributes.append(GraphvizAttribute("lhead", cluster))
        }
        return attributes
    }

    /// `verbal-cooperation consult support historical`: the class that colours the line, then each relation type,
    /// so a web page can style or hide one type with CSS (`.edge.sanction`).
    static func lineClasses(_ line: DrawingPlan.Line) -> String {
        ([line.dominantClass.rawValue] + line.types.map { $0.rawValue.lowercased() } + (line.historical ? ["historical"] : []))
            .joined(separator: " ")
    }

    private static let directionAttributes: [DrawingPlan.Direction: [GraphvizAttribute]] = [
        .mutual: [GraphvizAttribute("dir", "both"), GraphvizAttribute("arrowtail", "normal")],
        .affiliation: [GraphvizAttribute("arrowsize", "0.5")],
    ]

    /// `edge-RUS-to-VEN-consult-support`: readable, stable, and safe as an SVG id.
    static func edgeID(_ line: DrawingPlan.Line) -> String {
        let joint = line.direction == .mutual ? "with" : "to"
        let target = line.cluster ?? line.target
        let types = line.types.map { $0.rawValue.lowercased() }.joined(separator: "-")
        return ["edge", line.source, joint, target, types].map(GraphvizText.identifier).joined(separator: "-")
    }

    /// The first sentences stating a relation, cut short: what a reader hovering a line wants to check.
    static func evidenceTooltip(_ evidence: [Evidence]) -> String? {
        let sentences = evidence.prefix(GraphvizStyle.tooltipSentences).map { GraphvizText.singleLine($0.text) }
        guard !sentences.isEmpty else { return nil }
        return GraphvizText.truncated(sentences.joined(separator: " … "), to: GraphvizStyle.tooltipLength)
    }
}

/// The legend drawn under the graph: shapes of actors and colours of relations.
enum GraphvizLegend {
    private struct Entry {
        var glyph: String
        var color: String
        var text: String
    }

    private static func strokeColor(_ kind: ActorKind) -> String {
        GraphvizStyle.nodes[kind]?.first { $0.name == "color" }?.value ?? "black"
    }

    private static let shapes: [Entry] = [
        Entry(glyph: "▢", color: strokeColor(.state), text: "state"),
        Entry(glyph: "⬡", color: strokeColor(.organization), text: "organization"),
        Entry(glyph: "◯", color: strokeColor(.person), text: "person"),
    ]

    private static let lines: [Entry] = [
        Entry(glyph: "━━", color: GraphvizStyle.look(.verbalCooperation).color, text: "cooperation"),
        Entry(glyph: "━━", color: GraphvizStyle.look(.verbalConflict).color, text: "conflict"),
        Entry(glyph: "┈┈", color: GraphvizStyle.look(.structural).color, text: "affiliation"),
        Entry(glyph: "╌╌", color: "#555555", text: "historical"),
    ]

    private static func row(_ entries: [Entry], glyphs: [String: String]) -> String {
        let cells = entries.map {
            "<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\($0.color)\">\(glyphs[$0.text] ?? $0.glyph)</FONT></TD><TD ALIGN=\"LEFT\">\($0.text)</TD>"
        }
        return "<TR>" + cells.joined() + "</TR>"
    }

    /// Every glyph the legend draws, in any theme, once each.
    static var glyphs: String {
        let themed = RenderStyle.Theme.allCases.flatMap { GraphvizTheme($0).legendGlyphs.values }
        return String(Set((shapes + lines).map(\.glyph).joined() + themed.joined()).sorted())
    }

    /// An HTML-like table; it is the root graph's label, so it takes no part in the layout.
    /// `glyphs` replaces the line drawn for an entry (by its text), for themes that change line styles.
    static func html(glyphs: [String: String] = [:]) -> String {
        "<TABLE BORDER=\"1\" COLOR=\"#d5dbe1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\" BGCOLOR=\"#fbfcfd\">"
            + row(shapes, glyphs: glyphs) + row(lines, glyphs: glyphs)
            + "<TR><TD COLSPAN=\"8\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">"
            + "thicker line: material act or stated more often; box: multi-party event</FONT></TD></TR>"
            + "</TABLE>"
    }
}

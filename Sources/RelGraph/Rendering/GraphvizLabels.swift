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
            + "<BR/><FONT POINT-SIZE=\"\(GraphvizStyle.labelFontSize)\" COLOR=\"#5d6d7e\">\(GraphvizText.html(detail))</FONT>"
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
                // An external label: placed on the line's middle once the layout is done, where dot's label
                // node could stand far from the curve routed past it. It also makes no label node, which
                // Graphviz 2.43's dot frees wrongly for a line between two nodes of one rank on the first rank.
                GraphvizAttribute("xlabel", GraphvizText.escString(line.labelLines.joined(separator: "\n"))),
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

    /// The first sentences stating a relation, each after the document and day it was read in, cut short:
    /// what a reader hovering a line wants to check, and where to check it.
    static func evidenceTooltip(_ evidence: [Evidence]) -> String? {
        let sentences = evidence.prefix(GraphvizStyle.tooltipSentences).map { item in
            GraphvizText.singleLine(item.source.map { "[\($0)] " + item.text } ?? item.text)
        }
        guard !sentences.isEmpty else { return nil }
        return GraphvizText.truncated(sentences.joined(separator: " … "), to: GraphvizStyle.tooltipLength)
    }
}

/// The key to the picture: only what it draws, at the size of an actor's label.
///
/// An entry for a kind of actor or a class of relation the picture does not
/// hold would send the reader looking for it; so would a 10 pt key beside
/// 14–18 pt names. Each visual channel has one meaning: colour the class of
/// relation (hue: cooperation or conflict; lightness: verbal or material),
/// width the number of sentences, dashes the past, dots affiliation.
enum GraphvizLegend {
    private struct Entry {
        var glyph: String
        var color: String
        var text: String
    }

    /// Point size of the key: that of an actor's label (`GraphvizStyle.nodeDefaults`).
    static let fontSize = "12"

    private static func strokeColor(_ kind: ActorKind) -> String {
        GraphvizStyle.nodes[kind]?.first { $0.name == "color" }?.value ?? "black"
    }

    private static let shapes: [(ActorKind, Entry)] = [
        (.state, Entry(glyph: "▢", color: strokeColor(.state), text: "state")),
        (.organization, Entry(glyph: "⬡", color: strokeColor(.organization), text: "organization")),
        (.person, Entry(glyph: "◯", color: strokeColor(.person), text: "person")),
    ]

    /// The relation classes in the order the key lists them, each with its name there.
    private static let classes: [(QuadClass, String)] = [
        (.verbalCooperation, "verbal cooperation"), (.materialCooperation, "material cooperation"),
        (.verbalConflict, "verbal conflict"), (.materialConflict, "material conflict"), (.structural, "affiliation"),
    ]

    private static func lineEntry(_ quadClass: QuadClass, _ text: String) -> Entry {
        Entry(glyph: quadClass == .structural ? "┈┈" : "━━", color: GraphvizStyle.look(quadClass).color, text: text)
    }

    private static let historical = Entry(glyph: "╌╌", color: "#555555", text: "historical")

    /// Every glyph the key draws, in any theme, once each.
    static var glyphs: String {
        let themed = RenderStyle.Theme.allCases.flatMap { GraphvizTheme($0).legendGlyphs.values }
        let drawn = shapes.map(\.1.glyph) + classes.map { lineEntry($0.0, $0.1).glyph } + [historical.glyph]
        return String(Set(drawn.joined() + themed.joined()).sorted())
    }

    /// The entries for what `plan` draws: its kinds of actors, its classes of relation, the past if drawn.
    private static func entries(for plan: DrawingPlan) -> (shapes: [Entry], lines: [Entry], notes: [String]) {
        let kinds = Set(plan.nodes.map(\.kind))
        let drawnClasses = Set(plan.lines.map(\.dominantClass))
        var lines = classes.filter { drawnClasses.contains($0.0) }.map { lineEntry($0.0, $0.1) }
        if plan.lines.contains(where: \.historical) { lines.append(historical) }
        var notes: [String] = []
        if plan.lines.contains(where: { $0.dominantClass != .structural }) { notes.append("wider line: stated in more sentences") }
        if !plan.clusters.isEmpty { notes.append("shaded box: one multi-party event") }
        if !plan.countries.isEmpty { notes.append("dashed box: a state and its persons") }
        return (shapes.filter { kinds.contains($0.0) }.map(\.1), lines, notes)
    }

    /// `perRow` entries a row, so that the key stays narrow beside the picture and each row is of a kind.
    private static func rows(_ entries: [Entry], perRow: Int, glyphs: [String: String]) -> [String] {
        stride(from: 0, to: entries.count, by: perRow).map { start in
            let cells = entries[start..<min(start + perRow, entries.count)].map {
                "<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\($0.color)\">\(glyphs[$0.text] ?? $0.glyph)</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\($0.text)</TD>"
            }
            return "<TR>" + cells.joined() + "</TR>"
        }
    }

    /// Cooperation on one row, conflict on the next, then affiliation and the past: a row per hue.
    private static func lineRows(_ entries: [Entry], glyphs: [String: String]) -> [String] {
        let groups: [[String]] = [
            ["verbal cooperation", "material cooperation"], ["verbal conflict", "material conflict"], ["affiliation", "historical"],
        ]
        return groups.flatMap { group in rows(entries.filter { group.contains($0.text) }, perRow: 3, glyphs: glyphs) }
    }

    /// An HTML-like table for `plan`, or nil when it draws nothing; it is the root graph's label, so it
    /// takes no part in the layout. `glyphs` replaces the line drawn for an entry (by its text), for themes
    /// that change line styles.
    static func html(for plan: DrawingPlan, glyphs: [String: String] = [:]) -> String? {
        let (shapes, lines, notes) = entries(for: plan)
        guard !shapes.isEmpty else { return nil }
        let noteRows = notes.map {
            "<TR><TD COLSPAN=\"6\" ALIGN=\"LEFT\"><FONT COLOR=\"#555555\">\($0)</FONT></TD></TR>"
        }
        return "<FONT POINT-SIZE=\"\(fontSize)\">"
            + "<TABLE BORDER=\"1\" COLOR=\"#d5dbe1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" BGCOLOR=\"#fbfcfd\">"
            + (rows(shapes, perRow: 3, glyphs: glyphs) + lineRows(lines, glyphs: glyphs) + noteRows).joined()
            + "</TABLE></FONT>"
    }
}

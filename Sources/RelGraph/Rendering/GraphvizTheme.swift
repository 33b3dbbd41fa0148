/// What each theme changes in the light picture: colours through one replacement table, and for print,
/// line styles, so that relation classes stay apart without colour.
///
/// Every attribute the builder sets passes through `apply`, HTML-like labels
/// included, so a colour added to `GraphvizStyle` only needs a line here.
struct GraphvizTheme: Sendable {
    /// Light colour → this theme's colour; colours not listed stay.
    var palette: [String: String]
    /// Set on the root graph and as node and edge defaults.
    var graph: [GraphvizAttribute]
    var nodeDefaults: [GraphvizAttribute]
    var edgeDefaults: [GraphvizAttribute]
    /// Extra attributes per relation class, set after the light ones.
    var lines: [QuadClass: [GraphvizAttribute]]
    /// Set on historical lines after everything else.
    var historical: [GraphvizAttribute]
    /// The legend's line drawings that this theme changes, by legend entry.
    var legendGlyphs: [String: String]

    init(_ theme: RenderStyle.Theme) {
        switch theme {
        case .light: self = Self.light
        case .dark: self = Self.dark
        case .print: self = Self.print
        }
    }

    private init(palette: [String: String] = [:], graph: [GraphvizAttribute] = [], nodeDefaults: [GraphvizAttribute] = [],
                 edgeDefaults: [GraphvizAttribute] = [], lines: [QuadClass: [GraphvizAttribute]] = [:],
                 historical: [GraphvizAttribute] = [], legendGlyphs: [String: String] = [:]) {
        self.palette = palette
        self.graph = graph
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.lines = lines
        self.historical = historical
        self.legendGlyphs = legendGlyphs
    }

    /// `attributes` with every colour replaced, in plain values and inside HTML-like labels.
    func apply(_ attributes: [GraphvizAttribute]) -> [GraphvizAttribute] {
        guard !palette.isEmpty else { return attributes }
        return attributes.map { attribute in
            var themed = attribute
            if attribute.isHTML {
                themed.value = Self.recolour(attribute.value, with: palette)
            } else if Self.colourAttributes.contains(attribute.name) {
                themed.value = palette[attribute.value.lowercased()] ?? attribute.value
            }
            return themed
        }
    }

    /// The attributes a drawn line gets on top of its light look.
    func line(_ quadClass: QuadClass, historical isHistorical: Bool) -> [GraphvizAttribute] {
        (lines[quadClass] ?? []) + (isHistorical ? historical : [])
    }

    private static let colourAttributes: Set<String> = ["color", "fillcolor", "fontcolor", "bgcolor", "pencolor"]

    /// Replaces each quoted `"#rrggbb"` of an HTML-like label once, so a replacement is never replaced again.
    private static func recolour(_ html: String, with palette: [String: String]) -> String {
        html.replacing(/"(#[0-9a-fA-F]{6})"/) { match in
            "\"" + (palette[String(match.1).lowercased()] ?? String(match.1)) + "\""
        }
    }

    static let light = GraphvizTheme()

    /// Light strokes and text on a dark slate background; hues kept, so blue is still cooperation.
    static let dark = GraphvizTheme(
        palette: [
            "white": "#1e2329", "#ffffff": "#2b3036", "black": "#e8edf2",
            "#dce6f0": "#2c3e50", "#4a6582": "#8fb3d9", "#fcf3c8": "#4a3f12", "#a08416": "#e0c25a", "#7f8c8d": "#aab4bd",
            "#3182bd": "#9ecae1", "#08519c": "#58a6e6", "#e6550d": "#fdae6b", "#a63603": "#f7813a", "#8c8c8c": "#9aa5b1",
            "#f4f6f8": "#262c33", "#b8c2cc": "#4d5866", "#34495e": "#d5dde5", "#5d6d7e": "#aab4bd",
            "#d5dbe1": "#4d5866", "#fbfcfd": "#262c33", "#555555": "#b0b8c0",
        ],
        graph: [GraphvizAttribute("fontcolor", "#e8edf2")],
        nodeDefaults: [GraphvizAttribute("fontcolor", "#e8edf2")],
        edgeDefaults: [GraphvizAttribute("fontcolor", "#e8edf2")]
    )

    /// Greys only. Cooperation is a solid line with a hollow arrow, conflict a dashed line with a filled
    /// one, words mid grey and acts black, affiliation dotted, history a thin dotted line with a hollow dot:
    /// readable on a photocopy.
    static let print = GraphvizTheme(
        palette: [
            "#dce6f0": "#e6e6e6", "#4a6582": "#222222", "#fcf3c8": "#f4f4f4", "#a08416": "#444444", "#7f8c8d": "#555555",
            "#3182bd": "#555555", "#08519c": "#111111", "#e6550d": "#555555", "#a63603": "#111111", "#8c8c8c": "#777777",
            "#f4f6f8": "#f5f5f5", "#b8c2cc": "#999999", "#34495e": "#222222", "#5d6d7e": "#444444",
            "#d5dbe1": "#999999", "#fbfcfd": "#ffffff", "#555555": "#444444",
        ],
        lines: [
            .verbalCooperation: [GraphvizAttribute("arrowhead", "empty")],
            .materialCooperation: [GraphvizAttribute("arrowhead", "empty")],
            .verbalConflict: [GraphvizAttribute("style", "dashed")],
            .materialConflict: [GraphvizAttribute("style", "dashed")],
        ],
        historical: [GraphvizAttribute("style", "dotted"), GraphvizAttribute("color", "#666666"), GraphvizAttribute("arrowhead", "odot")],
        legendGlyphs: ["verbal cooperation": "━━▷", "material cooperation": "━━▷", "verbal conflict": "╍╍▶",
                       "material conflict": "╍╍▶", "affiliation": "┈┈", "historical": "┈┈○"]
    )
}

import Foundation

/// One Graphviz attribute: plain strings are escStrings, HTML ones are HTML-like labels (`label=<...>`).
struct GraphvizAttribute: Equatable, Sendable {
    var name: String
    var value: String
    var isHTML = false

    init(_ name: String, _ value: String, isHTML: Bool = false) {
        self.name = name
        self.value = value
        self.isHTML = isHTML
    }
}

/// The look of the picture, as data: one table per thing that varies.
enum GraphvizStyle {
    static let fontName = "DejaVu Sans"
    static let labelFontSize = "10"

    /// Every point size the picture uses: 10 for relation labels and persons' roles, 12 for the legend, the
    /// captions of boxes and actors, up to 18 for actors by prominence. Pango matches fonts once per size
    /// (a search of every installed font, in helper threads), so the sizes are few and whole, and
    /// `TypeSpecimen` meets them all before the drawing does.
    static let typeScale = [10, 12, 14, 16, 18]

    /// Root graph attributes; `rankdir` is read by dot only, `overlap`/`splines` by the force-directed engines.
    /// dot's `ranksep` is set per picture (`rankSeparation`).
    static let graph: [GraphvizAttribute] = [
        .init("rankdir", "LR"),
        .init("fontname", fontName),
        .init("fontsize", "12"),
        .init("bgcolor", "white"),
        .init("pad", "0.3"),
        .init("nodesep", "0.3"),
        .init("ranksep", "0.7"),
        .init("overlap", "false"),
        .init("sep", "+8"),
        .init("splines", "true"),
        .init("compound", "true"),
        .init("newrank", "true"),
        .init("outputorder", "edgesfirst"),
        .init("labelloc", "b"),
        .init("labeljust", "r"),
    ]

    /// Root graph attributes for one engine, set after `graph`. sfdp routes curved splines around every
    /// node, a hundred times slower than straight lines on a few hundred actors: large graphs get straight lines.
    static let engineGraph: [LayoutEngine: [GraphvizAttribute]] = [
        .sfdp: [.init("splines", "line"), .init("overlap", "prism")],
    ]

    /// The engine's root attributes, naming the engine itself when it is not dot, the default of
    /// Graphviz's tools: a DOT file then lays out the same way with `dot -Tsvg` as in relgraph.
    /// - Parameter lines: the lines drawn; dot's gap between columns is made wide enough for their labels.
    static func attributes(for engine: LayoutEngine, lines: [DrawingPlan.Line] = []) -> [GraphvizAttribute] {
        let named: [GraphvizAttribute] = engine == .dot ? [.init("ranksep", rankSeparation(for: lines))] : [.init("layout", engine.rawValue)]
        return named + (engineGraph[engine] ?? [])
    }

    /// The widest a letter of a relation label is, in points: DejaVu Sans at 10 points draws "assault" 36 wide and
    /// "accuse" 34, 5.1 to 5.7 a letter; the widest is taken so that the gap is never too narrow.
    static let labelLetterWidth = 5.7

    /// dot's gap between columns, in inches: twice the widest relation label, and a margin. Graphviz places an
    /// external label once the layout is done, beside its line's middle, on the left or the right of it; in a gap
    /// narrower than twice the label, the label of a short line between two columns ("Israel" and "Iran" answering
    /// each other) fell under an actor, which is drawn over it. At least 0.7 inch, at most 3.
    static func rankSeparation(for lines: [DrawingPlan.Line]) -> String {
        let letters = lines.filter { look($0.dominantClass).showsLabel }.flatMap(\.labelLines).map(\.count).max() ?? 0
        let points = 2 * Double(letters) * labelLetterWidth + 12
        return twoDecimals(min(3, max(0.7, points / 72)))
    }

    static let nodeDefaults: [GraphvizAttribute] = [
        .init("fontname", fontName),
        .init("fontsize", "12"),
        .init("penwidth", "1.2"),
        .init("margin", "0.12,0.06"),
    ]

    static let edgeDefaults: [GraphvizAttribute] = [
        .init("fontname", fontName),
        .init("fontsize", labelFontSize),
        .init("arrowsize", "0.7"),
    ]

    /// Shape and fill per actor kind: states are rounded boxes, organizations hexagons, persons ellipses.
    static let nodes: [ActorKind: [GraphvizAttribute]] = [
        .state: [
            .init("shape", "box"), .init("style", "rounded,filled"),
            .init("fillcolor", "#dce6f0"), .init("color", "#4a6582"),
        ],
        .organization: [
            .init("shape", "hexagon"), .init("style", "filled"),
            .init("fillcolor", "#fcf3c8"), .init("color", "#a08416"),
        ],
        .person: [
            .init("shape", "ellipse"), .init("style", "filled"),
            .init("fillcolor", "#ffffff"), .init("color", "#7f8c8d"),
        ],
    ]

    /// How an edge of each quad class is drawn.
    struct EdgeLook: Sendable {
        var color: String
        /// Pen width for weight 1; heavier relations add log2(weight).
        var basePenWidth: Double
        var style: String
        var arrowhead: String
        /// False for affiliation: "member of" needs no words on the line.
        var showsLabel: Bool
        /// When several classes are merged into one line, the highest rank decides its look: conflict wins.
        var rank: Int
    }

    /// Blue for cooperation, orange for conflict, lighter for words and darker for acts (ColorBrewer's Blues and
    /// Oranges): blue against orange stays apart under deuteranopia and protanopia, where the green against red
    /// of most pictures of conflict turns to two olives; every stroke keeps at least 3:1 contrast on white.
    /// Width is the number of sentences alone (`penWidth`), so every class starts at the same width.
    static let edges: [QuadClass: EdgeLook] = [
        .verbalCooperation: EdgeLook(color: "#3182bd", basePenWidth: 1.3, style: "solid", arrowhead: "normal", showsLabel: true, rank: 1),
        .materialCooperation: EdgeLook(color: "#08519c", basePenWidth: 1.3, style: "solid", arrowhead: "normal", showsLabel: true, rank: 2),
        .verbalConflict: EdgeLook(color: "#e6550d", basePenWidth: 1.3, style: "solid", arrowhead: "normal", showsLabel: true, rank: 3),
        .materialConflict: EdgeLook(color: "#a63603", basePenWidth: 1.3, style: "solid", arrowhead: "normal", showsLabel: true, rank: 4),
        .structural: EdgeLook(color: "#8c8c8c", basePenWidth: 1.0, style: "dotted", arrowhead: "none", showsLabel: false, rank: 0),
    ]

    static func look(_ quadClass: QuadClass) -> EdgeLook {
        edges[quadClass] ?? EdgeLook(color: "black", basePenWidth: 1, style: "solid", arrowhead: "normal", showsLabel: true, rank: 0)
    }

    /// Wider for relations stated in more sentences (the width's only meaning), never so wide that labels drown.
    static func penWidth(_ look: EdgeLook, weight: Int) -> String {
        let extra = min(2.5, log2(Double(max(1, weight))))
        return twoDecimals(look.basePenWidth + extra)
    }

    /// `String(format: "%.2f", value)` for a non-negative value, without Foundation's formatter.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// Actors the article keeps coming back to are drawn a little larger, so the hub stands out:
    /// one step of the type scale (2 pt) per doubling of mentions, from 12 pt, at most three steps.
    static func fontSize(mentions: Int) -> String {
        let doublings = Int.bitWidth - 1 - max(1, mentions).leadingZeroBitCount
        return String(12 + 2 * min(3, doublings))
    }

    /// Attributes of a multi-party event's cluster box.
    static let cluster: [GraphvizAttribute] = [
        .init("style", "rounded,filled"),
        .init("fillcolor", "#f4f6f8"),
        .init("color", "#b8c2cc"),
        .init("fontsize", "12"),
        .init("fontcolor", "#34495e"),
        .init("labeljust", "l"),
        .init("margin", "10"),
    ]

    /// Attributes of a country box (`--group-by country`): lighter than an event's box, captioned with the
    /// state's name at the size of an actor's label.
    static let countryCluster: [GraphvizAttribute] = [
        .init("style", "rounded,dashed"),
        .init("color", "#b8c2cc"),
        .init("fontsize", "12"),
        .init("fontcolor", "#4a6582"),
        .init("labeljust", "l"),
        .init("labelloc", "t"),
        .init("margin", "8"),
    ]

    /// The invisible links that hold a cluster's columns side by side; heavy, so dot keeps them short.
    static let clusterLink: [GraphvizAttribute] = [
        .init("style", "invis"),
        .init("weight", "20"),
    ]

    /// Participants per column inside a cluster, so 20 states make a 4 × 5 block, not a 20-row column.
    static let clusterColumnHeight = 5

    /// The picture for a graph with no actors: a message, not a blank page.
    static let emptyNode: [GraphvizAttribute] = [
        .init("shape", "plaintext"),
        .init("label", "No actors found"),
        .init("fontsize", "16"),
        .init("fontcolor", "#7f8c8d"),
        .init("id", "no-actors"),
    ]

    /// Longest tooltip: enough for two sentences and the documents they come from, short enough for a hover box.
    static let tooltipLength = 400
    static let tooltipSentences = 2
}

/// Escaping for the two kinds of Graphviz text, so article text is never read as markup.
///
/// Graphviz reads an escString attribute more than once on its way to SVG: it decodes character
/// references (`&#x1;`, `&nbsp;`) into raw characters, then expands backslash escapes (`\G` is the graph's
/// name, `\E` the edge's, `\L` its label), and tooltips go through the backslash pass twice. So `&`
/// becomes `&amp;` (decoded back to a plain `&`, which the SVG writer escapes again), backslashes are
/// doubled (quadrupled in tooltips), and the characters XML 1.0 forbids are dropped, since no step
/// after this one removes them.
enum GraphvizText {
    /// An escString (plain label, id): `&` as `&amp;`, backslashes doubled so `\N`, `\G`, `\l`... stay literal,
    /// line breaks as Graphviz's centred line break, and other control characters dropped.
    static func escString(_ text: String) -> String {
        escaped(text, backslash: "\\\\")
    }

    /// A tooltip (`tooltip`, `labeltooltip`): an escString whose backslashes Graphviz unescapes twice.
    static func tooltip(_ text: String) -> String {
        escaped(text, backslash: "\\\\\\\\")
    }

    /// The name a node is created with, which the SVG shows in its `<title>` unescaped but for markup:
    /// `&` as `&amp;`, so that no reference from the input is decoded there; control characters dropped.
    static func nodeName(_ text: String) -> String {
        escaped(singleLine(text), backslash: "\\")
    }

    /// Works on scalars, not Characters: tooltips carry whole sentences on every line of the picture,
    /// and grapheme breaking made escaping them a visible part of rendering time.
    private static func escaped(_ text: String, backslash: String) -> String {
        // Nearly all text has no backslash, ampersand, control character or noncharacter: it is its own escString.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") || $0 < 0x20 || $0 == 0x7F || $0 == 0xEF })
        else { return text }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\\": result.append(contentsOf: backslash.unicodeScalars)
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "\n" where previous == "\r": continue
            case "\n", "\r": result.append(contentsOf: "\\n".unicodeScalars)
            case _ where isControl(scalar): continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Characters no SVG may hold: controls other than tab (Graphviz's HTML-label parser rejects them too),
    /// DEL, and the noncharacters U+FFFE and U+FFFF that XML 1.0 forbids. Line breaks are handled before
    /// this is asked.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// One line of escString text: each run of line breaks becomes one space, none at either end
    /// (ids, tooltips of single facts).
    static func singleLine(_ text: String) -> String {
        guard hasLineBreak(text) else { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if lineBreaks.contains(scalar.value) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` holds one of `lineBreaks`, read from its UTF-8 bytes: LF to CR are ASCII, NEL is
    /// C2 85, LS and PS are E2 80 A8 and E2 80 A9. One pass and no scalar decoding, for whole sentences.
    static func hasLineBreak(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x0A...0x0D: return true
            case 0x85 where previous == 0xC2: return true
            case 0xA8 where previous == 0x80 && beforePrevious == 0xE2, 0xA9 where previous == 0x80 && beforePrevious == 0xE2:
                return true
            default: (beforePrevious, previous) = (previous, byte)
            }
        }
        return false
    }

    /// The scalars Swift's `Character.isNewline` is true for: LF, VT, FF, CR, NEL, LS, PS.
    private static let lineBreaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]

    /// Text inside an HTML-like label: the five XML specials become entities, line breaks become spaces,
    /// control characters are dropped,
    /// and backslashes are doubled because Graphviz expands `\N`, `\G`... in HTML text too.
    static func html(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in singleLine(text).unicodeScalars {
            if let entity = htmlEscapes[scalar] {
                result.append(contentsOf: entity.unicodeScalars)
            } else if !isControl(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static let htmlEscapes: [Unicode.Scalar: String] = [
        "\\": "\\\\", "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]

    /// A token safe in an SVG id or a cluster name: letters, digits, `_` and `-`; anything else becomes `_`.
    static func identifier(_ text: String) -> String {
        let mapped = text.unicodeScalars.map { allowed.contains($0) ? Character($0) : "_" }
        return mapped.isEmpty ? "_" : String(mapped)
    }

    private static let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")

    /// Cuts `text` to `limit` characters on a word boundary, marking the cut with an ellipsis.
    static func truncated(_ text: String, to limit: Int) -> String {
        // No more scalars than the limit means no more Characters: no grapheme breaking needed.
        guard text.unicodeScalars.count > limit, text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut + "…"
    }
}

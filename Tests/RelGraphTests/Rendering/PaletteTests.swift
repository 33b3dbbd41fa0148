import Foundation
import Testing
@testable import RelGraph

/// The default palette, the legend and the channels of a line: a picture read by everyone, keyed by what it draws.
@Suite("Palette and legend")
struct PaletteTests {
    // MARK: Colour vision

    /// Machado, Oliveira & Fernandes (2009) at full severity, on linear RGB.
    private static let deuteranopia = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    private static let protanopia = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]

    private static func linear(_ hex: String) -> [Double] {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
    }

    private static func simulate(_ rgb: [Double], _ matrix: [[Double]]) -> [Double] {
        matrix.map { row in min(1, max(0, zip(row, rgb).map(*).reduce(0, +))) }
    }

    /// CIE L*a*b* of a linear RGB colour (D65).
    private static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        let f = { (t: Double) in t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    private static func difference(_ a: [Double], _ b: [Double]) -> Double {
        sqrt(zip(lab(a), lab(b)).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }

    private static func luminance(_ hex: String) -> Double {
        let rgb = linear(hex)
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    }

    /// Every cooperation colour against every conflict colour stays far apart (ΔE ≥ 50) for readers with
    /// deuteranopia or protanopia; green against red gave 16 to 39.
    @Test("cooperation and conflict stay apart under deuteranopia and protanopia")
    func colourBlindSafe() {
        let cooperation = [QuadClass.verbalCooperation, .materialCooperation].map { GraphvizStyle.look($0).color }
        let conflict = [QuadClass.verbalConflict, .materialConflict].map { GraphvizStyle.look($0).color }
        for (name, matrix) in [("deuteranopia", Self.deuteranopia), ("protanopia", Self.protanopia)] {
            for a in cooperation {
                for b in conflict {
                    let seen = Self.difference(Self.simulate(Self.linear(a), matrix), Self.simulate(Self.linear(b), matrix))
                    #expect(seen >= 50, "\(a) and \(b) under \(name): ΔE \(seen)")
                }
            }
        }
    }

    @Test("every relation colour keeps 3:1 contrast on the white background")
    func contrast() {
        for quadClass in [QuadClass.verbalCooperation, .materialCooperation, .verbalConflict, .materialConflict] {
            let ratio = 1.05 / (Self.luminance(GraphvizStyle.look(quadClass).color) + 0.05)
            #expect(ratio >= 3, "\(quadClass): \(ratio)")
        }
    }

    // MARK: Channels

    @Test("a line's width says how many sentences state it, whatever its class")
    func widthHasOneMeaning() {
        for weight in [1, 2, 5] {
            let widths = Set([QuadClass.verbalCooperation, .materialCooperation, .verbalConflict, .materialConflict].map {
                GraphvizStyle.penWidth(GraphvizStyle.look($0), weight: weight)
            })
            #expect(widths.count == 1, "weight \(weight): \(widths)")
        }
        #expect(GraphvizStyle.penWidth(GraphvizStyle.look(.verbalConflict), weight: 4)
            > GraphvizStyle.penWidth(GraphvizStyle.look(.verbalConflict), weight: 1))
    }

    // MARK: Legend

    private static let conflictOnly = RelationGraph(
        nodes: [Node(id: "USA", kind: .state, label: "United States"), Node(id: "CUB", kind: .state, label: "Cuba")],
        edges: [Edge(source: "USA", target: "CUB", type: .sanction)]
    )

    @Test("the legend lists only what the picture draws, at the size of an actor's label")
    func legendListsWhatIsDrawn() throws {
        let legend = try #require(GraphvizLegend.html(for: DrawingPlan(Self.conflictOnly)))
        #expect(legend.contains("state") && legend.contains("material conflict"))
        for absent in ["person", "organization", "cooperation", "verbal conflict", "affiliation", "historical", "box"] {
            #expect(!legend.contains(absent), "the legend lists \(absent), which is not drawn")
        }
        #expect(legend.hasPrefix("<FONT POINT-SIZE=\"12\">"))
        #expect(GraphvizStyle.nodeDefaults.contains(GraphvizAttribute("fontsize", GraphvizLegend.fontSize)))
        #expect(!legend.contains("thicker"), "width has one meaning: sentences")
        #expect(legend.contains("wider line: stated in more sentences"))
        #expect(GraphvizLegend.html(for: DrawingPlan(RelationGraph())) == nil)
    }

    @Test("relation labels sit on their lines: external labels, placed after the layout")
    func labelsOnTheirLines() throws {
        let svg = String(decoding: try GraphvizRenderer.render(Self.conflictOnly, as: .svg), as: UTF8.self)
        let dot = try GraphvizRenderer.dot(Self.conflictOnly)
        #expect(dot.contains("xlabel=sanction"))
        #expect(svg.contains(">sanction</text>"))
    }

    /// Two states that answer each other, the short line between neighbouring columns where dot has the least room
    /// for a label, and a third line into the same state.
    private static let exchange = RelationGraph(
        nodes: [
            Node(id: "IRN", kind: .state, label: "Iran"), Node(id: "ISR", kind: .state, label: "Israel"),
            Node(id: "USA", kind: .state, label: "United States"),
        ],
        edges: [
            Edge(source: "ISR", target: "IRN", type: .assault), Edge(source: "IRN", target: "ISR", type: .accuse),
            Edge(source: "USA", target: "IRN", type: .sanction),
        ]
    )

    /// Graphviz's own measures, from its JSON output: each actor's box and each relation label's box, in points.
    private static func boxes(_ graph: RelationGraph) throws -> (nodes: [String: CGRect], labels: [String: CGRect]) {
        let data = try GraphvizRenderer.render(graph, formatName: "json", engineName: "dot")
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var nodes: [String: CGRect] = [:]
        for object in root["objects"] as? [[String: Any]] ?? [] {
            guard let name = object["name"] as? String, let pos = object["pos"] as? String,
                  let width = Double(object["width"] as? String ?? ""), let height = Double(object["height"] as? String ?? "")
            else { continue }
            let xy = pos.split(separator: ",").compactMap { Double($0) }
            guard xy.count == 2 else { continue }
            nodes[name] = CGRect(x: xy[0] - width * 36, y: xy[1] - height * 36, width: width * 72, height: height * 72)
        }
        var labels: [String: CGRect] = [:]
        for edge in root["edges"] as? [[String: Any]] ?? [] {
            for draw in edge["_ldraw_"] as? [[String: Any]] ?? [] where draw["op"] as? String == "T" {
                let point = (draw["pt"] as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.doubleValue }
                guard let text = draw["text"] as? String, point.count == 2,
                      let width = (draw["width"] as? NSNumber)?.doubleValue else { continue }
                // The baseline is at the point: a 10-point label rises about 8 points above it and drops 2 below.
                labels[text] = CGRect(x: point[0] - width / 2, y: point[1] - 2, width: width, height: 10)
            }
        }
        return (nodes, labels)
    }

    @Test("no relation label is hidden under an actor, even between neighbouring columns")
    func labelsClearOfActors() throws {
        let (nodes, labels) = try Self.boxes(Self.exchange)
        #expect(nodes.count == 3 && Set(labels.keys) == ["assault", "accuse", "sanction"])
        for (text, label) in labels {
            for (name, node) in nodes {
                #expect(!label.intersects(node), "'\(text)' at \(label) lies under \(name) at \(node)")
            }
        }
    }

    @Test("a line of several relations writes one a line, and dot's columns make room for the widest label")
    func columnsFitTheLabels() throws {
        let mutual = RelationGraph(
            nodes: [Node(id: "RUS", kind: .state, label: "Russia"), Node(id: "VEN", kind: .state, label: "Venezuela")],
            edges: [Edge(source: "RUS", target: "VEN", type: .agree), Edge(source: "RUS", target: "VEN", type: .cooperate)]
        )
        let dot = try GraphvizRenderer.dot(mutual, layout: .dot)
        #expect(dot.contains("xlabel=\"agree\\ncooperate\""), "\(dot)")
        #expect(dot.contains("ranksep=1.59"), "twice 'cooperate' and a margin")
        #expect(try GraphvizRenderer.dot(RelationGraph(nodes: mutual.nodes, edges: []), layout: .dot).contains("ranksep=0.7"))
    }

    // MARK: Country boxes and English

    @Test("--group-by country writes the state's name on its box, in the language asked for")
    func countryBoxesAreNamed() throws {
        let graph = RelationGraph(
            nodes: [
                Node(id: "RUS", kind: .state, label: "Russie"),
                Node(id: "person:p", kind: .person, label: "Olga Petrenko", country: "RUS", role: "vice-Premier ministre"),
            ],
            edges: [Edge(source: "person:p", target: "RUS", type: .affiliation)]
        )
        let native = try GraphvizRenderer.dot(graph, layout: .dot, style: RenderStyle(groupByCountry: true))
        #expect(native.contains("label=Russie"))
        let english = String(decoding: try GraphOutput.data(graph, as: .dot, layout: .dot, style: RenderStyle(labels: .en, groupByCountry: true)),
                             as: UTF8.self)
        #expect(english.components(separatedBy: "label=Russia").count == 3, "the box and the node")
        #expect(english.contains("deputy prime minister, RUS"), "a person's role in English")
    }

    @Test("--labels en names the HTML tables' actors as the picture does")
    func englishEverywhere() throws {
        let graph = RelationGraph(
            nodes: [
                Node(id: "VEN", kind: .state, label: "Venezuela"), Node(id: "RUS", kind: .state, label: "Russie"),
                Node(id: "person:p", kind: .person, label: "Olga Petrenko", country: "RUS", role: "porte-parole"),
            ],
            edges: [Edge(source: "RUS", target: "VEN", type: .cooperate), Edge(source: "person:p", target: "RUS", type: .affiliation)]
        )
        let page = String(decoding: try GraphOutput.data(graph, as: .html, style: RenderStyle(labels: .en)), as: UTF8.self)
        let tables = page[(page.range(of: "</svg>")?.upperBound ?? page.startIndex)...]
        #expect(tables.contains("Russia") && !tables.contains("Russie"))
        #expect(tables.contains("spokesperson") && !tables.contains("porte-parole"))
    }
}

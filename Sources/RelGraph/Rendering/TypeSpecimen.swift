internal import CGraphviz

/// A small graph that sets a line of text at every size of the style's type scale.
///
/// Pango matches fonts once per point size, sorting every installed font in two
/// helper threads; met for the first time in the real drawing, the eight sizes of
/// a picture cost about as much as dot's whole layout of a news graph. Drawn on the
/// Graphviz thread while the caller extracts (`GraphvizRenderer.warmUp`), the
/// specimen leaves only cached lookups for the drawing itself.
///
/// The line is short on purpose: FreeType loads each glyph once per size, running the
/// font's hinting program, and a whole alphabet at every size would cost more than the
/// drawing saves, on machines whose cores the extraction already keeps busy.
enum TypeSpecimen {
    /// One letter, to match the font at each size, and every glyph the legend draws in any theme,
    /// which may come from a fallback font that would otherwise be opened during the drawing.
    static var text: String { "a" + GraphvizLegend.glyphs }

    /// Opens the specimen graph, lends it to `body`, then closes it. Use only under `GraphvizSession`.
    static func withGraph<R>(_ body: (GraphPointer) throws -> R) throws -> R {
        guard let root = rg_agopen_directed("specimen") else {
            throw RenderError.graphNotBuilt("agopen returned no graph")
        }
        defer { agclose(root) }
        for size in GraphvizStyle.typeScale {
            guard let node = rg_agnode(root, "size\(size)") else {
                throw RenderError.graphNotBuilt("could not create the specimen node of \(size) pt")
            }
            let attributes = [("fontname", GraphvizStyle.fontName), ("fontsize", String(size)), ("label", text)]
            for (name, value) in attributes where rg_agsafeset(node, name, value, "") != 0 {
                throw RenderError.graphNotBuilt("could not set \(name) on the specimen")
            }
        }
        return try body(root)
    }
}

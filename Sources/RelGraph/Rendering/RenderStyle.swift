/// How a picture looks, apart from its layout engine: colours, the language of names, grouping.
///
/// A value the CLI fills from `--theme`, `--labels` and `--group-by`, and
/// embedders pass to `GraphOutput.data` or `GraphvizRenderer.render`.
public struct RenderStyle: Hashable, Sendable {
    /// The colour scheme.
    public var theme: Theme
    /// The language node labels are written in: `GraphOutput` names the nodes so before the renderer draws them.
    public var labels: LabelLanguage
    /// Draws each state with its persons inside one box.
    public var groupByCountry: Bool

    public init(theme: Theme = .light, labels: LabelLanguage = .native, groupByCountry: Bool = false) {
        self.theme = theme
        self.labels = labels
        self.groupByCountry = groupByCountry
    }

    /// A colour scheme for the picture.
    public enum Theme: String, CaseIterable, Sendable {
        /// Dark lines on white, cooperation green and conflict red: for screens and colour print.
        case light
        /// Light lines on a dark background: for slides and dark web pages.
        case dark
        /// Greys only, relation classes told apart by line style: for black-and-white print and photocopies.
        case print
    }

    /// The language of node labels (`LabelLanguage`), applied to the graph before it is drawn (`GraphOutput`).
    public typealias LabelLanguage = RelGraph.LabelLanguage
}

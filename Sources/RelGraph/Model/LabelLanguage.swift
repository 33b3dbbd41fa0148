/// The language of node labels: the graph names its nodes in it (`NodeNames`) before any writer or the renderer reads them.
public enum LabelLanguage: String, CaseIterable, Sendable {
    /// The article's own spelling ("Russie", "OTAN").
    case native
    /// English names for states and organizations relgraph knows; persons keep their names.
    case en
}

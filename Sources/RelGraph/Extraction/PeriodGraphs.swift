/// A dated corpus's graph cut by period: one graph per week or month, built while the corpus is read once.
///
/// ```swift
/// var periods = PeriodGraphs(by: .month)
/// try CorpusExtractor().run(&stream) { document, graph in periods.add(graph, dated: document.date) }
/// for (name, graph) in periods.graphs { … }   // "2022-03", "2022-04", … in time order
/// ```
public struct PeriodGraphs: Sendable {
    public let period: TimePeriod
    /// Evidence sentences kept per relation, as `RelationGraph.merge` keeps them; nil keeps all.
    public var evidenceLimit: Int?
    private var byName: [String: RelationGraph] = [:]
    /// Graphs given with no day (or one that is no calendar day): they belong to no period.
    public private(set) var undated = 0

    public init(by period: TimePeriod, evidenceLimit: Int? = nil) {
        self.period = period
        self.evidenceLimit = evidenceLimit
    }

    /// Merges `graph`, read from a document of day `date`, into its period's graph.
    public mutating func add(_ graph: RelationGraph, dated date: String?) {
        guard let name = date.flatMap(period.name(of:)) else {
            undated += 1
            return
        }
        byName[name, default: RelationGraph()].merge(graph, evidenceLimit: evidenceLimit)
    }

    /// Each period that has a document, in time order, with its graph.
    public var graphs: [(name: String, graph: RelationGraph)] {
        byName.keys.sorted().compactMap { name in byName[name].map { (name, $0) } }
    }
}

import ArgumentParser
import Foundation
import RelGraph

/// How a corpus is read and extracted: shared by `render` and `extract`.
struct CorpusOptions: ParsableArguments {
    @Option(help: "Language of the articles: auto detects it per article (a record's \"lang\" wins).")
    var lang: LanguageChoice = .auto

    @Option(help: ArgumentHelp("Names of the files to read inside folders given as input (a shell glob).", valueName: "PATTERN"))
    var glob = "*.txt"

    @Flag(help: "Inputs are JSON Lines: one {\"id\", \"text\", \"date\", \"lang\", \"title\", \"url\"} object per line (only \"text\" is needed).")
    var jsonl = false

    @Option(help: ArgumentHelp("Keep only documents dated on or after this day; undated documents are left out.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Keep only documents dated on or before this day; undated documents are left out.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Keep at most N evidence sentences per relation (the first in document order); weights still count all.",
                               valueName: "N"))
    var maxEvidence: Int?

    @Option(help: ArgumentHelp("Documents extracted at once (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    @Flag(help: "No progress line on standard error, even on a terminal.")
    var quiet = false

    @Option(help: ArgumentHelp("A lexicon file adding actors and aliases (tab-separated kind, surface, key; see the README). Repeatable.",
                               valueName: "FILE"))
    var lexicon: [String] = []

    @Option(help: ArgumentHelp("Refuse an input (article, standard input, lexicon) or a JSON line larger than N bytes.", valueName: "N"))
    var maxInputBytes: Int = ArticleReader.defaultByteLimit

    /// `--jobs`, or one per core.
    var workers: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, let refusal = DocumentDate.refusal(value) { throw ValidationError("\(name) \(refusal)") }
        }
        if let maxEvidence, maxEvidence < 1 { throw ValidationError("--max-evidence takes a number of sentences, 1 or more") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of documents, 1 or more") }
        guard maxInputBytes >= 1 else { throw ValidationError("--max-input-bytes takes a number of bytes, 1 or more") }
    }

    /// The extractor, with the user's lexicons read once.
    func makeExtractor() throws -> Extractor {
        var combined = UserLexicon()
        for path in lexicon { combined.merge(try UserLexicon(contentsOf: path, byteLimit: maxInputBytes)) }
        return Extractor(language: lang.language, lexicon: combined, evidenceLimit: maxEvidence)
    }

    var filter: DateFilter {
        DateFilter(since: since.flatMap(DocumentDate.day), until: until.flatMap(DocumentDate.day))
    }

    /// The inputs, folders expanded; a file of a folder left out (a name that is not UTF-8) is told on standard error.
    func resolve(_ inputs: [String]) throws -> [CorpusInput] {
        try CorpusInput.resolve(inputs, glob: glob, jsonLines: jsonl, warn: warn)
    }

    /// Every file the run reads, lexicons included: no output may replace one.
    func files(_ resolved: [CorpusInput]) -> [String] {
        resolved.map(\.path) + lexicon
    }

    /// The documents of `resolved`, in order, through the date filter; with `datedOnly` (`--by`), only dated ones.
    func stream(_ resolved: [CorpusInput], datedOnly: Bool = false) -> DocumentStream {
        var filter = filter
        filter.datedOnly = datedOnly
        return DocumentStream(resolved, filter: filter, byteLimit: maxInputBytes)
    }

    /// Extracts every document on all cores and calls `handle` with each graph in input order.
    func extractEach(from resolved: [CorpusInput], _ handle: (RelationGraph) throws -> Void) throws {
        let stream = try extractDocuments(from: resolved) { _, graph in try handle(graph) }
        Self.reportLeftOut(stream)
    }

    /// Extracts every document on all cores, calling `handle` with each document and its graph in input order;
    /// returns the stream read, which counts what it left out.
    func extractDocuments(from resolved: [CorpusInput], datedOnly: Bool = false,
                          _ handle: (CorpusDocument, RelationGraph) throws -> Void) throws -> DocumentStream {
        var stream = stream(resolved, datedOnly: datedOnly)
        var progress = TerminalProgress(total: CorpusInput.documentCount(resolved), enabled: !quiet)
        defer { progress.finish() }
        try CorpusExtractor(extractor: try makeExtractor(), jobs: workers).run(&stream, progress: { progress.update(done: $0) },
                                                                                handle: handle)
        return stream
    }

    /// The graph of every dated document, one per period, read once.
    /// - Throws: `InputError.noDatedDocument` when no document is dated: there would be nothing to write.
    func extractPeriods(from resolved: [CorpusInput], by period: TimePeriod) throws -> PeriodGraphs {
        var periods = PeriodGraphs(by: period, evidenceLimit: maxEvidence)
        let stream = try extractDocuments(from: resolved, datedOnly: true) { document, graph in
            periods.add(graph, dated: document.date)
        }
        guard stream.delivered > 0 else { throw InputError.noDatedDocument(period: period.rawValue, undated: stream.undated) }
        Self.reportLeftOut(stream)
        return periods
    }

    /// What the run shows on standard error while it works: nothing with `--quiet` or off a terminal.
    var phaseProgress: PhaseProgress {
        PhaseProgress(enabled: !quiet)
    }

    /// One `relgraph: warning:` line on standard error for each kind of document the stream left out.
    static func reportLeftOut(_ stream: DocumentStream) {
        for entry in stream.leftOut { warn("warning: " + entry.commandLineMessage) }
    }

    /// The merged graph of every document.
    func extractGraph(from resolved: [CorpusInput]) throws -> RelationGraph {
        var graph = RelationGraph()
        try extractEach(from: resolved) { graph.merge($0, evidenceLimit: maxEvidence) }
        return graph
    }
}

import Foundation

/// Extracts a corpus on every core, handing back one graph per document in input order.
///
/// Documents are read on the calling thread in batches of a few per worker,
/// extracted concurrently (the extractor is pure and `Sendable`), and the
/// results are handed over in input order, so output never depends on
/// scheduling. Only one batch of texts is in memory at a time.
///
/// ```swift
/// var stream = DocumentStream(try CorpusInput.resolve(["articles/"]))
/// var graph = RelationGraph()
/// try CorpusExtractor(jobs: 4).run(&stream) { graph.merge($0) }
/// ```
public struct CorpusExtractor: Sendable {
    public var extractor: Extractor
    /// Worker threads; 1 extracts on the calling thread.
    public var jobs: Int
    /// Documents read ahead per worker: enough to keep cores busy, few enough to bound memory.
    public var documentsPerJob: Int

    public init(extractor: Extractor = Extractor(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                documentsPerJob: Int = 8) {
        self.extractor = extractor
        self.jobs = max(1, jobs)
        self.documentsPerJob = max(1, documentsPerJob)
    }

    /// Extracts every document of `stream`, calling `handle` with each graph in input order.
    /// - Parameters:
    ///   - progress: called on the calling thread with the number of documents done so far.
    /// - Throws: what reading the stream or `handle` throws; documents after the failure are not extracted.
    public func run(_ stream: inout DocumentStream, progress: (Int) -> Void = { _ in },
                    handle: (RelationGraph) throws -> Void) throws {
        try run(&stream, progress: progress) { (_: CorpusDocument, graph: RelationGraph) in try handle(graph) }
    }

    /// Extracts every document of `stream`, calling `handle` with each document and its graph in input order:
    /// for a caller that needs what the corpus says of the document (its day, to cut the corpus by period)
    /// even when the graph holds no relation to carry it.
    /// - Throws: what reading the stream or `handle` throws; documents after the failure are not extracted.
    public func run(_ stream: inout DocumentStream, progress: (Int) -> Void = { _ in },
                    handle: (CorpusDocument, RelationGraph) throws -> Void) throws {
        var done = 0
        var languages = CorpusLanguage()
        while true {
            var batch: [CorpusDocument] = []
            while batch.count < jobs * documentsPerJob, let document = try stream.next() {
                batch.append(document)
            }
            if batch.isEmpty { return }
            for (document, graph) in zip(batch, extract(batch, languages: &languages)) { try handle(document, graph) }
            done += batch.count
            progress(done)
        }
    }

    /// The graphs of `documents`, in their order.
    public func extract(_ documents: [CorpusDocument]) -> [RelationGraph] {
        var languages = CorpusLanguage()
        return extract(documents, languages: &languages)
    }

    /// The graphs of `documents`, in their order; a document whose words do not tell its language is read in
    /// the language of the documents before it (`CorpusLanguage`), which `languages` keeps across batches.
    ///
    /// Every document is first read with the corpus's language as the batch starts; the few unclear ones
    /// whose documents before them, in this batch, point to another language are read again.
    func extract(_ documents: [CorpusDocument], languages: inout CorpusLanguage) -> [RelationGraph] {
        var first = extractor
        first.corpusLanguage = languages.language ?? extractor.corpusLanguage
        // One document alone leaves the other cores to its sentences.
        if documents.count == 1 { first.sentenceThreads = jobs }
        let reader = first
        var results = map(documents) { reader.extractWithLanguage($0) }
        var unclear: [(index: Int, language: Language)] = []
        for index in results.indices {
            let decision = results[index].language
            let corpusLanguage = languages.language ?? extractor.corpusLanguage ?? .en
            if !decision.isCertain, decision.language != corpusLanguage { unclear.append((index, corpusLanguage)) }
            languages.record(decision)
        }
        let extractor = extractor
        let again = map(unclear) { item in
            var reader = extractor
            reader.corpusLanguage = item.language
            return reader.extractWithLanguage(documents[item.index])
        }
        for (item, result) in zip(unclear, again) { results[item.index] = result }
        return results.map(\.graph)
    }

    /// `transform` applied to every item on `jobs` threads, results in the items' order.
    private func map<Item: Sendable, Value: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Value) -> [Value] {
        parallelMap(items, threads: jobs, transform)
    }
}

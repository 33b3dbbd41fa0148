import Foundation
import Synchronization

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
        var done = 0
        while true {
            var batch: [CorpusDocument] = []
            while batch.count < jobs * documentsPerJob, let document = try stream.next() {
                batch.append(document)
            }
            if batch.isEmpty { return }
            for graph in extract(batch) { try handle(graph) }
            done += batch.count
            progress(done)
        }
    }

    /// The graphs of `documents`, in their order.
    public func extract(_ documents: [CorpusDocument]) -> [RelationGraph] {
        if jobs == 1 || documents.count == 1 { return documents.map(extractor.extract) }
        let slots = Slots(count: documents.count)
        let counter = Counter()
        let extractor = extractor
        DispatchQueue.concurrentPerform(iterations: min(jobs, documents.count)) { _ in
            while case let index = counter.next(), index < documents.count {
                slots.store(extractor.extract(documents[index]), at: index)
            }
        }
        return slots.values()
    }
}

/// Hands out indexes to workers, each once.
private final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}

/// One result slot per document. Each worker writes only the slots of the
/// indexes the `Counter` gave it, so no two threads touch the same memory;
/// `concurrentPerform` returns only after every write.
private final class Slots: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<RelationGraph>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: RelationGraph())
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ graph: RelationGraph, at index: Int) {
        buffer[index] = graph
    }

    func values() -> [RelationGraph] {
        Array(buffer)
    }
}

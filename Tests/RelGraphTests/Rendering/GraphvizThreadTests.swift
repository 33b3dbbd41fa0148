import Foundation
import Synchronization
import Testing
@testable import RelGraph

/// GraphvizThread: every call runs on one thread, whoever calls, in turn; results and errors come back.
@Suite("GraphvizThread")
struct GraphvizThreadTests {
    private struct Refused: Error, Equatable {}

    @Test("calls from many threads all run on the same thread, one at a time")
    func oneThread() {
        let worker = GraphvizThread()
        let names = Mutex<Set<String>>([])
        let inside = Atomic<Int>(0)
        let overlaps = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let value = try? worker.run { () -> Int in
                if inside.add(1, ordering: .relaxed).newValue > 1 { overlaps.add(1, ordering: .relaxed) }
                defer { inside.subtract(1, ordering: .relaxed) }
                names.withLock { _ = $0.insert("\(Unmanaged.passUnretained(Thread.current).toOpaque())") }
                return index * 2
            }
            #expect(value == index * 2)
        }
        #expect(names.withLock { $0.count } == 1)
        #expect(overlaps.load(ordering: .relaxed) == 0)
        let caller = "\(Unmanaged.passUnretained(Thread.current).toOpaque())"
        #expect(names.withLock { !$0.contains(caller) })
    }

    @Test("errors thrown on the thread reach the caller; a call from the thread itself runs at once")
    func errorsAndReentry() throws {
        let worker = GraphvizThread()
        #expect(throws: Refused.self) { try worker.run { throw Refused() } }
        let nested = try worker.run { try worker.run { 42 } }
        #expect(nested == 42)
    }

    @Test("a job queued without waiting runs before the next call")
    func enqueueRunsInOrder() throws {
        let worker = GraphvizThread()
        let log = Mutex<[String]>([])
        worker.enqueue { log.withLock { $0.append("warm-up") } }
        try worker.run { log.withLock { $0.append("render") } }
        #expect(log.withLock { $0 } == ["warm-up", "render"])
    }
}

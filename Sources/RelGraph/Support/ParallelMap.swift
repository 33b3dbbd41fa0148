import Foundation
import Synchronization

/// `transform` applied to every item on up to `threads` threads, the results in the items' order.
///
/// Each worker takes the next index from a shared counter and writes only that index's slot, so no two threads
/// touch the same memory; `concurrentPerform` returns only after every write. One thread, or one item, runs on
/// the calling thread.
func parallelMap<Item: Sendable, Value: Sendable>(_ items: [Item], threads: Int,
                                                  _ transform: @escaping @Sendable (Item) -> Value) -> [Value] {
    if threads <= 1 || items.count <= 1 { return items.map(transform) }
    let slots = Slots<Value>(count: items.count)
    let counter = Counter()
    DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
        while case let index = counter.next(), index < items.count {
            slots.store(transform(items[index]), at: index)
        }
    }
    return slots.values()
}

/// Hands out indexes to workers, each once.
private final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}

/// One result slot per item, written by the one worker the `Counter` gave its index to.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        buffer[index] = value
    }

    /// Every slot's value; `concurrentPerform` has filled them all.
    func values() -> [Value] {
        buffer.compactMap { $0 }
    }
}

import Testing
@testable import RelGraph

/// parallelMap: results in the items' order, whatever the threads.
@Suite("parallelMap")
struct ParallelMapTests {
    @Test(arguments: [1, 2, 8])
    func keepsTheItemsOrder(threads: Int) {
        let items = Array(0..<1_000)
        #expect(parallelMap(items, threads: threads) { $0 * $0 } == items.map { $0 * $0 })
    }

    @Test func mapsNothingToNothing() {
        #expect(parallelMap([Int](), threads: 4) { $0 }.isEmpty)
    }
}

import Testing
@testable import RelGraph

/// Array.filled: the table `Array(repeating:count:)` makes, built through the specialized path.
@Suite("Array.filled")
struct ArrayFilledTests {
    @Test func makesWhatRepeatingMakes() {
        for count in [0, 1, 2, 7, 40, 300] {
            #expect([Bool].filled(with: false, count: count) == [Bool](repeating: false, count: count))
            #expect([Int?].filled(with: nil, count: count) == [Int?](repeating: nil, count: count))
            #expect([Int].filled(with: 3, count: count) == [Int](repeating: 3, count: count))
            #expect([[String]?].filled(with: ["a"], count: count) == [[String]?](repeating: ["a"], count: count))
        }
    }
}

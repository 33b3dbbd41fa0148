import Testing
@testable import RelGraph

/// TokenMask: token indices kept as flags.
@Suite("TokenMask")
struct TokenMaskTests {
    @Test func coversTheGivenRanges() {
        let mask = TokenMask([3..<5, 8..<9])
        #expect([3, 4, 8].allSatisfy(mask.contains))
        #expect(![0, 2, 5, 7, 9, 100, -1].contains(where: mask.contains))
    }

    @Test func growsWhenAnInsertFallsOutsideItsRoom() {
        var mask = TokenMask(room: 10..<20)
        #expect(!mask.contains(10))
        mask.insert(12..<14)
        mask.insert(5..<7)
        mask.insert(19..<23)
        mask.insert(30..<30)
        for index in [5, 6, 12, 13, 19, 20, 21, 22] { #expect(mask.contains(index)) }
        for index in [4, 7, 11, 14, 18, 23, 30] { #expect(!mask.contains(index)) }
    }

    @Test func emptyMaskContainsNothing() {
        #expect(!TokenMask([]).contains(0))
    }
}

import Testing
@testable import RelGraph

/// ArcHybrid: the dynamic oracle's costs lead back to the gold tree from the start and after mistakes.
@Suite("ArcHybrid")
struct ArcHybridTests {
    /// "Ghana and Togo decided to expel the envoy ." — heads with the root as 9.
    private let gold = [3, 2, 0, 9, 5, 3, 7, 5, 3]

    private func follow(_ state: inout ArcHybrid) {
        while !state.isTerminal {
            let move = ArcHybrid.Move.allCases.filter(state.isValid).min { state.cost(of: $0, gold: gold) < state.cost(of: $1, gold: gold) }!
            state.apply(move)
        }
    }

    @Test func zeroCostMovesBuildTheGoldTree() {
        var state = ArcHybrid(count: gold.count)
        follow(&state)
        #expect(state.heads == gold)
    }

    @Test func costCountsTheArcsAMistakeLoses() {
        var state = ArcHybrid(count: gold.count)
        state.apply(.shift) // Ghana
        state.apply(.shift) // and
        // "Togo", the buffer's front, is the gold head of "and": LEFT is right.
        #expect(state.cost(of: .left, gold: gold) == 0)
        // "and" attached to "Ghana" loses its own head.
        #expect(state.cost(of: .right, gold: gold) == 1)
    }

    @Test func afterAMistakeTheOracleStillFindsEveryOtherArc() {
        var state = ArcHybrid(count: gold.count)
        state.apply(.shift)
        state.apply(.shift)
        state.apply(.right) // "and" wrongly under "Ghana"
        follow(&state)
        let right = zip(state.heads, gold).filter { $0 == $1 }.count
        #expect(right == gold.count - 1)
    }

    @Test func exactlyOneWordAttachesToTheRoot() {
        var state = ArcHybrid(count: 4)
        while !state.isTerminal { state.apply(state.isValid(.shift) ? .shift : state.isValid(.right) ? .right : .left) }
        #expect(state.heads.filter { $0 == 4 }.count == 1)
    }

    @Test("A move is forced exactly when it is the only valid one, at every state of a parse")
    func forcedMoveIsTheOnlyValidMove() {
        // Every state along the gold parse and along a parse that only ever shifts, then attaches.
        for moves in [nil, [ArcHybrid.Move](repeating: .shift, count: gold.count)] {
            var state = ArcHybrid(count: gold.count)
            var script = moves ?? []
            while !state.isTerminal {
                let valid = ArcHybrid.Move.allCases.filter(state.isValid)
                #expect(state.forcedMove == (valid.count == 1 ? valid[0] : nil))
                let move = script.isEmpty
                    ? (moves == nil ? valid.min { state.cost(of: $0, gold: gold) < state.cost(of: $1, gold: gold) }! : valid.last!)
                    : script.removeFirst()
                state.apply(move)
            }
            #expect(state.forcedMove == nil)
        }
        var fresh = ArcHybrid(count: 3)
        #expect(fresh.forcedMove == .shift, "nothing on the stack: only SHIFT")
        fresh.apply(.shift)
        #expect(fresh.forcedMove == nil, "a word on the stack and one in the buffer: a choice")
    }
}

/// Finds the unlabelled dependency tree of a tagged sentence: greedy arc-hybrid transitions chosen by an
/// averaged perceptron over the words and tags of the stack, the buffer and the dependents found so far.
///
/// The feature set follows Zhang and Nivre (2011): single positions, pairs and triples of the top of
/// the stack and the front of the buffer, their distance, their numbers of dependents and their outermost
/// dependents.
struct DependencyParser: Sendable {
    let weights: WeightTable

    /// The head of each word, `words.count` for the root.
    func parse(_ words: [WordAtoms], tags: [Int]) -> [Int] {
        var state = ArcHybrid(count: words.count)
        let atoms = NodeAtoms(words: words, tags: tags)
        var features = [UInt64](repeating: 0, count: Self.featureCount)
        var scores = [Int32](repeating: 0, count: ArcHybrid.Move.allCases.count)
        while !state.isTerminal {
            Self.features(of: state, atoms: atoms, into: &features)
            for index in scores.indices { scores[index] = 0 }
            scores.withUnsafeMutableBufferPointer { buffer in
                weights.addWeights(of: features, to: buffer)
            }
            state.apply(Self.best(scores, state: state))
        }
        return state.heads
    }

    /// The valid move with the highest score; SHIFT when none is valid, which only a finished state has.
    /// Runs at every move, so it allocates nothing.
    static func best<Score: Comparable>(_ scores: [Score], state: ArcHybrid) -> ArcHybrid.Move {
        var best = ArcHybrid.Move.shift
        var found = false
        for move in ArcHybrid.Move.allCases where state.isValid(move) {
            if !found || scores[move.rawValue] > scores[best.rawValue] { best = move }
            found = true
        }
        return best
    }

    /// Per-word atoms with two extra nodes: the root at `count` and "no word" at `count + 1`.
    struct NodeAtoms {
        var word: [UInt64]
        var tag: [UInt64]
        var wordTag: [UInt64]
        var suffix: [UInt64]
        /// Per word, how many words before it are punctuation: the count between two words is a subtraction.
        var punctuationBefore: [Int]
        let none: Int

        init(words: [WordAtoms], tags: [Int]) {
            word = words.map(\.form) + [FeatureHash.number(-10), FeatureHash.number(-11)]
            tag = tags.map { FeatureHash.number($0) } + [FeatureHash.number(-10), FeatureHash.number(-11)]
            wordTag = zip(word, tag).map { FeatureHash.feature(1000, $0, $1) }
            suffix = words.map(\.suffixes.2) + [FeatureHash.number(-10), FeatureHash.number(-11)]
            var count = 0
            punctuationBefore = words.map { word in
                defer { if word.isPunctuation { count += 1 } }
                return count
            } + [count, count]
            none = words.count + 1
        }
    }

    static let featureCount = 74

    /// Distance between two words in buckets: 1, 2, 3, 4, 5–6, 7–9, 10 and more.
    @inline(__always)
    static func distanceBucket(_ distance: Int) -> UInt64 {
        FeatureHash.number(distance <= 4 ? distance : distance <= 6 ? 5 : distance <= 9 ? 6 : 7)
    }

    static func features(of state: ArcHybrid, atoms: NodeAtoms, into f: inout [UInt64]) {
        let none = atoms.none
        let stack = state.stack
        let s0 = stack.count > 0 ? stack[stack.count - 1] : none
        let s1 = stack.count > 1 ? stack[stack.count - 2] : none
        let s2 = stack.count > 2 ? stack[stack.count - 3] : none
        let b0 = state.front
        let b1 = b0 < state.count ? b0 + 1 : none
        let b2 = b0 + 1 < state.count ? b0 + 2 : none
        func child(_ list: [Int], _ node: Int) -> Int {
            node < none && list[node] >= 0 ? list[node] : none
        }
        let s0l = child(state.leftmost, s0), s0l2 = child(state.secondLeftmost, s0)
        let s0r = child(state.rightmost, s0), s0r2 = child(state.secondRightmost, s0)
        let s1l = child(state.leftmost, s1), s1r = child(state.rightmost, s1)
        let b0l = child(state.leftmost, b0), b0l2 = child(state.secondLeftmost, b0)
        let w = atoms.word, t = atoms.tag, wt = atoms.wordTag
        let distance = s0 < none ? distanceBucket(b0 - s0) : FeatureHash.number(-1)
        let stackDistance = s1 < none ? distanceBucket(s0 - s1) : FeatureHash.number(-1)
        func valency(_ counts: [Int], _ node: Int) -> UInt64 { FeatureHash.number(node < none ? counts[node] : -1) }
        let s0vl = valency(state.leftCount, s0), s0vr = valency(state.rightCount, s0)
        let s1vr = valency(state.rightCount, s1), b0vl = valency(state.leftCount, b0)
        f[0] = FeatureHash.feature(1, w[s0])
        f[1] = FeatureHash.feature(2, t[s0])
        f[2] = FeatureHash.feature(3, wt[s0])
        f[3] = FeatureHash.feature(4, w[s1])
        f[4] = FeatureHash.feature(5, t[s1])
        f[5] = FeatureHash.feature(6, wt[s1])
        f[6] = FeatureHash.feature(7, w[b0])
        f[7] = FeatureHash.feature(8, t[b0])
        f[8] = FeatureHash.feature(9, wt[b0])
        f[9] = FeatureHash.feature(10, w[b1])
        f[10] = FeatureHash.feature(11, t[b1])
        f[11] = FeatureHash.feature(12, wt[b1])
        f[12] = FeatureHash.feature(13, t[b2])
        f[13] = FeatureHash.feature(14, w[b2])
        f[14] = FeatureHash.feature(15, wt[s0], wt[b0])
        f[15] = FeatureHash.feature(16, wt[s0], w[b0])
        f[16] = FeatureHash.feature(17, w[s0], wt[b0])
        f[17] = FeatureHash.feature(18, wt[s0], t[b0])
        f[18] = FeatureHash.feature(19, t[s0], wt[b0])
        f[19] = FeatureHash.feature(20, w[s0], w[b0])
        f[20] = FeatureHash.feature(21, t[s0], t[b0])
        f[21] = FeatureHash.feature(22, t[b0], t[b1])
        f[22] = FeatureHash.feature(23, t[s1], t[s0])
        f[23] = FeatureHash.feature(24, w[s1], w[s0])
        f[24] = FeatureHash.feature(25, wt[s1], t[s0])
        f[25] = FeatureHash.feature(26, t[s1], wt[s0])
        f[26] = FeatureHash.feature(27, t[b0], t[b1], t[b2])
        f[27] = FeatureHash.feature(28, t[s0], t[b0], t[b1])
        f[28] = FeatureHash.feature(29, t[s1], t[s0], t[b0])
        f[29] = FeatureHash.feature(30, t[s0], t[s0l], t[b0])
        f[30] = FeatureHash.feature(31, t[s0], t[s0r], t[b0])
        f[31] = FeatureHash.feature(32, t[s0], t[b0], t[b0l])
        f[32] = FeatureHash.feature(33, t[s1], t[s1r], t[s0])
        f[33] = FeatureHash.feature(34, t[s1], t[s0], t[s0r])
        f[34] = FeatureHash.feature(35, t[s1], t[s1l], t[s0])
        f[35] = FeatureHash.feature(36, t[s2], t[s1], t[s0])
        f[36] = FeatureHash.feature(37, t[s1], t[s0], t[s0l])
        f[37] = FeatureHash.feature(38, w[s0], distance)
        f[38] = FeatureHash.feature(39, t[s0], distance)
        f[39] = FeatureHash.feature(40, w[b0], distance)
        f[40] = FeatureHash.feature(41, t[b0], distance)
        f[41] = FeatureHash.feature(42, w[s0], w[b0], distance)
        f[42] = FeatureHash.feature(43, t[s0], t[b0], distance)
        f[43] = FeatureHash.feature(44, w[s0], s0vr)
        f[44] = FeatureHash.feature(45, t[s0], s0vr)
        f[45] = FeatureHash.feature(46, w[s0], s0vl)
        f[46] = FeatureHash.feature(47, t[s0], s0vl)
        f[47] = FeatureHash.feature(48, w[s1], s1vr)
        f[48] = FeatureHash.feature(49, t[s1], s1vr)
        f[49] = FeatureHash.feature(50, w[b0], b0vl)
        f[50] = FeatureHash.feature(51, t[b0], b0vl)
        f[51] = FeatureHash.feature(52, w[s0l])
        f[52] = FeatureHash.feature(53, t[s0l])
        f[53] = FeatureHash.feature(54, w[s0r])
        f[54] = FeatureHash.feature(55, t[s0r])
        f[55] = FeatureHash.feature(56, t[s0l2])
        f[56] = FeatureHash.feature(57, t[s0r2])
        f[57] = FeatureHash.feature(58, t[s1l])
        f[58] = FeatureHash.feature(59, w[s1r])
        f[59] = FeatureHash.feature(60, t[s1r])
        f[60] = FeatureHash.feature(61, w[b0l])
        f[61] = FeatureHash.feature(62, t[b0l])
        f[62] = FeatureHash.feature(63, t[s0], t[s0l], t[s0l2])
        f[63] = FeatureHash.feature(64, t[s0], t[s0r], t[s0r2])
        f[64] = FeatureHash.feature(65, t[b0], t[b0l], t[b0l2])
        f[65] = FeatureHash.feature(66, t[s1], t[s0], stackDistance)
        // The two candidate heads of the stack's top, the word below it and the buffer's front, side by side.
        f[66] = FeatureHash.feature(67, t[s1], t[s0], w[b0])
        f[67] = FeatureHash.feature(68, w[s1], t[s0], t[b0])
        f[68] = FeatureHash.feature(69, t[s1], w[s0], t[b0])
        f[69] = FeatureHash.feature(70, wt[s1], t[b0])
        // Suffixes stand in for words too rare to have weights of their own.
        f[70] = FeatureHash.feature(71, atoms.suffix[s0], t[s0], t[b0])
        f[71] = FeatureHash.feature(72, t[s0], atoms.suffix[b0], t[b0])
        // Punctuation between the top and the front: a comma or a bracket between two words seldom lies
        // inside the phrase that joins them.
        let between = s0 < none ? min(atoms.punctuationBefore[b0] - atoms.punctuationBefore[s0], 2) : -1
        f[72] = FeatureHash.feature(73, t[s0], t[b0], FeatureHash.number(between))
        let stackBetween = s1 < none ? min(atoms.punctuationBefore[s0] - atoms.punctuationBefore[s1], 2) : -1
        f[73] = FeatureHash.feature(74, t[s1], t[s0], FeatureHash.number(stackBetween))
    }
}

/// Finds the unlabelled dependency tree of a tagged sentence: greedy arc-hybrid transitions chosen by an
/// averaged perceptron over the words and tags of the stack, the buffer and the dependents found so far.
///
/// The feature set starts from Zhang and Nivre (2011): single positions, pairs and triples of the top of
/// the stack and the front of the buffer, their distance, their numbers of dependents and their outermost
/// dependents.
///
/// Features that read only the buffer's first three words, only the stack's top or only the word below it
/// (`FixedScores`: 16 of the 74) are scored once per word before parsing, not at every move that reads them
/// again: a move looks up the other 58. The sums are of the same integer weights, so the parse is the one that
/// looking up all 74 at every move finds, as training does.
struct DependencyParser: Sendable {
    let weights: WeightTable

    /// The head of each word, `words.count` for the root.
    ///
    /// The table is dense: SHIFT scores zero and the other moves score relative to it. A move the state forces
    /// (SHIFT onto an empty stack, the last attachments once only the root is left) is made without scoring.
    func parse(_ words: [WordAtoms], tags: [Int]) -> [Int] {
        var state = ArcHybrid(count: words.count)
        let atoms = NodeAtoms(words: words, tags: tags)
        let fixed = FixedScores(weights: weights, atoms: atoms, count: words.count)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.stateFeatureCount) { features in
            while !state.isTerminal {
                if let forced = state.forcedMove {
                    state.apply(forced)
                    continue
                }
                let window = state.window(none: atoms.none)
                Self.stateFeatures(of: window, atoms: atoms, into: features)
                let (stateLeft, stateRight) = weights.denseScores(of: features)
                let (fixedLeft, fixedRight) = fixed.scores(of: window)
                let (left, right) = (stateLeft &+ fixedLeft, stateRight &+ fixedRight)
                state.apply(Self.best(state: state) { move -> Int32 in
                    switch move {
                    case .shift: 0
                    case .left: left
                    case .right: right
                    }
                })
            }
            return state.heads
        }
    }

    /// The valid move with the highest score; SHIFT when none is valid, which only a finished state has.
    /// Runs at every move, so it allocates nothing.
    @inline(__always)
    static func best<Score: Comparable>(state: ArcHybrid, score: (ArcHybrid.Move) -> Score) -> ArcHybrid.Move {
        var best = ArcHybrid.Move.shift
        var bestScore: Score?
        for move in ArcHybrid.Move.allCases where state.isValid(move) {
            let value = score(move)
            if bestScore.map({ value > $0 }) ?? true {
                best = move
                bestScore = value
            }
        }
        return best
    }

    /// Per-word atoms with two extra nodes: the root at `count` and "no word" at `count + 1`.
    struct NodeAtoms {
        struct Node {
            var word: UInt64
            var tag: UInt64
            var wordTag: UInt64
            var suffix: UInt64
            /// How many words before this one are punctuation: the count between two words is a subtraction.
            var punctuationBefore: Int
        }

        /// One per node, kept together so that a feature's node is read in one access.
        var nodes: [Node]
        let none: Int

        init(words: [WordAtoms], tags: [Int]) {
            nodes = []
            nodes.reserveCapacity(words.count + 2)
            var punctuation = 0
            for (word, tag) in zip(words, tags) {
                let tagAtom = FeatureHash.number(tag)
                nodes.append(Node(word: word.form, tag: tagAtom, wordTag: FeatureHash.feature(1000, word.form, tagAtom),
                                  suffix: word.suffixes.2, punctuationBefore: punctuation))
                if word.isPunctuation { punctuation += 1 }
            }
            for marker in [-10, -11] {
                let atom = FeatureHash.number(marker)
                nodes.append(Node(word: atom, tag: atom, wordTag: FeatureHash.feature(1000, atom, atom), suffix: atom,
                                  punctuationBefore: punctuation))
            }
            none = words.count + 1
        }

        /// The buffer's front three nodes when `front` is its first word: `none` past the root, as `ArcHybrid.window`
        /// gives them.
        func buffer(front: Int, count: Int) -> (Node, Node, Node) {
            (nodes[front], nodes[front < count ? front + 1 : none], nodes[front + 1 < count ? front + 2 : none])
        }
    }

    /// The scores of the features that read one fixed part of the state, per word: those of the buffer's first three
    /// words when a word is the front (a word stays the front while the words before it are attached to it), those of
    /// the stack's top and of the word below it. Each word is scored once in each part, instead of at every move.
    /// Sums of the same integer weights, so a parse is the one scoring every feature at every move gives.
    struct FixedScores {
        /// Per word as the buffer's front, as the stack's top, and per node (`none` included) as the word below the top.
        private var front: [(Int32, Int32)]
        private var top: [(Int32, Int32)]
        private var below: [(Int32, Int32)]

        init(weights: WeightTable, atoms: NodeAtoms, count: Int) {
            front = []
            top = []
            below = []
            front.reserveCapacity(count)
            top.reserveCapacity(count)
            below.reserveCapacity(count + 2)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: DependencyParser.frontFeatureCount) { features in
                for word in 0..<count {
                    let (b0, b1, b2) = atoms.buffer(front: word, count: count)
                    DependencyParser.frontFeatures(b0: b0, b1: b1, b2: b2, into: features)
                    front.append(weights.denseScores(of: features))
                }
            }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: DependencyParser.topFeatureCount) { features in
                for word in 0..<count {
                    DependencyParser.topFeatures(s0: atoms.nodes[word], into: features)
                    top.append(weights.denseScores(of: features))
                }
            }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: DependencyParser.belowFeatureCount) { features in
                for node in atoms.nodes {
                    DependencyParser.belowFeatures(s1: node, into: features)
                    below.append(weights.denseScores(of: features))
                }
            }
        }

        /// The fixed parts' scores of a state whose stack is not empty and whose front is a word.
        @inline(__always)
        func scores(of window: ArcHybrid.Window) -> (Int32, Int32) {
            let (b0, s0, s1) = (front[window.b0], top[window.s0], below[window.s1])
            return (b0.0 &+ s0.0 &+ s1.0, b0.1 &+ s0.1 &+ s1.1)
        }
    }

    /// Distance between two words in buckets: 1, 2, 3, 4, 5–6, 7–9, 10 and more.
    @inline(__always)
    static func distanceBucket(_ distance: Int) -> UInt64 {
        FeatureHash.number(distance <= 4 ? distance : distance <= 6 ? 5 : distance <= 9 ? 6 : 7)
    }

    static let frontFeatureCount = 10
    static let topFeatureCount = 3
    static let belowFeatureCount = 3
    static let stateFeatureCount = 58
    /// Every feature of a state: what training scores and updates.
    static let featureCount = 74

    /// Every feature of `state`, as training reads them: the parts `FixedScores` scores once per word, then the
    /// state's own. A weight is found by its feature's hash and training sums whole-number weights, so the order of
    /// the parts changes no weight.
    static func features(of state: ArcHybrid, atoms: NodeAtoms, into f: UnsafeMutableBufferPointer<UInt64>) {
        let window = state.window(none: atoms.none)
        let nodes = atoms.nodes
        let below = topFeatureCount, front = below + belowFeatureCount, rest = front + frontFeatureCount
        topFeatures(s0: nodes[window.s0], into: UnsafeMutableBufferPointer(rebasing: f[0..<below]))
        belowFeatures(s1: nodes[window.s1], into: UnsafeMutableBufferPointer(rebasing: f[below..<front]))
        frontFeatures(b0: nodes[window.b0], b1: nodes[window.b1], b2: nodes[window.b2],
                      into: UnsafeMutableBufferPointer(rebasing: f[front..<rest]))
        stateFeatures(of: window, atoms: atoms, into: UnsafeMutableBufferPointer(rebasing: f[rest..<featureCount]))
    }

    // The template numbers salt the features' hashes: each template keeps its number wherever it is written.

    /// The buffer's first three words alone.
    @inline(__always)
    static func frontFeatures(b0: NodeAtoms.Node, b1: NodeAtoms.Node, b2: NodeAtoms.Node, into f: UnsafeMutableBufferPointer<UInt64>) {
        f[0] = FeatureHash.feature(7, b0.word)
        f[1] = FeatureHash.feature(8, b0.tag)
        f[2] = FeatureHash.feature(9, b0.wordTag)
        f[3] = FeatureHash.feature(10, b1.word)
        f[4] = FeatureHash.feature(11, b1.tag)
        f[5] = FeatureHash.feature(12, b1.wordTag)
        f[6] = FeatureHash.feature(13, b2.tag)
        f[7] = FeatureHash.feature(14, b2.word)
        f[8] = FeatureHash.feature(22, b0.tag, b1.tag)
        f[9] = FeatureHash.feature(27, b0.tag, b1.tag, b2.tag)
    }

    /// The stack's top alone.
    @inline(__always)
    static func topFeatures(s0: NodeAtoms.Node, into f: UnsafeMutableBufferPointer<UInt64>) {
        f[0] = FeatureHash.feature(1, s0.word)
        f[1] = FeatureHash.feature(2, s0.tag)
        f[2] = FeatureHash.feature(3, s0.wordTag)
    }

    /// The word below the stack's top alone.
    @inline(__always)
    static func belowFeatures(s1: NodeAtoms.Node, into f: UnsafeMutableBufferPointer<UInt64>) {
        f[0] = FeatureHash.feature(4, s1.word)
        f[1] = FeatureHash.feature(5, s1.tag)
        f[2] = FeatureHash.feature(6, s1.wordTag)
    }

    /// The features that read several parts of the state, or the dependents found so far.
    static func stateFeatures(of window: ArcHybrid.Window, atoms: NodeAtoms, into f: UnsafeMutableBufferPointer<UInt64>) {
        let none = atoms.none
        let s0 = atoms.nodes[window.s0], s1 = atoms.nodes[window.s1], s2 = atoms.nodes[window.s2]
        let b0 = atoms.nodes[window.b0], b1 = atoms.nodes[window.b1]
        let s0l = atoms.nodes[window.s0l], s0l2 = atoms.nodes[window.s0l2], s0r = atoms.nodes[window.s0r], s0r2 = atoms.nodes[window.s0r2]
        let s1l = atoms.nodes[window.s1l], s1r = atoms.nodes[window.s1r], b0l = atoms.nodes[window.b0l], b0l2 = atoms.nodes[window.b0l2]
        let hasS0 = window.s0 < none, hasS1 = window.s1 < none
        let distance = hasS0 ? distanceBucket(window.b0 - window.s0) : FeatureHash.number(-1)
        let stackDistance = hasS1 ? distanceBucket(window.s0 - window.s1) : FeatureHash.number(-1)
        let s0vl = FeatureHash.number(window.s0LeftCount), s0vr = FeatureHash.number(window.s0RightCount)
        let s1vr = FeatureHash.number(window.s1RightCount), b0vl = FeatureHash.number(window.b0LeftCount)
        let between = hasS0 ? min(b0.punctuationBefore - s0.punctuationBefore, 2) : -1
        let stackBetween = hasS1 ? min(s0.punctuationBefore - s1.punctuationBefore, 2) : -1
        f[0] = FeatureHash.feature(15, s0.wordTag, b0.wordTag)
        f[1] = FeatureHash.feature(16, s0.wordTag, b0.word)
        f[2] = FeatureHash.feature(17, s0.word, b0.wordTag)
        f[3] = FeatureHash.feature(18, s0.wordTag, b0.tag)
        f[4] = FeatureHash.feature(19, s0.tag, b0.wordTag)
        f[5] = FeatureHash.feature(20, s0.word, b0.word)
        f[6] = FeatureHash.feature(21, s0.tag, b0.tag)
        f[7] = FeatureHash.feature(23, s1.tag, s0.tag)
        f[8] = FeatureHash.feature(24, s1.word, s0.word)
        f[9] = FeatureHash.feature(25, s1.wordTag, s0.tag)
        f[10] = FeatureHash.feature(26, s1.tag, s0.wordTag)
        f[11] = FeatureHash.feature(28, s0.tag, b0.tag, b1.tag)
        f[12] = FeatureHash.feature(29, s1.tag, s0.tag, b0.tag)
        f[13] = FeatureHash.feature(30, s0.tag, s0l.tag, b0.tag)
        f[14] = FeatureHash.feature(31, s0.tag, s0r.tag, b0.tag)
        f[15] = FeatureHash.feature(32, s0.tag, b0.tag, b0l.tag)
        f[16] = FeatureHash.feature(33, s1.tag, s1r.tag, s0.tag)
        f[17] = FeatureHash.feature(34, s1.tag, s0.tag, s0r.tag)
        f[18] = FeatureHash.feature(35, s1.tag, s1l.tag, s0.tag)
        f[19] = FeatureHash.feature(36, s2.tag, s1.tag, s0.tag)
        f[20] = FeatureHash.feature(37, s1.tag, s0.tag, s0l.tag)
        f[21] = FeatureHash.feature(38, s0.word, distance)
        f[22] = FeatureHash.feature(39, s0.tag, distance)
        f[23] = FeatureHash.feature(40, b0.word, distance)
        f[24] = FeatureHash.feature(41, b0.tag, distance)
        f[25] = FeatureHash.feature(42, s0.word, b0.word, distance)
        f[26] = FeatureHash.feature(43, s0.tag, b0.tag, distance)
        f[27] = FeatureHash.feature(44, s0.word, s0vr)
        f[28] = FeatureHash.feature(45, s0.tag, s0vr)
        f[29] = FeatureHash.feature(46, s0.word, s0vl)
        f[30] = FeatureHash.feature(47, s0.tag, s0vl)
        f[31] = FeatureHash.feature(48, s1.word, s1vr)
        f[32] = FeatureHash.feature(49, s1.tag, s1vr)
        f[33] = FeatureHash.feature(50, b0.word, b0vl)
        f[34] = FeatureHash.feature(51, b0.tag, b0vl)
        f[35] = FeatureHash.feature(52, s0l.word)
        f[36] = FeatureHash.feature(53, s0l.tag)
        f[37] = FeatureHash.feature(54, s0r.word)
        f[38] = FeatureHash.feature(55, s0r.tag)
        f[39] = FeatureHash.feature(56, s0l2.tag)
        f[40] = FeatureHash.feature(57, s0r2.tag)
        f[41] = FeatureHash.feature(58, s1l.tag)
        f[42] = FeatureHash.feature(59, s1r.word)
        f[43] = FeatureHash.feature(60, s1r.tag)
        f[44] = FeatureHash.feature(61, b0l.word)
        f[45] = FeatureHash.feature(62, b0l.tag)
        f[46] = FeatureHash.feature(63, s0.tag, s0l.tag, s0l2.tag)
        f[47] = FeatureHash.feature(64, s0.tag, s0r.tag, s0r2.tag)
        f[48] = FeatureHash.feature(65, b0.tag, b0l.tag, b0l2.tag)
        f[49] = FeatureHash.feature(66, s1.tag, s0.tag, stackDistance)
        f[50] = FeatureHash.feature(67, s1.tag, s0.tag, b0.word)
        f[51] = FeatureHash.feature(68, s1.word, s0.tag, b0.tag)
        f[52] = FeatureHash.feature(69, s1.tag, s0.word, b0.tag)
        f[53] = FeatureHash.feature(70, s1.wordTag, b0.tag)
        f[54] = FeatureHash.feature(71, s0.suffix, s0.tag, b0.tag)
        f[55] = FeatureHash.feature(72, s0.tag, b0.suffix, b0.tag)
        f[56] = FeatureHash.feature(73, s0.tag, b0.tag, FeatureHash.number(between))
        f[57] = FeatureHash.feature(74, s1.tag, s0.tag, FeatureHash.number(stackBetween))
    }
}

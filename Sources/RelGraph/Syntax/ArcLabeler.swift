/// Names the relation of each arc of a parsed sentence ("nsubj", "obl", "nmod"): an averaged perceptron
/// over the dependent, its head, their direction and distance, the function words attached to either,
/// and the relation already given to the nearest dependent before it on the same side.
///
/// Labelling after parsing, rather than inside the transitions, keeps the parser's classifier to three
/// moves and lets the labeller read the whole tree: the preposition under a noun, the auxiliary under
/// its head.
///
/// Punctuation is "punct" in every treebank trained on, wherever it hangs, and the trained labeller says so too:
/// a word tagged PUNCT (one word in eight) is given it without scoring.
struct ArcLabeler: Sendable {
    let weights: WeightTable
    /// The relation labels, by class; the model's own list, each read once into its relation when the model is opened
    /// rather than for every word labelled.
    let labels: [DependencyLabel]
    let rootLabel: Int
    /// The class of "punct", which every word tagged PUNCT gets; nil when the model has no such label.
    let punctuationLabel: Int?

    init(weights: WeightTable, labels: [String]) {
        self.weights = weights
        self.labels = labels.map(DependencyLabel.init)
        rootLabel = labels.firstIndex(of: "root") ?? 0
        punctuationLabel = labels.firstIndex(of: "punct")
    }

    /// The relation class of each word, left to right.
    func label(_ words: [WordAtoms], tags: [Int], universal: [PartOfSpeech], heads: [Int]) -> [Int] {
        let context = Context(words: words, tags: tags, universal: universal, heads: heads)
        var result = [Int](repeating: rootLabel, count: words.count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.featureCount) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: weights.classCount) { scores in
                for word in words.indices where heads[word] != words.count {
                    if universal[word] == .punct, let punctuationLabel {
                        result[word] = punctuationLabel
                        continue
                    }
                    Self.features(of: word, context: context, labels: result, into: features)
                    scores.initialize(repeating: 0)
                    weights.addWeights(of: features, to: scores)
                    scores[rootLabel] = .min
                    result[word] = scores.indexOfMax
                }
            }
        }
        return result
    }

    /// What the features read of the tree besides the word itself.
    struct Context {
        let words: [WordAtoms]
        let heads: [Int]
        let tag: [UInt64]
        /// Per word: its first dependent tagged ADP, SCONJ and AUX, or -1.
        var adposition: [Int]
        var subordinator: [Int]
        var auxiliary: [Int]
        var leftmost: [Int]
        var rightmost: [Int]
        /// Per word: the nearest dependent before it of the same head on the same side, or -1.
        var previousSibling: [Int]

        init(words: [WordAtoms], tags: [Int], universal: [PartOfSpeech], heads: [Int]) {
            self.words = words
            self.heads = heads
            tag = tags.map { FeatureHash.number($0) }
            let none = Array(repeating: -1, count: words.count + 1)
            (adposition, subordinator, auxiliary, leftmost, rightmost) = (none, none, none, none, none)
            previousSibling = Array(repeating: -1, count: words.count)
            // The last dependent seen so far of each head, left of it and right of it.
            var lastLeft = none, lastRight = none
            for word in words.indices {
                let head = heads[word]
                guard head >= 0 else { continue }
                if word < head {
                    previousSibling[word] = lastLeft[head]
                    lastLeft[head] = word
                } else {
                    previousSibling[word] = lastRight[head]
                    lastRight[head] = word
                }
            }
            for word in words.indices {
                let head = heads[word]
                guard head >= 0 else { continue }
                switch universal[word] {
                case .adp where adposition[head] < 0: adposition[head] = word
                case .sconj where subordinator[head] < 0: subordinator[head] = word
                case .aux where auxiliary[head] < 0: auxiliary[head] = word
                default: break
                }
                if leftmost[head] < 0 { leftmost[head] = word }
                rightmost[head] = word
            }
        }

        func form(_ word: Int) -> UInt64 {
            word < 0 ? FeatureHash.number(-1) : word >= words.count ? FeatureHash.number(-10) : words[word].form
        }

        func tagAtom(_ word: Int) -> UInt64 {
            word < 0 ? FeatureHash.number(-1) : word >= words.count ? FeatureHash.number(-10) : tag[word]
        }
    }

    static let featureCount = 27

    static func features(of word: Int, context c: Context, labels: [Int], into f: UnsafeMutableBufferPointer<UInt64>) {
        let head = c.heads[word]
        let dw = c.words[word].form, dt = c.tag[word]
        let hw = c.form(head), ht = c.tagAtom(head)
        let grand = head < c.words.count ? c.heads[head] : -1
        let direction = FeatureHash.number(head > word ? 1 : 0)
        let distance = DependencyParser.distanceBucket(abs(head - word))
        let sibling = c.previousSibling[word]
        let siblingLabel = FeatureHash.number(sibling < 0 ? -1 : labels[sibling])
        let adposition = c.form(c.adposition[word])
        let subordinator = c.form(c.subordinator[word])
        let auxiliary = c.form(head < c.words.count ? c.auxiliary[head] : -1)
        f[0] = FeatureHash.feature(1, dw)
        f[1] = FeatureHash.feature(2, dt)
        f[2] = FeatureHash.feature(3, dw, dt)
        f[3] = FeatureHash.feature(4, hw)
        f[4] = FeatureHash.feature(5, ht)
        f[5] = FeatureHash.feature(6, hw, ht)
        f[6] = FeatureHash.feature(7, ht, dt, direction)
        f[7] = FeatureHash.feature(8, hw, dt, direction)
        f[8] = FeatureHash.feature(9, ht, dw, direction)
        f[9] = FeatureHash.feature(10, hw, dw)
        f[10] = FeatureHash.feature(11, dt, distance, direction)
        f[11] = FeatureHash.feature(12, adposition, dt, ht)
        f[12] = FeatureHash.feature(13, adposition, dt)
        f[13] = FeatureHash.feature(14, c.tagAtom(c.leftmost[word]), dt)
        f[14] = FeatureHash.feature(15, c.tagAtom(c.rightmost[word]), dt)
        f[15] = FeatureHash.feature(16, c.tagAtom(grand), ht, dt)
        f[16] = FeatureHash.feature(17, c.words[word].suffixes.2, ht, direction)
        f[17] = FeatureHash.feature(18, auxiliary, dt, direction)
        f[18] = FeatureHash.feature(19, siblingLabel, dt, direction)
        f[19] = FeatureHash.feature(20, siblingLabel, ht, direction)
        f[20] = FeatureHash.feature(21, subordinator, dt, ht)
        f[21] = FeatureHash.feature(22, c.words[head < c.words.count ? head : word].suffixes.2, ht, dt)
        f[22] = FeatureHash.feature(23, adposition, hw)
        f[23] = FeatureHash.feature(24, dt, ht, distance)
        f[24] = FeatureHash.feature(25, FeatureHash.number(word == 0 ? 1 : 0), dt, ht)
        f[25] = FeatureHash.feature(26, c.words[word].shape, dt, direction)
        f[26] = FeatureHash.feature(27, auxiliary, dw, direction)
    }
}

/// Trains a language's tagger, parser and labeller from Universal Dependencies treebanks.
///
/// The same sentences, options and seed give the same model, byte for byte: sentences are shuffled by
/// a seeded generator, weights are written in key order, and nothing depends on hashing order.
public struct SyntaxModelTrainer: Sendable {
    public struct Options: Sendable, Equatable {
        public var taggerEpochs = 8
        public var parserEpochs = 15
        public var labelerEpochs = 10
        /// Folds for tagging the parser's training sentences with a tagger that has not seen them, so the
        /// parser learns on tags as wrong as they will be at run time; 0 or 1 trains it on gold tags.
        public var jackknifeFolds = 4
        /// From this epoch on (counting from 0), a wrong move is followed with `explorationRate`,
        /// and the dynamic oracle teaches the best move from the state it leads to.
        public var explorationStart = 1
        public var explorationRate = 0.9
        /// Bytes allowed to the tagger's, the parser's and the labeller's weights: the most useful features
        /// that fit are kept (see `WeightTable.encode`). Together the three tables stay within a few megabytes,
        /// so that parsing runs from the processor's cache rather than from memory.
        public var taggerBytes = 1_536 << 10
        public var parserBytes = 1_024 << 10
        public var labelerBytes = 1_024 << 10
        /// Classes the labeller keeps per feature, its strongest: the labeller's frequent features vote for
        /// dozens of relations, most of them faintly, and every class kept is read at every lookup.
        public var labelerPairs = 8
        /// Times the parser and the labeller are each trained, on differently shuffled sentences, before the
        /// runs' weights are averaged: a perceptron's accuracy moves by a few thousandths with the order it saw
        /// its sentences in, and the average of several runs keeps what they share.
        public var runs = 3
        /// Whether a sentence from a treebank other than the language's first also fires copies of its features
        /// that only its treebank shares, and that are never shipped (see `Learner`).
        public var treebankFeatures = true
        public var seed: UInt64 = 2026
        /// How many times the parser sees each of the language's own sentences per epoch when it also learns
        /// from a related language's, so that the language's own word order keeps the upper hand.
        public var ownSentenceWeight = 2

        public init() {}
    }

    /// A sentence to learn from: forms, gold fine tags, heads (`words.count` for the root) and relations.
    struct Example {
        var words: [WordAtoms]
        var tagNames: [String]
        var tags: [Int] = []
        var universal: [PartOfSpeech]
        var heads: [Int]
        var relations: [String]
        /// The sentence's treebank: 0 for the language's first, whose conventions the shipped model follows.
        var treebank = 0
    }

    public var options: Options
    /// Told of each stage and epoch as training goes on.
    public var progress: @Sendable (String) -> Void

    public init(options: Options = Options(), progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
    }

    /// The model's bytes, as `SyntaxModel(bytes:)` reads them.
    /// - Throws: `SyntaxError.noTrainingData` when no sentence has a complete tree.
    /// - Parameter related: sentences of a related language that only the parser learns from, with their
    ///   gold tags: its moves read tags and words, and a language with a small treebank gains from the
    ///   word order its neighbour shares with it.
    public func train(_ sentences: [CoNLLU.Sentence], related: [CoNLLU.Sentence] = []) throws -> [UInt8] {
        try train(treebanks: [sentences], related: related.isEmpty ? [] : [related])
    }

    /// The model's bytes, as `SyntaxModel(bytes:)` reads them.
    /// - Throws: `SyntaxError.noTrainingData` when no sentence has a complete tree.
    /// - Parameters:
    ///   - treebanks: the language's sentences by treebank, first the treebank whose annotation conventions
    ///     the model is to follow: treebanks disagree ("su" is DET in Spanish-GSD, PRON in Spanish-PUD).
    ///   - related: a related language's sentences by treebank, that only the parser learns from.
    public func train(treebanks: [[CoNLLU.Sentence]], related: [[CoNLLU.Sentence]] = []) throws -> [UInt8] {
        var examples = treebanks.enumerated().flatMap { treebank, sentences in
            sentences.compactMap(Self.example).map { example -> Example in
                var example = example
                example.treebank = treebank
                return example
            }
        }
        guard !examples.isEmpty, let tagSet = TagSet(names: Set(examples.flatMap(\.tagNames)).sorted()) else {
            throw SyntaxError.noTrainingData
        }
        let tagIndex = Dictionary(uniqueKeysWithValues: tagSet.names.enumerated().map { ($1, $0) })
        func numbered(_ example: Example) -> Example {
            var example = example
            example.tags = example.tagNames.map { tagIndex[$0] ?? 0 }
            return example
        }
        examples = examples.map(numbered)
        var random = SeededGenerator(seed: options.seed)
        let dictionary = TagDictionary.learn(from: examples.map { zip($0.words, $0.tags).map { ($0.form, $1) } },
                                             tagCount: tagSet.count)
        progress("tagger: \(examples.count) sentences, \(tagSet.count) tags, \(dictionary.all.count) words in the tag dictionary")
        let taggerWeights = trainTagger(examples, tagCount: tagSet.count, dictionary: dictionary, random: &random, label: "tagger")
        let tagger = try Self.tagger(taggerWeights, tagCount: tagSet.count, dictionary: dictionary, budget: options.taggerBytes)
        var predicted = examples
        let folds = options.jackknifeFolds
        if folds > 1 {
            for fold in 0..<folds {
                let held = Set(stride(from: fold, to: examples.count, by: folds))
                let rest = examples.indices.filter { !held.contains($0) }.map { examples[$0] }
                // A fold's tagger is never shipped: it keeps every feature, so that the parser learns on tags as
                // good as the shipped tagger's.
                let foldWeights = trainTagger(rest, tagCount: tagSet.count, dictionary: dictionary, random: &random,
                                              label: "tagger fold \(fold + 1)/\(folds)")
                let foldTagger = try Self.tagger(foldWeights, tagCount: tagSet.count, dictionary: dictionary, budget: Self.unlimitedBytes)
                for index in held {
                    predicted[index].tags = foldTagger.tag(examples[index].words)
                    predicted[index].universal = predicted[index].tags.map { tagSet.universal[$0] }
                }
            }
        }
        // A related language's fine tags are numbered by this language's set; tags it alone has are dropped to
        // their universal part's first fine tag, which every treebank has.
        let relatedExamples = related.enumerated().flatMap { treebank, sentences in
            sentences.compactMap(Self.example).map { example -> Example in
                var example = example
                example.tags = example.tagNames.map { tagIndex[$0] ?? tagIndex[String($0.prefix { $0 != "|" })] ?? 0 }
                example.treebank = Self.relatedTreebanks + treebank
                return example
            }
        }
        let own = relatedExamples.isEmpty ? predicted : Array(repeating: predicted, count: max(1, options.ownSentenceWeight)).flatMap { $0 }
        let parserRuns = runs("parser") { trainParser(own + relatedExamples, random: &random, label: $0) }
        let parser = WeightTable.encode(AveragedPerceptron.mixing(parserRuns), classCount: ArcHybrid.Move.allCases.count,
                                        budget: options.parserBytes)
        let labels = Array(Set(examples.flatMap(\.relations)).union(["root"])).sorted()
        let labelerRuns = runs("labeller") { trainLabeler(predicted, labels: labels, random: &random, label: $0) }
        let labeler = WeightTable.encode(AveragedPerceptron.mixing(labelerRuns), classCount: labels.count,
                                         budget: options.labelerBytes, maximumPairs: options.labelerPairs)
        return SyntaxModel.encode(tagger: tagger.bytes, tagSet: tagSet, dictionary: dictionary, parser: parser, labeler: labeler, labels: labels)
    }

    static func example(_ sentence: CoNLLU.Sentence) -> Example? {
        let words = sentence.words
        guard !words.isEmpty else { return nil }
        var names: [String] = [], universal: [PartOfSpeech] = [], heads: [Int] = [], relations: [String] = []
        for (index, word) in words.enumerated() {
            guard word.id == index + 1, let tag = PartOfSpeech(name: word.upos), let head = word.head, head <= words.count,
                  word.deprel != "_" else { return nil }
            names.append(TagSet.name(upos: word.upos, feats: word.feats))
            universal.append(tag)
            heads.append(head == 0 ? words.count : head - 1)
            relations.append(head == 0 ? "root" : word.deprel)
        }
        guard heads.filter({ $0 == words.count }).count == 1 else { return nil }
        return Example(words: words.map { WordAtoms($0.form) }, tagNames: names, universal: universal, heads: heads,
                       relations: relations)
    }

    private func order(_ count: Int, random: inout SeededGenerator) -> [Int] {
        var indices = Array(0..<count)
        guard count > 1 else { return indices }
        for index in stride(from: count - 1, to: 0, by: -1) {
            let other = Int(random.next() % UInt64(index + 1))
            indices.swapAt(index, other)
        }
        return indices
    }

    /// A trained tagger and its table's bytes.
    private struct TrainedTagger {
        let tagger: Tagger
        let bytes: [UInt8]
        func tag(_ words: [WordAtoms]) -> [Int] { tagger.tag(words) }
    }

    /// A budget no table of a treebank's features reaches.
    static let unlimitedBytes = 64 << 20

    /// Where the related language's treebanks are numbered from, apart from the language's own.
    static let relatedTreebanks = 100

    private static func tagger(_ weights: [UInt64: WeightTable.Feature], tagCount: Int, dictionary: TagDictionary,
                               budget: Int) throws -> TrainedTagger {
        let bytes = WeightTable.encode(weights, classCount: tagCount, budget: budget)
        let table = try WeightTable(bytes: ModelBytes(copying: bytes), offset: 0)
        return TrainedTagger(tagger: Tagger(weights: table, dictionary: dictionary), bytes: bytes)
    }

    private func trainTagger(_ examples: [Example], tagCount: Int, dictionary: TagDictionary, random: inout SeededGenerator,
                             label: String) -> [UInt64: WeightTable.Feature] {
        var model = Learner(classCount: tagCount)
        var features = [UInt64](repeating: 0, count: Tagger.featureCount)
        var scores = [Float](repeating: 0, count: tagCount)
        for epoch in 0..<options.taggerEpochs {
            var correct = 0, total = 0
            for index in order(examples.count, random: &random) {
                let example = examples[index]
                var tags: [Int] = []
                let known = dictionary.tags(of: example.words)
                for position in example.words.indices {
                    let gold = example.tags[position]
                    if let tag = known[position] {
                        tags.append(tag)
                        correct += tag == gold ? 1 : 0
                        total += 1
                        continue
                    }
                    features.withUnsafeMutableBufferPointer {
                        Tagger.features(of: position, in: example.words, tags: tags, known: known, into: $0)
                    }
                    model.score(features, treebank: treebank(example), into: &scores)
                    let guess = scores.indexOfMax
                    model.update(features, treebank: treebank(example), truth: gold, guess: guess)
                    model.tick()
                    tags.append(guess)
                    correct += guess == gold ? 1 : 0
                    total += 1
                }
            }
            progress("\(label) epoch \(epoch + 1): \(Self.percent(correct, total)) of training words right")
        }
        return model.averaged()
    }

    private func trainParser(_ examples: [Example], random: inout SeededGenerator, label: String) -> [UInt64: WeightTable.Feature] {
        var model = Learner(classCount: ArcHybrid.Move.allCases.count)
        var features = [UInt64](repeating: 0, count: DependencyParser.featureCount)
        var scores = [Float](repeating: 0, count: ArcHybrid.Move.allCases.count)
        for epoch in 0..<options.parserEpochs {
            var correct = 0, total = 0
            for index in order(examples.count, random: &random) {
                let example = examples[index]
                let atoms = DependencyParser.NodeAtoms(words: example.words, tags: example.tags)
                var state = ArcHybrid(count: example.words.count)
                while !state.isTerminal {
                    features.withUnsafeMutableBufferPointer { DependencyParser.features(of: state, atoms: atoms, into: $0) }
                    model.score(features, treebank: treebank(example), into: &scores)
                    let guess = DependencyParser.best(state: state) { scores[$0.rawValue] }
                    let valid = ArcHybrid.Move.allCases.filter(state.isValid)
                    let costs = valid.map { state.cost(of: $0, gold: example.heads) }
                    let least = costs.min() ?? 0
                    let optimal = zip(valid, costs).filter { $0.1 == least }.map(\.0)
                    let truth = optimal.max { scores[$0.rawValue] < scores[$1.rawValue] } ?? guess
                    model.update(features, treebank: treebank(example), truth: truth.rawValue, guess: guess.rawValue)
                    model.tick()
                    let explore = epoch >= options.explorationStart && random.unit() < options.explorationRate
                    state.apply(optimal.contains(guess) || explore ? guess : truth)
                }
                for word in example.words.indices {
                    correct += state.heads[word] == example.heads[word] ? 1 : 0
                }
                total += example.words.count
            }
            progress("\(label) epoch \(epoch + 1): \(Self.percent(correct, total)) of training heads right")
        }
        return model.averaged()
    }

    /// The weights of `options.runs` runs of `train`, which is told the name of each run.
    private func runs(_ name: String, _ train: (String) -> [UInt64: WeightTable.Feature]) -> [[UInt64: WeightTable.Feature]] {
        let count = max(1, options.runs)
        return (0..<count).map { train(count > 1 ? "\(name) run \($0 + 1)" : name) }
    }

    private func trainLabeler(_ examples: [Example], labels: [String], random: inout SeededGenerator, label: String) -> [UInt64: WeightTable.Feature] {
        let classes = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let root = classes["root"] ?? 0
        var model = Learner(classCount: labels.count)
        var features = [UInt64](repeating: 0, count: ArcLabeler.featureCount)
        var scores = [Float](repeating: 0, count: labels.count)
        for epoch in 0..<options.labelerEpochs {
            var correct = 0, total = 0
            for index in order(examples.count, random: &random) {
                let example = examples[index]
                let context = ArcLabeler.Context(words: example.words, tags: example.tags, universal: example.universal,
                                                 heads: example.heads)
                let gold = example.relations.map { classes[$0] ?? root }
                for word in example.words.indices where example.heads[word] != example.words.count {
                    features.withUnsafeMutableBufferPointer { ArcLabeler.features(of: word, context: context, labels: gold, into: $0) }
                    model.score(features, treebank: treebank(example), into: &scores)
                    scores[root] = -.infinity
                    let guess = scores.indexOfMax
                    model.update(features, treebank: treebank(example), truth: gold[word], guess: guess)
                    model.tick()
                    correct += guess == gold[word] ? 1 : 0
                    total += 1
                }
            }
            progress("\(label) epoch \(epoch + 1): \(Self.percent(correct, total)) of training relations right")
        }
        return model.averaged()
    }

    /// The treebank whose own features a sentence fires besides the shared ones; 0 (none) when they are off.
    private func treebank(_ example: Example) -> Int {
        options.treebankFeatures ? example.treebank : 0
    }

    /// The perceptron every training sentence updates, and beside it one for what single treebanks do alone.
    ///
    /// A sentence of treebank `t > 0` (a treebank other than the language's first, or a related language's)
    /// fires, besides its features, a copy of each salted by `t`, whose weights live in `own` and are never
    /// shipped. What only that treebank does (its conventions, or the related language's word order) is
    /// learnt by its copies, and the shared weights, the only ones used at run time, keep to what the first
    /// treebank does: Daumé's "frustratingly easy" domain adaptation, without a copy for the first treebank,
    /// so that run time reads no more features than before.
    private struct Learner {
        private var shared: AveragedPerceptron
        private var own: AveragedPerceptron

        init(classCount: Int) {
            shared = AveragedPerceptron(classCount: classCount)
            own = AveragedPerceptron(classCount: classCount)
        }

        static func copies(of features: [UInt64], treebank: Int) -> [UInt64] {
            let salt = FeatureHash.number(-100 - treebank)
            return features.map { $0 ^ salt }
        }

        mutating func score(_ features: [UInt64], treebank: Int, into scores: inout [Float]) {
            shared.score(features, into: &scores)
            if treebank > 0 { own.add(Self.copies(of: features, treebank: treebank), to: &scores) }
        }

        mutating func update(_ features: [UInt64], treebank: Int, truth: Int, guess: Int) {
            shared.update(features, truth: truth, guess: guess)
            if treebank > 0 { own.update(Self.copies(of: features, treebank: treebank), truth: truth, guess: guess) }
        }

        mutating func tick() {
            shared.tick()
            own.tick()
        }

        /// The shared weights alone: the treebanks' own are for training.
        func averaged() -> [UInt64: WeightTable.Feature] { shared.averaged() }
    }

    private static func percent(_ part: Int, _ whole: Int) -> String {
        let value = whole == 0 ? 0 : Double(part) * 100 / Double(whole)
        return "\(Double(Int(value * 10)) / 10)%"
    }
}

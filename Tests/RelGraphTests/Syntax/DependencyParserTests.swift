import Testing
@testable import RelGraph

/// DependencyParser: the scores summed once per word (`FixedScores`) give the parse that scoring every feature at every
/// move gives, as training scores them.
@Suite("DependencyParser")
struct DependencyParserTests {
    /// The parse with every feature of every state looked up, as `SyntaxModelTrainer` scores a state.
    private func parseScoringEveryFeature(_ parser: DependencyParser, _ words: [WordAtoms], tags: [Int]) -> [Int] {
        var state = ArcHybrid(count: words.count)
        let atoms = DependencyParser.NodeAtoms(words: words, tags: tags)
        var features = [UInt64](repeating: 0, count: DependencyParser.featureCount)
        while !state.isTerminal {
            if let forced = state.forcedMove {
                state.apply(forced)
                continue
            }
            let (left, right) = features.withUnsafeMutableBufferPointer { buffer in
                DependencyParser.features(of: state, atoms: atoms, into: buffer)
                return parser.weights.denseScores(of: buffer)
            }
            state.apply(DependencyParser.best(state: state) { move -> Int32 in
                switch move {
                case .shift: 0
                case .left: left
                case .right: right
                }
            })
        }
        return state.heads
    }

    @Test func theFixedPartsAndTheStateReadEveryTemplate() {
        #expect(DependencyParser.frontFeatureCount + DependencyParser.topFeatureCount + DependencyParser.belowFeatureCount
            + DependencyParser.stateFeatureCount == DependencyParser.featureCount)
    }

    @Test(arguments: Language.allCases)
    func scoresSummedOncePerWordParseAlike(language: Language) throws {
        let model = try SyntaxModel.embedded(for: language)
        let sentences = [
            "Kenya signed an agreement with Uganda on Monday , and the two presidents met in Nairobi .",
            "Le ministre , qui a critiqué le Népal , a démissionné mardi .",
            "El enviado que criticó a Nepal dimitió ayer en Madrid .",
            "Ghana",
        ]
        for sentence in sentences {
            let words = sentence.split(separator: " ").map { WordAtoms(String($0)) }
            let tags = model.tagger.tag(words)
            #expect(model.parser.parse(words, tags: tags) == parseScoringEveryFeature(model.parser, words, tags: tags))
        }
    }
}

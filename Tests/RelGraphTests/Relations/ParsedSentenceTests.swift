import Testing
@testable import RelGraph

/// ParsedSentence: the tree told over the document's tokens, contractions included, and the paths `--explain` prints.
@Suite("Parsed sentence")
struct ParsedSentenceTests {
    private func parsed(_ text: String, _ language: Language, names: [Range<Int>] = [],
                        predicates: [Range<Int>] = []) throws -> (Document, ParsedSentence) {
        let document = Document(text: text, language: language)
        let model = try SyntaxModel.embedded(for: language)
        let sentence = try #require(document.sentences.first)
        return (document, ParsedSentence(tokens: document.tokens, range: sentence.tokenRange, language: language, model: model,
                                         hints: ParseHints(names: names, predicates: predicates)))
    }

    private func token(_ text: String, in document: Document) throws -> Int {
        try #require(document.tokens.firstIndex { $0.text == text })
    }

    /// "In contrast, Putin was greeted in Beijing" with "Putin" hung on "contrast" as an apposition, as parsers do.
    private func frontedTree(withSubject: Bool) -> ParsedSentence {
        typealias Word = SyntaxTree.Word
        var words = [
            Word(form: "In", tag: .adp, head: 2, relation: "case"), Word(form: "contrast", tag: .noun, head: 6, relation: "obl"),
            Word(form: ",", tag: .punct, head: 4, relation: "punct"), Word(form: "Putin", tag: .propn, head: 2, relation: "appos"),
            Word(form: "was", tag: .aux, head: 6, relation: "aux:pass"), Word(form: "greeted", tag: .verb, head: 0, relation: "root"),
            Word(form: "in", tag: .adp, head: 8, relation: "case"), Word(form: "Beijing", tag: .propn, head: 6, relation: "obl"),
        ]
        if withSubject { words[7].relation = "nsubj:pass" }
        return ParsedSentence(tree: SyntaxTree(words: words), tokenOfWord: Array(0..<8), wordsOfToken: (0..<8).map { $0..<$0 + 1 },
                              firstToken: 0)
    }

    /// "after his counterpart X agreed" with the possessive read as the subject and the name as a compound of the
    /// verb: the name is the subject and the possessive owns it; a compound before a verb with a subject stays.
    @Test func aNameReadAsACompoundOfAVerbIsItsSubject() {
        typealias Word = SyntaxTree.Word
        func tree(owner: String) -> ParsedSentence {
            let words = [
                Word(form: owner, tag: .pron, head: 3, relation: "nsubj"), Word(form: "Gnassingbe", tag: .propn, head: 3, relation: "compound"),
                Word(form: "agreed", tag: .verb, head: 0, relation: "root"), Word(form: "Ghana", tag: .propn, head: 3, relation: "obj"),
            ]
            return ParsedSentence(tree: SyntaxTree(words: words), tokenOfWord: Array(0..<4), wordsOfToken: (0..<4).map { $0..<$0 + 1 },
                                  firstToken: 0)
        }
        let owned = tree(owner: "his")
        #expect(owned.relation(of: 1) == .nsubj)
        #expect(owned.governor(of: 0) == 1)
        let other = tree(owner: "they")
        #expect(other.relation(of: 1) == .compound)
        #expect(other.relation(of: 0) == .nsubj)
    }

    /// "Fiala and Morawiecki have signed…" with the first name read as a vocative: a name before a verb with no subject
    /// is its subject; a verb that has one keeps it, and the vocative its label.
    @Test func aVocativeBeforeASubjectlessVerbIsItsSubject() {
        typealias Word = SyntaxTree.Word
        func tree(withSubject: Bool) -> ParsedSentence {
            var words = [
                Word(form: "Fiala", tag: .propn, head: 3, relation: "vocative"), Word(form: "has", tag: .aux, head: 3, relation: "aux"),
                Word(form: "signed", tag: .verb, head: 0, relation: "root"), Word(form: "Poland", tag: .propn, head: 3, relation: "obj"),
            ]
            if withSubject { words[3].relation = "nsubj" }
            return ParsedSentence(tree: SyntaxTree(words: words), tokenOfWord: Array(0..<4), wordsOfToken: (0..<4).map { $0..<$0 + 1 },
                                  firstToken: 0)
        }
        #expect(tree(withSubject: false).relation(of: 0) == .nsubj)
        #expect(tree(withSubject: true).relation(of: 0) == .vocative)
    }

    /// "Le Rwanda dément ces accusations" with the verb read as the noun's copula, as the parser read it: the verb heads
    /// the clause, with the subject and the noun as its object. A copula tagged as one is left alone.
    @Test func aVerbReadAsACopulaHeadsItsClause() {
        typealias Word = SyntaxTree.Word
        func tree(verbTag: PartOfSpeech) -> ParsedSentence {
            let words = [
                Word(form: "Le", tag: .det, head: 2, relation: "det"), Word(form: "Rwanda", tag: .propn, head: 5, relation: "nsubj"),
                Word(form: "dément", tag: verbTag, head: 5, relation: "cop"), Word(form: "ces", tag: .det, head: 5, relation: "det"),
                Word(form: "accusations", tag: .noun, head: 0, relation: "root"), Word(form: ".", tag: .punct, head: 5, relation: "punct"),
            ]
            return ParsedSentence(tree: SyntaxTree(words: words), tokenOfWord: Array(0..<6), wordsOfToken: (0..<6).map { $0..<$0 + 1 },
                                  firstToken: 0)
        }
        let repaired = tree(verbTag: .verb)
        #expect(repaired.governor(of: 2) == nil)
        #expect(repaired.governor(of: 4) == 2)
        #expect(repaired.label(of: 4).name == "obj")
        #expect(repaired.governor(of: 1) == 2)
        let copula = tree(verbTag: .aux)
        #expect(copula.governor(of: 2) == 4)
    }

    @Test func aSubjectReadAsAnAppositionOfAFrontedAdjunctIsTheVerbs() {
        let repaired = frontedTree(withSubject: false)
        #expect(repaired.governor(of: 3) == 5)
        #expect(repaired.label(of: 3).name == "nsubj:pass")
        let untouched = frontedTree(withSubject: true)
        #expect(untouched.governor(of: 3) == 1)
        #expect(untouched.label(of: 3).name == "appos")
    }

    /// A sentence of one token per word, repaired as the parse of `language` is when one is given.
    private func tree(_ words: [SyntaxTree.Word], language: Language? = nil) -> ParsedSentence {
        ParsedSentence(tree: SyntaxTree(words: words), tokenOfWord: Array(words.indices),
                       wordsOfToken: words.indices.map { $0..<$0 + 1 }, firstToken: 0, words: language.map(ArgumentWords.Shared.of))
    }

    /// "Après une rencontre avec son homologue, le ministre Okafor a indiqué…" with the subject hung on "homologue" as a
    /// complement with no preposition, as parsers do.
    @Test func aSubjectReadAsAComplementInsideAFrontedAdjunctIsTheVerbs() {
        typealias Word = SyntaxTree.Word
        func words(comma: Bool) -> [Word] {
            [
                Word(form: "Après", tag: .adp, head: 3, relation: "case"), Word(form: "une", tag: .det, head: 3, relation: "det"),
                Word(form: "rencontre", tag: .noun, head: 12, relation: "obl:mod"), Word(form: "avec", tag: .adp, head: 6, relation: "case"),
                Word(form: "son", tag: .det, head: 6, relation: "det"), Word(form: "homologue", tag: .noun, head: 3, relation: "nmod"),
                Word(form: comma ? "," : "et", tag: comma ? .punct : .cconj, head: 9, relation: comma ? "punct" : "cc"),
                Word(form: "le", tag: .det, head: 9, relation: "det"), Word(form: "ministre", tag: .noun, head: 6, relation: "nmod"),
                Word(form: "Okafor", tag: .propn, head: 9, relation: "flat:name"), Word(form: "a", tag: .aux, head: 12, relation: "aux:tense"),
                Word(form: "indiqué", tag: .verb, head: 0, relation: "root"),
            ]
        }
        let repaired = tree(words(comma: true))
        #expect(repaired.governor(of: 8) == 11 && repaired.label(of: 8).name == "nsubj")
        #expect(tree(words(comma: false)).governor(of: 8) == 5)
    }

    /// "Pour sa part, la Norvège, dans un communiqué, a condamné…" with the subject and the phrase set off by commas
    /// both hung on the fronted adjunct: the subject before the phrase is the verb's. A phrase that opens with no
    /// preposition is no interposed adjunct, and the tree stays as the parser made it.
    @Test func aSubjectBeforeAnInterposedPhraseOfAFrontedAdjunctIsTheVerbs() {
        typealias Word = SyntaxTree.Word
        func words(preposition: Bool) -> [Word] {
            [
                Word(form: "Pour", tag: .adp, head: 3, relation: "case"), Word(form: "sa", tag: .det, head: 3, relation: "det"),
                Word(form: "part", tag: .noun, head: 13, relation: "obl:mod"), Word(form: ",", tag: .punct, head: 6, relation: "punct"),
                Word(form: "la", tag: .det, head: 6, relation: "det"), Word(form: "Norvège", tag: .propn, head: 3, relation: "nmod"),
                Word(form: ",", tag: .punct, head: 10, relation: "punct"),
                preposition ? Word(form: "dans", tag: .adp, head: 10, relation: "case") : Word(form: "ce", tag: .det, head: 10, relation: "det"),
                Word(form: "un", tag: .det, head: 10, relation: "det"), Word(form: "communiqué", tag: .noun, head: 3, relation: "nmod"),
                Word(form: ",", tag: .punct, head: 10, relation: "punct"), Word(form: "a", tag: .aux, head: 13, relation: "aux:tense"),
                Word(form: "condamné", tag: .verb, head: 0, relation: "root"),
                Word(form: "la", tag: .det, head: 15, relation: "det"), Word(form: "Hongrie", tag: .propn, head: 13, relation: "obj"),
            ]
        }
        let repaired = tree(words(preposition: true))
        #expect(repaired.governor(of: 5) == 12 && repaired.label(of: 5).name == "nsubj")
        #expect(tree(words(preposition: false)).governor(of: 5) == 2)
    }

    /// "Tras la reunión con Kenia, Uganda y Ruanda, el presidente Okello advirtió…" with the subject read as one more
    /// member of the adjunct's list, after the conjunct "y" closed it.
    @Test func aConjunctAfterAClosedListOfAFrontedAdjunctIsTheVerbsSubject() {
        typealias Word = SyntaxTree.Word
        func words(closed: Bool) -> [Word] {
            [
                Word(form: "Tras", tag: .adp, head: 3, relation: "case"), Word(form: "la", tag: .det, head: 3, relation: "det"),
                Word(form: "reunión", tag: .noun, head: 14, relation: "obl"), Word(form: "con", tag: .adp, head: 5, relation: "case"),
                Word(form: "Kenia", tag: .propn, head: 3, relation: "nmod"), Word(form: ",", tag: .punct, head: 7, relation: "punct"),
                Word(form: "Uganda", tag: .propn, head: 5, relation: "conj"),
                Word(form: closed ? "y" : ",", tag: closed ? .cconj : .punct, head: 9, relation: closed ? "cc" : "punct"),
                Word(form: "Ruanda", tag: .propn, head: 5, relation: "conj"), Word(form: ",", tag: .punct, head: 12, relation: "punct"),
                Word(form: "el", tag: .det, head: 12, relation: "det"), Word(form: "Okello", tag: .propn, head: 5, relation: "conj"),
                Word(form: ",", tag: .punct, head: 12, relation: "punct"), Word(form: "advirtió", tag: .verb, head: 0, relation: "root"),
            ]
        }
        let repaired = tree(words(closed: true))
        #expect(repaired.governor(of: 11) == 13 && repaired.label(of: 11).name == "nsubj")
        #expect(tree(words(closed: false)).governor(of: 11) == 4)
    }

    /// "El canciller chileno mantuvo conversaciones con X" read as the subject coordinated with the object, the verb hung
    /// on its object, as parsers do.
    @Test func aVerbHungOnItsObjectHeadsTheClause() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "El", tag: .det, head: 2, relation: "det"), Word(form: "canciller", tag: .noun, head: 0, relation: "root"),
            Word(form: "chileno", tag: .adj, head: 2, relation: "amod"), Word(form: "mantuvo", tag: .verb, head: 5, relation: "nmod"),
            Word(form: "conversaciones", tag: .noun, head: 2, relation: "conj"), Word(form: "con", tag: .adp, head: 7, relation: "case"),
            Word(form: "Perú", tag: .propn, head: 5, relation: "nmod"),
        ])
        #expect(repaired.label(of: 3).name == "root")
        #expect(repaired.governor(of: 1) == 3 && repaired.label(of: 1).name == "nsubj")
        #expect(repaired.governor(of: 4) == 3 && repaired.label(of: 4).name == "obj")
        #expect(repaired.governor(of: 6) == 4)
    }

    /// "The Ghanaian Foreign Ministry summoned the envoy" with the determiner and the demonym hung on the verb, as the
    /// parser does before a capitalised compound: they modify the subject's noun. A determiner after the verb stays.
    @Test func aDeterminerOrAnAdjectiveOnAVerbModifiesTheNounBeforeIt() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "The", tag: .det, head: 5, relation: "det"), Word(form: "Ghanaian", tag: .adj, head: 5, relation: "amod"),
            Word(form: "Foreign", tag: .adj, head: 4, relation: "amod"), Word(form: "Ministry", tag: .propn, head: 5, relation: "nsubj"),
            Word(form: "summoned", tag: .verb, head: 0, relation: "root"), Word(form: "the", tag: .det, head: 5, relation: "det"),
            Word(form: "envoy", tag: .noun, head: 5, relation: "obj"),
        ])
        #expect(repaired.governor(of: 0) == 3 && repaired.label(of: 0).name == "det")
        #expect(repaired.governor(of: 1) == 3 && repaired.label(of: 1).name == "amod")
        #expect(repaired.governor(of: 5) == 4)
    }

    /// "Kenya thanked Chile, praising the Chilean president" with "praising" hung from its own object, as parsers do
    /// after a comma: the participle is a clause on the main verb, and the noun phrase its object.
    @Test func aParticipleHungOnItsObjectAfterACommaIsAClauseOfTheVerb() {
        typealias Word = SyntaxTree.Word
        let words = [
            Word(form: "Kenya", tag: .propn, head: 2, relation: "nsubj"), Word(form: "thanked", tag: .verb, head: 0, relation: "root"),
            Word(form: "Chile", tag: .propn, head: 2, relation: "obj"), Word(form: ",", tag: .punct, head: 5, relation: "punct"),
            Word(form: "praising", tag: .verb, head: 8, relation: "parataxis"), Word(form: "the", tag: .det, head: 8, relation: "det"),
            Word(form: "Chilean", tag: .adj, head: 8, relation: "amod"), Word(form: "president", tag: .noun, head: 2, relation: "obl"),
        ]
        let repaired = tree(words)
        #expect(repaired.governor(of: 4) == 1 && repaired.label(of: 4).name == "advcl")
        #expect(repaired.governor(of: 7) == 4 && repaired.label(of: 7).name == "obj")
        // Without the comma the verb is not a clause of its own, and the tree stays as the parser left it.
        var noComma = words
        noComma[3] = Word(form: "and", tag: .cconj, head: 5, relation: "cc")
        let untouched = tree(noComma)
        #expect(untouched.governor(of: 4) == 7)
    }

    /// "Le Mali a à son tour condamné le Niger" read with the auxiliary as the verb, "tour" as its complement and the
    /// participle as the clause of "tour", as parsers do.
    @Test func aParticipleTakesTheClauseFromAnAuxiliaryReadAsTheVerb() {
        typealias Word = SyntaxTree.Word
        let words = [
            Word(form: "Le", tag: .det, head: 2, relation: "det"), Word(form: "Mali", tag: .propn, head: 3, relation: "nsubj"),
            Word(form: "a", tag: .aux, head: 0, relation: "root"), Word(form: "à", tag: .adp, head: 6, relation: "case"),
            Word(form: "son", tag: .det, head: 6, relation: "det"), Word(form: "tour", tag: .noun, head: 3, relation: "obl:arg"),
            Word(form: "condamné", tag: .verb, head: 6, relation: "acl"), Word(form: "le", tag: .det, head: 9, relation: "det"),
            Word(form: "Niger", tag: .propn, head: 7, relation: "obj"),
        ]
        let repaired = tree(words)
        #expect(repaired.label(of: 6).name == "root")
        #expect(repaired.governor(of: 1) == 6)
        #expect(repaired.governor(of: 2) == 6 && repaired.relation(of: 2) == .aux)
        #expect(repaired.governor(of: 5) == 6 && repaired.relation(of: 5) == .obl)
        // A verb that has its own auxiliary is left where the parser put it.
        var own = words
        own.insert(Word(form: "été", tag: .aux, head: 7, relation: "aux:pass"), at: 6)
        for index in own.indices where own[index].head > 6 { own[index].head += 1 }
        #expect(tree(own).label(of: 2).name == "root")
        // "Chile ha por su parte condenado a Perú" read with the auxiliary as a clause of the subject, the root.
        let spanish = tree([
            Word(form: "Chile", tag: .propn, head: 0, relation: "root"), Word(form: "ha", tag: .aux, head: 1, relation: "acl:relcl"),
            Word(form: "por", tag: .adp, head: 5, relation: "case"), Word(form: "su", tag: .det, head: 5, relation: "det"),
            Word(form: "parte", tag: .noun, head: 2, relation: "obl"), Word(form: "condenado", tag: .verb, head: 5, relation: "advcl"),
            Word(form: "a", tag: .adp, head: 8, relation: "case"), Word(form: "Perú", tag: .propn, head: 6, relation: "obj"),
        ])
        #expect(spanish.label(of: 5).name == "root")
        #expect(spanish.governor(of: 0) == 5 && spanish.label(of: 0).name == "nsubj")
    }

    /// "Chile, represented by its envoy, mediated between Peru and Bolivia" read with the subject as the root and the
    /// main verb coordinated to the participle, as parsers do.
    @Test func aMainVerbCoordinatedToAnInterposedParticipleTakesTheSubject() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "Chile", tag: .propn, head: 0, relation: "root"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
            Word(form: "represented", tag: .verb, head: 1, relation: "acl:relcl"), Word(form: "by", tag: .adp, head: 5, relation: "case"),
            Word(form: "envoys", tag: .noun, head: 3, relation: "obl:agent"), Word(form: ",", tag: .punct, head: 7, relation: "punct"),
            Word(form: "mediated", tag: .verb, head: 3, relation: "conj"), Word(form: "between", tag: .adp, head: 9, relation: "case"),
            Word(form: "Peru", tag: .propn, head: 7, relation: "obl"),
        ])
        #expect(repaired.governor(of: 6) == nil)
        #expect(repaired.label(of: 6).name == "root")
        #expect(repaired.governor(of: 0) == 6)
        #expect(repaired.label(of: 0).name == "nsubj")
        #expect(repaired.governor(of: 2) == 0)
    }

    /// The main verb hung on the interposed participle as a clause of it, which a verb cannot take.
    @Test func aMainVerbHungAsAClauseOfAnInterposedParticipleTakesTheSubject() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "Chile", tag: .propn, head: 0, relation: "root"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
            Word(form: "represented", tag: .verb, head: 1, relation: "acl"), Word(form: "by", tag: .adp, head: 5, relation: "case"),
            Word(form: "envoys", tag: .noun, head: 3, relation: "obl:agent"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
            Word(form: "mediated", tag: .verb, head: 3, relation: "acl"), Word(form: "between", tag: .adp, head: 9, relation: "case"),
            Word(form: "Peru", tag: .propn, head: 7, relation: "obl"),
        ])
        #expect(repaired.label(of: 6).name == "root")
        #expect(repaired.governor(of: 0) == 6)
    }

    /// "The UN chief, X, called on…" read with the subject as the root and the verb hung on it after the comma.
    @Test func aVerbHungOnANominalRootAfterACommaTakesItAsSubject() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "Guterres", tag: .propn, head: 0, relation: "root"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
            Word(form: "called", tag: .verb, head: 1, relation: "parataxis"), Word(form: "on", tag: .adp, head: 5, relation: "case"),
            Word(form: "Chile", tag: .propn, head: 3, relation: "obl"),
        ])
        #expect(repaired.label(of: 2).name == "root")
        #expect(repaired.governor(of: 0) == 2)
        #expect(repaired.label(of: 0).name == "nsubj")
        let spoken = tree([
            Word(form: "Talks", tag: .noun, head: 0, relation: "root"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
            Word(form: "said", tag: .verb, head: 1, relation: "parataxis"), Word(form: "Chile", tag: .propn, head: 3, relation: "nsubj"),
        ])
        #expect(spoken.label(of: 0).name == "root", "a verb with a subject of its own is left as it is")
    }

    /// "Chile and Peru mediated" is a coordination the repair leaves: no comma opens the second verb.
    @Test func aCoordinationWithAConjunctionIsNoInterposedClause() {
        typealias Word = SyntaxTree.Word
        let untouched = tree([
            Word(form: "Chile", tag: .propn, head: 0, relation: "root"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
            Word(form: "represented", tag: .verb, head: 1, relation: "acl"), Word(form: "by", tag: .adp, head: 5, relation: "case"),
            Word(form: "envoys", tag: .noun, head: 3, relation: "obl:agent"), Word(form: "and", tag: .cconj, head: 7, relation: "cc"),
            Word(form: "mediated", tag: .verb, head: 3, relation: "conj"),
        ])
        #expect(untouched.governor(of: 6) == 2)
        #expect(untouched.label(of: 0).name == "root")
    }

    /// "said that Chile, backed by Peru, attacked Bolivia" read with the subject and the conjunction given to the
    /// participle and the participle hung on the main verb.
    @Test func aSubjectGivenToAnInterposedParticipleIsTheMainVerbs() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "said", tag: .verb, head: 0, relation: "root"), Word(form: "that", tag: .sconj, head: 5, relation: "mark"),
            Word(form: "Chile", tag: .propn, head: 5, relation: "nsubj"), Word(form: ",", tag: .punct, head: 5, relation: "punct"),
            Word(form: "backed", tag: .verb, head: 9, relation: "advcl"), Word(form: "by", tag: .adp, head: 7, relation: "case"),
            Word(form: "Peru", tag: .propn, head: 5, relation: "obl:agent"), Word(form: ",", tag: .punct, head: 5, relation: "punct"),
            Word(form: "attacked", tag: .verb, head: 1, relation: "ccomp"), Word(form: "Bolivia", tag: .propn, head: 9, relation: "obj"),
        ])
        #expect(repaired.governor(of: 2) == 8)
        #expect(repaired.label(of: 2).name == "nsubj")
        #expect(repaired.governor(of: 4) == 2)
        #expect(repaired.label(of: 4).name == "acl")
        #expect(repaired.governor(of: 1) == 8)
    }

    @Test func aContractionIsTwoWordsOfOneToken() throws {
        let (document, sentence) = try parsed("La France parle au Mali.", .fr)
        let au = try #require(document.tokens.firstIndex { $0.text == "au" })
        #expect(sentence.words(of: au..<au + 1).count == 2)
        #expect(sentence.wordCount == document.tokens.count + 1)
    }

    @Test func pathsClimbThenDescend() throws {
        let (document, sentence) = try parsed("Norway imposed new sanctions on Belarus.", .en)
        let sanctions = try #require(document.tokens.firstIndex { $0.text == "sanctions" })
        let norway = 0
        let path = sentence.path(from: try #require(sentence.head(of: sentence.words(of: sanctions..<sanctions + 1))),
                                 to: try #require(sentence.head(of: sentence.words(of: norway..<norway + 1))))
        #expect(path == "^obj nsubj")
    }

    @Test func knownNamesAreTaggedAsProperNouns() throws {
        let (_, free) = try parsed("Guinea attacked Liberia.", .en)
        let (_, named) = try parsed("Guinea attacked Liberia.", .en, names: [0..<1, 2..<3])
        #expect(named.tag(of: 0) == .propn && named.tag(of: 2) == .propn)
        #expect(named.wordCount == free.wordCount)
    }

    @Test func aNameOfSeveralTokensIsOneWordThatTheVerbGoverns() throws {
        let text = "Le Conseil de sécurité de l'Union africaine a condamné le Niger."
        let (document, _) = try parsed(text, .fr)
        let name = try token("Conseil", in: document)..<token("africaine", in: document) + 1
        let (_, sentence) = try parsed(text, .fr, names: [name])
        let words = sentence.words(of: name)
        #expect(words.count == 1)
        let verb = try #require(sentence.head(of: sentence.words(of: try token("condamné", in: document)..<token("condamné", in: document) + 1)))
        #expect(sentence.path(from: verb, to: words.lowerBound) == "nsubj")
        // Every token of the name stands for the one word, and the words after it keep their own tokens.
        #expect(sentence.words(of: name.lowerBound + 2..<name.lowerBound + 3) == words)
        let niger = try token("Niger", in: document)
        #expect(sentence.tokenOfWord[try #require(sentence.head(of: sentence.words(of: niger..<niger + 1)))] == niger)
    }

    @Test func aVerbTheLexiconKnowsIsNotReadAsAnAdverb() throws {
        let text = "Les deux pays somment le Tchad de libérer les otages."
        let (document, _) = try parsed(text, .fr)
        let verb = try token("somment", in: document)
        let (_, hinted) = try parsed(text, .fr, predicates: [verb..<verb + 1])
        #expect(hinted.tag(of: try #require(hinted.head(of: hinted.words(of: verb..<verb + 1)))) == .verb)
    }

    private func parsedWithHints(_ text: String, _ language: Language, verbs: [Range<Int>]) throws -> ParsedSentence {
        let document = Document(text: text, language: language)
        let model = try SyntaxModel.embedded(for: language)
        let sentence = try #require(document.sentences.first)
        return ParsedSentence(tokens: document.tokens, range: sentence.tokenRange, language: language, model: model,
                              hints: ParseHints(verbs: verbs))
    }

    @Test func aVerbNoEventNounSpellsIsNotReadAsANoun() throws {
        let text = "Début avril, la Suède et la Norvège avaient toutes les deux expulsé des diplomates."
        let (document, free) = try parsed(text, .fr)
        let verb = try token("expulsé", in: document)
        let word = try #require(free.head(of: free.words(of: verb..<verb + 1)))
        #expect(free.tag(of: word) == .noun, "the tagger alone misreads it, or this test shows nothing")
        let hinted = try parsedWithHints(text, .fr, verbs: [verb..<verb + 1])
        #expect(hinted.tag(of: word) == .verb)
    }

    /// A tree as a labeller that erred would give it, over the tokens 0..<n of one sentence.
    private func handmade(_ words: [(String, PartOfSpeech, Int, String)]) -> ParsedSentence {
        let tree = SyntaxTree(words: words.map { SyntaxTree.Word(form: $0.0, tag: $0.1, head: $0.2, relation: $0.3) })
        return ParsedSentence(tree: tree, tokenOfWord: Array(words.indices), wordsOfToken: words.indices.map { $0..<$0 + 1 },
                              firstToken: 0)
    }

    @Test func aSecondSubjectAfterTheVerbIsItsObject() {
        let sentence = handmade([("Etiopía", .propn, 2, "nsubj"), ("invadió", .verb, 0, "root"), ("Somalia", .propn, 2, "nsubj")])
        #expect(sentence.label(of: 0).name == "nsubj")
        #expect(sentence.label(of: 2).name == "obj")
        // One subject after the verb, as Spanish writes it ("dijo el ministro"), stays a subject.
        let inverted = handmade([("dijo", .verb, 0, "root"), ("Chile", .propn, 1, "nsubj")])
        #expect(inverted.label(of: 1).name == "nsubj")
    }

    /// A tree with the language's word classes, for the repairs that need them.
    private func handmade(_ words: [(String, PartOfSpeech, Int, String)], language: Language) -> ParsedSentence {
        let tree = SyntaxTree(words: words.map { SyntaxTree.Word(form: $0.0, tag: $0.1, head: $0.2, relation: $0.3) })
        return ParsedSentence(tree: tree, tokenOfWord: Array(words.indices), wordsOfToken: words.indices.map { $0..<$0 + 1 },
                              firstToken: 0, words: ArgumentWords.Shared.of(language))
    }

    /// "The raids carried out by Kenya killed dozens" read with "carried" as the main verb and "killed" beside it: the
    /// participle is the noun's clause and "killed" the main verb. With an auxiliary, "carried" is the main verb.
    @Test func aParticipleWithAnAgentTakenForTheMainVerbIsTheNounsClause() {
        func words(auxiliary: Bool) -> [(String, PartOfSpeech, Int, String)] {
            [("The", .det, 2, "det"), ("raids", .noun, 4, "nsubj"), (auxiliary ? "were" : "then", auxiliary ? .aux : .adv, 4, auxiliary ? "aux:pass" : "advmod"),
             ("carried", .verb, 0, "root"), ("out", .adp, 4, "compound:prt"), ("by", .adp, 7, "case"), ("Kenya", .propn, 4, "obl"),
             ("killed", .verb, 4, "parataxis"), ("dozens", .noun, 8, "obj"), (".", .punct, 4, "punct")]
        }
        let repaired = handmade(words(auxiliary: false), language: .en)
        #expect(repaired.governor(of: 7) == nil)
        #expect(repaired.governor(of: 1) == 7 && repaired.label(of: 1).name == "nsubj")
        #expect(repaired.governor(of: 3) == 1 && repaired.label(of: 3).name == "acl")
        #expect(repaired.governor(of: 9) == 7)
        #expect(repaired.governor(of: 6) == 3)
        let untouched = handmade(words(auxiliary: true), language: .en)
        #expect(untouched.governor(of: 3) == nil)
        #expect(untouched.label(of: 7).name == "parataxis")
    }

    /// "Kenya had on Monday accused Uganda" read with the day as the root and the participle its modifier: the
    /// participle is the root, and the subject and the auxiliary are its own. A root that names no time stays.
    @Test func aVerbHungOnARootDayHeadsTheClause() {
        func words(day: String) -> [(String, PartOfSpeech, Int, String)] {
            [("Kenya", .propn, 4, "nsubj"), ("had", .aux, 4, "aux"), ("on", .adp, 4, "case"), (day, .propn, 0, "root"),
             ("accused", .verb, 4, "acl"), ("Uganda", .propn, 5, "obj")]
        }
        let repaired = handmade(words(day: "Monday"), language: .en)
        #expect(repaired.governor(of: 4) == nil)
        #expect(repaired.governor(of: 0) == 4 && repaired.governor(of: 1) == 4)
        #expect(repaired.governor(of: 3) == 4 && repaired.label(of: 3).name == "obl")
        #expect(repaired.governor(of: 2) == 3)
        let untouched = handmade(words(day: "Nairobi"), language: .en)
        #expect(untouched.governor(of: 3) == nil)
    }

    /// "Kenya announced Monday it was recalling…" read with the day as the object and the clause as an adverbial one:
    /// the day is an oblique and the clause what was announced. A day after a verb that reports nothing stays.
    @Test func aClauseAfterADayIsWhatAVerbOfSayingReports() {
        func words(verb: String) -> [(String, PartOfSpeech, Int, String)] {
            [("Kenya", .propn, 2, "nsubj"), (verb, .verb, 0, "root"), ("Monday", .propn, 2, "obj"), ("it", .pron, 6, "nsubj"),
             ("was", .aux, 6, "aux"), ("recalling", .verb, 2, "advcl"), ("envoys", .noun, 6, "obj")]
        }
        let repaired = handmade(words(verb: "announced"), language: .en)
        #expect(repaired.label(of: 5).name == "ccomp" && repaired.label(of: 2).name == "obl")
        let untouched = handmade(words(verb: "visited"), language: .en)
        #expect(untouched.label(of: 5).name == "advcl" && untouched.label(of: 2).name == "obj")
    }

    /// "Kenia denunció en varias ocasiones que aviones ugandeses entraron…" read with "que" on the noun and the verb
    /// coordinated to "denunció": the verb is the reported clause, the noun its subject.
    @Test func aSubordinatorOnANounOpensTheClauseOfTheVerbAfterIt() {
        let sentence = handmade([("Kenia", .propn, 2, "nsubj"), ("denunció", .verb, 0, "root"), ("en", .adp, 4, "case"),
                                 ("ocasiones", .noun, 2, "obl"), ("que", .sconj, 6, "mark"), ("aviones", .noun, 4, "conj"),
                                 ("entraron", .verb, 2, "conj")])
        #expect(sentence.governor(of: 6) == 1 && sentence.label(of: 6).name == "ccomp")
        #expect(sentence.governor(of: 5) == 6 && sentence.label(of: 5).name == "nsubj")
        #expect(sentence.governor(of: 4) == 6)
    }

    @Test func aVerbLabelledAsAnAdjectiveIsAParticipialClause() {
        let sentence = handmade([("Irán", .propn, 0, "root"), ("sometido", .verb, 1, "amod"), ("bloqueo", .noun, 2, "obl")])
        #expect(sentence.label(of: 1).name == "acl")
    }

    /// "X approved a package of sanctions against Y" as parsers read it: "sanctions" under "package", "against Y" on
    /// "package". With the language's word classes, the measured noun takes the quantity's place and its complement.
    private func measuredTree(language: Language?) -> ParsedSentence {
        typealias Word = SyntaxTree.Word
        let words = [
            Word(form: "Kenya", tag: .propn, head: 2, relation: "nsubj"), Word(form: "approved", tag: .verb, head: 0, relation: "root"),
            Word(form: "a", tag: .det, head: 4, relation: "det"), Word(form: "package", tag: .noun, head: 2, relation: "obj"),
            Word(form: "of", tag: .adp, head: 6, relation: "case"), Word(form: "sanctions", tag: .noun, head: 4, relation: "nmod"),
            Word(form: "against", tag: .adp, head: 8, relation: "case"), Word(form: "Uganda", tag: .propn, head: 4, relation: "nmod"),
        ]
        return tree(words, language: language)
    }

    @Test func aMeasuredNounTakesThePlaceAndTheComplementsOfItsQuantity() {
        let repaired = measuredTree(language: .en)
        #expect(repaired.governor(of: 5) == 1)
        #expect(repaired.label(of: 5).name == "obj")
        #expect(repaired.governor(of: 7) == 5)
        #expect(repaired.governor(of: 3) == 5)
        #expect(repaired.label(of: 3).name == "det")
        #expect(repaired.governor(of: 4) == 3)
        let untouched = measuredTree(language: nil)
        #expect(untouched.governor(of: 5) == 3)
        #expect(untouched.governor(of: 7) == 3)
    }

    /// "X sent an aid package to Y" as parsers read it: "aid" a compound of "package", "to Y" on "package". With the
    /// language's word classes, the compound takes the quantity's place and its other dependents.
    private func compoundMeasuredTree(language: Language?, quantity: String = "package") -> ParsedSentence {
        typealias Word = SyntaxTree.Word
        let words = [
            Word(form: "Kenya", tag: .propn, head: 2, relation: "nsubj"), Word(form: "sent", tag: .verb, head: 0, relation: "root"),
            Word(form: "an", tag: .det, head: 5, relation: "det"), Word(form: "aid", tag: .noun, head: 5, relation: "compound"),
            Word(form: quantity, tag: .noun, head: 2, relation: "obj"),
            Word(form: "to", tag: .adp, head: 7, relation: "case"), Word(form: "Uganda", tag: .propn, head: 5, relation: "nmod"),
        ]
        return tree(words, language: language)
    }

    @Test func aCompoundBeforeAQuantityTakesItsPlaceAndItsComplements() {
        let repaired = compoundMeasuredTree(language: .en)
        #expect(repaired.governor(of: 3) == 1)
        #expect(repaired.label(of: 3).name == "obj")
        #expect(repaired.governor(of: 6) == 3)
        #expect(repaired.governor(of: 2) == 3)
        #expect(repaired.governor(of: 4) == 3)
        #expect(repaired.label(of: 4).name == "det")
        // A noun that measures nothing keeps its compound; so does any tree read without word classes.
        let shipment = compoundMeasuredTree(language: .en, quantity: "convoy")
        #expect(shipment.governor(of: 3) == 4)
        #expect(shipment.governor(of: 6) == 4)
        let untouched = compoundMeasuredTree(language: nil)
        #expect(untouched.governor(of: 3) == 4)
    }

    /// "Kenya, Uganda and Tanzania signed…" with the second name read as a bare oblique of the verb: it is the subject's
    /// conjunct, and the list goes on from it.
    @Test func aNameListedAfterTheSubjectIsItsConjunct() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "Kenya", tag: .propn, head: 7, relation: "nsubj"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
            Word(form: "Uganda", tag: .propn, head: 7, relation: "obl:mod"), Word(form: "and", tag: .cconj, head: 5, relation: "cc"),
            Word(form: "Tanzania", tag: .propn, head: 3, relation: "conj"), Word(form: "have", tag: .aux, head: 7, relation: "aux"),
            Word(form: "signed", tag: .verb, head: 0, relation: "root"),
        ])
        #expect(repaired.governor(of: 2) == 0)
        #expect(repaired.label(of: 2).name == "conj")
        #expect(repaired.governor(of: 4) == 2)
    }

    /// "Day one, Kenya and Uganda signed…" read with the fronted noun as the subject and the name as a bare oblique.
    @Test func aNameAfterAFrontedNounAndItsCommaIsTheSubject() {
        typealias Word = SyntaxTree.Word
        let words = [
            Word(form: "Highlight", tag: .noun, head: 5, relation: "nsubj"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
            Word(form: "Kenya", tag: .propn, head: 5, relation: "obl:mod"), Word(form: "has", tag: .aux, head: 5, relation: "aux"),
            Word(form: "signed", tag: .verb, head: 0, relation: "root"), Word(form: "treaties", tag: .noun, head: 5, relation: "obj"),
        ]
        let repaired = tree(words)
        #expect(repaired.label(of: 2).name == "nsubj")
        #expect(repaired.label(of: 0).name == "obl:mod")
        let withPreposition = tree([
            Word(form: "Highlight", tag: .noun, head: 6, relation: "nsubj"), Word(form: ",", tag: .punct, head: 4, relation: "punct"),
            Word(form: "in", tag: .adp, head: 4, relation: "case"), Word(form: "Kenya", tag: .propn, head: 6, relation: "obl:mod"),
            Word(form: "has", tag: .aux, head: 6, relation: "aux"), Word(form: "signed", tag: .verb, head: 0, relation: "root"),
        ])
        #expect(withPreposition.label(of: 0).name == "nsubj")
    }

    /// "Kenya accused its neighbour, Tanzania, of…" with the name hung on the verb as a bare oblique.
    @Test func aNameSetOffByACommaAfterTheObjectIsItsApposition() {
        typealias Word = SyntaxTree.Word
        let words = [
            Word(form: "Kenya", tag: .propn, head: 2, relation: "nsubj"), Word(form: "accused", tag: .verb, head: 0, relation: "root"),
            Word(form: "its", tag: .det, head: 4, relation: "nmod:poss"), Word(form: "neighbour", tag: .noun, head: 2, relation: "obj"),
            Word(form: ",", tag: .punct, head: 6, relation: "punct"), Word(form: "Tanzania", tag: .propn, head: 2, relation: "obl"),
        ]
        let repaired = tree(words)
        #expect(repaired.governor(of: 5) == 3)
        #expect(repaired.label(of: 5).name == "appos")
        var marked = words
        marked[4] = Word(form: "and", tag: .cconj, head: 6, relation: "cc")
        #expect(tree(marked).governor(of: 5) == 1)
    }

    /// "Rwanda denies the accusations" read with the subject as the root and the verb as its `nmod`.
    @Test func aVerbHungUnderTheNounBeforeItAsItsModifierTakesItAsSubject() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "Rwanda", tag: .propn, head: 0, relation: "root"), Word(form: "denies", tag: .verb, head: 1, relation: "nmod"),
            Word(form: "accusations", tag: .noun, head: 2, relation: "obj"), Word(form: ".", tag: .punct, head: 1, relation: "punct"),
        ])
        #expect(repaired.governor(of: 1) == nil)
        #expect(repaired.governor(of: 0) == 1)
        #expect(repaired.label(of: 0).name == "nsubj")
        #expect(repaired.governor(of: 3) == 1)
    }

    /// "Mensah on the eve called on Togo" read with the name as the root and the verb as a clause of "eve": the verb is
    /// the root, the name its subject and the phrase its oblique. With a subject of its own, the clause stays.
    @Test func aVerbHungOnAPhraseAfterTheRootNameIsTheMainVerb() {
        typealias Word = SyntaxTree.Word
        func words(subject: Bool) -> [Word] {
            [
                Word(form: "Mensah", tag: .propn, head: 0, relation: "root"), Word(form: "on", tag: .adp, head: 4, relation: "case"),
                Word(form: "the", tag: .det, head: 4, relation: "det"), Word(form: "eve", tag: .noun, head: 1, relation: "obl"),
                Word(form: subject ? "Kofi" : "again", tag: subject ? .propn : .adv, head: 6, relation: subject ? "nsubj" : "advmod"),
                Word(form: "called", tag: .verb, head: 4, relation: "acl"),
                Word(form: "on", tag: .adp, head: 8, relation: "case"), Word(form: "Togo", tag: .propn, head: 6, relation: "obl"),
            ]
        }
        let repaired = tree(words(subject: false))
        #expect(repaired.governor(of: 5) == nil)
        #expect(repaired.governor(of: 0) == 5)
        #expect(repaired.label(of: 0).name == "nsubj")
        #expect(repaired.governor(of: 3) == 5)
        #expect(tree(words(subject: true)).governor(of: 5) == 3)
    }

    /// "According to X, during Y's visit" with the visit read as X's apposition: a noun with its own preposition is a
    /// complement; a bare apposition stays one.
    @Test func anAppositionWithItsOwnPrepositionIsAComplement() {
        typealias Word = SyntaxTree.Word
        func words(preposition: Bool) -> [Word] {
            [
                Word(form: "Mensah", tag: .propn, head: 0, relation: "root"), Word(form: ",", tag: .punct, head: 4, relation: "punct"),
                Word(form: preposition ? "during" : "the", tag: preposition ? .adp : .det, head: 4, relation: preposition ? "case" : "det"),
                Word(form: "visit", tag: .noun, head: 1, relation: "appos"),
            ]
        }
        #expect(tree(words(preposition: true)).label(of: 3).name == "nmod")
        #expect(tree(words(preposition: false)).label(of: 3).name == "appos")
    }

    /// "Además de Kenia, Uganda expulsó a X" with "Kenia", which governs its own "de", labelled a second subject, as the
    /// labeller does: a noun with a preposition is an oblique, and the name after the comma stays the verb's subject.
    @Test func aSubjectWithItsOwnPrepositionIsAnOblique() {
        typealias Word = SyntaxTree.Word
        func words(preposition: Bool) -> [Word] {
            [
                Word(form: "Además", tag: .adv, head: preposition ? 3 : 6, relation: preposition ? "case" : "advmod"),
                Word(form: "de", tag: .adp, head: 1, relation: "fixed"),
                Word(form: "Kenia", tag: .propn, head: 6, relation: "nsubj"), Word(form: ",", tag: .punct, head: 3, relation: "punct"),
                Word(form: "Uganda", tag: .propn, head: 6, relation: "nsubj"), Word(form: "expulsó", tag: .verb, head: 0, relation: "root"),
                Word(form: "a", tag: .adp, head: 8, relation: "case"), Word(form: "Ruanda", tag: .propn, head: 6, relation: "obj"),
            ]
        }
        let repaired = tree(words(preposition: true))
        #expect(repaired.label(of: 2).name == "obl")
        #expect(repaired.label(of: 4).name == "nsubj")
        #expect(tree(words(preposition: false)).label(of: 2).name == "nsubj")
    }

    /// "El martes impuso sanciones a X" read with the verb as a modifier of its object and the day as the root: the verb
    /// is the root, the noun its object, the day its oblique.
    @Test func aVerbHungOnItsObjectUnderARootDayIsTheRoot() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "El", tag: .det, head: 2, relation: "det"), Word(form: "martes", tag: .propn, head: 0, relation: "root"),
            Word(form: "impuso", tag: .verb, head: 4, relation: "nmod"), Word(form: "sanciones", tag: .noun, head: 2, relation: "obj"),
            Word(form: "a", tag: .adp, head: 6, relation: "case"), Word(form: "Ruanda", tag: .propn, head: 4, relation: "nmod"),
            Word(form: ".", tag: .punct, head: 2, relation: "punct"),
        ])
        #expect(repaired.label(of: 2).name == "root")
        #expect(repaired.governor(of: 3) == 2 && repaired.label(of: 3).name == "obj")
        #expect(repaired.governor(of: 1) == 2 && repaired.label(of: 1).name == "obl")
        #expect(repaired.governor(of: 6) == 2)
    }

    /// "La Unión Africana impuso una nueva ronda de sanciones a X" read with the verb under its object, the root, and the
    /// subject under the object too: the object's own determiner and adjective between them do not stop the repair.
    @Test func aVerbHungOnARootObjectAfterItsDeterminersIsTheRoot() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "Ruanda", tag: .propn, head: 5, relation: "nsubj"), Word(form: "impuso", tag: .verb, head: 5, relation: "nmod"),
            Word(form: "una", tag: .det, head: 5, relation: "det"), Word(form: "nueva", tag: .adj, head: 5, relation: "amod"),
            Word(form: "ronda", tag: .noun, head: 0, relation: "root"), Word(form: "de", tag: .adp, head: 7, relation: "case"),
            Word(form: "sanciones", tag: .noun, head: 5, relation: "nmod"), Word(form: ".", tag: .punct, head: 5, relation: "punct"),
        ])
        #expect(repaired.label(of: 1).name == "root")
        #expect(repaired.governor(of: 4) == 1 && repaired.label(of: 4).name == "obj")
        #expect(repaired.governor(of: 0) == 1 && repaired.label(of: 0).name == "nsubj")
        #expect(repaired.governor(of: 2) == 4 && repaired.governor(of: 3) == 4)
        // A word between them that is not the object's own leaves the parse as it is.
        let untouched = tree([
            Word(form: "Ruanda", tag: .propn, head: 5, relation: "nsubj"), Word(form: "impuso", tag: .verb, head: 5, relation: "nmod"),
            Word(form: "ayer", tag: .adv, head: 2, relation: "advmod"), Word(form: "nueva", tag: .adj, head: 5, relation: "amod"),
            Word(form: "ronda", tag: .noun, head: 0, relation: "root"),
        ])
        #expect(untouched.label(of: 4).name == "root")
    }

    /// "maniobras de China alrededor de Taiwán" with "Taiwán" an apposition under the adverb "alrededor" and its fixed
    /// "de": the adverb marks the noun, which completes the noun before it.
    @Test func anAdverbWithAFixedPrepositionMarksTheNounAfterIt() {
        typealias Word = SyntaxTree.Word
        let repaired = tree([
            Word(form: "maniobras", tag: .noun, head: 0, relation: "root"), Word(form: "de", tag: .adp, head: 3, relation: "case"),
            Word(form: "China", tag: .propn, head: 1, relation: "nmod"), Word(form: "alrededor", tag: .adv, head: 6, relation: "advmod"),
            Word(form: "de", tag: .adp, head: 4, relation: "fixed"), Word(form: "Taiwán", tag: .propn, head: 1, relation: "appos"),
        ])
        #expect(repaired.label(of: 3).name == "case" && repaired.governor(of: 3) == 5)
        #expect(repaired.label(of: 5).name == "nmod" && repaired.governor(of: 5) == 0)
    }

    /// "les dirigeants de X, de Y et de Z" with "de Y" read as the verb's subject: a name after a comma with the
    /// preposition of the name before it is that name's conjunct, and the verb keeps the subject written before.
    @Test func aListOfComplementsSplitByTheParserIsOneList() {
        #expect(Probe.events("Dans la Corne de l'Afrique, les dirigeants du Niger, du Mali et du Tchad ont signé un accord.", .fr)
            == ["NER AGREE MLI", "NER AGREE TCD", "MLI AGREE TCD"])
        #expect(Probe.events("Les dirigeants du Niger, du Mali et du Tchad ont signé un accord.", .fr)
            == ["NER AGREE MLI", "NER AGREE TCD", "MLI AGREE TCD"])
    }

    /// "«…», sostuvo el presidente tras un encuentro con X": the speaker written after the verb of saying, read as its
    /// object with the occasion hung on him, is its subject, and the occasion the verb's; an object that names no one who
    /// speaks stays an object.
    @Test func aSpeakerAfterTheVerbOfSayingIsItsSubjectAndTheOccasionTheVerbs() {
        typealias Word = SyntaxTree.Word
        func words(speaker: String) -> [Word] {
            [
                Word(form: "«", tag: .punct, head: 3, relation: "punct"), Word(form: "Todo", tag: .pron, head: 3, relation: "nsubj"),
                Word(form: "avanza", tag: .verb, head: 6, relation: "parataxis"), Word(form: "»", tag: .punct, head: 3, relation: "punct"),
                Word(form: ",", tag: .punct, head: 6, relation: "punct"), Word(form: "sostuvo", tag: .verb, head: 0, relation: "root"),
                Word(form: "el", tag: .det, head: 8, relation: "det"), Word(form: speaker, tag: .noun, head: 6, relation: "obj"),
                Word(form: "tras", tag: .adp, head: 11, relation: "case"), Word(form: "un", tag: .det, head: 11, relation: "det"),
                Word(form: "encuentro", tag: .noun, head: 8, relation: "nmod"), Word(form: "con", tag: .adp, head: 13, relation: "case"),
                Word(form: "Lima", tag: .propn, head: 8, relation: "nmod"), Word(form: ".", tag: .punct, head: 6, relation: "punct"),
            ]
        }
        let repaired = tree(words(speaker: "presidente"), language: .es)
        #expect(repaired.label(of: 7).name == "nsubj")
        #expect(repaired.governor(of: 10) == 5 && repaired.label(of: 10).name == "obl")
        #expect(repaired.governor(of: 12) == 10)
        let object = tree(words(speaker: "ruptura"), language: .es)
        #expect(object.label(of: 7).name == "obj")
        #expect(object.governor(of: 10) == 7)
    }

    @Test func theOccasionOfASpeakerWrittenAfterTheVerbIsHis() {
        #expect(Probe.events("«La frontera sigue abierta», sostuvo el presidente boliviano tras un encuentro con el canciller peruano.", .es)
            == ["BOL CONSULT PER"])
        #expect(Probe.events("La frontera sigue abierta, dijo el presidente de Bolivia tras un encuentro con el canciller peruano.", .es)
            == ["BOL CONSULT PER"])
        #expect(Probe.events("«No toleraremos amenazas», ha manifestado el presidente iraní durante una visita a Turquía.", .es)
            == ["IRN CONSULT TUR"])
        #expect(Probe.events("« La frontière reste ouverte », a affirmé le président malien après un entretien avec le Premier ministre nigérien.", .fr)
            == ["MLI CONSULT NER"])
    }

    /// "At a ceremony in Lima, X and Y signed…" with the list hung on the adjunct's last noun: the conjuncts after the
    /// comma are the verb's subject; a list of places inside the adjunct stays there when the verb has its subject.
    @Test func aSubjectListHungOnAFrontedAdjunctIsTheVerbs() {
        #expect(Probe.events("At a ceremony in Lima, Peruvian Foreign Minister Ana Torres and Chilean Ambassador Pablo Rojas signed an agreement on the loan.", .en)
            == ["person:ana-torres AGREE person:pablo-rojas"])
        #expect(Probe.events("In Lima, Peru and Chile signed an agreement.", .en) == ["PER AGREE CHL"])
        #expect(Probe.events("At a meeting in Lima, Peru, Chile and Bolivia, the ministers signed an agreement.", .en).isEmpty)
    }

    /// "avaient enjoint, jeudi, la Chine et la Russie à…": a noun the parser hangs on a verb as an apposition is its
    /// object after it.
    @Test func aVerbsAppositionIsItsObject() {
        typealias Word = SyntaxTree.Word
        func repaired(object: Bool) -> ParsedSentence {
            var words = [
                Word(form: "Oslo", tag: .propn, head: 2, relation: "nsubj"), Word(form: "pressa", tag: .verb, head: 0, relation: "root"),
                Word(form: ",", tag: .punct, head: 4, relation: "punct"), Word(form: "lundi", tag: .noun, head: 2, relation: "obl"),
                Word(form: ",", tag: .punct, head: 6, relation: "punct"), Word(form: "Berne", tag: .propn, head: 2, relation: "appos"),
            ]
            if object { words.append(Word(form: "ceci", tag: .pron, head: 2, relation: "obj")) }
            return tree(words)
        }
        #expect(repaired(object: false).label(of: 5).name == "obj")
        #expect(repaired(object: true).label(of: 5).name == "appos")
        #expect(Probe.events("Les Etats-Unis avaient enjoint, jeudi, la Chine et la Russie à faire pression sur la Corée du Nord.", .fr)
            == ["USA REQUEST CHN", "USA REQUEST RUS"])
    }

    /// "In August Nigeria, Africa's largest economy, shut…" with the name read as part of the date and its apposition as
    /// the subject: the name is the subject.
    @Test func aNameReadAsPartOfAFrontedDateIsTheSubject() throws {
        for text in ["In August Nigeria, Africa's largest economy, shut its land borders with Niger and Benin.",
                     "In August Nigeria, Africa's largest economy shut its land borders with Niger and Benin."] {
            let (document, sentence) = try parsed(text, .en)
            let name = try #require(sentence.words(of: try token("Nigeria", in: document)..<(try token("Nigeria", in: document) + 1)).first)
            let verb = try #require(sentence.words(of: try token("shut", in: document)..<(try token("shut", in: document) + 1)).first)
            #expect(sentence.governor(of: name) == verb && sentence.label(of: name).name == "nsubj", "\(text)")
            #expect(Probe.events(text, .en) == ["NGA SANCTION NER", "NGA SANCTION BEN", "NGA ACCUSE BEN", "NGA ACCUSE NER"], "\(text)")
        }
    }

    /// "has given India a deadline to…" with the thing given read as a second subject: the receiver is the indirect object
    /// and the thing the object.
    @Test func aSecondBareNounAfterTheObjectIsTheThingGiven() {
        typealias Word = SyntaxTree.Word
        func repaired(subject: Bool) -> ParsedSentence {
            var words = [
                Word(form: "Male", tag: .propn, head: 2, relation: "nsubj"), Word(form: "gave", tag: .verb, head: 0, relation: "root"),
                Word(form: "Delhi", tag: .propn, head: 2, relation: "obj"), Word(form: "a", tag: .det, head: 5, relation: "det"),
                Word(form: "deadline", tag: .noun, head: 2, relation: "nsubj:pass"),
            ]
            if !subject { words[0].relation = "obl" }
            return tree(words)
        }
        #expect(repaired(subject: true).label(of: 2).name == "iobj" && repaired(subject: true).label(of: 4).name == "obj")
        #expect(repaired(subject: false).label(of: 2).name == "obj")
        #expect(Probe.events("The Maldivian president, Amir Rasheed, has given India a deadline to withdraw its military personnel.", .en)
            .contains { $0.hasSuffix("REQUEST IND") })
    }

    /// "la reunión que mantuvieron X y Y", "l'accord qu'ont signé X et Y": the subject written after the verb of an
    /// object relative is its subject; a complement with a preposition after it is not ("que le llevará a Cuba").
    @Test func theSubjectAfterTheVerbOfAnObjectRelativeIsItsSubject() {
        #expect(Probe.events("La reunión que mantuvieron el presidente peruano y su homólogo chileno fue cordial.", .es) == ["PER CONSULT CHL"])
        #expect(Probe.events("El acuerdo que firmaron Perú y Chile es histórico.", .es) == ["PER AGREE CHL"])
        #expect(Probe.events("L'accord qu'ont signé le Pérou et le Chili est historique.", .fr) == ["PER AGREE CHL"])
        #expect(Probe.events("El canciller inicia hoy una gira que le llevará a Cuba, Panamá y Nicaragua.", .es).isEmpty)
        // The noun the parser joined to the verb after that subject is the subject's conjunct.
        #expect(Probe.events("La reunión que sostuvieron el presidente peruano y su par de Chile, Tomás Rivas, fue cordial.", .es)
                == ["PER CONSULT person:tomas-rivas"])
    }

    /// "Meeting the Kenyan president on Monday, Biden praised…" with the fronted clause read as a clausal subject beside
    /// the verb's subject: the clause is adverbial, and shares the subject.
    @Test func aClausalSubjectBesideASubjectIsAdverbial() {
        #expect(Probe.events("Meeting the Kenyan president on Monday, Biden praised the partnership.", .en) == ["person:joe-biden CONSULT KEN"])
    }

    /// "Accra - Okafor will meet…" with the place read as the subject and the name hung under it: the name takes the
    /// place's role, and the place hangs loose from the verb. A sentence whose first words close with no mark keeps its
    /// tree.
    @Test func aDatelineGivesItsRoleToTheSubjectAfterIt() {
        typealias Word = SyntaxTree.Word
        func words(mark: String) -> [Word] {
            [
                Word(form: "Accra", tag: .propn, head: 4, relation: "nsubj"), Word(form: mark, tag: .punct, head: 1, relation: "punct"),
                Word(form: "Okafor", tag: .propn, head: 1, relation: "flat"), Word(form: "met", tag: .verb, head: 0, relation: "root"),
                Word(form: "Togo", tag: .propn, head: 4, relation: "obj"),
            ]
        }
        let repaired = tree(words(mark: "-"))
        #expect(repaired.governor(of: 2) == 3 && repaired.label(of: 2).name == "nsubj")
        #expect(repaired.governor(of: 0) == 3 && repaired.label(of: 0).name == "dep")
        let untouched = tree(words(mark: ","))
        #expect(untouched.governor(of: 2) == 0 && untouched.label(of: 0).name == "nsubj")
    }

    /// "rechazó en la cumbre que X hablara…" with the clause read as a relative clause of "cumbre": the clause
    /// is the verb's complement, and its subordinator a marker.
    @Test func aClauseOfCompletionAfterAnObliqueIsTheVerbsComplement() {
        typealias Word = SyntaxTree.Word
        let words = [
            Word(form: "Ghana", tag: .propn, head: 2, relation: "nsubj"), Word(form: "rechazó", tag: .verb, head: 0, relation: "root"),
            Word(form: "en", tag: .adp, head: 5, relation: "case"), Word(form: "la", tag: .det, head: 5, relation: "det"),
            Word(form: "cumbre", tag: .noun, head: 2, relation: "obl"), Word(form: "que", tag: .sconj, head: 8, relation: "mark"),
            Word(form: "Togo", tag: .propn, head: 8, relation: "nsubj"), Word(form: "hablara", tag: .verb, head: 5, relation: "acl:relcl"),
        ]
        let repaired = tree(words, language: .es)
        #expect(repaired.governor(of: 7) == 1 && repaired.label(of: 7).name == "ccomp")
        var relative = words
        relative[5] = Word(form: "donde", tag: .sconj, head: 8, relation: "mark")
        #expect(tree(relative, language: .es).governor(of: 7) == 4)
    }

    /// "calling on Ghana to recognise…" with "on" read as the mark of the infinitive and the name as its subject: the
    /// name is the verb's oblique, and the clause its complement. A subordinator there, or a finite verb after the name
    /// ("after Ghana downed…"), opens a clause indeed.
    @Test func aPrepositionAfterItsVerbIsNoMark() {
        typealias Word = SyntaxTree.Word
        func words(_ tag: PartOfSpeech) -> [Word] {
            [
                Word(form: "Togo", tag: .propn, head: 2, relation: "nsubj"), Word(form: "calling", tag: .verb, head: 0, relation: "root"),
                Word(form: "on", tag: tag, head: 6, relation: "mark"), Word(form: "Ghana", tag: .propn, head: 6, relation: "nsubj"),
                Word(form: "to", tag: .part, head: 6, relation: "mark"), Word(form: "recognise", tag: .verb, head: 2, relation: "advcl"),
            ]
        }
        let repaired = tree(words(.adp))
        #expect(repaired.governor(of: 3) == 1 && repaired.label(of: 3).name == "obl")
        #expect(repaired.governor(of: 2) == 3 && repaired.label(of: 2).name == "case")
        #expect(repaired.label(of: 5).name == "xcomp")
        #expect(tree(words(.sconj)).governor(of: 3) == 5)
        var finite = words(.adp)
        finite[4] = Word(form: "then", tag: .adv, head: 6, relation: "advmod")
        #expect(tree(finite).governor(of: 3) == 5)
    }

    /// "condemned attacks by Togo targeted at Benin" read as a reported clause whose subject is "attacks": a noun with
    /// its own agent phrase before a participle with no object is the verb's object, and the participle describes it.
    @Test func aParticipleAfterANounWithItsAgentIsAReducedRelative() {
        typealias Word = SyntaxTree.Word
        func words(preposition: String) -> [Word] {
            [
                Word(form: "Ghana", tag: .propn, head: 2, relation: "nsubj"), Word(form: "condemned", tag: .verb, head: 0, relation: "root"),
                Word(form: "attacks", tag: .noun, head: 6, relation: "nsubj"), Word(form: preposition, tag: .adp, head: 5, relation: "case"),
                Word(form: "Togo", tag: .propn, head: 3, relation: "nmod"), Word(form: "targeted", tag: .verb, head: 2, relation: "ccomp"),
                Word(form: "at", tag: .adp, head: 8, relation: "case"), Word(form: "Benin", tag: .propn, head: 6, relation: "obl"),
            ]
        }
        let repaired = tree(words(preposition: "by"), language: .en)
        #expect(repaired.governor(of: 2) == 1 && repaired.label(of: 2).name == "obj")
        #expect(repaired.governor(of: 5) == 2 && repaired.label(of: 5).name == "acl")
        #expect(tree(words(preposition: "on"), language: .en).governor(of: 2) == 5)
    }

    /// "until the Togolese mentioned the border" with the demonym read as a modifier of the verb: a noun made of an
    /// adjective, after a determiner, is the verb's subject; with a subject written elsewhere it stays as it is.
    @Test func anAdjectiveRightBeforeItsVerbIsANounSubject() {
        typealias Word = SyntaxTree.Word
        let words = [
            Word(form: "the", tag: .det, head: 3, relation: "det"), Word(form: "Togolese", tag: .adj, head: 3, relation: "amod"),
            Word(form: "mentioned", tag: .verb, head: 0, relation: "root"), Word(form: "Ghana", tag: .propn, head: 3, relation: "obj"),
        ]
        let repaired = tree(words)
        #expect(repaired.governor(of: 1) == 2 && repaired.label(of: 1).name == "nsubj")
        #expect(repaired.governor(of: 0) == 1)
        var withSubject = words
        withSubject[3] = Word(form: "Ghana", tag: .propn, head: 3, relation: "nsubj")
        #expect(tree(withSubject).label(of: 1).name == "amod")
    }

    /// "El presidente de X, A, y su homóloga, B, acordaron…": a phrase a conjunction opens is the second subject, not an
    /// apposition of the first.
    @Test func aPhraseAConjunctionOpensIsAConjunct() {
        let events = Probe.events("""
            El presidente de Ghana, Kofi Mensah, y su homóloga togolesa, Ama Koffi, acordaron este sábado buscar soluciones \
            conjuntas para los retos de la migración.
            """, .es)
        #expect(events.contains { $0.contains("AGREE") && $0.contains("person:kofi-mensah") && $0.contains("person:ama-koffi") })
    }

    /// "Ghana said it will recognise Togo" with "it" read as the verb of saying's object and the clause as its
    /// complement of control: a complement with a tense auxiliary of its own is the reported clause, and "it" its
    /// subject. "urged it to recognise" keeps its control.
    @Test func aReportedClausesSubjectReadAsTheObjectIsItsSubject() {
        typealias Word = SyntaxTree.Word
        func words(mark: Bool) -> [Word] {
            [
                Word(form: "Ghana", tag: .propn, head: 2, relation: "nsubj"), Word(form: mark ? "urged" : "said", tag: .verb, head: 0, relation: "root"),
                Word(form: "it", tag: .pron, head: 2, relation: "obj"),
                mark ? Word(form: "to", tag: .part, head: 5, relation: "mark") : Word(form: "will", tag: .aux, head: 5, relation: "aux"),
                Word(form: "recognise", tag: .verb, head: 2, relation: "xcomp"), Word(form: "Togo", tag: .propn, head: 5, relation: "obj"),
            ]
        }
        let reported = tree(words(mark: false), language: .en)
        #expect(reported.governor(of: 2) == 4 && reported.label(of: 2).name == "nsubj")
        #expect(reported.label(of: 4).name == "ccomp")
        let controlled = tree(words(mark: true), language: .en)
        #expect(controlled.governor(of: 2) == 1 && controlled.label(of: 4).name == "xcomp")
    }

    /// "Ghana deplores and condemns Togo" with the second verb hung on the object as its modifier: the verb is the first
    /// one's conjunct and takes the object, with the coordinator; with no coordinator between them, nothing changes.
    @Test func aSecondVerbHungOnTheSharedObjectIsTheFirstsConjunct() {
        typealias Word = SyntaxTree.Word
        func words(coordinated: Bool) -> [Word] {
            [
                Word(form: "Ghana", tag: .propn, head: 2, relation: "nsubj"), Word(form: "deplores", tag: .verb, head: 0, relation: "root"),
                coordinated ? Word(form: "and", tag: .cconj, head: 5, relation: "cc") : Word(form: "very", tag: .adv, head: 2, relation: "advmod"),
                Word(form: "condemns", tag: .verb, head: 5, relation: "nmod"), Word(form: "Togo", tag: .propn, head: 2, relation: "obj"),
            ]
        }
        let repaired = tree(words(coordinated: true))
        #expect(repaired.governor(of: 3) == 1 && repaired.label(of: 3).name == "conj")
        #expect(repaired.governor(of: 4) == 3 && repaired.label(of: 4).name == "obj")
        #expect(repaired.governor(of: 2) == 3)
        let kept = tree(words(coordinated: false))
        #expect(kept.governor(of: 3) == 4 && kept.governor(of: 4) == 1)
    }

    /// "Après un entretien avec X, Y décide…" with Y hung on X as its conjunct, and the verb with no subject: one name
    /// after the adjunct's comma, with no coordinator, is the verb's subject alone. A verb with a subject keeps it.
    @Test func aNameAfterAFrontedAdjunctsCommaIsTheSubject() {
        typealias Word = SyntaxTree.Word
        func words(subject: Bool) -> [Word] {
            [
                Word(form: "Après", tag: .adp, head: 3, relation: "case"), Word(form: "un", tag: .det, head: 3, relation: "det"),
                Word(form: "entretien", tag: .noun, head: 8, relation: "obl"), Word(form: "avec", tag: .adp, head: 5, relation: "case"),
                Word(form: "Mensah", tag: .propn, head: 3, relation: "nmod"), Word(form: ",", tag: .punct, head: 7, relation: "punct"),
                Word(form: "Houngbo", tag: .propn, head: 5, relation: "conj"), Word(form: "décide", tag: .verb, head: 0, relation: "root"),
                subject ? Word(form: "il", tag: .pron, head: 8, relation: "nsubj") : Word(form: ".", tag: .punct, head: 8, relation: "punct"),
            ]
        }
        let repaired = tree(words(subject: false), language: .fr)
        #expect(repaired.governor(of: 6) == 7 && repaired.label(of: 6).name == "nsubj")
        let kept = tree(words(subject: true), language: .fr)
        #expect(kept.governor(of: 6) == 4 && kept.label(of: 6).name == "conj")
    }

    /// "According to Mensah, Ghana was concerned" read with the fronted phrase as the root and the clause as its
    /// relative: the clause is the sentence's, the phrase its oblique. A relative clause opened by "who" stays.
    @Test func aFrontedPhraseReadAsTheRootIsTheClausesOblique() {
        typealias Word = SyntaxTree.Word
        func words(subject: String, tag: PartOfSpeech) -> [Word] {
            [
                Word(form: "According", tag: .verb, head: 3, relation: "case"), Word(form: "to", tag: .adp, head: 1, relation: "fixed"),
                Word(form: "Mensah", tag: .propn, head: 0, relation: "root"), Word(form: ",", tag: .punct, head: 7, relation: "punct"),
                Word(form: subject, tag: tag, head: 7, relation: "nsubj"), Word(form: "was", tag: .aux, head: 7, relation: "cop"),
                Word(form: "concerned", tag: .verb, head: 3, relation: "acl:relcl"), Word(form: ".", tag: .punct, head: 3, relation: "punct"),
            ]
        }
        let repaired = tree(words(subject: "Ghana", tag: .propn))
        #expect(repaired.governor(of: 6) == nil && repaired.label(of: 6).name == "root")
        #expect(repaired.governor(of: 2) == 6 && repaired.label(of: 2).name == "obl")
        #expect(repaired.governor(of: 7) == 6)
        let relative = tree(words(subject: "who", tag: .pron))
        #expect(relative.governor(of: 6) == 2)
    }
}

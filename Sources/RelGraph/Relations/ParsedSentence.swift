/// A sentence's dependency tree told over the document's tokens: what the relation layer reads arguments from.
///
/// The tree's words are the parser's ("du" is "de" and "le"); each word keeps the document token it came from,
/// so an argument found on the tree is always an actor mention on the article's tokens.
struct ParsedSentence: Sendable {
    let tree: SyntaxTree
    /// The document token of each word.
    let tokenOfWord: [Int]
    /// The words of each token of the sentence, indexed from the sentence's first token.
    private let wordsOfToken: [Range<Int>]
    private let firstToken: Int
    /// The dependents of each word, left to right.
    private let children: WordDependents

    /// - Parameter hints: the names and verbs the lexicons found, told to the tagger and the parser.
    init(tokens: [Token], range: Range<Int>, language: Language, model: SyntaxModel, hints: ParseHints = ParseHints()) {
        var words = ParserWords(tokens: tokens, range: range, language: language, names: hints.names, tagger: { model.tags(of: $2, in: $1) })
        words.collapse(hints.nameSpans, tokens: tokens, phraseOpeners: hints.phraseOpeners)
        let predicates = words.predicateWords(tokens: tokens, hints: hints)
        let tree = model.parse(words.forms, atoms: words.atoms(), knownTags: words.properNounTags(tokens: tokens, names: hints.names, adjectives: hints.adjectives,
                                                                            auxiliaries: hints.auxiliaries, commonNouns: hints.commonNouns, numerals: hints.numerals),
                               predicates: predicates, standIns: words.verbStandIns(predicates))
        self.init(tree: tree, tokenOfWord: words.words.map(\.token), wordsOfToken: words.tokenWords, firstToken: range.lowerBound,
                  words: ArgumentWords.Shared.of(language))
    }

    /// The sentence a `SentenceSyntax` parsed (as `--explain` records it), its sentence starting at document token
    /// `firstToken`: the same tree the parse above gives, read once.
    init(_ syntax: SentenceSyntax, firstToken: Int, language: Language) {
        self.init(tree: syntax.tree, tokenOfWord: syntax.words.map { $0.token + firstToken },
                  wordsOfToken: syntax.tokens.map(\.words), firstToken: firstToken, words: ArgumentWords.Shared.of(language))
    }

    /// - Parameter words: the language's word classes, for the repairs that need them (`repairMeasureNouns`).
    init(tree: SyntaxTree, tokenOfWord: [Int], wordsOfToken: [Range<Int>], firstToken: Int, words: ArgumentWords.Shared? = nil) {
        var tree = tree
        // The word's fields are read in place: a copy of its label would retain and release its name, once per word parsed.
        for index in tree.words.indices {
            if let repair = Self.labelRepairs.first(where: { $0.tag == tree.words[index].tag && tree.words[index].label.isPlain($0.label) }) {
                tree.words[index].relation = repair.repaired
            }
        }
        _ = Self.repairDatelines(&tree)
        Self.repairModifiersOnVerbs(&tree)
        if let words { Self.repairActivesReadAsPassives(&tree, words: words) }
        var dependents = WordDependents(of: tree)
        if Self.repairAuxiliariesTakenForVerbs(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairVerbsReadAsCopulas(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairVerbsUnderTheirObject(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairCoordinatedVerbsUnderTheirObject(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairFrontedPhrasesTakenForRoots(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairVerbsTakenForSubjects(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairVerbsUnderARootObject(&tree, children: dependents, words: words) { dependents = WordDependents(of: tree) }
        if Self.repairParticiplesUnderTheirObject(&tree) { dependents = WordDependents(of: tree) }
        if Self.repairVerbsUnderTheirSubject(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairVerbsUnderAPhraseOfTheirSubject(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairInterposedClauses(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairSplitComplementLists(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        Self.repairApostrophePossessives(&tree)
        if Self.repairFrontedSubjects(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairSubjectListsOnFrontedAdjuncts(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairSubjectsTakenForConjuncts(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        // The classes are handed over by reference: a copy of them would retain each of their sets, once per repair.
        if let shared = words {
            Self.repairPurposesTakenForComplements(&tree, words: shared)
            Self.repairCliticsReadAsArticles(&tree, words: shared)
            if Self.repairEnclitics(&tree, tokenOfWord: tokenOfWord, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairFixedPredicates(&tree, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairMeasureNouns(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairComplementsOnAmounts(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairSubordinatingNouns(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairMeasureCompounds(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairPartitiveNumerals(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairNamesAfterDates(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairSubjectsAfterFrontedDates(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairClausesOnNamedObjects(&tree, children: dependents) { dependents = WordDependents(of: tree) }
            if Self.repairVerbParticleNouns(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairVerbsUnderARootTimeNoun(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairReportedClausesAfterDays(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairReportedSubjectsTakenForObjects(&tree, children: dependents) { dependents = WordDependents(of: tree) }
            if Self.repairCompletiveClausesOnObliques(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairReportedClausesTakenForConjuncts(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairCorrelativePairs(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairSpeakersAfterTheirVerb(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairFrontedDaysTakenForSubjects(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairAgoPhrases(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairObjectsAfterTimePhrases(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairInfinitivesAfterTimeNouns(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairComplementsAfterTimePhrases(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairComplementsOnTimeObjects(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairGenitivesAfterAgentPhrases(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairGenitivesOnPlaceNames(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairNamedObjects(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairAgentsAfterReasonPhrases(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairAgentPhrasesOnActiveVerbs(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairRelativeClausesTakenForMain(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairRelativeClausesAfterTheirName(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairReducedRelativesTakenForMain(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairReducedRelativesTakenForClauses(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairStancePhrases(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairConditionsTakenForRelatives(&tree, children: dependents, words: shared) { dependents = WordDependents(of: tree) }
            if Self.repairClauseSubjectsTakenForObliques(&tree, children: dependents, words: shared) {
                dependents = WordDependents(of: tree)
            }
            if Self.repairObjectRelativesTakenForSubordinators(&tree, children: dependents, words: shared) {
                dependents = WordDependents(of: tree)
            }
        }
        if let shared = words, Self.repairObjectRelativesTakenForSubjects(&tree, children: dependents, words: shared) {
            dependents = WordDependents(of: tree)
        }
        if Self.repairSubjectListsTakenForObliques(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairPrepositionsTakenForMarks(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairCompoundPrepositions(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairHeadlineSubjects(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairPassiveSubjectsReadAsExpletives(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairDependentsOfAuxiliaries(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairVerbsTakenForNames(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairSubjectsTakenForCompounds(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairSubordinatorsOnNouns(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        if Self.repairDetachedAppositions(&tree, children: dependents) { dependents = WordDependents(of: tree) }
        // The repairs below change labels, never heads (but for the rare subject after an object relative that has
        // conjuncts): the dependents found once serve both and the tree after them.
        Self.repairFrontedNouns(&tree, children: dependents)
        Self.repairNounsReadAsClauses(&tree, children: dependents)
        Self.repairSubjectsWithPrepositions(&tree, children: dependents)
        Self.repairAppositionsWithPrepositions(&tree, children: dependents)
        Self.repairSecondSubjects(&tree, children: dependents)
        Self.repairVocativeSubjects(&tree, children: dependents)
        Self.repairBareObliqueNames(&tree, children: dependents)
        Self.repairAppositionsOfVerbs(&tree, children: dependents)
        Self.repairConjunctsTakenForAppositions(&tree, children: dependents)
        Self.repairSecondObjects(&tree, children: dependents)
        Self.repairClausalSubjectsBesideSubjects(&tree, children: dependents)
        if let shared = words { Self.repairObjectRelativesTakenForCompletives(&tree, children: dependents, words: shared) }
        if let shared = words { Self.repairSubjectRelativesTakenForObjects(&tree, children: dependents, words: shared) }
        if let shared = words, Self.repairSubjectsAfterObjectRelatives(&tree, children: dependents, words: shared) {
            dependents = WordDependents(of: tree)
        }
        Self.repairLeftConjuncts(&tree, children: dependents)
        self.tree = tree
        self.tokenOfWord = tokenOfWord
        self.wordsOfToken = wordsOfToken
        self.firstToken = firstToken
        children = dependents
    }

    /// Labels that contradict the word's tag, and what the word is: a verb modifying a noun is a participial clause
    /// ("L'Iran, soumis à un embargo"), whatever the labeller, which decides apart from the tagger, called it.
    /// A list, not a dictionary: it is read for every word parsed, and the tag is compared before any label.
    static let labelRepairs: [(tag: PartOfSpeech, label: DependencyRelation, repaired: String)] = [(.verb, .amod, "acl")]

    /// "…, with Turkey's mediation" read as an adverbial clause: a noun with a preposition of its own and neither a
    /// subordinator nor a subject heads no clause, and is an oblique. With either, it is a verb the tagger missed
    /// ("si el ejército «comete» un error").
    private static func repairNounsReadAsClauses(_ tree: inout SyntaxTree, children: WordDependents) {
        for noun in tree.words.indices where tree.words[noun].tag == .noun && tree.words[noun].label.isPlain(.advcl) {
            guard children[noun].contains(where: { tree.words[$0].label.isPlain(.case) }),
                  !children[noun].contains(where: { [.mark, .nsubj].contains(tree.words[$0].label.relation) }) else { continue }
            tree.words[noun].relation = "obl"
        }
    }

    /// "L'Iran et l'Arabie saoudite sont convenus de…": a participle the language conjugates with "être" in the active
    /// voice, read as a passive. Its auxiliary is a tense's and its subject the doer.
    private static func repairActivesReadAsPassives(_ tree: inout SyntaxTree, words shared: ArgumentWords.Shared) {
        for word in tree.words.indices where tree.words[word].tag == .aux && tree.words[word].label.isSubtype("pass", of: .aux) {
            let verb = tree.words[word].head - 1
            guard verb > word, shared.words.activeParticiplesWithBe.contains(TextFolding.fold(tree.words[verb].form)),
                  !shared.words.beParticiples.contains(TextFolding.fold(tree.words[word].form)) else { continue }
            tree.words[word].relation = "aux:tense"
            for subject in tree.words.indices where tree.words[subject].head == verb + 1 && tree.words[subject].label.isSubtype("pass", of: .nsubj) {
                tree.words[subject].relation = "nsubj"
            }
        }
        // "Ghana and Togo have signed a treaty with regard to…": a passive subject on a verb with an object and neither
        // a passive auxiliary nor a reflexive marker is the verb's doer.
        for subject in tree.words.indices where tree.words[subject].label.isSubtype("pass", of: .nsubj) {
            let verb = tree.words[subject].head - 1
            // Only a subject written before its verb: a bare noun after the object is the thing given ("has given X a
            // deadline"), which a later repair reads.
            guard verb > subject, tree.words[verb].tag == .verb else { continue }
            let dependents = tree.words.indices.filter { tree.words[$0].head == verb + 1 }
            guard dependents.contains(where: { tree.words[$0].label.isPlain(.obj) && tree.words[$0].tag != .pron }),
                  !dependents.contains(where: { tree.words[$0].label.isSubtype("pass", of: .aux) || tree.words[$0].label.relation == .expl })
            else { continue }
            tree.words[subject].relation = "nsubj"
        }
    }

    /// "À son arrivée, il a été accueilli par le président X": a pronoun before a passive verb that names its agent is
    /// the verb's subject, not the expletive of an impersonal clause ("il a été décidé que…" names none).
    /// - Returns: whether a label changed.
    private static func repairPassiveSubjectsReadAsExpletives(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for pronoun in tree.words.indices where tree.words[pronoun].tag == .pron && tree.words[pronoun].label.relation == .expl {
            let verb = tree.words[pronoun].head - 1
            guard verb > pronoun, tree.words[verb].tag == .verb,
                  children[verb].contains(where: { tree.words[$0].label.isSubtype("pass", of: .aux) }),
                  children[verb].contains(where: { tree.words[$0].label.isSubtype("agent", of: .obl) }),
                  !children[verb].contains(where: { tree.words[$0].label.relation == .nsubj }) else { continue }
            tree.words[pronoun].relation = "nsubj:pass"
            changed = true
        }
        return changed
    }

    /// "Kenya, Uganda sign agreements": a headline joins its subjects with a comma, which the parser reads as an address
    /// to the first name. A name hung on the verb as a vocative, a comma and the verb's subject after it are the
    /// subject and its conjunct.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairHeadlineSubjects(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb {
            guard let first = children[verb].first(where: { $0 < verb && tree.words[$0].tag == .propn && tree.words[$0].label.isPlain(.vocative) }),
                  first + 2 < tree.words.count, tree.words[first + 1].form == ",",
                  let second = children[verb].first(where: { $0 > first + 1 && $0 < verb && tree.words[$0].tag == .propn
                      && tree.words[$0].label.isPlain(.nsubj) }) else { continue }
            tree.words[first].relation = "nsubj"
            tree.words[second].head = first + 1
            tree.words[second].relation = "conj"
            changed = true
        }
        return changed
    }

    /// "Le Ghana ferme son espace aérien au Togo": a verb in the present right after a name, read as the name's last
    /// word, heads the clause when it has an object: the name is its subject.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairVerbsTakenForNames(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb && tree.words[verb].label.relation == .flat {
            let name = tree.words[verb].head - 1
            guard name >= 0, name < verb, tree.words[name].tag == .propn,
                  children[verb].contains(where: { tree.words[$0].label.relation == .obj }) else { continue }
            tree.words[verb].head = tree.words[name].head
            tree.words[verb].relation = tree.words[name].relation
            tree.words[name].head = verb + 1
            tree.words[name].relation = "nsubj"
            for child in children[name] where child > verb && tree.words[child].label.relation != .flat {
                tree.words[child].head = verb + 1
            }
            changed = true
        }
        return changed
    }

    /// "after his Togolese counterpart X agreed to…", with the possessive read as the verb's subject and the name as a
    /// compound of the verb, or as a second subject: a name or a noun compounds no verb, and a possessive written
    /// right before a name owns it. The name is the subject, and the possessive its owner.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairSubjectsTakenForCompounds(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for word in tree.words.indices where [.propn, .noun].contains(tree.words[word].tag)
            && (tree.words[word].label.isPlain(.compound) || tree.words[word].label.isPlain(.nsubj)) {
            let verb = tree.words[word].head - 1
            guard verb > word, tree.words[verb].tag == .verb else { continue }
            let subjects = children[verb].filter { $0 != word && tree.words[$0].label.relation == .nsubj }
            // "his counterpart X agreed", with both words read as subjects: the possessive owns the name.
            let owner = word > 0 && subjects.contains(word - 1) && tree.words[word - 1].tag == .pron
                && FunctionWords.possessives.contains(TextFolding.fold(tree.words[word - 1].form))
            guard owner || (subjects.isEmpty && tree.words[word].label.isPlain(.compound)) else { continue }
            if owner {
                tree.words[word - 1].head = word + 1
                tree.words[word - 1].relation = "nmod:poss"
            }
            tree.words[word].relation = "nsubj"
            changed = true
        }
        return changed
    }

    /// "Le Togo a quant à lui rejeté…": a phrase between an auxiliary and its verb makes the parser hang the subject
    /// on the auxiliary. An auxiliary heads nothing: its subject or complement is its verb's.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairDependentsOfAuxiliaries(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for auxiliary in tree.words.indices where tree.words[auxiliary].tag == .aux && tree.words[auxiliary].label.relation == .aux {
            let verb = tree.words[auxiliary].head - 1
            guard verb > auxiliary, tree.words[verb].tag == .verb else { continue }
            for child in children[auxiliary] where [.nsubj, .obj, .iobj, .obl].contains(tree.words[child].label.relation) {
                tree.words[child].head = verb + 1
                changed = true
            }
        }
        return changed
    }

    /// "The German Foreign Ministry summoned…" parsed with "The" and "German" on the verb (as a modifier or as an
    /// adverb): a determiner or an adjective modifies a noun, never a verb. One that stands before its verb, with only adjectives and determiners between it
    /// and a noun before that verb, modifies that noun.
    private static func repairModifiersOnVerbs(_ tree: inout SyntaxTree) {
        for word in tree.words.indices {
            let tag = tree.words[word].tag, relation = tree.words[word].label.relation
            guard (tag == .det && relation == .det) || (tag == .adj && [.amod, .advmod].contains(relation)) else { continue }
            let head = tree.words[word].head - 1
            guard head > word, tree.words[head].tag == .verb else { continue }
            guard let noun = (word + 1..<head).first(where: { tree.words[$0].tag != .adj && tree.words[$0].tag != .det }),
                  tree.words[noun].tag == .noun || tree.words[noun].tag == .propn else {
                repairAdjectiveReadAsModifierOfItsVerb(word, verb: head, in: &tree)
                continue
            }
            tree.words[word].head = noun + 1
            if relation == .advmod { tree.words[word].relation = "amod" }
        }
    }

    /// "until the Togolese mentioned the border": an adjective right before its verb, after a determiner, with no
    /// subject on the verb, is a noun made of it ("the Togolese", "les Ghanéens"), and the verb's subject.
    private static func repairAdjectiveReadAsModifierOfItsVerb(_ word: Int, verb: Int, in tree: inout SyntaxTree) {
        guard tree.words[word].tag == .adj, word + 1 == verb, word > 0, tree.words[word - 1].tag == .det,
              tree.words[word - 1].head == verb + 1 || tree.words[word - 1].head == word + 1,
              !tree.words.contains(where: { $0.head == verb + 1 && [.nsubj, .csubj].contains($0.label.relation) }) else { return }
        tree.words[word].relation = "nsubj"
        tree.words[word - 1].head = word + 1
        tree.words[word - 1].relation = "det"
    }

    /// "L'Union africaine les a appelés…", with the object clitic read as an article of the verb: an article right
    /// before the auxiliaries of its verb, spelt as an object pronoun, is the verb's object. Right before the verb
    /// itself it may be the article of a noun the tagger read as a verb ("l'accord", "la Charte").
    private static func repairCliticsReadAsArticles(_ tree: inout SyntaxTree, words shared: ArgumentWords.Shared) {
        for word in tree.words.indices where tree.words[word].tag == .det && tree.words[word].label.isPlain(.det) {
            let head = tree.words[word].head - 1
            guard head > word + 1, tree.words[head].tag == .verb, (word + 1..<head).allSatisfy({ tree.words[$0].tag == .aux }),
                  shared.words.objectPronouns.contains(TextFolding.fold(tree.words[word].form)) else { continue }
            tree.words[word].relation = "obj"
            // The subject the parser took for a passive one, with no passive auxiliary, is the active verb's.
            let dependents = tree.words.indices.filter { tree.words[$0].head == head + 1 }
            guard !dependents.contains(where: { tree.words[$0].label.isSubtype("pass", of: .aux) }) else { continue }
            for subject in dependents where tree.words[subject].label.isSubtype("pass", of: .nsubj) {
                tree.words[subject].relation = "nsubj"
            }
        }
    }

    /// "acusándolos de…", "para felicitarlo": an object pronoun written onto the end of a verb, which the tokenizer
    /// splits off as a word of the verb's token, is that verb's object, however the parser hung it (as the article of the
    /// noun after it).
    private static func repairEnclitics(_ tree: inout SyntaxTree, tokenOfWord: [Int], words shared: ArgumentWords.Shared) -> Bool {
        var repaired = false
        for word in tree.words.indices.dropFirst() where tokenOfWord[word] == tokenOfWord[word - 1]
            && tree.words[word - 1].tag == .verb && tree.words[word].head != word
            && shared.words.objectPronouns.contains(TextFolding.fold(tree.words[word].form)) {
            tree.words[word].head = word
            tree.words[word].tag = .pron
            tree.words[word].relation = "obj"
            repaired = true
        }
        return repaired
    }

    /// "Fait marquant, le Ghana et le Togo ont signé…", "A day later, Chile and Peru signed…": a fronted
    /// noun phrase and its comma taken for the subject, and the name after the comma for a bare oblique. A verb whose
    /// common-noun subject stands before a comma, with a name and no preposition between that comma and the verb,
    /// has the name for its subject; the fronted noun is an adjunct.
    private static func repairFrontedNouns(_ tree: inout SyntaxTree, children: WordDependents) {
        for verb in tree.words.indices where tree.words[verb].tag == .verb {
            guard let subject = children[verb].first(where: { $0 < verb && tree.words[$0].label.relation == .nsubj }),
                  tree.words[subject].tag == .noun,
                  let comma = children[verb].first(where: { $0 > subject && $0 < verb && tree.words[$0].tag == .punct })
                    ?? (subject + 1..<verb).first(where: { tree.words[$0].form == "," }),
                  let name = children[verb].first(where: { child in
                      child > comma && child < verb && tree.words[child].tag == .propn
                          && tree.words[child].label.relation == .obl
                          && !children[child].contains { tree.words[$0].label.isPlain(.case) }
                  }) else { continue }
            tree.words[name].label = tree.words[subject].label
            tree.words[subject].relation = "obl:mod"
        }
    }

    /// "Meeting the Kenyan president on Monday, Biden praised…" with the fronted clause read as the verb's clausal
    /// subject: a verb with a subject of its own has no clausal subject, and the clause is adverbial.
    private static func repairClausalSubjectsBesideSubjects(_ tree: inout SyntaxTree, children: WordDependents) {
        for clause in tree.words.indices where tree.words[clause].label.isPlain(.csubj) && tree.words[clause].tag == .verb {
            let verb = tree.words[clause].head - 1
            guard verb > clause, children[verb].contains(where: { tree.words[$0].label.relation == .nsubj }) else { continue }
            tree.words[clause].relation = "advcl"
        }
    }

    /// "has given India a deadline to…", "offered Kyiv a loan": the second of two bare nouns after a verb that has its
    /// subject before it, read as a second subject, is the thing given; the first, read as the object, the receiver.
    private static func repairSecondObjects(_ tree: inout SyntaxTree, children: WordDependents) {
        for verb in tree.words.indices where tree.words[verb].tag == .verb {
            let dependents = children[verb]
            guard dependents.contains(where: { $0 < verb && tree.words[$0].label.relation == .nsubj }),
                  let receiver = dependents.first(where: { $0 > verb && tree.words[$0].label.isPlain(.obj) && isBare($0, in: tree, children: children) }),
                  let thing = dependents.first(where: { $0 > receiver && tree.words[$0].label.relation == .nsubj
                      && tree.words[$0].tag == .noun && isBare($0, in: tree, children: children) }) else { continue }
            tree.words[receiver].relation = "iobj"
            tree.words[thing].relation = "obj"
        }
    }

    /// A noun or name with no preposition of its own.
    static func isBare(_ word: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        [.noun, .propn, .pron].contains(tree.words[word].tag) && !children[word].contains { tree.words[$0].label.isPlain(.case) }
    }

    /// A name, or a noun of those who act ("el canciller", "le ministère"), with no preposition of its own: who may be a
    /// clause's subject where the parser read an object ("confirmó la ruptura" has an object).
    static func isBareActorNoun(_ word: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        let isActor = tree.words[word].tag == .propn
            || (tree.words[word].tag == .noun && shared.words.agentNouns.contains(TextFolding.fold(tree.words[word].form)))
        return isActor && isBare(word, in: tree, children: children)
    }

    /// "avaient enjoint, jeudi, la Chine et la Russie à…": a noun set apart from its verb by a phrase between commas, which
    /// the parser hangs on the verb as an apposition. A verb has no apposition: after it, the noun is its object when it
    /// has none; before it, its subject when it has none.
    private static func repairAppositionsOfVerbs(_ tree: inout SyntaxTree, children: WordDependents) {
        for noun in tree.words.indices where tree.words[noun].label.isPlain(.appos) && [.noun, .propn].contains(tree.words[noun].tag) {
            let verb = tree.words[noun].head - 1
            guard verb >= 0, tree.words[verb].tag == .verb else { continue }
            let wanted: DependencyRelation = noun > verb ? .obj : .nsubj
            guard !children[verb].contains(where: { tree.words[$0].label.relation == wanted }) else { continue }
            tree.words[noun].relation = wanted == .obj ? "obj" : "nsubj"
        }
    }

    /// "El presidente de X, A, y su homóloga, B, acordaron…": a phrase the labeller called an apposition but that a
    /// coordinating conjunction opens is a conjunct, the second of those who act.
    private static func repairConjunctsTakenForAppositions(_ tree: inout SyntaxTree, children: WordDependents) {
        for word in tree.words.indices where tree.words[word].label.isPlain(.appos)
            && children[word].contains(where: { $0 < word && tree.words[$0].tag == .cconj && tree.words[$0].label.isPlain(.cc) }) {
            tree.words[word].relation = "conj"
        }
    }

    /// "a accusé son voisin, le Bénin, de…", "accused its neighbour, Rwanda, of…": a name set off by commas right
    /// after a noun, which the parser hangs on the noun's verb as a bare oblique, is the noun's apposition.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairDetachedAppositions(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for name in tree.words.indices where tree.words[name].tag == .propn
            && tree.words[name].label.relation == .obl
            && !children[name].contains(where: { tree.words[$0].label.isPlain(.case) }) {
            // Dependents are listed left to right: the first and the last that qualify are the leftmost and the rightmost.
            let first = children[name].first { $0 < name && tree.words[$0].tag != .punct } ?? name
            let last = children[name].last { $0 > name && tree.words[$0].tag != .punct } ?? name
            let noun = first - 2
            // Closed by punctuation, or it would be the subject after a fronted noun ("Highlight, Kenya signed").
            guard noun >= 0, tree.words[first - 1].form == ",", last + 1 >= tree.words.count || tree.words[last + 1].tag == .punct,
                  [.noun, .propn].contains(tree.words[noun].tag),
                  tree.words[noun].head == tree.words[name].head,
                  [.obj, .nsubj].contains(tree.words[noun].label.relation) else { continue }
            tree.words[name].head = noun + 1
            tree.words[name].relation = "appos"
            changed = true
        }
        return changed
    }

    /// "alrededor de Taiwán", "autour de Taïwan", "cerca de la frontera": an adverb made a preposition by the "de" fixed
    /// to it marks the noun after it, which the labeller may call an apposition or a subject. The adverb is the noun's
    /// case marker, and the noun a complement of its head. The same holds when the parser makes the adverb the head
    /// of the noun.
    /// - Returns: whether a head or a label changed, so that the dependents are found again.
    private static func repairCompoundPrepositions(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for noun in tree.words.indices where [.noun, .propn].contains(tree.words[noun].tag) {
            guard let adverb = children[noun].first(where: { child in
                child < noun && tree.words[child].tag == .adv && tree.words[child].label.isPlain(.advmod)
                    && children[child].contains { tree.words[$0].tag == .adp && tree.words[$0].label.isPlain(.fixed) }
            }) else { continue }
            tree.words[adverb].relation = "case"
            changed = true
            let head = tree.words[noun].head - 1
            guard head >= 0, [.appos, .nsubj, .obj].contains(tree.words[noun].label.relation) else { continue }
            tree.words[noun].relation = [.noun, .propn, .pron].contains(tree.words[head].tag) ? "nmod" : "obl"
        }
        // "exercices autour de Taïwan" read with the adverb as the head of the noun after it: the noun takes the
        // adverb's place, and the adverb marks it.
        for adverb in tree.words.indices where tree.words[adverb].tag == .adv && tree.words[adverb].label.isPlain(.advmod) {
            let head = tree.words[adverb].head - 1
            guard head >= 0, children[adverb].count == 1, let noun = children[adverb].first, noun > adverb,
                  [.noun, .propn].contains(tree.words[noun].tag),
                  children[noun].contains(where: { $0 < noun && tree.words[$0].label.isPlain(.case) }) else { continue }
            tree.words[noun].head = head + 1
            tree.words[noun].relation = [.noun, .propn, .pron].contains(tree.words[head].tag) ? "nmod" : "obl"
            tree.words[adverb].head = noun + 1
            tree.words[adverb].relation = "case"
            // Its "de" is the compound's, as the treebanks write it: the noun is no genitive.
            for marker in children[noun] where marker > adverb && marker < noun && tree.words[marker].label.isPlain(.case) {
                tree.words[marker].head = adverb + 1
                tree.words[marker].relation = "fixed"
            }
            changed = true
        }
        // "debido al asalto", "owing to the raid": a participle made a preposition by the word fixed to it, read as a
        // clause whose object is the noun. The noun takes the clause's place, and the participle marks it: a cause
        // named so is no act of the clause above.
        for participle in tree.words.indices where tree.words[participle].tag == .verb
            && [.acl, .advcl].contains(tree.words[participle].label.relation) {
            let head = tree.words[participle].head - 1
            guard head >= 0, participle + 1 < tree.words.count, tree.words[participle + 1].tag == .adp,
                  tree.words[participle + 1].label.isPlain(.fixed), tree.words[participle + 1].head == participle + 1,
                  let noun = children[participle].first(where: { $0 > participle + 1 && [.noun, .propn].contains(tree.words[$0].tag)
                      && [.obj, .obl, .nmod].contains(tree.words[$0].label.relation) }) else { continue }
            tree.words[noun].head = head + 1
            tree.words[noun].relation = [.noun, .propn, .pron].contains(tree.words[head].tag) ? "nmod" : "obl"
            tree.words[participle].head = noun + 1
            tree.words[participle].relation = "case"
            tree.words[participle].tag = .adp
            changed = true
        }
        return changed
    }

    /// "Además de X, Bolivia expulsó…", "Besides X, Poland expelled…": a noun that governs its own preposition is no
    /// subject, whatever the labeller says; it is an oblique of the verb. Relabelled before the subjects are counted,
    /// so that the name after the comma stays the only subject.
    private static func repairSubjectsWithPrepositions(_ tree: inout SyntaxTree, children: WordDependents) {
        for word in tree.words.indices where tree.words[word].label.isPlain(.nsubj) && tree.words[word].tag != .pron {
            guard children[word].contains(where: { $0 < word && tree.words[$0].label.isPlain(.case) })
            else { continue }
            tree.words[word].relation = "obl"
        }
    }

    /// "According to X, during Y's visit to Z…" read with the visit as X's apposition: a noun that governs its own
    /// preposition renames no one; it is a complement.
    private static func repairAppositionsWithPrepositions(_ tree: inout SyntaxTree, children: WordDependents) {
        for word in tree.words.indices where tree.words[word].label.isPlain(.appos) && tree.words[word].tag == .noun {
            guard children[word].contains(where: { $0 < word && tree.words[$0].tag == .adp && tree.words[$0].label.isPlain(.case) })
            else { continue }
            tree.words[word].relation = "nmod"
        }
    }

    /// A verb with two subjects, one on each side ("Etiopía invadió Somalia" read as two `nsubj`): the one after it
    /// is its object, as French, English and Spanish put the subject first when both are written.
    private static func repairSecondSubjects(_ tree: inout SyntaxTree, children: WordDependents) {
        // The subjects are counted in place: most words have none, and a list of them per word would be built to be dropped.
        for head in 0..<children.count {
            var subjects = 0
            var subjectBefore = false
            for child in children[head] where tree.words[child].label.isPlain(.nsubj) {
                subjects += 1
                subjectBefore = subjectBefore || child < head
            }
            guard subjects > 1, subjectBefore else { continue }
            for subject in children[head] where subject > head && tree.words[subject].label.isPlain(.nsubj) {
                tree.words[subject].relation = "obj"
            }
        }
    }

    /// "Czech Prime Minister X and his Polish counterpart, Y, have signed…" read with X as a vocative: news addresses no
    /// one, and a name before a verb that has no subject is its subject.
    private static func repairVocativeSubjects(_ tree: inout SyntaxTree, children: WordDependents) {
        for name in tree.words.indices where tree.words[name].label.relation == .vocative && [.propn, .noun].contains(tree.words[name].tag) {
            let verb = tree.words[name].head - 1
            guard verb > name, tree.words[verb].tag == .verb,
                  !children[verb].contains(where: { [.nsubj, .csubj].contains(tree.words[$0].label.relation) }) else { continue }
            tree.words[name].relation = "nsubj"
        }
    }

    /// "a mis en garde, mardi, le Niger contre…": after an inserted adjunct, the parser may hang the object on the verb
    /// as an oblique. A name with its article and no preposition, after an active verb that has no object, is its object:
    /// French and Spanish write no bare oblique but of time, and no name of time takes an article.
    private static func repairBareObliqueNames(_ tree: inout SyntaxTree, children: WordDependents) {
        for name in tree.words.indices where tree.words[name].tag == .propn && tree.words[name].label.relation == .obl {
            let verb = tree.words[name].head - 1
            guard verb >= 0, verb < name, tree.words[verb].tag == .verb,
                  children[name].contains(where: { tree.words[$0].label.isPlain(.det) }),
                  !children[name].contains(where: { tree.words[$0].label.relation == .case }),
                  !children[verb].contains(where: { tree.words[$0].label.isPlain(.obj) || tree.words[$0].label.isSubtype("pass", of: .aux) }),
                  !continuesList(name, in: tree, children: children)
            else { continue }
            tree.words[name].relation = "obj"
        }
    }

    /// "avec l'Éthiopie, la Somalie et l'Ouganda" read as two obliques: a name that heads conjuncts of its own, or follows
    /// a name and a comma, is a member of a list, whatever its label.
    private static func continuesList(_ name: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        if children[name].contains(where: { tree.words[$0].label.isPlain(.conj) }) { return true }
        let before = wordBefore(name, in: tree, children: children) { _ in true }
        return before >= 1 && tree.words[before].form == "," && tree.words[before - 1].tag == .propn
    }

    /// The word before `word` and those of its own dependents written right before it that `skipped` accepts ("le"
    /// of "le Niger"): where the comma or the preposition opening its phrase stands; -1 at the sentence's start.
    private static func wordBefore(_ word: Int, in tree: SyntaxTree, children: WordDependents, skipping skipped: (Int) -> Bool) -> Int {
        var before = word - 1
        while before >= 0, children[word].contains(before), skipped(before) { before -= 1 }
        return before
    }

    /// "In contrast, both X and Y have been greeted…", "Horas después de la crítica de X, el consejero Y, condenó…":
    /// after a fronted adjunct and a comma, the parser often hangs the subject on the adjunct's noun as an
    /// apposition, leaving the verb with none. A verb with no subject whose word just before it (commas and its own
    /// auxiliaries and adverbs aside) lies in such an apposition takes the apposition as its subject. So does a main
    /// verb the parser coordinated with a fronted clause ("Comme les diplomates n'arrivent pas à trouver une solution,
    /// X et Y conviennent…" with X hung on "solution"): the name after the comma is no complement of the clause before.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairFrontedSubjects(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb
            && (tree.words[verb].label.isPlain(.root) || isCoordinatedAfterClause(verb, in: tree)) {
            guard !children[verb].contains(where: { subjectLabels.contains(tree.words[$0].label.relation)
                || tree.words[$0].label.isSubtype("subj", of: .expl) }) else { continue }
            var before = verb - 1
            while before >= 0, tree.words[before].tag == .punct
                    || (tree.words[before].head - 1 == verb && frontedSkips.contains(tree.words[before].label.relation)) {
                before -= 1
            }
            guard before >= 0, let apposition = frontedApposition(from: before, verb: verb, in: tree)
                    ?? interposedPhraseStart(before: before, verb: verb, in: tree).flatMap({ frontedApposition(from: $0, verb: verb, in: tree) })
                    ?? bareInterposedPhraseStart(before: before, in: tree).flatMap({ frontedApposition(from: $0, verb: verb, in: tree) })
            else { continue }
            let passive = children[verb].contains { tree.words[$0].label.isSubtype("pass", of: .aux) }
            tree.words[apposition].head = verb + 1
            tree.words[apposition].relation = passive ? "nsubj:pass" : "nsubj"
            if isMainClauseAfterSubordinate(verb, in: tree) {
                let subordinate = tree.words[verb].head - 1
                tree.words[verb].head = 0
                tree.words[verb].relation = "root"
                tree.words[subordinate].head = verb + 1
                tree.words[subordinate].relation = "advcl"
            }
            changed = true
        }
        return changed
    }

    /// "X recalled its envoy to Lomé and Benin severed air links" read with Benin as one more place of the envoy and
    /// "severed" coordinated with no subject: a verb coordinated with no coordinator of its own and no subject, right
    /// after a name that a coordinator joins to the list before it, has that name for subject, and the coordinator
    /// joins the clauses.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairSubjectsTakenForConjuncts(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        // Also read as a complement with no marker ("recalled its envoy to X and Y severed…" with "severed" an xcomp).
        for verb in tree.words.indices where verb > 1 && tree.words[verb].tag == .verb
            && (tree.words[verb].label.isPlain(.conj) || tree.words[verb].label.isPlain(.xcomp)) {
            let subject = verb - 1
            guard [.noun, .propn].contains(tree.words[subject].tag), tree.words[subject].label.isPlain(.conj),
                  !children[verb].contains(where: { subjectLabels.contains(tree.words[$0].label.relation) || tree.words[$0].label.isPlain(.cc)
                      || tree.words[$0].label.isPlain(.mark) }),
                  let coordinator = children[subject].first(where: { $0 == subject - 1 && tree.words[$0].label.isPlain(.cc) })
            else { continue }
            tree.words[subject].head = verb + 1
            tree.words[subject].relation = "nsubj"
            tree.words[coordinator].head = verb + 1
            changed = true
        }
        return changed
    }

    /// "At a ceremony in Lima, X and Y signed…", "En la cumbre de Quito, X y Y firmaron…": after a fronted adjunct
    /// and a comma, the parser may hang a list of subjects on the adjunct's last noun as its conjuncts, leaving the verb
    /// with none. The conjuncts from the first one a comma opens to the one a coordinator closes the list with, right
    /// before the verb, are its subject.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairSubjectListsOnFrontedAdjuncts(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb && tree.words[verb].label.isPlain(.root) {
            guard !children[verb].contains(where: { subjectLabels.contains(tree.words[$0].label.relation) }) else { continue }
            var before = verb - 1
            while before >= 0, tree.words[before].tag == .punct
                    || (tree.words[before].head - 1 == verb && frontedSkips.contains(tree.words[before].label.relation)) {
                before -= 1
            }
            guard before > 0, tree.words[before].label.isPlain(.conj), case let host = tree.words[before].head - 1, host >= 0,
                  isInFrontedAdjunct(host, verb: verb, in: tree) else { continue }
            // "À la suite d'un entretien avec X, le président Y décide…": one name after the adjunct's comma, the only
            // conjunct of the adjunct's last noun, with no coordinator, right before the verb, is its subject alone. A
            // list of commas ("avec X, Y, Z, W décide") stays the adjunct's.
            if !children[before].contains(where: { tree.words[$0].label.relation == .cc }) {
                guard [.noun, .propn].contains(tree.words[before].tag), opensAfterComma(before, in: tree, children: children),
                      children[host].filter({ tree.words[$0].label.isPlain(.conj) }) == [before],
                      !children[before].contains(where: { tree.words[$0].label.isPlain(.conj) }) else { continue }
                tree.words[before].head = verb + 1
                tree.words[before].relation = "nsubj"
                changed = true
                continue
            }
            // A list that a coordinator closes right before the verb: "…, X and Y signed"; an open list of commas is the
            // adjunct's.
            guard let first = children[host].first(where: { conjunct in
                conjunct <= before && tree.words[conjunct].label.isPlain(.conj) && [.noun, .propn].contains(tree.words[conjunct].tag)
                    && opensAfterComma(conjunct, in: tree, children: children)
            }) else { continue }
            for conjunct in children[host] where conjunct > first && conjunct <= before
                && [.conj, .cc, .punct].contains(tree.words[conjunct].label.relation) {
                tree.words[conjunct].head = first + 1
            }
            tree.words[first].head = verb + 1
            tree.words[first].relation = "nsubj"
            changed = true
        }
        return changed
    }

    /// Whether the word hangs, through nouns, from an adjunct of `verb` written before it.
    private static func isInFrontedAdjunct(_ word: Int, verb: Int, in tree: SyntaxTree) -> Bool {
        var current = word
        for _ in 0..<tree.words.count {
            let head = tree.words[current].head - 1
            guard head >= 0, current < verb else { return false }
            if head == verb { return frontedAdjuncts.contains(tree.words[current].label.relation) }
            current = head
        }
        return false
    }

    /// Whether a comma stands right before the phrase of `word`: its determiners and modifiers written before it aside.
    private static func opensAfterComma(_ word: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        let start = children[word].first { tree.words[$0].tag != .punct }.map { min($0, word) } ?? word
        return start > 0 && tree.words[start - 1].form == ","
    }

    /// "Pour sa part, la Norvège, dans un communiqué, a condamné…", "Por su parte, X, en un comunicado, condenó…": a
    /// prepositional phrase set off by commas between the subject and the verb. When the word before the verb ends
    /// such a phrase (a comma, then a preposition, and no verb up to `last`), the word before its opening comma is
    /// where the subject may end.
    private static func interposedPhraseStart(before last: Int, verb: Int, in tree: SyntaxTree) -> Int? {
        var comma = last
        while comma > 0, tree.words[comma].form != "," {
            if [.verb, .aux].contains(tree.words[comma].tag) { return nil }
            comma -= 1
        }
        guard comma > 0, comma + 1 < last, tree.words[comma + 1].tag == .adp, tree.words[comma + 1].label.isPlain(.case)
        else { return nil }
        var before = comma - 1
        while before >= 0, tree.words[before].tag == .punct { before -= 1 }
        return before >= 0 ? before : nil
    }

    /// "In a rare gesture, Eritrea on Saturday welcomed…": a short prepositional phrase between the subject and the verb,
    /// with no commas, that the parser hangs on the subject. When the word before the verb heads such a phrase (its
    /// preposition, determiners and adjectives right before it, a noun before them), that noun is where the subject may end.
    private static func bareInterposedPhraseStart(before last: Int, in tree: SyntaxTree) -> Int? {
        var first = last
        while first > 0, tree.words[first - 1].head - 1 == last, [.det, .adj, .num, .adp].contains(tree.words[first - 1].tag) { first -= 1 }
        guard first > 0, first < last, tree.words[first].tag == .adp, [.noun, .propn].contains(tree.words[first - 1].tag) else { return nil }
        return first - 1
    }

    /// A verb coordinated with a verb written before it: the parser's reading of a main clause after a fronted one.
    private static func isCoordinatedAfterClause(_ verb: Int, in tree: SyntaxTree) -> Bool {
        let governor = tree.words[verb].head - 1
        guard governor >= 0, governor < verb, tree.words[governor].tag == .verb else { return false }
        return tree.words[verb].label.isPlain(.conj) || isMainClauseAfterSubordinate(verb, in: tree)
    }

    /// "Después de que X anunciara…, el canciller viajó…", "After X announced…, the minister flew…" read with the
    /// subordinate clause as the root and the main verb beside it: a clause its subordinator opens at the start of the
    /// sentence is no main clause, and the verb after it is.
    private static func isMainClauseAfterSubordinate(_ verb: Int, in tree: SyntaxTree) -> Bool {
        let governor = tree.words[verb].head - 1
        return (tree.words[verb].label.isPlain(.parataxis) || tree.words[verb].label.isPlain(.conj)) && tree.words[governor].label.isPlain(.root)
            && tree.words.indices.contains { $0 < governor && tree.words[$0].head - 1 == governor && tree.words[$0].label.isPlain(.mark) }
    }

    /// The apposition on the way from `word` up to `verb`, when the way reaches the verb through an adjunct written
    /// before it, or reaches the clause a coordinated verb hangs from.
    private static func frontedApposition(from word: Int, verb: Int, in tree: SyntaxTree) -> Int? {
        // "After X announced the breaking of ties with Y, the minister, Z, flew…" with Z read as one more of Y's list.
        let afterSubordinate = isMainClauseAfterSubordinate(verb, in: tree)
        let coordinated = tree.words[verb].label.isPlain(.conj) || afterSubordinate
        let clause = coordinated ? tree.words[verb].head - 1 : verb
        var current = word
        var apposition: Int?
        for _ in 0..<tree.words.count {
            let head = tree.words[current].head - 1
            guard head >= 0 else { return nil }
            let relation = tree.words[current].label.relation
            if head == clause {
                // "…, le Pérou, le Chili et la Bolivie conviennent" with the name hung on the clause before, unmarked.
                if coordinated, apposition == nil, [.noun, .propn].contains(tree.words[current].tag), relation == .obl,
                   followsCommaUnmarked(current, in: tree) {
                    return current < verb ? current : nil
                }
                return current < verb && (coordinated || frontedAdjuncts.contains(relation)) ? apposition : nil
            }
            if [.noun, .propn].contains(tree.words[current].tag),
               relation == .appos || (relation == .nmod && followsCommaUnmarked(current, in: tree))
                || (relation == .conj && (followsClosedList(current, in: tree) || (afterSubordinate && phraseFollowsComma(current, in: tree))))
                || (relation == .parataxis && phraseFollowsComma(current, in: tree)) {
                apposition = current
            }
            current = head
        }
        return nil
    }

    /// "En la rueda de prensa con X, Y y Z, el presidente W, advirtió…" with the subject read as one more member of the
    /// adjunct's list: a conjunct after the one its coordinator closed the list with is no member.
    private static func followsClosedList(_ word: Int, in tree: SyntaxTree) -> Bool {
        let head = tree.words[word].head
        return tree.words.indices.contains { member in
            member < word && tree.words[member].head == head && tree.words[member].label.isPlain(.conj)
                && tree.words.indices.contains { tree.words[$0].head - 1 == member && tree.words[$0].label.isPlain(.cc) && $0 < member }
        }
    }

    /// "Speaking to reporters, X, Japan's ambassador, condemned…" with the title read as a clause of the adjunct: a noun
    /// phrase opened right after a comma, whatever it starts with ("Japan's").
    private static func phraseFollowsComma(_ word: Int, in tree: SyntaxTree) -> Bool {
        var first = word
        while first > 0, tree.words[first - 1].form != ",", isUnder(first - 1, word, in: tree) { first -= 1 }
        return first > 0 && tree.words[first - 1].form == ","
    }

    /// Whether `word` hangs, directly or further down, from `ancestor`.
    static func isUnder(_ word: Int, _ ancestor: Int, in tree: SyntaxTree) -> Bool {
        var current = word
        for _ in 0..<tree.words.count {
            let head = tree.words[current].head - 1
            if head == ancestor { return true }
            guard head >= 0 else { return false }
            current = head
        }
        return false
    }

    /// "Après une rencontre avec son homologue, le ministre X, a indiqué…" with the subject hung on "homologue" as a
    /// complement: a nominal with no preposition, only its determiners between it and the comma before it.
    private static func followsCommaUnmarked(_ word: Int, in tree: SyntaxTree) -> Bool {
        var before = word - 1
        while before >= 0, tree.words[before].head - 1 == word, tree.words[before].label.isPlain(.det) { before -= 1 }
        guard before >= 0, tree.words[before].form == "," else { return false }
        return !tree.words.indices.contains { tree.words[$0].head - 1 == word && tree.words[$0].label.isPlain(.case) }
    }

    /// "adopted a package of sanctions against X", "un train de sanctions contre X", "una ronda de conversaciones con X":
    /// the treebanks make a noun of quantity the head of the noun it measures, and parsers hang the measured noun's
    /// complements on it, where no frame of the event noun looks. The measured noun takes the quantity's place and the
    /// dependents written after it; the quantity, with its preposition, becomes its determiner.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairMeasureNouns(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        // The noun it measures is looked for before the word is folded: most nouns have none, and are left unfolded.
        for measure in tree.words.indices where tree.words[measure].tag == .noun {
            guard let measured = children[measure].first(where: { $0 > measure && tree.words[$0].tag == .noun
                      && tree.words[$0].label.isPlain(.nmod) }),
                  shared.words.measureNouns.contains(TextFolding.fold(tree.words[measure].form)),
                  let marker = children[measured].first(where: { $0 < measured && tree.words[$0].label.isPlain(.case) }),
                  folded(form: tree.words[marker].form) == shared.words.genitive else { continue }
            tree.words[measured].head = tree.words[measure].head
            tree.words[measured].label = tree.words[measure].label
            for child in children[measure] where child > measured { tree.words[child].head = measured + 1 }
            // "sanctions on a number of officials": the preposition before the measure marks the noun it measures.
            for child in children[measure] where child < measure && tree.words[child].label.isPlain(.case) {
                tree.words[child].head = measured + 1
            }
            tree.words[measure].head = measured + 1
            tree.words[measure].relation = "det"
            tree.words[marker].head = measure + 1
            changed = true
        }
        return changed
    }

    /// "une aide de dix millions de dollars au Togo", "a loan of $50 million to Togo": the amount (`amountNouns`)
    /// written after an event noun takes, in the parse, the complements written after it. A name it holds through a preposition other
    /// than the genitive is the event noun's.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairComplementsOnAmounts(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        // The amount may be read as the noun's object ("ayuda de diez millones de dólares" with "dólares" an object).
        for amount in tree.words.indices where tree.words[amount].tag == .noun
            && (tree.words[amount].label.isPlain(.nmod) || tree.words[amount].label.isPlain(.obj))
            && children[amount].contains(where: { tree.words[$0].label.isPlain(.nummod) })
            && shared.words.amountNouns.contains(TextFolding.fold(tree.words[amount].form)) {
            let noun = tree.words[amount].head - 1
            guard noun >= 0, noun < amount, tree.words[noun].tag == .noun else { continue }
            for name in children[amount] where name > amount && tree.words[name].tag == .propn && tree.words[name].label.isPlain(.nmod) {
                guard let marker = children[name].first(where: { $0 < name && tree.words[$0].label.isPlain(.case) }),
                      folded(form: tree.words[marker].form) != shared.words.genitive else { continue }
                tree.words[name].head = noun + 1
                changed = true
            }
        }
        return changed
    }

    /// "le ofreció su respaldo al tiempo que expulsó al embajador", "au moment où il expulsait…", "at the same time as
    /// it recalled…": a noun that makes one subordinator with its preposition and the word after it. The parser hangs
    /// the clause on the noun as a relative clause, whose subject would be the noun; the clause is an adverbial clause
    /// of the verb the noun's phrase hangs on, whose subject it shares, and the noun is its marker.
    /// - Returns: whether a head changed.
    private static func repairSubordinatingNouns(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for noun in tree.words.indices where tree.words[noun].tag == .noun {
            guard noun + 1 < tree.words.count, children[noun].contains(where: { $0 < noun && tree.words[$0].label.isPlain(.case) }),
                  let clause = children[noun].first(where: { $0 > noun + 1 && tree.words[$0].tag == .verb && tree.words[$0].label.relation == .acl }),
                  tree.words[noun + 1].head == clause + 1,
                  shared.words.subordinatingNouns.contains(TextFolding.fold(tree.words[noun].form)),
                  let verb = verbAbove(noun, in: tree) else { continue }
            tree.words[clause].head = verb + 1
            tree.words[clause].relation = "advcl"
            tree.words[noun].head = clause + 1
            tree.words[noun].relation = "mark"
            // "al tiempo que": the word after the noun is no relative pronoun standing for a subject.
            tree.words[noun + 1].relation = "mark"
            changed = true
        }
        return changed
    }

    /// The nearest verb above a word, through the nouns its phrase hangs on.
    private static func verbAbove(_ word: Int, in tree: SyntaxTree) -> Int? {
        var current = tree.words[word].head - 1, steps = 0
        while current >= 0, steps < tree.words.count {
            if tree.words[current].tag == .verb { return current }
            current = tree.words[current].head - 1
            steps += 1
        }
        return nil
    }

    /// "sent an aid package to X", "adopted a new sanctions package against Y": English writes the measured noun as a
    /// compound before its quantity, and the quantity heads the phrase and takes its complements, where no frame of
    /// the event noun looks. As with "a package of sanctions", the measured noun takes the quantity's place and all its
    /// other dependents; the quantity becomes its determiner.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairMeasureCompounds(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for measure in tree.words.indices where measure > 0 && tree.words[measure].tag == .noun {
            let measured = measure - 1
            guard tree.words[measured].tag == .noun, tree.words[measured].head - 1 == measure,
                  tree.words[measured].label.isPlain(.compound),
                  shared.words.measureNouns.contains(TextFolding.fold(tree.words[measure].form)) else { continue }
            tree.words[measured].head = tree.words[measure].head
            tree.words[measured].label = tree.words[measure].label
            for child in children[measure] where child != measured { tree.words[child].head = measured + 1 }
            tree.words[measure].head = measured + 1
            tree.words[measure].relation = "det"
            changed = true
        }
        return changed
    }

    /// "approuvée par 33 des 34 membres de l'OEA", "backed by 30 of the 35 members": the parser makes the numeral the
    /// head of the noun it counts, with the preposition on the numeral. The counted noun takes the numeral's place and
    /// its preposition; the numeral, with the genitive, becomes its modifier.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairPartitiveNumerals(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for numeral in tree.words.indices where tree.words[numeral].tag == .num && !tree.words[numeral].label.isPlain(.nummod) {
            guard let counted = children[numeral].first(where: { $0 > numeral && [.noun, .propn].contains(tree.words[$0].tag)
                      && tree.words[$0].label.isPlain(.nmod) }),
                  let genitive = children[counted].first(where: { $0 < counted && tree.words[$0].label.isPlain(.case) }),
                  folded(form: tree.words[genitive].form) == shared.words.genitive else { continue }
            tree.words[counted].head = tree.words[numeral].head
            tree.words[counted].label = tree.words[numeral].label
            for child in children[numeral] where child < numeral && tree.words[child].label.isPlain(.case) {
                tree.words[child].head = counted + 1
            }
            tree.words[numeral].head = counted + 1
            tree.words[numeral].relation = "nummod"
            tree.words[genitive].head = numeral + 1
            changed = true
        }
        return changed
    }

    /// "X on the eve once again called on Y to…": a verb hung as a clause on the noun of a phrase between the root
    /// nominal and the verb, with no subject of its own, is the sentence's main verb; the parser took it for a
    /// participle of that noun. The phrase is the verb's oblique.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairVerbsUnderAPhraseOfTheirSubject(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        guard let subject = tree.words.firstIndex(where: { $0.label.isPlain(.root) }), [.noun, .propn].contains(tree.words[subject].tag),
              let phrase = children[subject].first(where: { $0 > subject && [.obl, .nmod].contains(tree.words[$0].label.relation) }),
              let verb = children[phrase].first(where: { $0 > phrase && tree.words[$0].tag == .verb && tree.words[$0].label.isPlain(.acl) }),
              !children[verb].contains(where: { subjectLabels.contains(tree.words[$0].label.relation) || tree.words[$0].tag == .aux }),
              !children[subject].contains(where: { tree.words[$0].tag == .verb }) else { return false }
        raise(verb, over: subject, in: &tree, children: children)
        tree.words[phrase].head = verb + 1
        tree.words[phrase].relation = "obl"
        return true
    }

    /// "Le Rwanda dément les accusations" read with the subject as the root and the verb as its nominal modifier, a
    /// label no verb can bear: the verb is the root, the noun before it its subject.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairVerbsUnderTheirSubject(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb && tree.words[verb].label.isPlain(.nmod) {
            let subject = tree.words[verb].head - 1
            guard isRootNominal(subject, before: verb, in: tree),
                  !children[verb].contains(where: { subjectLabels.contains(tree.words[$0].label.relation) })
            else { continue }
            raise(verb, over: subject, in: &tree, children: children)
            changed = true
        }
        return changed
    }

    /// "L'Algérie a à son tour condamné X", "X had earlier on Monday accused Y": with an adverbial phrase between
    /// them, the parser may keep the auxiliary as the clause's verb, the phrase's noun (a day's name too) as its object
    /// or oblique and the participle as that noun's clause. The participle
    /// heads the clause: it takes the auxiliary's place and dependents, the noun as an oblique.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairAuxiliariesTakenForVerbs(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for auxiliary in tree.words.indices where tree.words[auxiliary].tag == .aux {
            guard let noun = children[auxiliary].first(where: { $0 > auxiliary && [.noun, .propn].contains(tree.words[$0].tag) }),
                  let verb = children[noun].first(where: { $0 > noun && tree.words[$0].tag == .verb }),
                  !children[verb].contains(where: { tree.words[$0].tag == .aux }) else { continue }
            tree.words[verb].head = tree.words[auxiliary].head
            tree.words[verb].label = tree.words[auxiliary].label
            for child in children[auxiliary] { tree.words[child].head = verb + 1 }
            tree.words[noun].relation = "obl"
            tree.words[auxiliary].head = verb + 1
            tree.words[auxiliary].relation = "aux"
            // "Argelia ha por su parte convocado…" read with the auxiliary as a clause of the subject, the root.
            let subject = tree.words[verb].head - 1
            if isRootNominal(subject, before: auxiliary, in: tree) { raise(verb, over: subject, in: &tree, children: children) }
            changed = true
        }
        return changed
    }

    /// "El canciller turco mantuvo conversaciones con X" read as the noun "canciller" coordinated with "conversaciones",
    /// the verb hung on its own object: the verb heads the clause, the root noun before it is its subject and the
    /// noun after it its object.
    /// - Returns: whether a head changed, so that the dependents are found again.
    /// "Le Rwanda dément ces accusations", with the verb read as the copula of the noun after it: a copula is an
    /// auxiliary, so a verb labelled one heads the clause, the noun is its object, and what the noun governed before
    /// the verb (the subject, a comma) is the verb's.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairVerbsReadAsCopulas(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb && tree.words[verb].label.isPlain(.cop) {
            let object = tree.words[verb].head - 1
            guard object > verb, [.noun, .propn].contains(tree.words[object].tag) else { continue }
            tree.words[verb].head = tree.words[object].head
            tree.words[verb].relation = tree.words[object].relation
            tree.words[object].head = verb + 1
            tree.words[object].relation = "obj"
            for child in children[object] where child < verb { tree.words[child].head = verb + 1 }
            changed = true
        }
        return changed
    }

    /// "X deplores and firmly condemns Y", with the second verb hung on the object as its modifier and the object on the
    /// first verb: a verb right before a noun that another verb before it takes as its object, with a coordinator between
    /// the two verbs, is that verb's conjunct, and the object is its own.
    /// - Returns: whether a head changed, so that the dependents are found again.
    /// "According to X, Ghana was worried about…" read with the fronted phrase as the root and the clause as its
    /// relative: a noun with a preposition heads no sentence. A clause hung on it after a comma, with a nominal subject
    /// of its own, is the main clause, and the phrase its oblique.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairFrontedPhrasesTakenForRoots(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        guard let root = tree.words.indices.first(where: { tree.words[$0].label.isPlain(.root) }),
              [.noun, .propn].contains(tree.words[root].tag),
              children[root].contains(where: { $0 < root && tree.words[$0].label.isPlain(.case) }),
              let clause = children[root].first(where: { $0 > root && tree.words[$0].tag == .verb && tree.words[$0].label.relation == .acl }),
              (root + 1..<clause).contains(where: { tree.words[$0].form == "," }),
              // A subject of its own that is no relative pronoun ("X, who said…" stays a fragment's relative clause).
              children[clause].contains(where: { tree.words[$0].label.relation == .nsubj && [.noun, .propn].contains(tree.words[$0].tag) })
        else { return false }
        tree.words[clause].head = 0
        tree.words[clause].relation = "root"
        tree.words[root].head = clause + 1
        tree.words[root].relation = "obl"
        // What closes the sentence is the clause's.
        for child in children[root] where child > clause { tree.words[child].head = clause + 1 }
        return true
    }

    private static func repairCoordinatedVerbsUnderTheirObject(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb && [.nmod, .compound].contains(tree.words[verb].label.relation) {
            let object = tree.words[verb].head - 1
            guard object == verb + 1, [.noun, .propn].contains(tree.words[object].tag), tree.words[object].label.isPlain(.obj),
                  case let first = tree.words[object].head - 1, first >= 0, first < verb, tree.words[first].tag == .verb,
                  let coordinator = children[object].first(where: { $0 > first && $0 < verb && tree.words[$0].label.isPlain(.cc) })
            else { continue }
            // The coordinator and the adverbs between it and the verb ("and strongly") are the verb's.
            for child in children[object] where child >= coordinator && child < verb { tree.words[child].head = verb + 1 }
            tree.words[verb].head = first + 1
            tree.words[verb].relation = "conj"
            tree.words[object].head = verb + 1
            tree.words[object].relation = "obj"
            changed = true
        }
        return changed
    }

    private static func repairVerbsUnderTheirObject(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb && tree.words[verb].label.isPlain(.nmod) {
            let object = tree.words[verb].head - 1
            guard object == verb + 1, tree.words[object].tag == .noun, tree.words[object].label.isPlain(.conj) else { continue }
            let subject = tree.words[object].head - 1
            guard isRootNominal(subject, before: verb, in: tree) else { continue }
            raise(verb, over: subject, in: &tree, children: children)
            tree.words[object].relation = "obj"
            for child in children[object] where tree.words[child].label.isPlain(.cc) { tree.words[child].head = verb + 1 }
            changed = true
        }
        return changed
    }

    /// "Latvia said it will downgrade diplomatic relations with…" read with the verb as the subject of its object and
    /// the object heading the clause, with the clause's subject and auxiliary: a noun has no auxiliary. A verb hung as a
    /// subject or a compound on the noun right after it, that noun with an auxiliary or a subject of its own before the
    /// verb, heads the clause, and the noun is its object.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairVerbsTakenForSubjects(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb && [.nsubj, .compound].contains(tree.words[verb].label.relation) {
            let object = tree.words[verb].head - 1
            guard isNounRightAfter(verb, object, in: tree),
                  children[object].contains(where: { $0 < verb && [.aux, .nsubj].contains(tree.words[$0].label.relation) }) else { continue }
            tree.words[verb].head = tree.words[object].head
            tree.words[verb].label = tree.words[object].label
            tree.words[object].head = verb + 1
            tree.words[object].relation = "obj"
            for child in children[object] where child < verb || (child > object && clauseDependents.contains(tree.words[child].label.relation)) {
                tree.words[child].head = verb + 1
            }
            changed = true
        }
        return changed
    }

    /// What a clause's head has after its object that a noun would not: its punctuation, adjuncts and coordinated clauses.
    private static let clauseDependents: DependencyRelations = [.punct, .advcl, .obl, .conj, .parataxis, .ccomp, .xcomp]

    /// A noun after a verb with only its own determiners and adjectives between them: "impuso una nueva ronda".
    private static func isNounRightAfter(_ verb: Int, _ noun: Int, in tree: SyntaxTree) -> Bool {
        noun > verb && tree.words[noun].tag == .noun
            && (verb + 1..<noun).allSatisfy { tree.words[$0].head - 1 == noun && [.det, .adj, .num].contains(tree.words[$0].tag) }
    }

    /// "También impuso sanciones a X", "El martes impuso sanciones a X", with the subject left out as Spanish does, read
    /// with the verb as a modifier of the noun right after it and a word before the verb, or that noun, made the root:
    /// the verb is the root and the noun its object. A root written before it modifies it (an adverb, a day) or is its
    /// subject (a noun with no preposition, "El gobierno de X impuso sanciones…"), and the noun's own dependents
    /// before the verb and the punctuation are the verb's.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairVerbsUnderARootObject(_ tree: inout SyntaxTree, children: WordDependents,
                                                    words shared: ArgumentWords.Shared?) -> Bool {
        // "X was in Uganda for a working visit": a root with a copula is a predicate, not a subject or an object a
        // verb lost.
        guard let root = tree.words.firstIndex(where: { $0.label.isPlain(.root) }),
              ![.verb, .aux].contains(tree.words[root].tag),
              !children[root].contains(where: { tree.words[$0].label.isPlain(.cop) }) else { return false }
        for verb in tree.words.indices where tree.words[verb].tag == .verb
            && (tree.words[verb].label.isPlain(.nmod) || tree.words[verb].label.isPlain(.acl)) {
            let object = tree.words[verb].head - 1
            guard isNounRightAfter(verb, object, in: tree), root == object || root < verb else { continue }
            // "Kenya on Tuesday signed agreements with X" read as a root noun with a participle: the noun's subject
            // before the verb, or a root name before it that the noun hangs from, says the verb is the clause's, which a
            // participle modifying the noun is not.
            if tree.words[verb].label.isPlain(.acl) {
                let rootSubject = root == object && children[object].contains { $0 < verb && tree.words[$0].label.relation == .nsubj }
                let rootName = root < verb && tree.words[object].head - 1 == root && [.noun, .propn].contains(tree.words[root].tag)
                guard rootSubject || rootName else { continue }
            }
            tree.words[verb].head = 0
            tree.words[verb].relation = "root"
            tree.words[object].head = verb + 1
            tree.words[object].relation = "obj"
            for child in children[object] where child < verb || tree.words[child].tag == .punct {
                tree.words[child].head = verb + 1
            }
            if root != object {
                tree.words[root].head = verb + 1
                // "El gobierno de X impuso sanciones…": a noun with no preposition before the verb is its subject,
                // unless it names a time ("El martes impuso…").
                let isTime = shared?.words.timeNouns.contains(TextFolding.fold(tree.words[root].form)) ?? true
                let isSubject = [.noun, .propn].contains(tree.words[root].tag) && !isTime
                    && !children[root].contains { tree.words[$0].label.isPlain(.case) }
                tree.words[root].relation = tree.words[root].tag == .adv ? "advmod" : isSubject ? "nsubj" : "obl"
                for child in children[root] where tree.words[child].tag == .punct && child > verb { tree.words[child].head = verb + 1 }
            }
            return true
        }
        return false
    }

    /// ", praising X and Y for…": a verb after a comma that the parser hung from the noun phrase right after it is a
    /// clause on the sentence's main verb, and that noun phrase its object.
    private static func repairParticiplesUnderTheirObject(_ tree: inout SyntaxTree) -> Bool {
        guard let root = tree.words.firstIndex(where: { $0.label.isPlain(.root) }), tree.words[root].tag == .verb else { return false }
        var changed = false
        for verb in tree.words.indices.dropFirst() where verb > root && tree.words[verb].tag == .verb && tree.words[verb - 1].form == "," {
            let object = tree.words[verb].head - 1
            guard object > verb, object - verb <= longestNounPhrase, [.noun, .propn].contains(tree.words[object].tag),
                  (verb + 1..<object).allSatisfy({ nounPhraseTags.contains(tree.words[$0].tag) }) else { continue }
            tree.words[verb].head = root + 1
            tree.words[verb].relation = "advcl"
            tree.words[object].head = verb + 1
            tree.words[object].relation = "obj"
            changed = true
        }
        return changed
    }

    /// Words a noun phrase may hold before its head: "the U.S. Congress", "its northern neighbour".
    private static let nounPhraseTags: Set<PartOfSpeech> = [.det, .adj, .propn, .noun, .num, .pron]
    private static let longestNounPhrase = 4

    /// Whether `word` is the sentence's root, a noun or a name written before `limit`: a subject the parser made the root.
    private static func isRootNominal(_ word: Int, before limit: Int, in tree: SyntaxTree) -> Bool {
        word >= 0 && word < limit && tree.words[word].label.isPlain(.root) && [.noun, .propn].contains(tree.words[word].tag)
    }

    /// Makes `verb` the root with `subject`, the nominal the parser made the root, as its subject; the subject's
    /// dependents written after the verb go with the verb.
    private static func raise(_ verb: Int, over subject: Int, in tree: inout SyntaxTree, children: WordDependents) {
        tree.words[verb].head = 0
        tree.words[verb].relation = "root"
        tree.words[subject].head = verb + 1
        tree.words[subject].relation = subjectLabel(of: verb, in: tree, children: children)
        for child in children[subject] where child > verb { tree.words[child].head = verb + 1 }
    }

    /// "avaient aidé le 3 mai le Togo à…", "met on 4 May Kenya's envoy": a name written right after a date, with
    /// no preposition, hangs from the date's noun in the parse; it is the object of the verb the date hangs from. So is
    /// a partitive object, its genitive and adjectives before it ("a adopté jeudi de nouvelles sanctions").
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairNamesAfterDates(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for name in tree.words.indices where [.propn, .noun].contains(tree.words[name].tag)
            && (tree.words[name].label.isPlain(.nmod) || tree.words[name].label.isPlain(.appos)) {
            let date = tree.words[name].head - 1
            // The date's noun is folded last: most nominal complements are no name or partitive right after a noun.
            guard date >= 0, date < name, tree.words[date].tag == .noun,
                  tree.words[name].label.isPlain(.nmod) ? isObjectRightAfter(date, name, in: tree, children: children, words: shared)
                    : isNameAfterDateComma(name, in: tree, children: children),
                  shared.words.timeNouns.contains(TextFolding.fold(tree.words[date].form)) else { continue }
            var verb = date
            for _ in 0..<3 where tree.words[verb].tag != .verb && tree.words[verb].head > 0 { verb = tree.words[verb].head - 1 }
            guard tree.words[verb].tag == .verb, verb < date,
                  !children[verb].contains(where: { tree.words[$0].label.isPlain(.obj) }) else { continue }
            tree.words[name].head = verb + 1
            tree.words[name].relation = "obj"
            changed = true
        }
        return changed
    }

    /// "llevaron a cabo maniobras conjuntas" with "a cabo" read as an oblique and the object hung on "cabo": the noun is
    /// part of the verb, and a noun hung on it with no preposition is the verb's object.
    private static func repairVerbParticleNouns(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        // The verb before it is looked for before the word is folded: most nouns have none, and are left unfolded.
        for particle in tree.words.indices where tree.words[particle].tag == .noun {
            let verb = tree.words[particle].head - 1
            guard verb >= 0, verb < particle, tree.words[verb].tag == .verb,
                  shared.words.verbParticleNouns.contains(TextFolding.fold(tree.words[particle].form)) else { continue }
            tree.words[particle].relation = "compound:prt"
            let hasObject = children[verb].contains { tree.words[$0].label.isPlain(.obj) }
            for child in children[particle] where child > particle && !hasObject && [.noun, .propn].contains(tree.words[child].tag)
                && !children[child].contains(where: { tree.words[$0].label.isPlain(.case) }) {
                tree.words[child].head = verb + 1
                tree.words[child].relation = "obj"
            }
            changed = true
        }
        return changed
    }

    /// "accused Uganda of shelling…" read with the clause on the name: a name takes no clause opened by a conjunction;
    /// the clause is the verb's, whose object the name is.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairClausesOnNamedObjects(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for clause in tree.words.indices where tree.words[clause].tag == .verb && tree.words[clause].label.isPlain(.acl) {
            let name = tree.words[clause].head - 1
            guard name >= 0, name < clause, tree.words[name].tag == .propn, tree.words[name].label.isPlain(.obj),
                  children[clause].contains(where: { tree.words[$0].label.isPlain(.mark) }) else { continue }
            let verb = tree.words[name].head - 1
            guard verb >= 0, tree.words[verb].tag == .verb else { continue }
            tree.words[clause].head = verb + 1
            tree.words[clause].relation = "advcl"
            changed = true
        }
        return changed
    }

    /// "In August Nigeria shut…", "On Monday Kenya said…": with no comma after the fronted date, the parser reads the
    /// subject as the head of the date's phrase, the date as its compound. A name so read, under a preposition, whose
    /// verb has no subject, is that subject; the date heads the phrase of time.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairSubjectsAfterFrontedDates(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for name in tree.words.indices where tree.words[name].tag == .propn && tree.words[name].label.relation == .obl {
            let verb = tree.words[name].head - 1
            guard verb > name, tree.words[verb].tag == .verb,
                  let marker = children[name].first(where: { tree.words[$0].label.isPlain(.case) }),
                  let date = children[name].first(where: { tree.words[$0].label.isPlain(.compound) && $0 > marker }),
                  date == name - 1, marker == date - 1,
                  !children[verb].contains(where: { tree.words[$0].label.relation == .nsubj }),
                  shared.words.timeNouns.contains(TextFolding.fold(tree.words[date].form)) else { continue }
            tree.words[date].head = verb + 1
            tree.words[date].relation = tree.words[name].relation
            tree.words[marker].head = date + 1
            tree.words[name].relation = "nsubj"
            changed = true
        }
        return repairSubjectsInFrontedDates(&tree, children: children, words: shared) || changed
    }

    /// "In August Nigeria, Africa's largest economy, shut…": the name read as part of the date before it (its `flat` or
    /// `compound`), and its apposition as the subject. The name is the subject, and the apposition its own.
    private static func repairSubjectsInFrontedDates(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for date in tree.words.indices where tree.words[date].label.relation == .obl && [.noun, .propn].contains(tree.words[date].tag) {
            let verb = tree.words[date].head - 1, name = date + 1
            guard verb > name, tree.words[verb].tag == .verb, tree.words[name].tag == .propn, tree.words[name].head == date + 1,
                  [.flat, .compound].contains(tree.words[name].label.relation),
                  shared.words.timeNouns.contains(TextFolding.fold(tree.words[date].form)) else { continue }
            let subject = children[verb].first { tree.words[$0].label.relation == .nsubj }
            if let subject {
                // Only an apposition after a comma yields its place: "In May Kenya's envoy X met…" keeps its subject.
                let before = phraseStart(subject, in: tree, children: children) - 1
                guard subject > name, before >= 0, tree.words[before].form == "," else { continue }
                tree.words[subject].head = name + 1
                tree.words[subject].relation = "appos"
            }
            tree.words[name].head = verb + 1
            tree.words[name].relation = "nsubj"
            changed = true
        }
        return changed
    }

    /// The last word of the phrase `word` heads: `word` and everything hung under it.
    static func phraseEnd(_ word: Int, in tree: SyntaxTree, children: WordDependents) -> Int {
        var end = word
        var stack = Array(children[word])
        while let next = stack.popLast() {
            end = max(end, next)
            stack += children[next]
        }
        return end
    }

    /// The first word of the phrase `word` heads, its punctuation aside.
    private static func phraseStart(_ word: Int, in tree: SyntaxTree, children: WordDependents) -> Int {
        var start = word
        var pending = [word]
        while let next = pending.popLast() {
            for child in children[next] where tree.words[child].tag != .punct
                && (child < start || children[child].contains(where: { $0 < start })) {
                start = min(start, child)
                pending.append(child)
            }
        }
        return start
    }

    /// "a mis en garde, mardi 4 mars, le Cameroun contre…": a name read as the apposition of the date set off by commas
    /// before it, with only its article between the comma and it.
    private static func isNameAfterDateComma(_ name: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        guard tree.words[name].tag == .propn, !children[name].contains(where: { tree.words[$0].label.isPlain(.case) }) else { return false }
        let before = wordBefore(name, in: tree, children: children) { tree.words[$0].label.isPlain(.det) }
        return before >= 0 && tree.words[before].form == ","
    }

    /// A name right after the date with no preposition, or a partitive: the genitive and at least one adjective of the
    /// noun between it and the date ("jeudi de nouvelles sanctions").
    private static func isObjectRightAfter(_ date: Int, _ noun: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        if tree.words[noun].tag == .propn {
            // "à plusieurs reprises le Ghana": the name's own article may stand between.
            return (date + 1..<noun).allSatisfy { children[noun].contains($0) && tree.words[$0].label.isPlain(.det) }
                && !children[noun].contains(where: { tree.words[$0].label.isPlain(.case) })
        }
        let between = (date + 1)..<noun
        let markers = between.filter { tree.words[$0].label.isPlain(.case) }
        return !between.isEmpty && markers.count == 1 && TextFolding.fold(tree.words[markers[0]].form) == shared.words.genitive
            && between.contains { tree.words[$0].label.isPlain(.amod) }
            && between.allSatisfy { children[noun].contains($0) && (tree.words[$0].label.isPlain(.case) || tree.words[$0].label.isPlain(.amod)) }
    }

    /// "que le Ghana et le Togo, dont l'armée occupe la région, soutenaient…", "X, which holds the presidency,
    /// backed…": the parser gives the subject to the relative clause's verb and hangs the main verb on it after the
    /// comma. A verb with a subject written before a relative pronoun of its own, and a verb after it with no subject,
    /// hung as its parataxis or conjunct or beside it on the verb above, is the relative clause: the later verb takes
    /// its place and the subject.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairRelativeClausesTakenForMain(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for clause in tree.words.indices where tree.words[clause].tag == .verb {
            // The main verb hangs on the relative clause's verb, or beside it on the verb above; most verbs have
            // none, and are left before any word is folded. The two lists of dependents are searched in turn, not
            // joined into a new one for every verb.
            func isMain(_ verb: Int) -> Bool {
                verb > clause && tree.words[verb].tag == .verb
                    && [.parataxis, .conj].contains(tree.words[verb].label.relation)
                    && !children[verb].contains { tree.words[$0].label.relation == .nsubj }
            }
            guard let main = children[clause].first(where: isMain)
                    ?? (tree.words[clause].head > 0 ? children[tree.words[clause].head - 1].first(where: isMain) : nil)
            else { continue }
            let subjects = children[clause].filter { tree.words[$0].label.relation == .nsubj }
            guard let subject = subjects.first(where: { $0 < clause }),
                  (subject + 1..<clause).contains(where: { word in
                      Self.relativeTags.contains(tree.words[word].tag)
                          && (tree.words[word].head - 1 == clause || subjects.contains(tree.words[word].head - 1))
                          && shared.words.relativeOpeners.contains(TextFolding.fold(tree.words[word].form))
                  }) else { continue }
            tree.words[main].head = tree.words[clause].head
            tree.words[main].label = tree.words[clause].label
            for child in children[clause] where child < subject { tree.words[child].head = main + 1 }
            tree.words[subject].head = main + 1
            tree.words[subject].relation = "nsubj"
            tree.words[clause].head = subject + 1
            tree.words[clause].relation = "acl:relcl"
            changed = true
        }
        return changed
    }

    /// "Après une rencontre avec X, le ministre Y, dont le pays assure la présidence, a indiqué…": the parser makes
    /// the relative clause the sentence's root, its own subject ("le pays", "qui") opened by the relative word after
    /// the comma, and hangs the main verb on it with no subject. The name before the comma is the main verb's
    /// subject, the clause its relative, and what was written before the name the main verb's.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairRelativeClausesAfterTheirName(_ tree: inout SyntaxTree, children: WordDependents,
                                                           words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for clause in tree.words.indices where tree.words[clause].tag == .verb && tree.words[clause].label.isPlain(.root) {
            // The main verb is hung as a parataxis, a conjunct or a complement clause with no subordinator.
            guard let main = children[clause].first(where: { verb in
                      verb > clause && tree.words[verb].tag == .verb
                          && [.parataxis, .conj, .ccomp].contains(tree.words[verb].label.relation)
                          && !children[verb].contains { tree.words[$0].label.relation == .nsubj || tree.words[$0].label.isPlain(.mark) }
                  }),
                  let subject = children[clause].first(where: { $0 < clause && tree.words[$0].label.relation == .nsubj }),
                  let opener = ([subject] + children[subject]).filter({ $0 <= subject }).min(),
                  shared.words.relativeOpeners.contains(TextFolding.fold(tree.words[opener].form)),
                  opener >= 2, tree.words[opener - 1].form == ",",
                  [.noun, .propn].contains(tree.words[opener - 2].tag) else { continue }
            let name = opener - 2
            tree.words[main].head = 0
            tree.words[main].relation = "root"
            for child in children[clause] where child < opener && child != name { tree.words[child].head = main + 1 }
            tree.words[name].head = main + 1
            tree.words[name].relation = "nsubj"
            tree.words[clause].head = name + 1
            tree.words[clause].relation = "acl:relcl"
            changed = true
        }
        return changed
    }

    /// "…vers le Tchad, que Khartoum accuse de soutenir la rébellion": an object relative after a comma and a noun, read as
    /// the subordinator of a clause coordinated to the main verb. A clause with a subject and no object of its own,
    /// opened so, is the noun's relative clause, and the relative its object.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairObjectRelativesTakenForSubordinators(_ tree: inout SyntaxTree, children: WordDependents,
                                                                   words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for clause in tree.words.indices where tree.words[clause].tag == .verb
            && [.conj, .ccomp, .parataxis].contains(tree.words[clause].label.relation) {
            guard let relative = children[clause].first(where: { $0 < clause && tree.words[$0].label.isPlain(.mark) }),
                  shared.words.objectRelatives.contains(TextFolding.fold(tree.words[relative].form)),
                  relative >= 2, tree.words[relative - 1].form == ",", [.noun, .propn].contains(tree.words[relative - 2].tag),
                  children[clause].contains(where: { tree.words[$0].label.relation == .nsubj }),
                  !children[clause].contains(where: { tree.words[$0].label.relation == .obj }) else { continue }
            let noun = relative - 2
            tree.words[clause].head = noun + 1
            tree.words[clause].relation = "acl:relcl"
            tree.words[relative].tag = .pron
            tree.words[relative].relation = "obj"
            tree.words[relative - 1].head = clause + 1
            changed = true
        }
        return changed
    }

    /// "summoned the envoy to demand an explanation" read as "asked the envoy to demand…": a verb of summoning
    /// (`summoningVerbs`) controls no infinitive, which says why it summons. Only the label changes.
    private static func repairPurposesTakenForComplements(_ tree: inout SyntaxTree, words shared: ArgumentWords.Shared) {
        for clause in tree.words.indices where tree.words[clause].label.isPlain(.xcomp) && tree.words[clause].tag == .verb {
            let verb = tree.words[clause].head - 1
            guard verb >= 0, shared.words.summoningVerbs.contains(TextFolding.fold(tree.words[verb].form)) else { continue }
            tree.words[clause].relation = "advcl"
        }
    }

    /// A noun of stance, or a noun of backing after a preposition of manner ("in support of", "en soutien à").
    private static func isStancePhrase(_ noun: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        let form = TextFolding.fold(tree.words[noun].form)
        if shared.words.motiveNouns.contains(form) { return true }
        return shared.words.stanceBackingNouns.contains(form) && children[noun].contains { child in
            child < noun && tree.words[child].label.isPlain(.case) && shared.words.stanceMarkers.contains(TextFolding.fold(tree.words[child].form))
        }
    }

    /// "a expulsé les diplomates par solidarité avec la Grande-Bretagne", "tomó medidas en solidaridad con Perú": a
    /// noun of stance (`motiveNouns`) read as a complement of the object before it, and the name its own complement
    /// introduces hung on the verb or on that object. The stance is the verb's, and the name the stance's.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairStancePhrases(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for stance in tree.words.indices where tree.words[stance].tag == .noun
            && [.nmod, .obl].contains(tree.words[stance].label.relation) && isStancePhrase(stance, in: tree, children: children, words: shared) {
            var verb = tree.words[stance].head - 1
            let object = verb
            if tree.words[stance].label.relation == .nmod {
                guard object >= 0, object < stance, tree.words[object].label.relation == .obj else { continue }
                verb = tree.words[object].head - 1
            }
            guard verb >= 0, tree.words[verb].tag == .verb else { continue }
            // The complements the parser hung on the object after the stance ("in protest at remarks by X") are the stance's.
            var moved: [Int] = []
            if tree.words[stance].head != verb + 1 {
                tree.words[stance].head = verb + 1
                tree.words[stance].relation = "obl"
                moved = children[object].filter { $0 > stance && tree.words[$0].label.isPlain(.nmod) }
                for complement in moved { tree.words[complement].head = stance + 1 }
                changed = true
            }
            // The first name or noun after the stance's preposition and article ("in support of X", "en respaldo a la
            // decisión de X"), if the parser hung it on the verb or its object.
            if let name = (stance + 1..<min(stance + 4, tree.words.count)).first(where: { [.propn, .noun].contains(tree.words[$0].tag) }),
               [verb, object].contains(tree.words[name].head - 1) {
                tree.words[name].head = stance + 1
                tree.words[name].relation = "nmod"
                changed = true
            }
            // "in protest at remarks by X": the agent phrase after the stance's complement is the complement's.
            let complements = (children[stance].filter { $0 > stance && tree.words[$0].label.isPlain(.nmod) } + moved).sorted()
            if complements.count >= 2, let agent = complements.last, let marker = children[agent].first(where: { tree.words[$0].label.isPlain(.case) }),
               shared.words.nounAgentMarkers.contains(TextFolding.fold(tree.words[marker].form)) {
                tree.words[agent].head = complements[complements.count - 2] + 1
                changed = true
            }
        }
        return changed
    }

    /// "Ghana, which has long accused Togo of…": a relative pronoun read as the object of a relative clause that has
    /// an object after its verb and no subject. The relative is the clause's subject, unless the language writes
    /// subjects after the verb of such a clause (`invertingRelatives`: "l'accord qu'ont signé X et Y").
    private static func repairSubjectRelativesTakenForObjects(_ tree: inout SyntaxTree, children: WordDependents,
                                                              words shared: ArgumentWords.Shared) {
        for clause in tree.words.indices where tree.words[clause].tag == .verb && tree.words[clause].label.isSubtype("relcl", of: .acl) {
            guard let relative = children[clause].first(where: { $0 < clause && tree.words[$0].tag == .pron && tree.words[$0].label.isPlain(.obj) }),
                  !shared.words.invertingRelatives.contains(TextFolding.fold(tree.words[relative].form)),
                  children[clause].contains(where: { $0 > clause && tree.words[$0].label.isPlain(.obj) }),
                  !children[clause].contains(where: { tree.words[$0].label.relation == .nsubj }) else { continue }
            tree.words[relative].relation = "nsubj"
        }
    }

    /// "les mesures que la Gambie a prises", "las medidas que Chile ha tomado": an object relative right after its noun,
    /// read as the subordinator of a clause completing the noun. A clause with a subject and no object of its own,
    /// opened so, is the noun's relative clause, and the relative its object.
    private static func repairObjectRelativesTakenForCompletives(_ tree: inout SyntaxTree, children: WordDependents,
                                                                 words shared: ArgumentWords.Shared) {
        for clause in tree.words.indices where tree.words[clause].tag == .verb && tree.words[clause].label.isPlain(.acl) {
            let noun = tree.words[clause].head - 1
            guard noun >= 0, noun < clause, tree.words[noun].tag == .noun,
                  let relative = children[clause].first(where: { $0 < clause && tree.words[$0].label.isPlain(.mark) }), relative == noun + 1,
                  shared.words.objectRelatives.contains(TextFolding.fold(tree.words[relative].form)),
                  children[clause].contains(where: { tree.words[$0].label.relation == .nsubj }),
                  !children[clause].contains(where: { [.obj, .ccomp, .xcomp].contains(tree.words[$0].label.relation) }) else { continue }
            tree.words[clause].relation = "acl:relcl"
            tree.words[relative].tag = .pron
            tree.words[relative].relation = "obj"
        }
    }

    /// "tomará represalias si Kenia impone aranceles" read with the condition as a relative clause of the object: a clause
    /// a conditional opens ("si", "if") is no relative; it hangs on the verb of the noun it was hung on.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairConditionsTakenForRelatives(_ tree: inout SyntaxTree, children: WordDependents,
                                                          words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for clause in tree.words.indices where tree.words[clause].tag == .verb && tree.words[clause].label.relation == .acl {
            guard children[clause].contains(where: { tree.words[$0].label.isPlain(.mark)
                      && shared.words.conditionals.contains(TextFolding.fold(tree.words[$0].form)) }),
                  tree.words[clause].head > 0, case let noun = tree.words[clause].head - 1,
                  tree.words[noun].head > 0, case let verb = tree.words[noun].head - 1, tree.words[verb].tag == .verb else { continue }
            tree.words[clause].head = verb + 1
            tree.words[clause].relation = "advcl"
            changed = true
        }
        return changed
    }

    /// "…deteriorated as Mali, Niger and Burkina Faso announced that…", "after Mali accused Algeria of…", "after Chadian
    /// troops entered Niger": a preposition that also opens a clause, read as the preposition of the name or noun after
    /// it, with the verb right after the noun's phrase given some other subject. The noun is the verb's subject and the
    /// preposition its subordinator; the word the verb had for a subject before them is left to it as an oblique.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairClauseSubjectsTakenForObliques(_ tree: inout SyntaxTree, children: WordDependents,
                                                            words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for name in tree.words.indices where [.propn, .noun].contains(tree.words[name].tag)
            && [.obl, .nmod, .ccomp].contains(tree.words[name].label.relation) {
            guard let preposition = children[name].first(where: { $0 < name && tree.words[$0].label.isPlain(.case) }),
                  shared.words.clauseOpeningPrepositions.contains(TextFolding.fold(tree.words[preposition].form)) else { continue }
            // The name's phrase: the name and everything hung under it after it (a list, an apposition).
            let end = phraseEnd(name, in: tree, children: children)
            // "as the envoy, Ambassador X, also visited…": the apposition's closing comma and an adverb may come between.
            var verb = end + 1
            while verb < tree.words.count, tree.words[verb].tag == .adv || tree.words[verb].form == "," { verb += 1 }
            // "after the nation decided…" may also be read with the noun an oblique of the verb itself, which then has
            // no subject.
            guard verb < tree.words.count, tree.words[verb].tag == .verb,
                  tree.words[name].head - 1 != verb || !children[verb].contains(where: { subjectLabels.contains(tree.words[$0].label.relation) }),
                  !TextFolding.fold(tree.words[verb].form).hasSuffix("ing") else { continue }
            // "after talks held in Doha": a common noun's participle may be its reduced relative. Only a verb the parser
            // left beside the clause as a clause of its own is the noun's.
            guard tree.words[name].tag == .propn || [.parataxis, .conj].contains(tree.words[verb].label.relation) else { continue }
            for subject in children[verb] where subject < preposition && tree.words[subject].label.relation == .nsubj {
                tree.words[subject].relation = "obl"
            }
            tree.words[name].head = verb + 1
            tree.words[name].relation = "nsubj"
            tree.words[preposition].head = verb + 1
            tree.words[preposition].relation = "mark"
            if [.parataxis, .conj].contains(tree.words[verb].label.relation) { tree.words[verb].relation = "advcl" }
            changed = true
        }
        return changed
    }

    /// The tags a word opening a relative clause bears: "qui", "which", "dont", "whose", "cuyo", "où", "donde".
    private static let relativeTags: Set<PartOfSpeech> = [.pron, .det, .adv, .sconj]

    /// "France, represented by its envoy, mediated…", "Russia, backed by China, vetoed…": a clause between commas
    /// after the subject misleads the parser, which either leaves the subject as the sentence's root with the main
    /// verb coordinated to the clause, or gives the subject to the clause and hangs the clause on the main verb. In
    /// both the main verb takes the subject, and the clause becomes the subject's modifier.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairInterposedClauses(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for word in tree.words.indices where tree.words[word].tag == .verb {
            if tree.words[word].label.isPlain(.root) || !isInterposed(word, in: tree, children: children) { continue }
            let relation = tree.words[word].label.relation
            if relation == .acl, let subject = tree.words[word].head > 0 ? tree.words[word].head - 1 : nil,
               tree.words[subject].label.isPlain(.root), [.noun, .propn].contains(tree.words[subject].tag),
               let verb = children[word].first(where: { isMainVerb($0, after: word, in: tree, children: children) }) {
                // The subject stood as the root, the main verb as the clause's conjunct.
                tree.words[verb].head = 0
                tree.words[verb].relation = "root"
                tree.words[subject].head = verb + 1
                tree.words[subject].relation = subjectLabel(of: verb, in: tree, children: children)
                changed = true
            } else if [.parataxis, .conj].contains(relation), let subject = tree.words[word].head > 0 ? tree.words[word].head - 1 : nil,
                      subject < word, tree.words[subject].label.isPlain(.root), [.noun, .propn].contains(tree.words[subject].tag),
                      !children[word].contains(where: { [.nsubj, .csubj, .cc].contains(tree.words[$0].label.relation) }) {
                // "The UN chief, X, called on…" read with the subject as the root and the verb hung on it after the comma.
                tree.words[word].head = 0
                tree.words[word].relation = "root"
                tree.words[subject].head = word + 1
                tree.words[subject].relation = subjectLabel(of: word, in: tree, children: children)
                changed = true
            } else if relation == .advcl, let verb = tree.words[word].head > 0 ? tree.words[word].head - 1 : nil, verb > word,
                      !children[verb].contains(where: { subjectLabels.contains(tree.words[$0].label.relation) }),
                      let subject = children[word].first(where: { $0 < word - 1 && tree.words[$0].label.isPlain(.nsubj) }),
                      !children[word].contains(where: { $0 > subject && clauseMarkers.contains(tree.words[$0].label.relation) }) {
                // The subject was given to the clause, the clause hung on the main verb; a conjunction written before
                // the subject ("said that X, backed by Y, attacked…") opens the main verb's clause.
                for marker in children[word] where marker < subject && tree.words[marker].label.relation == .mark {
                    tree.words[marker].head = verb + 1
                }
                tree.words[subject].head = verb + 1
                tree.words[subject].relation = subjectLabel(of: verb, in: tree, children: children)
                tree.words[word].head = subject + 1
                tree.words[word].relation = "acl"
                changed = true
            }
        }
        return changed
    }

    /// Whether the clause of `word` opens after a comma: its first word is the one after a punctuation mark. A
    /// subject the parser gave it, and what comes before that subject, are not the clause's.
    private static func isInterposed(_ word: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        let subject = children[word].last { $0 < word && tree.words[$0].label.isPlain(.nsubj) } ?? -1
        let first = min(word, children[word].lazy.filter { $0 > subject && tree.words[$0].tag != .punct }.min() ?? word)
        return first > 1 && tree.words[first - 1].tag == .punct
    }

    /// A verb coordinated to an interposed clause after a comma, with no conjunction or subject of its own: the
    /// sentence's main verb.
    private static func isMainVerb(_ candidate: Int, after clause: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        candidate > clause && tree.words[candidate].tag == .verb && mainVerbMisreadings.contains(tree.words[candidate].label.relation)
            && isInterposed(candidate, in: tree, children: children)
            && !children[candidate].contains { [.cc, .nsubj, .csubj].contains(tree.words[$0].label.relation) }
    }

    private static func subjectLabel(of verb: Int, in tree: SyntaxTree, children: WordDependents) -> String {
        children[verb].contains { tree.words[$0].label.isSubtype("pass", of: .aux) } ? "nsubj:pass" : "nsubj"
    }

    private static let clauseMarkers: DependencyRelations = [.mark, .aux]
    /// How the parser hangs the main verb on an interposed clause: as its conjunct, or as a clause of it, which a
    /// verb cannot take.
    private static let mainVerbMisreadings: DependencyRelations = [.conj, .acl]

    private static let subjectLabels: DependencyRelations = [.nsubj, .csubj]
    private static let frontedSkips: DependencyRelations = [.aux, .advmod, .expl, .cop]
    private static let frontedAdjuncts: DependencyRelations = [.obl, .advcl, .advmod, .nmod]

    /// "…, which Nairobi denies", "…, que Nairobi niega" with the relative read as the subject and the name as a compound
    /// of the verb: a name or a noun with no preposition between an object relative and its verb is the subject, and the
    /// relative the object.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairObjectRelativesTakenForSubjects(_ tree: inout SyntaxTree, children: WordDependents,
                                                              words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for relative in tree.words.indices where tree.words[relative].label.relation == .nsubj
            && shared.words.objectRelatives.contains(TextFolding.fold(tree.words[relative].form)) {
            let verb = tree.words[relative].head - 1
            guard verb > relative + 1, tree.words[verb].tag == .verb,
                  let subject = (relative + 1..<verb).first(where: { [.propn, .noun].contains(tree.words[$0].tag) }),
                  tree.words[subject].head - 1 == verb, [.compound, .obl, .nmod, .appos, .nsubj].contains(tree.words[subject].label.relation),
                  !children[subject].contains(where: { tree.words[$0].label.relation == .case }),
                  (relative + 1..<subject).allSatisfy({ tree.words[$0].tag == .det }) else { continue }
            tree.words[subject].relation = "nsubj"
            tree.words[relative].relation = "obj"
            // The clause hung on the verb before the comma is the relative clause of the noun there.
            if relative >= 2, tree.words[relative - 1].form == ",", [.noun, .propn].contains(tree.words[relative - 2].tag),
               Self.clauseOfVerbRelations.contains(tree.words[verb].label.relation) {
                tree.words[verb].head = relative - 1
                tree.words[verb].relation = "acl:relcl"
            }
            changed = true
        }
        return changed
    }

    /// "la reunión que mantuvieron X y Y", "l'accord qu'ont signé X et Y": an object relative read as a subordinator, with
    /// the clause's subject written after the verb read as its object. The relative is the object, and the name or noun
    /// of those who act after the verb the subject; a noun joined to the verb after it ("y su par de Guyana") is the
    /// subject's conjunct.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairSubjectsAfterObjectRelatives(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for clause in tree.words.indices where tree.words[clause].tag == .verb && tree.words[clause].label.isSubtype("relcl", of: .acl) {
            guard let relative = children[clause].first(where: { $0 < clause && [.mark, .obj].contains(tree.words[$0].label.relation) }),
                  shared.words.objectRelatives.contains(TextFolding.fold(tree.words[relative].form)),
                  !children[clause].contains(where: { subjectLabels.contains(tree.words[$0].label.relation) }),
                  let subject = children[clause].first(where: { $0 > clause && tree.words[$0].label.isPlain(.obj) }),
                  isBareActorNoun(subject, in: tree, children: children, words: shared) else { continue }
            tree.words[subject].relation = "nsubj"
            tree.words[relative].tag = .pron
            tree.words[relative].relation = "obj"
            for conjunct in children[clause] where conjunct > subject && tree.words[conjunct].label.isPlain(.conj)
                && isBare(conjunct, in: tree, children: children) {
                tree.words[conjunct].head = subject + 1
                changed = true
            }
        }
        return changed
    }

    /// How a clause hangs from the verb before it.
    private static let clauseOfVerbRelations: DependencyRelations = [.conj, .ccomp, .parataxis, .xcomp, .advcl]

    /// "les dirigeants de l'Erythrée, de l'Ethiopie et de la Somalie ont signé…" with the second member read as the
    /// verb's subject or oblique: a name after a comma with the same preposition as a name just before the comma,
    /// which complements a noun, is that name's conjunct; its own conjuncts follow it.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairSplitComplementLists(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for name in tree.words.indices where tree.words[name].tag == .propn && [.nsubj, .obl, .obj].contains(tree.words[name].label.relation) {
            guard let marker = children[name].first(where: { tree.words[$0].label.isPlain(.case) }) else { continue }
            // The comma right before the preposition, and the name before that comma.
            guard marker >= 2, tree.words[marker - 1].form == "," else { continue }
            var member = marker - 2
            while member > 0, tree.words[member].label.isPlain(.det) { member -= 1 }
            guard tree.words[member].tag == .propn, tree.words[member].label.isPlain(.nmod),
                  let holder = Optional(tree.words[member].head - 1), holder >= 0, [.noun, .propn].contains(tree.words[holder].tag),
                  let own = children[member].first(where: { tree.words[$0].label.isPlain(.case) }),
                  TextFolding.fold(tree.words[own].form) == TextFolding.fold(tree.words[marker].form) else { continue }
            tree.words[name].head = member + 1
            tree.words[name].relation = "conj"
            changed = true
        }
        return changed
    }

    /// "La Norvège, l'Espagne et l'Irlande ont annoncé…" with the second name read as an oblique of the verb: a name with
    /// no preposition, after a comma that follows the verb's subject and before the verb, in a list, is the subject's
    /// conjunct.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairSubjectListsTakenForObliques(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for name in tree.words.indices where tree.words[name].tag == .propn && tree.words[name].label.relation == .obl {
            let verb = tree.words[name].head - 1
            guard verb > name, [.verb, .aux].contains(tree.words[verb].tag),
                  !children[name].contains(where: { [.case, .mark].contains(tree.words[$0].label.relation) }),
                  let subject = children[verb].first(where: { $0 < name && tree.words[$0].label.relation == .nsubj }),
                  // A list: of names, or going on after this one. A common noun then a name is a fronted noun and the
                  // subject ("Highlight, Kenya has signed…").
                  tree.words[subject].tag == .propn || children[name].contains(where: { tree.words[$0].label.relation == .conj })
            else { continue }
            // The comma right before the name or before its determiner.
            var before = name - 1
            while before > subject, tree.words[before].tag == .det, tree.words[before].head - 1 == name { before -= 1 }
            guard before > subject, tree.words[before].form == "," else { continue }
            tree.words[name].head = subject + 1
            tree.words[name].relation = "conj"
            changed = true
        }
        return changed
    }

    /// "calling on Ghana to recognise…" read with "on" as the mark of the infinitive clause and the name as that clause's
    /// subject: a preposition right after its verb opens no infinitive. The noun after it is the verb's oblique, and the
    /// infinitive the verb's complement.
    /// - Returns: whether a head changed, so that the dependents are found again.
    private static func repairPrepositionsTakenForMarks(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for preposition in tree.words.indices.dropFirst() where tree.words[preposition].tag == .adp && tree.words[preposition].label.isPlain(.mark) {
            let clause = tree.words[preposition].head - 1, verb = preposition - 1
            guard clause > preposition, tree.words[verb].tag == .verb, tree.words[clause].head - 1 == verb,
                  let subject = children[clause].first(where: { $0 > preposition && $0 < clause && tree.words[$0].label.relation == .nsubj }),
                  (preposition + 1..<subject).allSatisfy({ tree.words[$0].tag == .det }),
                  // An infinitive's particle: "after Ghana downed a drone" is a clause indeed.
                  children[clause].contains(where: { $0 > subject && $0 < clause && tree.words[$0].tag == .part }) else { continue }
            tree.words[subject].head = verb + 1
            tree.words[subject].relation = "obl"
            tree.words[preposition].head = subject + 1
            tree.words[preposition].relation = "case"
            tree.words[clause].relation = "xcomp"
            changed = true
        }
        return changed
    }

    /// A `conj` always follows the first conjunct it hangs from, so a noun labelled `conj` before its verb is a
    /// misreading, most often of a subject after a correlative ("O Chile se retira o…", "Ou la Bolivie cède ou…"):
    /// it is the verb's subject when the verb has none.
    private static func repairLeftConjuncts(_ tree: inout SyntaxTree, children: WordDependents) {
        // By index: a word copied out of the tree would be retained and released for each word of the sentence.
        for index in tree.words.indices where tree.words[index].label.isPlain(.conj) && tree.words[index].head - 1 > index {
            let verb = tree.words[index].head - 1
            guard [.noun, .propn, .pron].contains(tree.words[index].tag), [.verb, .aux].contains(tree.words[verb].tag),
                  !children[verb].contains(where: { tree.words[$0].label.relation == .nsubj }) else { continue }
            tree.words[index].relation = "nsubj"
        }
    }

    var wordCount: Int { tree.words.count }

    /// The words the document tokens `range` became.
    func words(of range: Range<Int>) -> Range<Int> {
        let first = range.lowerBound - firstToken, last = range.upperBound - 1 - firstToken
        guard first >= 0, last < wordsOfToken.count, first <= last else { return 0..<0 }
        return wordsOfToken[first].lowerBound..<wordsOfToken[last].upperBound
    }

    /// The word the others of `words` hang from: the first whose head lies outside them.
    func head(of words: Range<Int>) -> Int? {
        words.first { index in
            let head = tree.words[index].head - 1
            return !words.contains(head)
        }
    }

    /// The 0-based head of `word`; nil for the root.
    func governor(of word: Int) -> Int? {
        let head = tree.words[word].head
        return head > 0 ? head - 1 : nil
    }

    func dependents(of word: Int) -> ArraySlice<Int> { children[word] }

    /// The relation without its subtype: "obl" for "obl:agent", read off the label when the model was opened.
    func relation(of word: Int) -> DependencyRelation { tree.words[word].label.relation }

    /// The relation with its subtype.
    func label(of word: Int) -> DependencyLabel { tree.words[word].label }

    func tag(of word: Int) -> PartOfSpeech { tree.words[word].tag }

    /// A noun or a proper noun: an event noun's arguments are its complements, a verb's its subject and objects.
    func isNominal(_ word: Int) -> Bool { [.noun, .propn].contains(tag(of: word)) }

    /// The dependents of `word` whose relation (without subtype) is one of `relations`.
    func dependents(of word: Int, _ relations: DependencyRelations) -> [Int] {
        children[word].filter { relations.contains(relation(of: $0)) }
    }

    /// The folded prepositions marking `word` ("à", "against", "a"): its `case` dependents, and a `mark` for a clause.
    func markers(of word: Int, in tokens: [Token]) -> [String] {
        children[word].compactMap { child in
            let relation = relation(of: child)
            guard relation == .case || relation == .mark else { return nil }
            return folded(child, tokens)
        }
    }

    /// The folded form of a word: its token's, or the treebank word a contraction stands for ("de" in "du").
    func folded(_ word: Int, _ tokens: [Token]) -> String {
        let token = tokenOfWord[word]
        let form = words(of: token..<token + 1).count == 1 ? tokens[token].folded : TextFolding.fold(tree.words[word].form)
        return Self.unelided(form)
    }

    /// A tree word's folded form, elision undone: what `folded` tells when no document token is at hand.
    private static func folded(form: String) -> String {
        unelided(TextFolding.fold(form))
    }

    /// The full form of an elided word. Every elided word ends with its apostrophe: any other word is answered from its
    /// last byte, without hashing it.
    private static func unelided(_ form: String) -> String {
        guard form.utf8.last == UInt8(ascii: "'") else { return form }
        return elidedWords[form] ?? form
    }

    /// Prepositions and subordinators written elided before a vowel, told as their full form: "la visite d'Emmanuel
    /// Macron" is marked by "de" as "la visite de Macron" is, and the frames and word classes need list only "de".
    private static let elidedWords: [String: String] = [
        "d'": "de", "qu'": "que", "lorsqu'": "lorsque", "puisqu'": "puisque", "jusqu'": "jusque", "quoiqu'": "quoique",
    ]

    /// The dependency path from `start` to `end`: relations climbed (`^xcomp`), then relations descended (`nsubj`),
    /// as `--explain` shows how an argument was reached.
    func path(from start: Int, to end: Int) -> String {
        // Each walk is at most the sentence long: made at that size, neither list grows as it fills.
        var up: [Int] = [start]
        up.reserveCapacity(wordCount + 1)
        while let next = governor(of: up[up.count - 1]), up.count <= wordCount { up.append(next) }
        var down: [Int] = [end]
        down.reserveCapacity(wordCount + 1)
        while !up.contains(down[down.count - 1]), let next = governor(of: down[down.count - 1]), down.count <= wordCount {
            down.append(next)
        }
        guard let meeting = up.firstIndex(of: down[down.count - 1]) else { return "?" }
        // The steps are written straight into the path, with no list of them joined afterwards and no string made for
        // a step climbed.
        var path = ""
        var isFirst = true
        func step(_ name: String, climbed: Bool) {
            if !isFirst { path += " " }
            if climbed { path += "^" }
            path += name
            isFirst = false
        }
        for word in up[..<meeting] { step(label(of: word).name, climbed: true) }
        for word in down.dropLast().reversed() { step(label(of: word).name, climbed: false) }
        return isFirst ? "self" : path
    }
}

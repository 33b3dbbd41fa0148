/// Whether a trigger states what happened, read off its clause in the tree: a negation or a modal on its verb, a
/// condition or a purpose that opens its clause, a plan it is the object of.
///
/// A trigger that another trigger governs ("denied any attack", "demanded that X withdraw") is decided by
/// `RelationExtractor`, which knows the governor's type.
extension TreeArguments {
    /// - Parameter speaksOfPossibility: the sentence asks a question or says something is not ruled out
    ///   (`speaksOfPossibility(from:to:)`): every trigger in it is unreal.
    /// - Parameter reportsFuture: "would" in a reported clause is a future (`isFutureInThePast`), as for a visit or an
    ///   agreement or an expulsion announced; for force it stays unreal, since "said it would attack X" is a threat, not an
    ///   attack (`EventType.isForce`).
    func modality(of head: Int, speaksOfPossibility: Bool, reportsFuture: Bool = true) -> Modality {
        if speaksOfPossibility || isHypothetical(head, reportsFuture: reportsFuture) { return .unreal }
        return isNegated(head) ? .negated : .factual
    }

    /// What in a sentence says its events may only happen: a question mark anywhere in it, or a word of possibility
    /// ("n'est pas écartée", "no descartan") over the clauses it governs. "X a rompu ses relations avec Y et prendra des
    /// mesures, dont elle n'exclut pas l'usage de la force" breaks the relations whatever it does not rule out.
    struct Possibility {
        var isQuestion = false
        /// The words of possibility, as the parse numbers its words.
        var words: [Int] = []
        var isEmpty: Bool { !isQuestion && words.isEmpty }
    }

    /// The question marks and words of possibility of the sentence's tokens `first..<end`.
    func possibility(from first: Int, to end: Int) -> Possibility {
        var found = Possibility()
        for index in first..<end {
            if tokens[index].kind == .punctuation && (tokens[index].text == "?" || tokens[index].text == "¿") { found.isQuestion = true }
            if words.possibilities.contains(tokens[index]) { found.words += parsed.words(of: index..<index + 1) }
        }
        return found
    }

    /// Whether the sentence's possibility covers the event headed by `head`: a question, or a word of possibility that
    /// is the head or governs it at any depth.
    func speaksOfPossibility(_ possibility: Possibility, over head: Int) -> Bool {
        if possibility.isQuestion { return true }
        guard !possibility.words.isEmpty else { return false }
        var word = head
        var steps = 0
        while steps <= parsed.wordCount {
            if possibility.words.contains(word) { return true }
            guard let governor = parsed.governor(of: word) else { return false }
            word = governor
            steps += 1
        }
        return false
    }

    /// A modal on the verb ("could invade", "pourrait envahir" with the verb its complement), a plan or a wish it is the
    /// object of ("le projet d'attaque", "plans to strike", "espère que X suspendra"), a planned event ("the planned strikes"), a condition on its clause
    /// or on a clause above it ("si l'Égypte décidait de bloquer"), a purpose ("pour défendre").
    private func isHypothetical(_ head: Int, reportsFuture: Bool) -> Bool {
        let dependents = parsed.dependents(of: head)
        if dependents.contains(where: { ((isModal($0) && !(reportsFuture && isFutureInThePast($0, on: head))) || isPlan($0))
            && Self.modifierOfEvent.contains(parsed.relation(of: $0)) }) {
            return true
        }
        // "ont profité pour inviter X": a purpose an occasion is seized for is carried out; so is a visit someone is
        // somewhere for ("is in X for a visit", "se trouve au Togo pour une visite").
        if dependents.contains(where: { Self.markerRelations.contains(parsed.relation(of: $0)) && words.purposes.contains(token($0)) }),
           !(parsed.governor(of: head).map { words.occasionVerbs.contains(token($0)) } ?? false), stay(of: head) == nil {
            return true
        }
        var word = head
        var steps = 0
        while let governor = parsed.governor(of: word), steps < parsed.wordCount {
            let relation = parsed.relation(of: word)
            // "we want to thank X": a wished thanks is given in the words that wish it.
            let isPerformed = word == head && words.performatives.contains(token(word))
            // "la necesidad de fortalecer…" with the infinitive read as an adverbial clause of the noun.
            // "has advocated halting aid" with the gerund read as an adverbial clause: unmarked, it is the wish's object.
            let complements = Self.complementRelations.contains(relation) || (relation == .advcl && parsed.isNominal(governor))
                || (relation == .advcl && isWish(governor) && !parsed.dependents(of: word).contains { parsed.relation(of: $0) == .mark })
            if complements, isModal(governor) || isPlan(governor) || (isWish(governor) && !isPerformed) { return true }
            // "tiene que desarmarse": an act owed is not done.
            if relation == .xcomp, words.dutyVerbs.contains(token(governor)) { return true }
            // "podría decidir expulsar", "could decide to expel": a modal on the verb whose complement the event is;
            // "could impose sanctions": on the verb that carries the event noun.
            if relation == .xcomp || (word == head && parsed.isNominal(word) && isSupported(word)),
               parsed.dependents(of: governor).contains(where: { modal in
                isModal(modal) && Self.modifierOfEvent.contains(parsed.relation(of: modal)) && !(reportsFuture && isFutureInThePast(modal, on: governor))
            }) {
                return true
            }
            if isConditioned(word) { return true }
            word = governor
            steps += 1
        }
        return isConditioned(word)
    }

    /// "a réduit ses liens avec X pour soutenir Y", "cut ties with X to support Y": backing (or a protest) that a real
    /// act is done for is given by doing it. Whether `head` opens a clause of purpose on a verb the sentence states.
    func isPurposeOfStatedAct(_ head: Int, possibility: Possibility) -> Bool {
        let isAdverbial = parsed.relation(of: head) == .advcl
        guard parsed.dependents(of: head).contains(where: { marker in
            Self.markerRelations.contains(parsed.relation(of: marker))
                && (words.purposes.contains(token(marker)) || (isAdverbial && words.adverbialPurposes.contains(token(marker))))
        }),
              let verb = parsed.governor(of: head), parsed.tag(of: verb) == .verb else { return false }
        return modality(of: verb, speaksOfPossibility: speaksOfPossibility(possibility, over: verb)) == .factual
    }

    /// Whether `head` opens a clause of purpose on a verb of summoning the sentence states ("summoned the envoy to demand
    /// an explanation"): what the summoned envoy is told is said.
    func isPurposeOfSummons(_ head: Int, possibility: Possibility) -> Bool {
        guard let verb = parsed.governor(of: head), words.summoningVerbs.contains(token(verb)) else { return false }
        return isPurposeOfStatedAct(head, possibility: possibility)
    }

    /// A clause opened by a conditional ("if", "si"), or by a condition noun with its complement ("in the event of an
    /// attack", "en cas d'attaque", "en caso de agresión"; not "in any case"). "Même si", "even if" concede a fact.
    private func isConditioned(_ word: Int) -> Bool {
        parsed.dependents(of: word).contains { child in
            switch parsed.relation(of: child) {
            case .mark: words.conditionals.contains(token(child)) && !isConcessive(child)
            case .obl: words.conditionalNouns.contains(token(child)) && !markers(of: child).isEmpty
                && parsed.dependents(of: child).contains { [.nmod, .acl].contains(parsed.relation(of: $0)) }
            default: false
            }
        }
    }

    /// "warned that X would pay if Y attacked", "advirtió que… si Y ataca": the actors that a condition on a verb of
    /// warning, or on what it says, names; none for any other trigger.
    func warnedActors(of range: Range<Int>) -> [Mention] {
        guard let head = headWord(of: range), parsed.tag(of: head) == .verb, words.warningVerbs.contains(token(head)) else { return [] }
        let conditioned = words(for: .condition, head: head, phrase: [head], isNoun: false, isTrigger: { _ in false }) {
            self.prepositionalComplements(head: head, phrase: [head], isNoun: false, isTrigger: { _ in false })
        }
        return resolve(conditioned)
    }

    /// "warned that measures will be taken", "a averti que des mesures de riposte seront prises",
    /// "advirtió que tomaremos medidas": a warning whose clause announces a response in kind (`responseNouns`) or the
    /// speaker's own act threatens.
    func warnsOfAnnouncedResponse(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range), parsed.tag(of: head) == .verb, words.warningVerbs.contains(token(head)) else { return false }
        return parsed.dependents(of: head, [.ccomp]).contains { clause in
            guard isFutureVerb(clause) else { return false }
            return parsed.dependents(of: clause).contains { child in
                let relation = parsed.relation(of: child)
                return (Self.subjectRelations.contains(relation) && words.speakerPronouns.contains(token(child)))
                    || ((Self.subjectRelations.contains(relation) || relation == .obj) && words.responseNouns.contains(token(child)))
            }
        }
    }

    /// "did not attack", "n'a pas bombardé", "no atacó", "ne reconnaîtra jamais", "failed to reach", "sans en informer".
    /// A negation word that opens a fixed expression is a connective ("sin embargo", "no obstante"): it negates nothing.
    func isNegated(_ head: Int) -> Bool {
        let dependents = parsed.dependents(of: head)
        // The treebank word, not the token: "n't" in "wasn't" is one token with the auxiliary.
        let negations = dependents.filter { Self.negationRelations.contains(parsed.relation(of: $0)) && words.negations.contains(parsed.folded($0, tokens))
            && !parsed.dependents(of: $0).contains { parsed.relation(of: $0) == .fixed } }
        // "n'a pas seulement condamné X mais aussi Y", "not only warned X but…": a negation of "only" adds, it denies nothing.
        if !negations.isEmpty, !negations.contains(where: isNegatedOnly), !dependents.contains(where: isOnlyUnderNegation) { return true }
        // "provided no assistance to X", "n'a apporté aucune aide", "would no longer recognise X": a negation on the
        // verb's object or on its adverb denies the act.
        if dependents.contains(where: { child in
            [.obj, .advmod].contains(parsed.relation(of: child)) && !isOnlyUnderNegation(child) && parsed.dependents(of: child).contains { grandchild in
                [.det, .advmod].contains(parsed.relation(of: grandchild)) && words.negations.contains(token(grandchild))
            }
        }) {
            return true
        }
        // "su negativa a rechazar…", however the parser hung the infinitive: a refusal written right before its mark.
        if let mark = parsed.dependents(of: head, [.mark]).first, mark == head - 1, mark > 0, words.failures.contains(token(mark - 1)) {
            return true
        }
        guard let governor = parsed.governor(of: head), Self.complementRelations.contains(parsed.relation(of: head)) else { return false }
        return words.failures.contains(token(governor))
    }

    /// "would not extend its accord with X", "ne prolongera pas l'accord", "no prorrogará el acuerdo": an event noun
    /// that is the object of a negated verb which is no trigger of its own (a trigger governing it decides, as
    /// "did not condemn the invasion" denies no invasion).
    func isDeniedWithItsVerb(_ noun: Int, isTrigger: (Int) -> Bool) -> Bool {
        guard parsed.relation(of: noun) == .obj, let verb = parsed.governor(of: noun), parsed.tag(of: verb) == .verb,
              !isTrigger(parsed.tokenOfWord[verb]) else { return false }
        return isNegated(verb)
    }

    /// "pas seulement" with the negation hung on "seulement": an "only" that carries a negation of its own.
    private func isOnlyUnderNegation(_ word: Int) -> Bool {
        words.onlyAdverbs.contains(token(word)) && parsed.dependents(of: word).contains { words.negations.contains(parsed.folded($0, tokens)) }
    }

    /// Whether the negation `word` is written right before "only" ("not only", "pas seulement", "no solo").
    private func isNegatedOnly(_ word: Int) -> Bool {
        let next = parsed.tokenOfWord[word] + 1
        return next < tokens.count && words.onlyAdverbs.contains(tokens[next])
    }

    /// A conditional right after "même", "even", "aun": the clause it opens is granted, not supposed.
    private func isConcessive(_ marker: Int) -> Bool {
        let index = parsed.tokenOfWord[marker]
        return index > 0 && words.concessiveAdverbs.contains(tokens[index - 1])
    }

    private func isModal(_ word: Int) -> Bool { words.modals.contains(token(word)) }

    /// "The Kremlin announced that the Chinese president would visit Russia": in a clause reported after a verb in the
    /// past, "would" is the future seen from then, as "will" is from now; a condition on the clause still makes it
    /// unreal. French and Spanish write that future as a tense of the verb, which no modal word marks.
    func isFutureInThePast(_ modal: Int, on verb: Int) -> Bool {
        guard words.reportedFutures.contains(token(modal)), parsed.relation(of: verb) == .ccomp,
              let reporting = parsed.governor(of: verb) else { return false }
        return !hasCondition(verb) && !hasCondition(reporting)
    }

    /// "X will cut ties with Y if Y goes on", "si Y sigue, X podría suspender el acuerdo con Y": an act a condition
    /// hangs on, on its own verb or on a clause the act completes, is held over someone rather than done. An act inside
    /// the condition ("if Y attacks") is not held over anyone.
    func isConditionalAct(_ head: Int) -> Bool {
        var word = head
        for _ in 0..<Self.conditionDepth {
            if isConditioned(word) { return false }
            if hasCondition(word) { return true }
            guard Self.heldClauseRelations.contains(parsed.relation(of: word)), let governor = parsed.governor(of: word) else { return false }
            word = governor
        }
        return false
    }
    /// How a clause that a condition on its governor also holds hangs from it.
    private static let heldClauseRelations: DependencyRelations = [.xcomp, .ccomp, .advcl]
    /// How many clauses up a condition is looked for.
    private static let conditionDepth = 4

    /// "would attack Taiwan if it declared independence", "If X…, officials said Y would attack": a clause of condition
    /// under the verb or the verb reporting it makes it the consequence.
    private func hasCondition(_ verb: Int) -> Bool {
        parsed.dependents(of: verb).contains { parsed.relation(of: $0) == .advcl && isConditioned($0) }
    }
    private func isPlan(_ word: Int) -> Bool { words.plans.contains(token(word)) }
    private func isWish(_ word: Int) -> Bool { words.wishes.contains(token(word)) }
    private func token(_ word: Int) -> Token { tokens[parsed.tokenOfWord[word]] }

    /// How a modal or a plan governs the event it makes unreal: its complement, its noun's complement.
    static let complementRelations: DependencyRelations = [.xcomp, .nmod, .obj, .acl, .ccomp]
    /// How a modal or "planned" hangs from the event: an auxiliary, an adjective, a participle.
    static let modifierOfEvent: DependencyRelations = [.aux, .amod, .acl, .advmod]
    /// How a subordinator hangs from its clause's verb: labelled a marker, or a preposition before an infinitive.
    static let markerRelations: DependencyRelations = [.mark, .case]
    /// How a negation hangs from its verb or noun.
    static let negationRelations: DependencyRelations = [.advmod, .det, .cc, .mark, .case, .fixed]

    /// An adverbial clause opened by a word of comparison ("comme convenu avec X", "como acordó con X"): it says how
    /// the verb it hangs from came about, not what that verb is about.
    func isComparisonClause(_ word: Int) -> Bool {
        parsed.relation(of: word) == .advcl && parsed.dependents(of: word).contains { child in
            child < word && Self.markerRelations.contains(parsed.relation(of: child))
                && words.inversionOpeners.contains(tokens[parsed.tokenOfWord[child]])
        }
    }

    /// An adverbial clause or an oblique opened by a word of time: "before speaking with X", "après avoir rencontré X",
    /// "after their meeting".
    func isTimeClause(_ word: Int) -> Bool {
        [.advcl, .obl].contains(parsed.relation(of: word)) && parsed.dependents(of: word).contains { child in
            Self.markerRelations.contains(parsed.relation(of: child)) && words.timeMarkers.contains(tokens[parsed.tokenOfWord[child]])
        }
    }
}

/// A time phrase written between a verb and its object: "iniciaron este miércoles ejercicios conjuntos", "realizará
/// el próximo febrero unas maniobras", "a mené lundi des exercices", "organisera en février des manœuvres", "held on
/// Monday joint drills". The parser takes the time noun for the object and hangs the real object under it, or makes
/// it a subject, and the event noun loses its verb and its participants.
extension ParsedSentence {
    /// The words of a time phrase after a verb and of the noun phrase after it, as the sentence writes them.
    struct TimePhraseBeforeObject {
        let time: Int
        let timeWords: ClosedRange<Int>
        let object: Int
        let objectWords: ClosedRange<Int>
    }

    /// The tags a noun phrase's words before or after its noun bear ("unas maniobras navales", "de nouveaux exercices").
    /// A name counts as the phrase's noun: "a rencontré lundi son homologue, X" with the official's mention one word.
    private static let nounPhraseTags: Set<PartOfSpeech> = [.det, .adj, .num, .noun, .propn]

    /// Makes the time noun the verb's oblique and the noun phrase after it the verb's object; the phrase's words hang
    /// from its noun, a clause after it that hung from the time noun hangs from the object, anything else from the verb.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairObjectsAfterTimePhrases(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb {
            guard let phrase = timePhraseBeforeObject(after: verb, in: tree, children: children, words: shared) else { continue }
            let time = phrase.time, object = phrase.object
            tree.words[time].head = verb + 1
            tree.words[time].relation = "obl"
            tree.words[object].head = verb + 1
            tree.words[object].relation = "obj"
            // The object's noun the tagger took for an adjective ("ejercicios conjuntos").
            tree.words[object].tag = .noun
            for word in phrase.timeWords where word != time && !phrase.timeWords.contains(tree.words[word].head - 1) {
                tree.words[word].head = time + 1
                tree.words[word].relation = modifierLabel(of: tree.words[word].tag)
            }
            for word in phrase.objectWords where word != object && !phrase.objectWords.contains(tree.words[word].head - 1) {
                tree.words[word].head = object + 1
                tree.words[word].relation = modifierLabel(of: tree.words[word].tag)
            }
            for word in (phrase.objectWords.upperBound + 1)..<tree.words.count where phrase.timeWords.contains(tree.words[word].head - 1) {
                let isClause = [.acl].contains(tree.words[word].label.relation)
                tree.words[word].head = (isClause ? object : verb) + 1
                // "llamó el lunes a consultas a su embajador": a noun's complement is a verb's oblique.
                if !isClause, tree.words[word].label.isPlain(.nmod) { tree.words[word].relation = "obl" }
            }
            changed = true
        }
        return changed
    }

    /// The label a word of a noun phrase bears under its noun, by its tag.
    private static func modifierLabel(of tag: PartOfSpeech) -> String {
        switch tag {
        case .det: "det"
        case .num: "nummod"
        case .adp: "case"
        default: "amod"
        }
    }

    /// The time phrase right after `verb` (a preposition, determiners and adjectives, the time noun, and a date's
    /// day, month or year after it) and the noun phrase right after that, when the verb takes it for its object: the
    /// verb has no other object, no passive clitic, and either a subject before it or an object that is not
    /// definite (a definite noun phrase after a verb with no subject before it is its subject: "comenzaron este
    /// miércoles las maniobras").
    static func timePhraseBeforeObject(after verb: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> TimePhraseBeforeObject? {
        let words = tree.words
        var index = verb + 1
        if index < words.count, words[index].tag == .adp { index += 1 }
        while index < words.count, [.det, .adj, .num].contains(words[index].tag) { index += 1 }
        guard index < words.count, [.noun, .propn].contains(words[index].tag),
              case let head = TextFolding.fold(words[index].form),
              shared.words.timeNouns.contains(head) || shared.words.adverbialNouns.contains(head) else { return nil }
        let time = index
        index += 1
        // "el lunes pasado unas…", "el miércoles 19 de enero unas…", "en février 2024 des…"; adjectives after the
        // time noun with a noun right after them open the object instead ("lundi nouvelles sanctions"), and so do
        // adjectives with nothing nominal after them: the object's noun taken for an adjective ("ejercicios conjuntos").
        while index < words.count {
            let run = index
            while index < words.count, [.adj, .num].contains(words[index].tag) { index += 1 }
            // "de enero", "en 2024", "por primera vez", "pour la première fois": a preposition and a time noun or a
            // number, with determiners and adjectives between.
            if index + 1 < words.count, words[index].tag == .adp {
                var next = index + 1
                while next < words.count, [.det, .adj].contains(words[next].tag) { next += 1 }
                if next < words.count, case let noun = TextFolding.fold(words[next].form),
                   (next == index + 1 && words[next].tag == .num) || shared.words.timeNouns.contains(noun)
                    || (next > index + 1 && shared.words.occurrenceNouns.contains(noun)) {
                    index = next + 1
                    continue
                }
            }
            if index == words.count || words[index].tag != .det { index = run }
            break
        }
        let timeWords = (verb + 1)...(index - 1)
        // "a convoqué ce jeudi, l'ambassadeur X": a comma may close the time phrase, unless it closes a subordinate
        // clause ("When X met this month, a declaration…") or what follows it is the subject of a verb of its own.
        let afterComma = index + 1 < words.count && words[index].tag == .punct && words[index].form == ","
        if afterComma { index += 1 }
        let start = index
        // The partitive's preposition: "lundi des (de les) exercices", "lundi de nouvelles sanctions".
        if index + 1 < words.count, words[index].tag == .adp, TextFolding.fold(words[index].form) == shared.words.genitive,
           [.det, .adj].contains(words[index + 1].tag) { index += 1 }
        // The preposition a language marks a person's object with: "recibió este martes a la delegación".
        if index + 1 < words.count, words[index].tag == .adp, shared.words.objectMarkers.contains(TextFolding.fold(words[index].form)),
           nounPhraseTags.contains(words[index + 1].tag) { index += 1 }
        while index < words.count, nounPhraseTags.contains(words[index].tag) { index += 1 }
        guard index > start, words[start].tag != .adp || index > start + 1 else { return nil }
        let objectWords = start...(index - 1)
        guard let object = objectWords.first(where: { words[$0].tag == .noun })
                ?? objectWords.first(where: { words[$0].tag == .propn })
                ?? (objectWords.count > 1 ? objectWords.first(where: { words[$0].tag == .adj }) : nil),
              !shared.words.timeNouns.contains(TextFolding.fold(words[object].form)) else { return nil }
        if afterComma {
            guard words[object].label.relation != .nsubj,
                  !children[verb].contains(where: { words[$0].label.relation == .mark }) else { return nil }
        }
        let outside = { (word: Int) in !timeWords.contains(word) && !objectWords.contains(word) }
        let dependents = children[verb].filter(outside)
        guard !dependents.contains(where: { [.obj, .expl].contains(words[$0].label.relation) }) else { return nil }
        let subjectBefore = dependents.contains { $0 < verb && words[$0].label.relation == .nsubj }
        let definite = words[start].tag == .det && shared.words.anaphoricDeterminers.contains(TextFolding.fold(words[start].form))
        guard subjectBefore || !definite else { return nil }
        return TimePhraseBeforeObject(time: time, timeWords: timeWords, object: object, objectWords: objectWords)
    }

    /// "a décidé mercredi de rappeler…", "decidió el miércoles a expulsar…", "decided on Wednesday to recall…": an
    /// infinitive the parser hangs on the day written between it and its verb is that verb's complement. So is a clause
    /// opened by a subordinating conjunction after a verb of saying ("said Wednesday that it was expelling…", "a
    /// annoncé mardi qu'il rappelait…"): what was said, not the day's relative clause. Any other clause may be the
    /// day's own ("el lunes, cuando firmaron").
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairInfinitivesAfterTimeNouns(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for word in tree.words.indices where tree.words[word].tag == .verb && [.acl, .advcl].contains(tree.words[word].label.relation) {
            let time = tree.words[word].head - 1
            guard time >= 0, time < word, shared.words.timeNouns.contains(TextFolding.fold(tree.words[time].form)) else { continue }
            let verb = tree.words[time].head - 1
            guard verb >= 0, verb < time, tree.words[verb].tag == .verb else { continue }
            let markers = children[word].filter { $0 < word && tree.words[$0].label.relation == .mark }
            if markers.contains(where: { shared.words.infinitiveMarkers.contains(TextFolding.fold(tree.words[$0].form)) }) {
                tree.words[word].relation = "xcomp"
            } else if markers.contains(where: { tree.words[$0].tag == .sconj }),
                      FunctionWords.reportingVerbs.contains(TextFolding.fold(tree.words[verb].form)) {
                tree.words[word].relation = "ccomp"
            } else if FunctionWords.reportingVerbs.contains(TextFolding.fold(tree.words[verb].form)),
                      let relative = children[word].first(where: { $0 == time + 1 && shared.words.relativeOpeners.contains(TextFolding.fold(tree.words[$0].form)) }),
                      children[word].contains(where: { $0 > relative && tree.words[$0].label.relation == .nsubj }) {
                // "a annoncé lundi qu'elle allait…" read as the day's relative clause: the subordinator opens what was said.
                tree.words[relative].head = word + 1
                tree.words[relative].tag = .sconj
                tree.words[relative].relation = "mark"
                tree.words[word].relation = "ccomp"
            } else {
                continue
            }
            tree.words[word].head = verb + 1
            changed = true
        }
        return changed
    }

    /// "a visit this week by X to Y", "la visite cette semaine de X à Y": a time phrase written between an event noun and
    /// its complements takes them from it in the parse. The complements hung on the time noun, each opened by a
    /// preposition, are the noun's written before the time phrase. So are those of a time phrase with no preposition
    /// that the parser takes for the noun's object ("comenzó su gira el lunes en X").
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairComplementsAfterTimePhrases(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for time in tree.words.indices where tree.words[time].tag == .noun && [.nmod, .obj].contains(tree.words[time].label.relation)
            && shared.words.timeNouns.contains(TextFolding.fold(tree.words[time].form)) {
            // The noun right before the time phrase's first word.
            let start = ([time] + children[time]).filter { $0 <= time }.min() ?? time
            let noun = start - 1
            guard noun >= 0, tree.words[noun].tag == .noun,
                  tree.words[time].label.relation == .nmod || tree.words[time].head == noun + 1 else { continue }
            for complement in children[time] where complement > time && [.noun, .propn].contains(tree.words[complement].tag)
                && tree.words[complement].label.relation == .nmod
                && children[complement].contains(where: { $0 < complement && tree.words[$0].label.isPlain(.case) }) {
                tree.words[complement].head = noun + 1
                changed = true
            }
        }
        return changed
    }

    /// "ha sido recibido este domingo por X en Y", "was received on Sunday by X": a day the parser takes for the verb's
    /// object, with no object after it, is when; the complements a preposition opens after it, which the parser hung on
    /// the day, are the verb's (the agent of a passive among them).
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairComplementsOnTimeObjects(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for time in tree.words.indices where tree.words[time].tag == .noun && tree.words[time].label.isPlain(.obj)
            && shared.words.timeNouns.contains(TextFolding.fold(tree.words[time].form)) {
            let verb = tree.words[time].head - 1
            guard verb >= 0, verb < time, tree.words[verb].tag == .verb,
                  !children[verb].contains(where: { $0 != time && tree.words[$0].label.isPlain(.obj) }) else { continue }
            let complements = children[time].filter { complement in
                complement > time && [.noun, .propn].contains(tree.words[complement].tag) && tree.words[complement].label.relation == .nmod
                    && children[complement].contains(where: { $0 < complement && tree.words[$0].label.isPlain(.case) })
            }
            guard !complements.isEmpty else { continue }
            tree.words[time].relation = "obl"
            for complement in complements {
                tree.words[complement].head = verb + 1
                tree.words[complement].relation = "obl"
            }
            changed = true
        }
        return changed
    }
}

/// "X had earlier on Monday accused Y of…": a time phrase between an auxiliary and its participle, which the parser
/// makes the sentence's root, the participle its modifier and the subject and auxiliary its own.
extension ParsedSentence {
    /// Makes the verb hung from a root time noun the root, and the time noun its oblique; the time phrase keeps its own
    /// words ("on", "this"), everything else the noun held is the verb's.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairVerbsUnderARootTimeNoun(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        guard let time = tree.words.firstIndex(where: { $0.label.isPlain(.root) }), [.noun, .propn].contains(tree.words[time].tag),
              let verb = children[time].first(where: { $0 > time && tree.words[$0].tag == .verb && tree.words[$0].label.relation == .acl }),
              children[time].contains(where: { $0 < time && tree.words[$0].tag == .aux }),
              shared.words.timeNouns.contains(TextFolding.fold(tree.words[time].form)) else { return false }
        tree.words[verb].head = 0
        tree.words[verb].relation = "root"
        tree.words[time].head = verb + 1
        tree.words[time].relation = "obl"
        for child in children[time] where child != verb && !timePhraseRelations.contains(tree.words[child].label.relation) {
            tree.words[child].head = verb + 1
        }
        return true
    }

    /// The relations of a time noun's own words: "on", "this", "next", "last".
    private static let timePhraseRelations: DependencyRelations = [.case, .det, .amod, .nummod, .compound]
}

/// "El martes, el ejército X rechazó…", "Ce vendredi 3 mai, le Ghana et le Togo ont signé…": a day opening the
/// sentence, read as the verb's subject, with the real subject after the comma read as an object written before its
/// verb, or as an oblique with no preposition.
extension ParsedSentence {
    /// Makes the day an oblique and the noun phrase between it and the verb the subject.
    /// - Returns: whether a label changed.
    static func repairFrontedDaysTakenForSubjects(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb {
            // "Le lendemain, le chargé d'affaires X était convoqué…": a passive subject too.
            // "El fin de semana, los presidentes X y Y firmaron…": a noun of a time noun is a time phrase too.
            guard let day = children[verb].first(where: { $0 < verb && tree.words[$0].label.relation == .nsubj }),
                  shared.words.timeNouns.contains(TextFolding.fold(tree.words[day].form))
                    || (tree.words[day].tag == .noun && children[day].contains { $0 > day && tree.words[$0].label.isPlain(.nmod)
                        && shared.words.timeNouns.contains(TextFolding.fold(tree.words[$0].form)) }),
                  let subject = children[verb].first(where: { $0 > day && $0 < verb && [.noun, .propn].contains(tree.words[$0].tag)
                      && (tree.words[$0].label.isPlain(.obj) || isUnmarkedOblique($0, in: tree, children: children)) }) else { continue }
            tree.words[subject].relation = tree.words[day].relation
            tree.words[day].relation = "obl"
            changed = true
        }
        return changed
    }

    /// An oblique with no preposition of its own, which only a subject misread would be before its verb.
    private static func isUnmarkedOblique(_ word: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        tree.words[word].label.relation == .obl && !children[word].contains { tree.words[$0].label.relation == .case }
    }

    /// "acusa desde hace años a Togo", "firmó hace dos semanas un acuerdo": a verb of elapsed time (`agoVerbs`) with
    /// its time noun is a time phrase, but the parser reads it as a clause and hangs the verb's complements under it.
    /// The phrase becomes an oblique of the verb above, and its other dependents the verb's.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairAgoPhrases(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for ago in tree.words.indices where tree.words[ago].tag == .verb && shared.words.agoVerbs.contains(TextFolding.fold(tree.words[ago].form)) {
            let verb = tree.words[ago].head - 1
            guard verb >= 0, tree.words[verb].tag == .verb,
                  let time = children[ago].first(where: { $0 > ago && shared.words.timeNouns.contains(TextFolding.fold(tree.words[$0].form)) })
            else { continue }
            for child in children[ago] where child > time && tree.words[child].label.relation != .punct {
                tree.words[child].head = verb + 1
            }
            tree.words[time].relation = "obl"
            // An adverb now, so that no later repair takes it for the verb of the object after it.
            tree.words[ago].tag = .adv
            tree.words[ago].relation = "advmod"
            changed = true
        }
        return changed
    }
}

/// What earlier sentences said that later ones lean on.
///
/// News prose drops what the reader already knows: "Le Chili refuse." answers
/// the demand of the sentence before; "Norway deployed two frigates" is
/// aimed at the other side of the conflict; a Spanish sentence may have no
/// written subject at all. The discourse keeps the little memory needed to
/// fill those gaps, always with a lower confidence than a stated argument.
struct Discourse {
    /// The subject of the last sentence that had one.
    private(set) var lastSubject: [ActorRef] = []
    /// The speakers of the sentences of a quotation whose attribution closes a later sentence, by sentence
    /// (`RelationExtractor.speakersOfLongQuotes`).
    var quoteSpeakers: [Int: [ActorRef]] = [:]
    /// The subjects of the sentences within reach, the latest last: who the article follows when the last subject
    /// is a pair ("Les deux ministres ont échangé…" after "X a rencontré Y").
    private var subjects: [(sentence: Int, refs: [ActorRef])] = []
    /// The last person written as a subject, of a main clause or any other, and its sentence: whom "he" or "she" stands
    /// for when the last subject is a state or a body.
    private var lastPerson: (sentence: Int, refs: [ActorRef])?
    /// Actors named after "contre", "against", "contra": the side a conflict is aimed at.
    private var opposed: [(sentence: Int, ref: ActorRef)] = []
    /// States named, in order, with their sentence.
    private var states: [(sentence: Int, code: String)] = []
    /// The actors of the last relation of each type.
    private var lastSources: [EventType: (sentence: Int, refs: [ActorRef])] = [:]
    /// The target of the last relation of each type.
    private var lastTargets: [EventType: (sentence: Int, ref: ActorRef)] = [:]
    /// The target each actor last had for each type, anywhere before: "Moscow's invasion" is the one told earlier.
    private var toldTargets: [TypedSource: ActorRef] = [:]
    private struct TypedSource: Hashable {
        var type: EventType
        var source: ActorRef
    }
    /// The actors of the last sentence that had several of them meet, agree or cooperate with one another.
    private var lastGathering: (sentence: Int, refs: Set<ActorRef>)?
    /// The targets of the last act told, of one type and one source, when it had several: whom "urged them" means
    /// after "X accused Y and Z".
    private var lastSeveralTargets: (sentence: Int, refs: [ActorRef])?
    /// The last act told (not an affiliation): what "a pris une mesure similaire" repeats.
    private var lastAct: (sentence: Int, act: RepeatedAct)?
    /// Requests made: who asked whom.
    private var requests: [Exchange] = []
    /// Accusations made: who accused whom.
    private var accusations: [Exchange] = []
    /// Hostile acts told (sanctions, blows, threats, accusations): who struck whom, which a protest with no target
    /// written answers.
    private var blows: [Exchange] = []
    private typealias Exchange = (sentence: Int, sources: [ActorRef], targets: [ActorRef])
    /// The owners of the policies and acts named with one, by folded noun: whose "the decree" is.
    private var actOwners: [String: (sentence: Int, refs: [ActorRef])] = [:]

    /// How many sentences back a policy named again may have been named with its owner.
    private static let ownedActReach = 6

    /// Records the owners of the policies and acts a sentence names with one (`TreeArguments.ownedActs`).
    mutating func recordOwners(_ owned: [(noun: String, owners: [Mention])], sentence: Int) {
        for act in owned { actOwners[act.noun] = (sentence, act.owners.flatMap(\.refs)) }
    }

    /// Whose the act or policy a definite noun names again is, when an earlier sentence within reach named its owner.
    func owners(ofActNamed noun: String, at sentence: Int) -> [ActorRef] {
        guard let told = actOwners[noun], sentence - told.sentence <= Self.ownedActReach, told.sentence < sentence else { return [] }
        return told.refs
    }

    /// How many sentences back the discourse looks; older memory is dropped, so a long article costs
    /// the same per sentence as a short one.
    private static let reach = 3

    /// - Parameter persons: the persons written as the subject of any clause of the sentence (`TreeArguments.personSubjects`).
    mutating func record(sentence: Int, mentions: [Mention], subject: [Mention], persons: [Mention] = []) {
        let subjectPersons = subject.flatMap(\.refs).filter { $0.personIndex != nil }
        if !subjectPersons.isEmpty {
            lastPerson = (sentence, subjectPersons)
        } else if let first = persons.first {
            lastPerson = (sentence, first.refs)
        }
        opposed.removeAll { sentence - $0.sentence > Self.reach }
        states.removeAll { sentence - $0.sentence > Self.reach }
        requests.removeAll { sentence - $0.sentence > Self.reach }
        accusations.removeAll { sentence - $0.sentence > Self.reach }
        blows.removeAll { sentence - $0.sentence > Self.reach }
        // Appended one by one, with no array built per mention.
        for mention in mentions {
            if let preposition = mention.preposition, FunctionWords.opposingPrepositions.contains(preposition) {
                for ref in mention.refs { opposed.append((sentence, ref)) }
            }
            // "a conference in Geneva": a capital after a preposition says where, and is no side of a conflict.
            if mention.form == .seat && mention.preposition != nil { continue }
            for ref in mention.refs {
                if let code = ref.stateCode { states.append((sentence, code)) }
            }
        }
        if !subject.isEmpty {
            lastSubject = subject.flatMap(\.refs)
            subjects.removeAll { sentence - $0.sentence > Self.reach }
            subjects.append((sentence, lastSubject))
        }
    }

    /// Of a subject of several actors, the one the article followed alone before it within reach: "X a rencontré Y.
    /// Les deux ministres ont échangé… Avec Z, les discussions ont porté sur…" follows X.
    func followed(among refs: [ActorRef]) -> [ActorRef] {
        guard Set(refs).count > 1 else { return refs }
        for earlier in subjects.reversed() where Set(earlier.refs).count == 1 {
            if let ref = earlier.refs.first, refs.contains(ref) { return [ref] }
        }
        return refs
    }

    /// Whom a plural object pronoun at `sentence` stands for when the last subject was one actor: the several targets of
    /// the act told in the sentence before.
    func severalTargets(at sentence: Int) -> [ActorRef] {
        guard let last = lastSeveralTargets, sentence - last.sentence == 1, Set(lastSubject).count < 2 else { return [] }
        return last.refs
    }

    /// The person "he" or "she" stands for at `sentence`: the last subject when it holds one, else the last person
    /// written as a subject within reach.
    func personSubject(at sentence: Int) -> [ActorRef] {
        let persons = lastSubject.filter { $0.personIndex != nil }
        guard persons.isEmpty else { return persons }
        guard let lastPerson, sentence - lastPerson.sentence <= Self.reach else { return [] }
        return lastPerson.refs
    }

    /// Whether `refs`, two actors or more, met, agreed or cooperated with one another in one of the two sentences
    /// before `sentence`: "X, Y and Z met in Oslo. They signed a declaration."
    func gathered(_ refs: [ActorRef], at sentence: Int) -> Bool {
        guard let lastGathering, sentence - lastGathering.sentence <= 2, Set(refs).count >= 2 else { return false }
        return refs.allSatisfy(lastGathering.refs.contains)
    }

    /// Whether two parties, and only two, did something together in the sentence before: "X met Y. It was agreed
    /// to…" goes on with them.
    func metJustBefore(at sentence: Int) -> Bool {
        guard let lastGathering, sentence - lastGathering.sentence == 1 else { return false }
        return lastGathering.refs.count == 2
    }

    mutating func record(_ relations: [Relation]) {
        let together = relations.filter { $0.type.isSymmetric }
        if let sentence = together.last?.sentence {
            lastGathering = (sentence, Set(together.flatMap { [$0.source, $0.target] }))
        }
        for relation in relations {
            lastSources[relation.type] = (relation.sentence, [relation.source])
            lastTargets[relation.type] = (relation.sentence, relation.target)
            toldTargets[TypedSource(type: relation.type, source: relation.source)] = relation.target
        }
        if let act = RepeatedAct(lastOf: relations), let sentence = relations.last?.sentence { lastAct = (sentence, act) }
        if let last = relations.last {
            var targets: [ActorRef] = []
            for relation in relations where relation.source == last.source && relation.type == last.type
                && !targets.contains(relation.target) {
                targets.append(relation.target)
            }
            if targets.count >= 2 { lastSeveralTargets = (last.sentence, targets) }
        }
        for relation in relations where relation.type == .request {
            requests.append((relation.sentence, [relation.source], [relation.target]))
        }
        for relation in relations where relation.type == .accuse {
            accusations.append((relation.sentence, [relation.source], [relation.target]))
        }
        for relation in relations where Self.blowTypes.contains(relation.type) {
            blows.append((relation.sentence, [relation.source], [relation.target]))
        }
    }

    /// The side an attack or a deployment with no stated target is aimed at: the last actor opposed in
    /// the three sentences before, else the other state named in this sentence nearest the trigger (`named`, nearest
    /// first, which the discourse records only once the sentence is read), else the last named in the previous one.
    /// - Parameter excluding: actors on the sources' side, which no attack of theirs is aimed at.
    /// - Parameter reach: how many sentences back the last other state named may stand; a tie ("announced the breaking
    ///   of relations") reaches further than a blow, since the article often names the other side once.
    func counterpart(of sources: [ActorRef], at sentence: Int, named: [ActorRef] = [], countries: (ActorRef) -> String?,
                     excluding sided: Set<ActorRef> = [], reach: Int = 1) -> ActorRef? {
        let own = Set(sources.compactMap(countries))
        func isOther(_ ref: ActorRef) -> Bool {
            !sources.contains(ref) && !sided.contains(ref) && !(countries(ref).map(own.contains) ?? false)
        }
        if let last = opposed.last(where: { sentence - $0.sentence <= 3 && $0.sentence <= sentence && isOther($0.ref) }) {
            return last.ref
        }
        if let present = named.compactMap(\.stateCode).first(where: { isOther(.state($0)) }) { return .state(present) }
        return states.last { sentence - $0.sentence <= reach && isOther(.state($0.code)) }.map { .state($0.code) }
    }

    /// The act told in the sentence before that "a fait de même" repeats: one told further back is no longer the one
    /// the reader has in mind.
    func actToRepeat(at sentence: Int) -> RepeatedAct? {
        guard let last = lastAct, sentence - last.sentence <= 1 else { return nil }
        return last.act
    }

    /// Whom `source` last did `type` to, however far back: an event named again without its target ("since Moscow's
    /// invasion") is the one told before.
    func toldTarget(of type: EventType, by source: ActorRef) -> ActorRef? {
        toldTargets[TypedSource(type: type, source: source)]
    }

    /// Whom the last relation of `type` in the three sentences before was aimed at, when `isOther` accepts it: "X, Y
    /// and Z cut ties with W. V downgraded ties." gives V's tie the same other side.
    func lastTarget(of type: EventType, at sentence: Int, isOther: (ActorRef) -> Bool) -> ActorRef? {
        guard let last = lastTargets[type], sentence - last.sentence <= 3, isOther(last.ref) else { return nil }
        return last.ref
    }

    /// The actor of the last relation of `type` in the `reach` sentences before: "Cuba étant soumis à un embargo".
    /// - Parameter reach: how many sentences back the act may have been told; further for an act a noun of its kind
    ///   names again ("the break") than for one a pronoun stands for.
    func lastSource(of type: EventType, at sentence: Int, reach: Int = 2) -> [ActorRef] {
        guard let last = lastSources[type], sentence - last.sentence <= reach else { return [] }
        return last.refs
    }

    /// Who asked `sources` (or their state) for something in the two sentences before: the recipients of an answer.
    func requesters(of sources: [ActorRef], at sentence: Int, countries: (ActorRef) -> String?) -> [ActorRef] {
        Self.askers(in: requests, of: sources, at: sentence, countries: countries)
    }

    /// Who accused `sources` (or their state) in the two sentences before: the recipients of a denial
    /// ("Tehran has denied supplying weapons" answers the accusers).
    func accusers(of sources: [ActorRef], at sentence: Int, countries: (ActorRef) -> String?) -> [ActorRef] {
        Self.askers(in: accusations, of: sources, at: sentence, countries: countries)
    }

    /// Who struck `sources` (or their state) in the three sentences before: "X expelled Y's ambassador. Y denounced an
    /// unfriendly decision." protests against X.
    func assailants(of sources: [ActorRef], at sentence: Int, countries: (ActorRef) -> String?) -> [ActorRef] {
        let own = Set(sources + sources.compactMap(countries).map(ActorRef.state))
        return Self.askers(in: blows, of: sources, at: sentence, countries: countries, reach: Self.reach).filter { ref in
            !own.contains(ref) && !(countries(ref).map { own.contains(.state($0)) } ?? false)
        }
    }

    /// The types of the acts a protest answers.
    private static let blowTypes: Set<EventType> = [.sanction, .assault, .coerce, .threaten, .accuse]

    /// The sources of the last exchange of `exchanges` aimed at `sources`, with those of the same sentence, within
    /// `reach` sentences before.
    private static func askers(in exchanges: [Exchange], of sources: [ActorRef], at sentence: Int,
                               countries: (ActorRef) -> String?, reach: Int = 2) -> [ActorRef] {
        let asked = Set(sources + sources.compactMap(countries).map(ActorRef.state))
        guard let last = exchanges.last(where: { sentence - $0.sentence <= reach && !asked.isDisjoint(with: $0.targets) }) else {
            return []
        }
        return exchanges.filter { $0.sentence == last.sentence && !asked.isDisjoint(with: $0.targets) }.flatMap(\.sources)
    }
}

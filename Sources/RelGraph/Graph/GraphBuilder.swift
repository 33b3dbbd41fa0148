import Foundation

/// Turns the actors and relations of one document into a `RelationGraph`.
struct GraphBuilder {
    let document: Document
    let actors: ActorFinder.Result
    let relations: [Relation]
    /// Display names of organizations the user's lexicon adds.
    let userLabels: [String: String]
    /// How the article first names each organization it has no table label for: "l'Assemblée nationale".
    private let surfaces: [ActorRef: String]
    /// The first sentence that mentions each person, by person index, found in one pass over the article rather
    /// than once per person.
    /// Only persons' are needed (their affiliation's evidence), so no other actor is hashed.
    private let firstSentences: [Int?]
    /// Each person's id, slugged once: every edge and group names its ends by id.
    private let personIDs: [String]

    init(document: Document, actors: ActorFinder.Result, relations: [Relation], userLabels: [String: String] = [:]) {
        self.document = document
        self.actors = actors
        self.relations = relations
        self.userLabels = userLabels
        var surfaces: [ActorRef: String] = [:]
        for mention in actors.mentions.joined() {
            guard let ref = mention.refs.onlyElement, ref.isOrganizationOrBody, surfaces[ref] == nil else { continue }
            // A title that stands for its body ("le chef de l'Assemblée nationale") is labelled with the body's own name.
            let named = mention.form == .official ? mention.bodyName : mention.range
            guard let named else { continue }
            let text = document.text(document.tokens[named.lowerBound].start, document.tokens[named.upperBound - 1].end)
            surfaces[ref] = text.prefix(1).uppercased() + text.dropFirst()
        }
        self.surfaces = surfaces
        var firstSentences: [Int?] = .filled(with: nil, count: actors.persons.count)
        for (sentence, mentions) in actors.mentions.enumerated() {
            for mention in mentions {
                for case .person(let index) in mention.refs where firstSentences.indices.contains(index) {
                    firstSentences[index] = firstSentences[index] ?? sentence
                }
            }
        }
        self.firstSentences = firstSentences
        personIDs = actors.persons.map(\.id)
    }

    func build() -> RelationGraph {
        let counts = mentionCounts()
        let events = events()
        var graph = RelationGraph(distinctEdges: mergedEdges(events: events))
        graph.reserveNodes(counts.others.count + counts.persons.count)
        for (ref, count) in counts.others { graph.add(node(ref, mentions: max(count, 1))) }
        for (index, count) in counts.persons.enumerated() { graph.add(node(.person(index), mentions: max(count, 1))) }
        for (index, person) in actors.persons.enumerated() {
            if let country = person.country { graph.nameState(country, stateName(country)) }
            guard let affiliation = person.affiliation else { continue }
            if !counts.includes(affiliation) { graph.add(node(affiliation, mentions: 0)) }
            graph.add(Edge(source: nodeID(.person(index)), target: nodeID(affiliation),
                           type: .affiliation, confidence: 0.9, evidence: firstEvidence(ofPerson: index)))
        }
        for group in events.values { graph.add(group) }
        return graph
    }

    /// How often each actor is mentioned: every person has a node, mentioned or not; states and
    /// organizations have one when mentioned as actors.
    private struct MentionCounts {
        /// By person index: an array read per mention, no `ActorRef` hashed.
        var persons: [Int]
        var others: [ActorRef: Int] = [:]

        func includes(_ ref: ActorRef) -> Bool {
            if case .person(let index) = ref { return persons.indices.contains(index) }
            return others[ref] != nil
        }
    }

    private func mentionCounts() -> MentionCounts {
        var counts = MentionCounts(persons: .filled(with: 0, count: actors.persons.count))
        // At most one entry per mention: reserved once, the table never grows (and rehashes) as an article is counted.
        counts.others.reserveCapacity(actors.mentions.reduce(0) { $0 + $1.count })
        /// The actors relations use, gathered only if a capital is named as a place: most articles name none.
        var related: Set<ActorRef>?
        // Mentions are read in place, by index, so that none is copied.
        for sentence in actors.mentions.indices {
            for index in actors.mentions[sentence].indices {
                var refs = actors.mentions[sentence][index].refs
                // A capital named only as a place ("une réunion à Lima") is not an actor unless a relation uses it, nor
                // is a member of a group of states named.
                if actors.mentions[sentence][index].form == .seat && actors.mentions[sentence][index].isLocative
                    || actors.mentions[sentence][index].isGroup {
                    let relatedActors = related ?? relatedActors()
                    related = relatedActors
                    refs.removeAll { !relatedActors.contains($0) }
                }
                for ref in refs {
                    if case .person(let index) = ref, counts.persons.indices.contains(index) {
                        counts.persons[index] += 1
                    } else {
                        counts.others[ref, default: 0] += 1
                    }
                }
            }
        }
        return counts
    }

    /// The sources and targets of the document's relations.
    private func relatedActors() -> Set<ActorRef> {
        var related = Set<ActorRef>(minimumCapacity: 2 * relations.count)
        for relation in relations {
            related.insert(relation.source)
            related.insert(relation.target)
        }
        return related
    }

    func node(_ ref: ActorRef, mentions: Int) -> Node {
        switch ref {
        case .state(let code):
            return Node(id: code, kind: .state, label: stateName(code), mentions: mentions)
        case .domesticBody(let key, let country):
            let name = surfaces[ref] ?? label(ofBody: key)
            return Node(id: nodeID(ref), kind: .organization,
                        label: name + " (" + stateName(country) + ")",
                        country: country, mentions: mentions)
        case .organization(let id):
            return Node(id: "org:" + id, kind: .organization,
                        label: OrganizationLexicon.label(of: id, in: document.language) ?? userLabels[id] ?? surfaces[ref] ?? label(ofBody: id),
                        mentions: mentions)
        case .person(let index):
            let person = actors.persons[index]
            return Node(id: personIDs[index], kind: .person, label: person.name, country: person.country,
                        role: person.role ?? person.roleKey, mentions: mentions)
        }
    }

    /// A state's name in the article's language: the label of its node, and of the node it becomes when a view
    /// folds the state's persons into it.
    private func stateName(_ code: String) -> String {
        CountryCodes.name(of: code, in: document.language)
    }

    /// The id `node(_:mentions:)` gives `ref`, without its label: edges and groups need only their ends' ids, not
    /// names and labels.
    func nodeID(_ ref: ActorRef) -> String {
        switch ref {
        case .state(let code): return code
        case .organization(let id): return "org:" + id
        case .domesticBody(let key, let country): return "org:" + DomesticBodyLexicon.id(key, country: country)
        case .person(let index): return personIDs[index]
        }
    }

    /// "national-assembly" -> "National assembly" for bodies the organization table does not know.
    private func label(ofBody id: String) -> String {
        let words = id.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// One edge per source, target and type, its statements merged in one pass: adding them one by one
    /// would re-merge a growing evidence list each time, quadratic in how often a long text repeats a relation.
    /// Statements fold into the edge in place, so an edge stated once (most) allocates no group.
    /// Keyed as the graph stores them, one hash per statement: the graph takes the table as it is
    /// (`RelationGraph.init(distinctEdges:)`).
    private func mergedEdges(events: [Int: EventGroup]) -> [Edge.Key: Edge] {
        /// Sentence texts cut from the document once per sentence: a sentence often states several relations.
        var texts: [Int: String] = [:]
        var edges: [Edge.Key: Edge] = [:]
        edges.reserveCapacity(relations.count)
        /// The sentences each edge is stated in: a weight counts sentences, so a relation stated twice in one
        /// sentence ("agreed to cooperate and signed an agreement") weighs 1 and keeps that sentence once.
        var stated = Set<StatedSentence>(minimumCapacity: relations.count)
        for relation in relations {
            // Stored only when cut: a sentence is hashed once however many relations it states.
            let text: String
            if let cut = texts[relation.sentence] {
                text = cut
            } else {
                text = document.text(of: document.sentences[relation.sentence])
                texts[relation.sentence] = text
            }
            let statement = edge(relation, event: relation.group.flatMap { events[$0]?.id }, sentenceText: text)
            let isNewSentence = stated.insert(StatedSentence(key: statement.key, sentence: relation.sentence)).inserted
            Self.fold(statement, into: &edges[statement.key, default: Self.unstated], isNewSentence: isNewSentence)
        }
        // A statement weighs 1, so an edge weighs more only when restated, and only then holds several evidence.
        var index = edges.startIndex
        while index != edges.endIndex {
            if edges.values[index].weight > 1 {
                edges.values[index].evidence = Evidence.sortedUnique(edges.values[index].evidence)
            }
            edges.formIndex(after: &index)
        }
        return edges
    }

    /// What `fold` finds under a key not yet stated: weight 0 marks it as empty.
    private static let unstated = Edge(source: "", target: "", type: .affiliation, weight: 0)

    /// An edge stated in a sentence of the document.
    private struct StatedSentence: Hashable {
        var key: Edge.Key
        var sentence: Int
    }

    /// Adds a statement of an edge: the first is taken as it is; further ones in new sentences add their weights
    /// and evidence; the highest confidence and the lowest group id win, the edge is historical only if every
    /// statement is; evidence is sorted once all are in.
    private static func fold(_ statement: Edge, into edge: inout Edge, isNewSentence: Bool) {
        guard edge.weight > 0 else {
            edge = statement
            return
        }
        if isNewSentence {
            edge.weight = edge.weight.saturatingAdd(statement.weight)
            edge.evidence += statement.evidence
        }
        edge.confidence = max(edge.confidence, statement.confidence)
        edge.historical = edge.historical && statement.historical
        edge.group = lower(edge.group, statement.group)
    }

    /// The lower of two group ids, either when the other is nil: compared in place, with no list of them built.
    private static func lower(_ first: String?, _ second: String?) -> String? {
        guard let first else { return second }
        guard let second else { return first }
        return min(first, second)
    }

    private func edge(_ relation: Relation, event: String?, sentenceText: String) -> Edge {
        var evidence = evidence(relation.sentence, trigger: relation.trigger, sentenceText: sentenceText)
        evidence.sourceText = words(naming: relation.source, in: relation.sentence)
        evidence.targetText = words(naming: relation.target, in: relation.sentence)
        return Edge(source: nodeID(relation.source), target: nodeID(relation.target),
                    type: relation.type, confidence: relation.confidence, historical: relation.historical,
                    group: event, evidence: [evidence])
    }

    /// The words of the first mention of `actor` in the sentence, nil when the sentence does not name it
    /// (a dropped subject, "the two sides" resolved from the sentences before).
    private func words(naming actor: ActorRef, in sentence: Int) -> String? {
        guard sentence < actors.mentions.count,
              let mention = actors.mentions[sentence].first(where: { $0.refs.contains(actor) }),
              !mention.range.isEmpty else { return nil }
        return document.text(document.tokens[mention.range.lowerBound].start, document.tokens[mention.range.upperBound - 1].end)
    }

    /// - Parameter sentenceText: the sentence's text when the caller has already cut it from the document.
    private func evidence(_ sentenceIndex: Int, trigger: Range<Int>?, sentenceText: String? = nil) -> Evidence {
        let sentence = document.sentences[sentenceIndex]
        let triggerText = trigger.map { document.text(document.tokens[$0.lowerBound].start, document.tokens[$0.upperBound - 1].end) }
        let origin = document.origin
        return Evidence(document: document.id, sentence: origin.sentence + sentenceIndex,
                        start: origin.scalar + sentence.start, end: origin.scalar + sentence.end,
                        text: sentenceText ?? document.text(of: sentence), trigger: triggerText)
    }

    private func firstEvidence(ofPerson index: Int) -> [Evidence] {
        guard let sentence = firstSentences[index] else { return [] }
        return [evidence(sentence, trigger: nil)]
    }

    /// The document's multi-party events, by the group index their relations carry, each under the id
    /// its content gives it (`EventGroup.init(type:source:participants:evidence:)`).
    private func events() -> [Int: EventGroup] {
        Dictionary(grouping: relations.filter { $0.group != nil }) { $0.group ?? 0 }.compactMapValues { members in
            guard let first = members.first else { return nil }
            return EventGroup(type: first.type, source: nodeID(first.source), participants: members.map { nodeID($0.target) },
                              evidence: [evidence(first.sentence, trigger: first.trigger)])
        }
    }
}

import Foundation

/// Finds the actors of a document: states, organizations and persons, with coreference.
///
/// Two passes: the first reads every sentence for lexicon names, title
/// phrases and personal names and registers the persons it is sure of; the
/// second resolves what only makes sense once all persons are known:
/// surname-only mentions, title-only mentions ("le président russe"),
/// governments named after their leader and "les deux parties".
struct ActorFinder {
    let document: Document
    let lexicon: ActorLexicon

    struct Result: Sendable {
        /// Mentions per sentence, in text order.
        var mentions: [[Mention]]
        var persons: [Person]
    }

    init(document: Document, user: UserLexicon = UserLexicon()) {
        self.document = document
        lexicon = ActorLexicon.with(user, document.language)
    }

    /// What the first pass leaves for the second: a mention whose referent is not known yet.
    enum Pending {
        case resolved(Mention)
        case name(NameScanner.Name, preposition: String?)
        case official(TitlePhrase, preposition: String?)
        case government(range: Range<Int>, person: Int?, keys: [String], preposition: String?)
        case pair(Range<Int>, preposition: String?)
        case ownCountry(Range<Int>, preposition: String?)
        case latterCountry(Range<Int>, preposition: String?)
    }

    func run() -> Result {
        var registry = PersonRegistry()
        let pending = document.sentences.map { firstPass($0, registry: &registry) }
        fillFromLeaderTable(&registry)
        adoptCountries(from: pending.joined(), into: &registry)
        adoptGroupCountries(from: pending, into: &registry)
        adoptRespectiveCountries(from: pending, into: &registry)
        var mentions = pending.map { $0.compactMap { secondPass($0, registry: registry) }.map(markingPlaces) }
        resolvePairs(&mentions, registry: registry)
        resolveBodiesNamedAgain(&mentions)
        return Result(mentions: mentions, persons: registry.persons)
    }
}

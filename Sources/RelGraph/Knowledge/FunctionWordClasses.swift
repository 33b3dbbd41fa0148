/// The closed classes of small words of one language that the extractor's rules are written in terms of.
///
/// Each language lists its own words (`Languages/*/…FunctionWords.swift`); the rules ask the three languages'
/// words together (`FunctionWords`), as an article quotes other languages' names and titles.
struct FunctionWordClasses: Sendable {
    /// Prepositions that introduce the actor a noun belongs to or is done by: "le parlement de la Serbie", "by".
    let ofPrepositions: WordSet
    /// Definite, indefinite and partitive articles, with the article fused into a preposition ("al", "du").
    let articles: WordSet
    /// Determiners, possessives and list nouns besides the articles that may stand between a trigger and its noun
    /// ("signé une série d'accords").
    let determiners: WordSet
    /// Words of this language spelt as another language's determiner that are no determiner here: French "a"
    /// is "has", Spanish "a" is "to".
    let falseDeterminers: WordSet
    /// Words of a quantity that may stand, with numbers, between a trigger's words: "sent tens of thousands of
    /// troops", "a envoyé des milliers de soldats", "envió cientos de efectivos", "deployed 500 additional troops".
    let quantities: WordSet
    /// Prepositions that make the actor after them an object, never the subject of the verb.
    let prepositions: WordSet
    /// Prepositions before a place: a capital after them is where something happens, not who acts.
    let locatives: WordSet
    /// Words of this language spelt as another language's locative that never introduce a place here: Spanish
    /// "a" introduces persons and states as objects ("condenó a Seúl").
    let falseLocatives: WordSet
    /// Words that join the members of a list of actors.
    let coordinators: WordSet
    /// Negation around a verb.
    let negations: WordSet
    /// Modals and conditionals: what follows them has not happened.
    let modals: WordSet
    /// Reporting verbs: a capitalised name right before or after one is a speaker.
    let reportingVerbs: WordSet
    /// Past-tense auxiliaries between a subject and a reporting verb ("X a déclaré", "X ha dicho").
    let auxiliaries: WordSet
    /// Marks a former office holder: kept in the role.
    let formerMarkers: WordSet
    /// Honorifics that come before a name but are not part of the surname key.
    let honorifics: WordSet
    /// Words that stand for "the two of them" ("les deux parties")…
    let pairHeads: WordSet
    /// …and the nouns they stand before.
    let pairNouns: WordSet
    /// The nouns of the sides of a dispute that stand for the pair after a definite plural article alone ("urged the
    /// parties to show restraint", "llama a las partes a contenerse")…
    let sideNouns: WordSet
    /// …and those articles.
    let definitePlurals: WordSet
    /// Ministry portfolios that may follow a title before the name ("ministre de la Défense Jeanne Morel").
    let portfolios: WordSet
    /// Capitalised words that are never part of a person's name: they make a span an institution or a place.
    let nonNameWords: WordSet
    /// Capitalised words that open sentences and are not names.
    let sentenceWords: WordSet
    /// Nouns for a government standing for its state or leader ("l'administration Obama").
    let governmentNouns: WordSet
    /// Possessives of the third person: "son pays", "his country", "su país" stand for the state of the person
    /// speaking or acting; so do the relative ones ("the minister, whose country mediated", "cuyo país").
    let possessives: WordSet
    /// Nouns for one's own country after such a possessive.
    let countryNouns: WordSet
    /// The conjunction "and": it joins two actors into a pair ("la France et l'Allemagne") and two portfolios
    /// into one ("Affaires étrangères et Commerce").
    let andConjunctions: WordSet
    /// Conjunctions that join the members of a list of actors, each word of the multi-word ones ("ainsi que",
    /// "as well as") listed: a list with one is closed by it.
    let listConjunctions: WordSet
    /// Words besides conjunctions and articles that a list of actors may hold between its members: "X et aux
    /// autres", "X as well as to other Y", "X y otros".
    let listFillers: WordSet
    /// Conjunctions that join two verbs or clauses: "of supporting X and backing Y".
    let clauseConjunctions: WordSet
    /// Prepositions that may link a title to its state, body or posting ("ministre de la Défense", "envoy to
    /// Kyiv"); the others ("avec", "with", "con") end the title's phrase.
    let titlePrepositions: WordSet
    /// The title prepositions that introduce a posting, not the official's own state ("ambassadeur de Chine à
    /// Paris").
    let postingPrepositions: WordSet
    /// Words that give an example of a group just named ("les responsables russes, comme le vice-ministre"): the
    /// title after them inherits the group's state.
    let exampleMarkers: WordSet
    /// Words that may qualify a title before it: "hauts responsables", "senior official", "altos funcionarios",
    /// "les trois seuls présidents".
    let titleQualifiers: WordSet
    /// Words that open a byline or a photo credit: "By Jane Doe", "Par Jean Dupont", "Photo : X/AFP".
    let creditOpeners: WordSet
    /// Words that name a past era of world politics ("guerre froide", "Cold War", "guerra fría"): an event told
    /// with them is drawn as past.
    let pastEraWords: WordSet
    /// Subject pronouns of the third person, which stand for an actor the sentence before named. Spanish leaves
    /// them out, and its "él" folds to the article "el".
    let subjectPronouns: WordSet
    /// Object pronouns that stand right after their verb ("urged them to"). French and Spanish put theirs before
    /// the verb, spelt as articles.
    let objectPronounsAfterVerb: WordSet
    /// Prepositions of opposition ("contre", "against", "contra"): the actor after them is the side a conflict is
    /// aimed at.
    let opposingPrepositions: WordSet
    /// Words of a multi-word list conjunction that join a list only after its first word ("que" of "ainsi que"):
    /// alone they open a relative clause ("la Tanzanie que le Kenya accuse", "Tanzania que el Gobierno acusa"), whose
    /// subject is no member of the list before it.
    var boundListWords: WordSet = .empty
    /// Numbers from three on that stand for "all of them" before a pair noun ("los tres países", "the five leaders"):
    /// the states just listed, as many as the number says. In order: the first is three.
    var groupHeads: [String] = []
    /// Demonstratives that point back to the states just listed before a pair noun ("these countries", "ces pays",
    /// "esos países"), however many they are.
    var listDemonstratives: WordSet = .empty
    /// Plural titles a pair head stands before for the two officials just named ("ambos cancilleres", "the two
    /// leaders", "les deux ministres").
    var officialPairNouns: WordSet = .empty
    /// Nouns of an official's counterparts ("his counterparts in both countries", "ses homologues des deux pays"): the
    /// pair after them is of two states other than the official's own.
    var counterpartNouns: WordSet = .empty
    /// Of those, the nouns of leading a state with no office of their own ("les deux dirigeants", "the two leaders"):
    /// they stand for the two heads of state or government just named, whatever their titles.
    var leaderPairNouns: WordSet = .empty
    /// Nouns a body's name ends with, by which the article names that body again after a determiner pointing back
    /// ("the Security Council… the council", "the European Commission… the commission").
    var bodyNouns: WordSet = .empty
    /// Nouns of a state's own bodies ("ministry", "gouvernement", "cancillería"): written beside the state's demonym or
    /// name ("the Russian Foreign Ministry", "le gouvernement malien"), they name that state's body again after a
    /// determiner pointing back ("the ministry also demanded…").
    var stateBodyNouns: WordSet = .empty
    /// Nouns of a union of states ("the bloc", "le bloc", "el bloque"): after a determiner pointing back, they name again
    /// the union of states the article named last (`OrganizationLexicon.unionsOfStates`).
    var blocNouns: WordSet = .empty
    /// Nouns of an alliance ("the alliance", "l'Alliance", "la alianza"): after a determiner pointing back, they name
    /// again the alliance the article named last (`OrganizationLexicon.alliances`).
    var allianceNouns: WordSet = .empty
    /// Nouns of an organization of states ("the organization", "l'organisation", "la organización"): after a determiner
    /// pointing back, they name again the organization of states the article named last
    /// (`OrganizationLexicon.organizationsOfStates`), whatever its name ends with.
    var organizationNouns: WordSet = .empty
    /// Nouns of a kingdom ("the kingdom", "le royaume", "el reino"): after a determiner pointing back, they name again
    /// the kingdom the article named last (`StateLexicon.kingdoms`).
    var kingdomNouns: WordSet = .empty
    /// Demonstrative determiners of what was just told ("that", "ce", "ese"): before a noun of country ("that country",
    /// "ce pays", "ese país") they name again the state the article named last. The definite article does not ("the
    /// country" is as often the one the article is about), nor do those of the speaker's here ("this country", "este
    /// país": the speaker's own).
    var demonstratives: WordSet = .empty
    /// Pair heads that stand alone for the two of them ("Both agreed…", "Ambos acordaron…"), and what tells that the
    /// word after one is a verb, not a noun it determines: a clitic or auxiliary, or a verb's ending ("agreed",
    /// "acordaron"), where the nouns after it end in a plural "-s" ("both countries", "ambos países").
    var pairPronouns: WordSet = .empty
    /// "the latter country", "ce dernier pays", "este último país": a determiner, then a word of the last named, before a
    /// country noun: the state named last.
    var latterDeterminers: WordSet = .empty
    var latterWords: WordSet = .empty
    var verbsAfterPairPronouns: WordSet = .empty
    var verbEndingsAfterPairPronouns: [String] = []
    /// "respectivement", "respectively", "respectivamente": the names after it take the states of a plural title in
    /// the order the title lists them.
    var respectiveMarkers: WordSet = .empty
    /// Professions of those who report on or study politics ("journalist", "periodista", "politologue"): a person
    /// introduced by one, before the name or in apposition after it, is a witness of the events, not an actor.
    var bystanderNouns: WordSet = .empty
    /// A country noun after a definite article and words that describe it ("the tiny Pacific nation", "le petit pays")
    /// is an epithet of the state named last; words that relate it to another instead ("the neighbouring country", "its
    /// own country", "the other nation") make it none.
    var epithetArticles: WordSet = .empty
    var epithetExclusions: WordSet = .empty
    /// "…avec son voisin", "its neighbour", "su vecino": a neighbour noun after a possessive of one owner is the state
    /// named last before it other than its owner.
    var neighbourNouns: WordSet = .empty
    var neighbourPossessives: WordSet = .empty
    /// Prepositions besides the genitive that join a ministry's noun to its portfolio ("the Ministry for Foreign
    /// Affairs", "el Ministerio para la Transición Ecológica"): the portfolio after one names no person.
    var portfolioPrepositions: WordSet = .empty

    static func of(_ language: Language) -> FunctionWordClasses {
        switch language {
        case .en: english
        case .fr: french
        case .es: spanish
        }
    }

    /// One class of `language`, read where it is stored: `of` copies every class of the language, retaining and
    /// releasing each of its sets, which costs more than the few words a rule asks of one class.
    static func wordClass(_ wordClass: KeyPath<FunctionWordClasses, WordSet>, of language: Language) -> WordSet {
        switch language {
        case .en: english[keyPath: wordClass]
        case .fr: french[keyPath: wordClass]
        case .es: spanish[keyPath: wordClass]
        }
    }
}

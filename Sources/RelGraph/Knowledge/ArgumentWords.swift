/// The closed word classes that reading arguments off the tree needs, one table per language.
struct ArgumentWords: Sendable {
    /// Nouns that act for the actor their complement names: "the government of Iran", "les forces de l'OTAN".
    let agentNouns: WordSet
    /// Agent nouns that rule from their seat: "the authorities in Bamako", "le régime à Damas", "el gobierno en
    /// Caracas" stand for the state, where "in Bamako" after another noun is only a place.
    let rulerNouns: WordSet
    /// Nouns of a state's ground, sea or sky that stand for the state their complement names, whatever the
    /// preposition: "the border with Ukraine", "la frontière avec le Bénin", "el espacio aéreo de Turquía".
    let territoryNouns: WordSet
    /// Nouns of private people: a demonym on them ("Syrian refugees", "des pêcheurs chinois") names whom the event
    /// touches, never a state that acts, so they fill no source.
    let civilianNouns: WordSet
    /// Nouns that name one act already told ("the test", "cette décision", "el ataque") when a definite or
    /// demonstrative determiner stands before them: "China condemned the test" condemns whoever carried it out.
    /// Singular only: "the previous measures" are seldom the last act told.
    let eventAnaphors: WordSet
    /// The definite and demonstrative determiners that make such a noun point back.
    let anaphoricDeterminers: WordSet
    /// Nouns of time, which parsers take for the subject of the verb after them ("este domingo cerró…"): never an
    /// argument.
    let timeNouns: WordSet
    /// The words besides nouns of time, numbers and determiners that a phrase of time is made of: "en fin de
    /// semaine dernière", "late last week", "a fines de la semana pasada". A trigger's words may stand apart by
    /// such a phrase ("a rappelé en fin de semaine dernière ses ambassadeurs").
    let timeModifiers: WordSet
    /// Nouns of a will to act ("son engagement à soutenir X", "its commitment to support", "su voluntad de apoyar"):
    /// an infinitive the parser hangs on the verb that governs such a noun is the noun's, and the one who committed
    /// acts in it, not the noun as an object controlling it. Nouns of threat are among them ("la amenaza de romper
    /// relaciones"): a hostile act under one is threatened, not done.
    let intentNouns: WordSet
    /// Subordinators and prepositions of time that open an adverbial clause ("before speaking", "après avoir
    /// rencontré", "antes de reunirse"): such a clause is no topic of the verb it hangs from.
    let timeMarkers: WordSet
    /// Relative pronouns whose antecedent is the head of their clause ("qui", "which", "quien").
    let relativePronouns: WordSet
    /// Verbs whose subject undergoes the noun they govern: "Iran faces sanctions", "Cuba subit un embargo".
    let undergoingVerbs: WordSet
    /// Verbs that carry an event noun ("imposed sanctions", "a tenu des pourparlers", "impuso sanciones"): told to
    /// the tagger as verbs, which the treebanks' few news sentences leave it unsure of.
    let supportVerbs: WordSet
    /// Prepositions that introduce the agent of a passive verb.
    let passiveAgents: WordSet
    /// Object pronouns that stand for an actor named earlier in the sentence ("urged him", "le condamne").
    let objectPronouns: WordSet
    /// Possessives that stand for the subject of their clause ("its ties with", "son soutien à", "su apoyo a").
    let possessives: WordSet
    /// Subject pronouns that a reported clause shares with its speaker ("X says it will…").
    let subjectPronouns: WordSet
    /// The preposition of a noun's complement ("of", "de"): the target once a possessor is the source.
    let genitive: String
    /// The preposition of company ("with", "avec", "con"): talks with someone, and no one named beside them, are held
    /// by whom the article is following.
    let comitative: String
    /// Prepositions that mark a direct object ("atacó a Siria").
    let objectMarkers: WordSet
    /// Quantifiers a relative pronoun may hang from: "both of which", "dont tous", "todos los cuales".
    let relativeQuantifiers: WordSet
    /// Negations on a verb or a noun: "not", "ne… pas", "no", "jamais", "aucune", "sans".
    let negations: WordSet
    /// Verbs and auxiliaries whose event has not happened: "could", "pourrait", "podría", "devrait".
    let modals: WordSet
    /// Words that make their event a plan or an allegation: "projet d'attaque", "plans to strike", "las maniobras
    /// previstas", "sociétés soupçonnées d'aider", "suspected of helping".
    let plans: WordSet
    /// Verbs whose complement did not happen: "failed to reach", "n'a pas réussi", "no logró".
    let failures: WordSet
    /// Subordinators of a condition: "si", "if", "unless".
    let conditionals: WordSet
    /// Nouns that open a condition with their complement: "in the event of an attack", "en cas d'attaque", "en caso de".
    let conditionalNouns: WordSet
    /// Subordinators of a purpose: "pour défendre", "para obligar".
    let purposes: WordSet
    /// Words by which a sentence says something may happen: "n'est pas écartée", "no se descarta".
    let possibilities: WordSet
    /// The auxiliaries of the passive voice ("been", "été", "sido"): a subject the parser calls passive is one only
    /// beside such an auxiliary, not beside the perfect's ("Chile ha hablado con Perú").
    let passiveAuxiliaries: WordSet
    /// Words that open a list of examples after a noun ("four countries, including…", "trois pays, dont…", "varios
    /// países, entre ellos…"): the actors listed are what the noun names, however the parser hung them.
    let exampleMarkers: WordSet
    /// Prepositions of the occasion at which a clause's subject takes part in a gathering: "said in a meeting
    /// with…", "a déclaré lors d'un entretien avec…", "afirmó durante una reunión con…".
    let occasions: WordSet
    /// Nouns of a phase of an event that a clause's circumstance names it by: "left at the end of a visit to…",
    /// "au terme d'une visite à…", "al término de una visita a…". The event is the occasion, as after "during".
    var phaseNouns: WordSet = .empty
    /// What another says or does, which rejecting condemns: "rejected X's remarks", "su rechazo a las declaraciones de
    /// X", "rejette les propos de X". Rejecting a proposal, a charge or a statement, which may be a claim, stays a
    /// refusal or a denial.
    var rejectedDeeds: WordSet = .empty
    /// Words that open a clause whose subject follows its verb, with a clitic standing for the clause above: "…,
    /// comme l'exige le Maroc", "…, como lo exigió Marruecos". The clitic is the subject of the clause above.
    var inversionOpeners: WordSet = .empty
    /// Verbs whose subject pronoun stands for no one ("il faut", "il semble"): a parser that labels any "il"
    /// expletive (`expl:subj`) is right only beside them, and elsewhere the pronoun is a subject.
    var impersonalVerbs: WordSet = .empty
    /// Means of talking at a distance ("by phone", "par téléphone", "por videoconferencia"): the parser often hangs
    /// the party talked with on the means ("spoke by phone with X"), whose complements are then the verb's.
    var mediumNouns: WordSet = .empty
    /// Participles by which someone stands in for a subject ("represented by", "représentée par", "representado
    /// por"): the one who stands in acts.
    var representationVerbs: WordSet = .empty
    /// The pronouns by which a speaker names itself ("we", "I", "nous", "je", "nosotros"): inside a quote, the speaker.
    var speakerPronouns: WordSet = .empty
    /// The singular indefinite articles ("a", "un", "una"): a demonym after one names a person ("an Iranian-Norwegian",
    /// "un Français"), not the state.
    var singularIndefinites: WordSet = .empty
    /// Participles by which a body enacts an event in the passive ("approved by", "adoptée par", "aprobada por"): the
    /// agent is the author of the event noun that is their subject ("the exclusion of X was approved by Y").
    var enactingParticiples: WordSet = .empty
    /// Nouns of quantity or of a batch ("a package of sanctions", "un train de sanctions", "una ronda de
    /// conversaciones"): the treebanks make them the head of the noun they measure, and parsers hang that noun's
    /// complements on them. `ParsedSentence` gives the measured noun back its place.
    var measureNouns: WordSet = .empty
    /// Nouns of diplomats ("ambassador", "chargé d'affaires", "embajador"): a frame marked `envoys` reads its target
    /// only from one of them ("the ambassador was summoned"), as the same verb says something else of others.
    var envoyNouns: WordSet = .empty
    /// Verbs and participles that give an event to its author through a preposition other than the passive's ("a strike
    /// attributed to X", "une frappe imputée à X", "un ataque atribuido a X"), with that preposition.
    var attributions: WordSet = .empty
    /// The prepositions that name the author after such a participle.
    var attributionMarkers: WordSet = .empty
    /// Adverbs of degree and of time, which may stand inside a phrase trigger: "a jugé totalement inacceptable", "deemed
    /// absolutely unacceptable", "restera toujours aux côtés de".
    var degreeAdverbs: WordSet = .empty
    /// Pronouns that stand for a noun told just before and take a genitive of their own ("en représailles à celle d'un
    /// diplomate russe", "in response to that of X"): the event noun they stand for is told again, with its own
    /// parties. Spanish writes an article there ("a la de X"), which the tagger reads as one.
    var echoPronouns: WordSet = .empty
    /// Adjectives of intensity or extent, which may stand inside a phrase trigger: "expressed significant concern", "a
    /// exprimé sa vive préoccupation", "expresó su profunda preocupación", "la retirada definitiva del embajador". Adjectives
    /// of how complete an act is stand there too: "la rupture unilatérale des relations", "a complete break in ties".
    var intensifyingAdjectives: WordSet = .empty
    /// Participles by which someone judges or names an event ("described as barbaric by X", "qualifiée de barbare
    /// par X", "calificada de bárbara por X"): their agent is the judge, not the event's author.
    var judgingParticiples: WordSet = .empty
    /// Words that open a relative clause between commas: relative pronouns and "dont", "whose", "cuyo".
    var relativeOpeners: WordSet = .empty
    /// Verbs that carry an event noun through a preposition ("ont procédé à un échange", "procedieron a la
    /// expulsión", "proceeded with the expulsion").
    var prepositionalSupportVerbs: WordSet = .empty
    /// Verbs of answering an act with another ("responded with air strikes", "a riposté par des frappes", "respondió con
    /// ataques"): the noun their instrument marker opens is their subject's own act.
    var responseVerbs: WordSet = .empty
    /// The prepositions that open the act a response is made with: "with", "par", "con".
    var responseMarkers: WordSet = .empty
    /// Nouns of setting someone free ("release", "libération", "liberación"): their complement is the captive, not
    /// whom a demand for them is addressed to ("demanded the release of X" asks X's captors).
    var releaseNouns: WordSet = .empty
    /// Adjectives spelt as a verb of the language, which the tagger, trained on few news texts, reads as the verb
    /// ("la prueba nuclear": Spanish "nuclear" is also the infinitive "to nucleate"): told to it as adjectives, so
    /// that the noun they describe keeps its complements ("condenó el ensayo nuclear de X").
    var verbFormAdjectives: WordSet = .empty
    /// Nouns that make a preposition with their article and the genitive after them ("le long de la frontière"): the
    /// parser hangs them as nouns with no preposition, and they introduce the place their genitive names.
    var prepositionalNouns: WordSet = .empty
    /// Verbs of countering an event ("prevent", "empêcher", "impedir"): whoever prevents or reverses an attack is its
    /// adversary, not its author, so their subject never stands for the author of the event noun they govern.
    var counteringVerbs: WordSet = .empty
    /// Verbs by which someone names or judges an act ("calificaron las maniobras como una provocación", "a qualifié
    /// l'exercice de provocation"): their subject judges the event noun they govern and is never its author.
    var judgingVerbs: WordSet = .empty
    /// Prepositions of the reason for an act done to someone ("sanctions on X for their support to Y", "criticized X
    /// over its invasion of Y"): the reason is the deed of whom the act is done to, so a possessive there is theirs.
    var reasonMarkers: WordSet = .empty
    /// Prepositions of what someone is warned or shielded against ("warned X against its support for Y", "advirtió a
    /// X contra su apoyo a Y"): after an object that names an actor, a possessive there is that actor's; after one
    /// that names none ("lanzó una ofensiva contra su vecino") it stays the subject's.
    var opposedReasonMarkers: WordSet = .empty
    /// Prepositions that name the outlet an interview is given for ("una entrevista con X para CNN"): a gathering
    /// noun with such an outlet is a press interview, no talks with whoever asks the questions.
    var outletMarkers: WordSet = .empty
    /// Prepositions that name the agent of an event noun ("the invasion of X by Y", "la condamnation de X par Y"):
    /// once one does, the noun's genitive is its target. Spanish "por" after a noun gives a cause more often than an
    /// agent ("sanciones por la crisis") and is no such preposition there.
    var nounAgentMarkers: WordSet = .empty
    /// Prepositions that name where what a speaker says comes from ("a statement from X said…"), or the state an agent
    /// noun comes from ("ambassadors from X"), or its author ("a statement by X condemned…"), where the genitive does
    /// not already.
    var authorMarkers: WordSet = .empty
    /// Prepositions of aim ("on", "against", "contre", "contra"): after an event noun that a verb judges, the parser
    /// often hangs them on the verb, whose target they are not ("condemned the embargo on X").
    var aimPrepositions: WordSet = .empty
    /// Nouns that make a locution of circumstance with their preposition ("al margen de la cumbre", "en marge du sommet",
    /// "on the sidelines of", "with regard to", "à l'égard de", "con respecto a"): written in a role's place, they are no
    /// one the event is done with.
    var circumstanceNouns: WordSet = .empty
    /// Nouns that keep an act going ("le maintien de la fermeture", "the extension of sanctions", "la prórroga de las
    /// sanciones"): the act in their genitive is carried by the verb that carries them.
    var continuationNouns: WordSet = .empty
    /// Nouns that show an act ("les gestes de rapprochement", "a show of support", "muestras de apoyo"): the act in their
    /// genitive is carried by the verb that carries them, as for `continuationNouns`.
    var gestureNouns: WordSet = .empty
    /// Nouns of a state as a whole ("his country", "su país", "son pays"): owned by a possessive the sentence does not
    /// resolve, the state stands for the speaker's, as "it" would.
    var homelandNouns: WordSet = .empty
    /// Words that only ever open a noun phrase, never stand before a verb as a clitic does ("en signe de", "un signe",
    /// "ses signes"): a one-word verb trigger right after one is a noun the lexicon has no event noun for.
    var nounOnlyOpeners: WordSet = .empty
    /// How the language's gerund ends ("en soutenant", "the signing of"): a verb form that follows those openers too.
    var gerundEnding = ""
    /// Nouns that, between a preposition and a genitive, name the agent of the event noun they hang on ("por parte
    /// de X", "de la part de X"): the genitive acts, and the noun is no complement of its own.
    var partNouns: WordSet = .empty
    /// Nouns of an invitation, whose genitive invited the event they hang on: "at the invitation of X".
    var invitationNouns: WordSet = .empty
    /// The prepositions that open such a phrase ("por", "de").
    var partMarkers: WordSet = .empty
    /// The particles that open an infinitive ("to", "de", "a"): an infinitive the parser hangs as an adverbial clause
    /// ("asked X to consider…" read as a purpose) is still the complement its verb controls.
    var infinitiveMarkers: WordSet = .empty
    /// Conjunctions of contrast ("but", "mais", "pero"): a member joined by one stands apart from the list before it
    /// ("received the support of X and Y, but Z refused").
    var adversatives: WordSet = .empty
    /// The prepositions of the place where an act is done ("in Syria", "en Siria", "dans le Sud"): an attack noun with
    /// a state there and another in its genitive is the genitive's ("los bombardeos de X en Y").
    var scenePrepositions: WordSet = .empty
    /// Prepositions that say where before a state's name but not before a city's: French "au Niger", "aux
    /// Comores", where "à Paris" may say to whom as well as where.
    var stateScenePrepositions: WordSet = .empty
    /// The ending of the language's adverbs of manner ("immédiatement", "inmediatamente", "formally"): such an adverb
    /// may stand between a phrase's words ("rappeler immédiatement son ambassadeur").
    var mannerAdverbEnding = ""
    /// Adjectives written before the noun they qualify ("una nueva llamada", "un nouvel entretien", "a new round"):
    /// after a determiner and one of them, a trigger is a noun, whatever the tagger would make of it.
    var prenominalAdjectives: WordSet = .empty
    /// Nouns of a gathering that an organization hosts ("summit", "sommet", "cumbre"): the organization naming one is
    /// its forum ("the UN meeting", "le sommet de l'UA"), unlike talks or mediation, which it holds.
    var forumNouns: WordSet = .empty
    /// The particles by which a verb of arrival takes an infinitive to say that an act came to pass, not a journey:
    /// "llegó a amenazar" (went as far as threatening), "est arrivé à convaincre" (managed to convince). A purpose is
    /// written with another word ("para", "pour"); English has no such reading.
    var arrivalPeriphrasisMarkers: WordSet = .empty
    /// Modals that, in a clause reported after a verb in the past, are the future seen from then: "said it would
    /// visit". Languages that write that future as a tense leave it empty.
    var reportedFutures: WordSet = .empty
    /// Adverbs that make a conditional concessive ("même si", "even if", "aun si"): the clause it opens states a fact.
    var concessiveAdverbs: WordSet = .empty
    /// Nouns through which a subject speaks ("par la voix de son ministre", "through its spokesman"): whoever the
    /// phrase names acts with the subject.
    var spokesmanNouns: WordSet = .empty
    /// Nouns of removing a member from a body ("l'exclusion de X de Y", "la suspensión de X del Mercosur"): their first
    /// genitive is who is removed, a second one the body it leaves.
    var removalNouns: WordSet = .empty
    /// Subject pronouns of one person or thing ("il", "she", "ella"): the discourse never makes one stand for a pair.
    var singularPronouns: WordSet = .empty
    /// Subject pronouns that stand only for a person ("he", "she"): never for a state or a body the discourse followed.
    var personPronouns: WordSet = .empty
    /// Subject pronouns that stand only for a thing ("it"): never for a person the discourse followed. French and
    /// Spanish write one pronoun for both.
    var thingPronouns: WordSet = .empty
    /// Object pronouns that stand for several ("urged them", "les a appelés", "los llamó"): after a sentence that acted
    /// on several and whose subject was one, they are those several.
    var pluralObjectPronouns: WordSet = .empty
    /// Verbs by which a relative clause names who takes part in the event noun it hangs from: "maniobras en las que
    /// participarán X y Y", "des exercices auxquels participeront X et Y", "drills in which X and Y participated".
    var participationVerbs: WordSet = .empty
    /// How a verb in the future tense ends, as the article writes it ("realizarán", "organisera"): French and Spanish
    /// write the future as a tense, which no auxiliary marks.
    var futureEndings: [String] = []
    /// Auxiliaries of the future ("will", "shall").
    var futureAuxiliaries: WordSet = .empty
    /// Modal auxiliaries a bare verb follows ("will chair", "could host"): the word after one, or after one of
    /// `adverbsAfterModals`, is a verb, which the tagger, seeing a word that is mostly a noun, may doubt.
    var modalAuxiliaries: WordSet = .empty
    /// Adverbs between a modal auxiliary and its verb ("will also chair", "could not host").
    var adverbsAfterModals: WordSet = .empty
    /// Auxiliaries of the perfect ("han", "había") and the endings of the participle that follows them ("puesto",
    /// "firmado"): the word right after one, with such an ending, is a verb, which the tagger may take for a noun or
    /// an adjective ("han puesto punto final", "puesto" also a post).
    /// Cardinal numbers written as words, told to the tagger as numerals (`ParseHints.numerals`).
    var cardinals: WordSet = .empty
    var perfectAuxiliaries: WordSet = .empty
    /// The endings of the participle after `perfectAuxiliaries`, folded.
    var participleEndings: [String] = []
    /// The endings of a passive participle that opens a sentence with no auxiliary ("Asked whether…, he replied",
    /// "Interrogé sur…, il a répondu", "Preguntado por…, dijo"), in lower case with their accents: whoever it names
    /// is acted on, not acting.
    var openingParticipleEndings: [String] = []
    /// Endings only verbs are written with ("demanded", "exigió", "pidieron"), in lower case with their accents: a
    /// trigger word with one is told to the tagger as a verb even when a noun of its row shares the stem ("demand").
    var verbOnlyEndings: [String] = []

    /// Whether `token` is written with one of `verbOnlyEndings`, read on its text with its accents: folded, the
    /// Spanish preterite's "ó" would be the "o" of many nouns.
    func hasVerbOnlyEnding(_ token: Token) -> Bool {
        Self.isWritten(token, withOneOf: verbOnlyEndings)
    }

    /// Whether `token`'s text in lower case ends with one of `endings`, with at least four letters before it.
    static func isWritten(_ token: Token, withOneOf endings: [String]) -> Bool {
        guard !endings.isEmpty else { return false }
        let form = token.text.lowercased()
        return endings.contains { form.count > $0.count + 3 && form.hasSuffix($0) }
    }
    /// Verbs of weighing an act ("is considering sanctions", "étudie des sanctions", "estudia medidas"): the hostile act
    /// they govern is meant, not done, and threatens (`TreeArguments.isIntended`).
    var weighingVerbs: WordSet = .empty
    /// "only" and its kin: a negation right before one ("not only", "pas seulement", "no solo") denies nothing.
    var onlyAdverbs: WordSet = .empty
    /// Words that make a preposition of company a co-author's ("along with", "together with", "junto con"): the phrase
    /// names who acts beside the subject, never what the act is about.
    var coAgentMarkers: WordSet = .empty
    /// Passive participles that put an act on the calendar, not in a forecast ("is set to expel", "is scheduled to
    /// visit"): their subject acts in the clause they govern, as with "will".
    var schedulingParticiples: WordSet = .empty
    /// Phrases of several words that a verb predicates of its object as one word ("declared X persona non grata"),
    /// folded, word by word: the parse is repaired around them (`ParsedSentence.repairFixedPredicates`).
    var fixedPredicates: [[String]] = []
    /// Nouns that, after their preposition, are part of a verb ("llevar a cabo"): no complement of the verb, and the
    /// object the parser hung on them is the verb's.
    var verbParticleNouns: WordSet = .empty
    /// Whether the language leaves a known subject unwritten ("Fue recibido por…"): a passive with no subject then
    /// has one the discourse supplies.
    var dropsSubjects = false
    /// Nouns of opportunity or means whose infinitive clause is done by whom they are for ("l'occasion pour les deux
    /// pays de signer", "an opportunity for X to sign"), and the prepositions that say for whom.
    var opportunityNouns: WordSet = .empty
    /// Verbs of seizing an occasion ("ont profité pour inviter", "aprovechó para pedir", "used the summit to urge"): the
    /// clause of purpose under them is done, not only meant.
    var occasionVerbs: WordSet = .empty
    /// Verbs of joining an act others began ("joined the sanctions against X", "s'est associée aux sanctions", "se sumó a
    /// las sanciones"): their subject does the act too, beside whoever the act's noun names as its author.
    var joiningVerbs: WordSet = .empty
    /// Nouns that count occurrences ("por primera vez", "pour la première fois", "for the first time"): with their
    /// preposition and an ordinal, a time phrase's tail.
    var occurrenceNouns: WordSet = .empty
    /// Participles that say where a place lies ("the town of X, located in Y", "située dans le sud du Y", "ubicada en
    /// Y"): the state they name holds the place, and is whom an act on the place befalls.
    var locatedParticiples: WordSet = .empty
    /// Words that sport reports use often and other news now and then ("goal", "scored"): they count toward telling a
    /// game report (`sportWords`), but do not by themselves make a sentence one about sport.
    var sportReportWords: WordSet = .empty
    /// Verbs of asking that, with no act asked of their object, tell a call paid to a person: a visit ("called on the
    /// president in Accra", as against "called on Ghana to release…") or a telephone call ("a appelé le président X",
    /// "llamó al rey X", as against "llamó a X a retirar…").
    var visitingRequests: WordSet = .empty
    /// Verbs of welcoming that back a thing and receive a person ("welcomed the decision", "welcomed President X at the
    /// palace"): with a person for object they tell a visit received (CONSULT), not support.
    var welcomingVerbs: WordSet = .empty
    /// Adjectives of a gathering of three or more ("a tripartite summit with X and Y", "une rencontre trilatérale avec…"):
    /// all those it names meet one another, not only whoever holds it.
    var multilateralAdjectives: WordSet = .empty
    /// Relative adverbs of place ("where", "où", "donde"): a visit told in the clause they open goes to the place
    /// written right before them ("is in Lomé, where he starts a state visit").
    var placeRelatives: WordSet = .empty
    /// The words of a correlative pair, first to second ("tant… que", "tanto… como"): the phrase after the second is
    /// listed with the phrase before it.
    var correlatives: [String: String] = [:]
    /// Nouns of a message handed over ("note", "lettre", "carta"): delivered, supplied or handed, it is no aid; named
    /// again as a subject with no author, it is the last sender's (`isUnattributedMessage`).
    var messageNouns: WordSet = .empty
    /// Verbs of telling someone a decision ("informed X of its decision to…", "a notifié au X sa décision de…", "comunicó a
    /// X la decisión de…") and the nouns of decision: the act decided is aimed at whom it is told.
    var informingVerbs: WordSet = .empty
    var decisionNouns: WordSet = .empty
    /// Nouns of what a government decides or proposes ("decree", "plan", "politique", "medida"): attacked, it is
    /// criticised, not struck (`objectIsSaidOrDecided`).
    var policyNouns: WordSet = .empty
    /// Verbs whose subject, an event noun, is fought between the sides they name: "les combats ont opposé X à Y",
    /// "los combates enfrentaron a X con Y", "the fighting pitted X against Y".
    var pittingVerbs: WordSet = .empty
    /// Nouns of a stance an act is done in ("expelled the envoy in protest at…", "a pris ces mesures par solidarité
    /// avec…", "en protesta por…"): written as the verb's oblique, their author is the verb's subject.
    var motiveNouns: WordSet = .empty
    /// Nouns of backing that are a stance too when a preposition of manner (`stanceMarkers`) hangs them on a verb: "voted
    /// in support of X", "a expulsé l'ambassadeur en soutien à X", "en respaldo a X". Elsewhere they are what a verb is
    /// about ("called for support for X").
    var stanceBackingNouns: WordSet = .empty
    var stanceMarkers: WordSet = .empty
    /// Verbs that end or suspend what their object names ("suspended its aid to X", "a gelé sa coopération avec X",
    /// "canceló el acuerdo con X"): aid, cooperation, an agreement or backing ended is a sanction, not the thing ended.
    var endingVerbs: WordSet = .empty
    /// Subordinators that open a purpose only in an adverbial clause: English "to" ("summoned the envoy to demand…"),
    /// which also opens the complement of "decided to", "agreed to".
    var adverbialPurposes: WordSet = .empty
    /// Verbs of summoning an envoy ("summoned", "a convoqué", "convocó"): they control no infinitive, so one after their
    /// object says why they summon ("summoned the envoy to demand an explanation").
    var summoningVerbs: WordSet = .empty
    /// Verbs by which a speaker names a thing ("what it called X's aggression", "ce qu'il a qualifié d'agression", "lo
    /// que calificó como una agresión"): what the clause names is what the verb above it is about.
    var namingVerbs: WordSet = .empty
    /// The pronouns that open a free relative the verb above is about ("what", "ce", "lo"): see `namingVerbs`.
    var freeRelatives: WordSet = .empty
    /// Verbs of becoming ("became the latest state to…", "est devenu le premier pays à…", "se convirtió en el primer país
    /// en…"): like a copula, they predicate their complement noun of their subject, whose act a clause on the noun is.
    var becomingVerbs: WordSet = .empty
    /// Verbs that tell someone of something ("a prévenu son homologue de son arrivée", "averti X de sa visite"): with
    /// the thing told after the genitive, they inform; they warn only of what a clause says.
    var noticeVerbs: WordSet = .empty
    /// Prepositions of a destination or a place before a name ("to", "à", "a", "en"): the name they introduce under a
    /// noun takes no genitive of its own ("la visite au Tchad du ministre").
    var destinationPrepositions: WordSet = .empty
    /// Verbs that cut back what their object names ("cut military cooperation with X", "a réduit son aide à X"): a
    /// sanction when they cut aid, cooperation or backing; an agreement cut is another idiom ("cut a deal").
    var reducingVerbs: WordSet = .empty
    /// Nouns of an end ("put an end to the agreement", "la fin de la coopération", "puso fin a la ayuda",
    /// "the suspension of aid"): what they end is ended as by an ending verb.
    var endingNouns: WordSet = .empty
    /// Verbs and nouns that call off or put off what they govern ("cancelled his visit", "a reporté le sommet",
    /// "la suspensión de su viaje"): a meeting called off is refused (PLOVER's REJECT), while one ended ("ended his
    /// visit") took place, so these are not all the ending words.
    var callingOffWords: WordSet = .empty
    /// Verbs of being somewhere ("stayed", "se trouve", "se encuentra", "está"): a visit a clause of theirs is on ("is in
    /// X on a state visit", "se trouve au Togo pour une visite") is their subject's visit to the place they name.
    var stayingVerbs: WordSet = .empty
    /// Prepositions that make a gerund the complement of the verb before it ("barred from entering X", "accused of
    /// backing X", "warned against attacking X"), not the means of its act ("by cutting ties").
    var complementGerundMarkers: WordSet = .empty
    /// Adjectives and nouns that condemn an act a copula predicates them of ("X's decision was unacceptable", "la mesure
    /// est illégale", "la medida es una provocación"): the one who states it accuses the act's author.
    var condemningPredicates: WordSet = .empty
    /// Adjectives of culpability ("responsible", "responsable", "coupable"): predicated of an actor with a hostile act
    /// for complement ("X was responsible for the attack"), they accuse the actor.
    var culpabilityPredicates: WordSet = .empty
    /// Words of praise a verb of naming calls someone ("calificó a X como un amigo verdadero", "called X a true friend",
    /// "a qualifié X de frère"): the namer backs the one named (SUPPORT). Read only with a verb of naming: "X is the
    /// leader of Y" praises no one.
    var praisingPredicates: WordSet = .empty
    /// Verbs of judging that introduce such a clause beside the verbs of saying ("judged", "a estimé que", "consideró
    /// que", "responded that").
    var judgmentVerbs: WordSet = .empty
    /// Verbs by which a resolve is taken ("tomó la determinación de", "a pris la résolution de", "took the decision to"):
    /// the act resolved on is decided, not only meant.
    var decidingVerbs: WordSet = .empty
    var beneficiaryMarkers: WordSet = .empty
    /// Participles of leading joined to a state's name in one word ("Saudi-led", "US-led"): the group the word qualifies
    /// acts for that state, as a demonym's would. Written apart with an agent ("a delegation led by X", "conduite par",
    /// "encabezada por"), an agent noun that names no one stands for its leader.
    var leadingParticiples: WordSet = .empty
    /// Participles by which a group names its members ("a delegation made up of X and Y", "composée de", "integrada
    /// por"): an agent noun that names no one else stands for them.
    var memberParticiples: WordSet = .empty
    /// Participles a language conjugates with its passive's auxiliary in the active voice ("sont convenus de", "sont
    /// arrivés à"): the parser reads them as passives, whose subject would be the one acted on.
    var activeParticiplesWithBe: WordSet = .empty
    /// The participle of the passive's own auxiliary ("été"): "il a été convenu de…" is a passive whatever the participle.
    var beParticiples: WordSet = .empty
    /// Adverbs and the small words of adverbial phrases written between an auxiliary and its participle ("a une fois de
    /// plus appelé", "had earlier on Monday accused", "ha nuevamente condenado"); days and months count too.
    var inciseWords: WordSet = .empty
    /// Nouns that make one subordinator with their preposition and the word after them ("al tiempo que", "a la vez
    /// que", "au moment où", "at the same time as"): the clause after them is adverbial, not a relative clause of the noun.
    var subordinatingNouns: WordSet = .empty
    /// Words only sport reports use ("semi-final", "tournoi", "goleador"): a sentence that holds one speaks of teams, not
    /// of states ("hosts X or Y, who meet later in the final"), and no relation is read in it.
    var sportWords: WordSet = .empty
    /// Verbs of entering a place ("entered", "crossed into", "sont entrées", "ingresaron") and the prepositions of the
    /// place entered ("into", "en", "a"): troops that enter another state are deployed there (`militaryNouns`).
    var enteringVerbs: WordSet = .empty
    /// Nouns of a state's edge or ground ("crossed the Togolese border", "pénétré en territoire tchadien"): entered, they
    /// stand for the state that owns them.
    var borderNouns: WordSet = .empty
    /// Nouns of sums and amounts ("millions", "dollars", "milliards", "toneladas"): written after an event noun, they
    /// take in the parse complements that are the event's ("une aide de dix millions de dollars au Togo").
    var amountNouns: WordSet = .empty
    /// Object relatives after which the language may write the subject after the verb ("l'accord qu'ont signé X et Y",
    /// "el acuerdo que firmaron X y Y"): a name after the verb of their clause may be its subject.
    var invertingRelatives: WordSet = .empty
    /// Modals of obligation ("must", "doit", "debe", "tiene que"): what a speaker says another actor must do is asked of
    /// it. A modal verb that governs no act ("debe dinero", "tiene relaciones") lays no duty.
    var obligationModals: WordSet = .empty
    /// Verbs of duty that govern the act owed as their complement clause ("tiene que desarmarse"): the act is not done.
    var dutyVerbs: WordSet = .empty
    /// Verbs of elapsed time that make a time phrase with their time noun ("hace dos años", "desde hace meses").
    var agoVerbs: WordSet = .empty
    var enteringPrepositions: WordSet = .empty
    /// Nouns of armed forces and police ("troops", "soldats", "efectivos", "policías"): the subject that makes entering a
    /// state a deployment.
    var militaryNouns: WordSet = .empty
    /// Words that make an act between coordinated subjects go both ways ("accused each other", "se acusan
    /// mutuamente", "s'accusent mutuellement"), as the folded words of each phrase.
    var reciprocalMarkers: [[String]] = []
    /// Words that say each subject did the act on its own ("India and Canada each expelled diplomats", "ont chacun
    /// expulsé", "expulsaron cada uno"): with no target written, each did it to the other.
    var distributiveMarkers: [[String]] = []
    /// Nouns of the manner an act is done with ("with the help of X", "con el auspicio de X", "sous l'égide de X"): their
    /// owner backs the act and is no party to it.
    var mannerNouns: WordSet = .empty
    /// Participles of backing joined to a state's name in one word ("US-backed", "Iranian-funded"): the state backs what
    /// the word qualifies, and is no part of it.
    var backingParticiples: WordSet = .empty
    /// Participles of belonging joined to a state's name in one word ("a Liberian-flagged freighter", "a Greek-owned
    /// vessel"): the thing is the state's, as "an Iranian tanker" is.
    var owningParticiples: WordSet = .empty
    /// How a verb's form ends when, after a determiner, it names the act ("the signing of", "the shelling of"): the
    /// tagger, which reads the form as the verb it also is, is told it is a noun there. Empty where no such form exists.
    var nominalGerundEnding = ""
    /// Nouns of a visitor's programme ("agenda", "programme", "itinerario"): "the agenda included a meeting with X" is
    /// the meeting of whom the article follows, as "he" would say.
    var itineraryNouns: WordSet = .empty
    /// Relative pronouns that stand for the object of their clause ("que", "which"), which the parser may take for a
    /// subordinator after a comma: "le Tchad, que Khartoum accuse de…".
    var objectRelatives: WordSet = .empty
    /// Prepositions that also open a clause ("after", "as", "since"): before a name and its verb the tagger may read
    /// them as the name's preposition ("after Mali accused Algeria").
    var clauseOpeningPrepositions: WordSet = .empty
    /// Nouns of those who stand against someone ("an opponent of the junta", "un opposant au régime"): their complement
    /// is whom they oppose, never whose they are.
    var opposingNouns: WordSet = .empty
    /// Nouns of a relation written bare before a state's name as its epithet ("accused neighbour X", "warned ally
    /// Y"): told to the tagger as nouns, which it may take for a preposition before the name.
    var epithetNouns: WordSet = .empty
    /// Participles and relative verbs of aiming ("sanctions targeting X", "des sanctions visant X", "sanciones que
    /// apuntan a X"): what they aim at is the event noun's target.
    var aimingVerbs: WordSet = .empty
    /// Verbs of hope and will ("hopes that X will…", "souhaite que X…", "espera que X…", "wants X to…"): what they govern
    /// is wished, not done, as what a plan governs is planned. Nouns of need belong here ("stressed the need to
    /// strengthen ties", "la necesidad de acelerar la cooperación"): what is needed is not yet done.
    var wishes: WordSet = .empty
    /// Verbs whose saying is the act ("want to thank X", "souhaite féliciter X", "quiero felicitar a X"): wished or
    /// wanted, they are done in the words that wish them.
    var performatives: WordSet = .empty
    /// Nouns of mediation ("mediation", "auspices", "égide", "auspicio"): their owner brought about the agreement or
    /// the talks of the sentence, and met each party.
    var mediationNouns: WordSet = .empty
    /// Verbs of mediation ("brokered", "parrainé", "auspiciado"): their subject or agent did the same.
    var mediationVerbs: WordSet = .empty
    /// Where a complaint or a request noun is lodged ("a complaint with the ICJ", "une plainte auprès de la CIJ", "una
    /// denuncia ante la ONU"): an organization there is asked to act, whomever the complaint is against.
    var appeals: ArgumentFrame?
    /// Conjunctions that open a reported clause ("that", "que"): a clause they open under a verb of saying is what it
    /// reports, whatever the labeller called it ("said on Monday that X was…" read as an adverbial clause).
    var complementizers: WordSet = .empty
    /// Nouns of an act whose genitive names its doer ("la agresión de X", "l'ingérence de X", "the aggression of X"),
    /// where most act nouns take whom they befall there ("l'invasion de X").
    var authorGenitiveNouns: WordSet = .empty
    /// Verbs that say what their object is ("considers X a partner", "voit le Chili comme un allié", "considera a X un
    /// socio"): a relational noun they predicate is said of that object, to their subject.
    var consideringVerbs: WordSet = .empty
    /// Verbs of warning ("warned", "a averti", "advirtió"): a warning of what befalls someone if they act threatens them.
    var warningVerbs: WordSet = .empty
    /// Nouns of a response in kind ("measures", "riposte", "represalias"): a warning that they will be taken, or that
    /// the speaker will act, threatens (`warnsOfAnnouncedResponse`).
    var responseNouns: WordSet = .empty
    /// Nouns of a fixed phrase of manner written between a verb and its object ("received in audience the envoy of X",
    /// "a reçu en audience le ministre", "recibió en audiencia al canciller"): the parser hangs the object on them, as
    /// it does after a phrase of time.
    var adverbialNouns: WordSet = .empty
    /// Nouns of traded goods ("goods", "produits", "productos"): the state they come from owns them, so that "tariffs on
    /// goods from X", "des droits sur les produits provenant du X", "aranceles a los productos procedentes de X" are
    /// aimed at X as "tariffs on X's goods" are.
    var goodsNouns: WordSet = .empty
    /// The prepositions that name where goods come from ("from"), and the participles that do ("originating",
    /// "provenant", "procedentes").
    var originPrepositions: WordSet = .empty
    var originParticiples: WordSet = .empty
    /// Nouns of a part one plays ("plays the role of mediator", "joue le rôle de médiateur", "desempeña el papel de
    /// mediador") and the markers of a capacity ("acts as mediator", "agit comme médiateur", "actúa como mediador"): an
    /// agent noun of an event in either is the event of the verb's subject.
    var roleNouns: WordSet = .empty
    var capacityMarkers: WordSet = .empty
    /// Nouns of acts named again that say the act's kind ("la ruptura", "the expulsion": a sanction; "la denuncia",
    /// "the complaint": an accusation): they point back to the last act of that kind, not to the last act told.
    var sanctionAnaphors: WordSet = .empty
    var accusationAnaphors: WordSet = .empty
    /// Passive participles of hearsay that raise their clause's subject ("are said to have demanded", "is reported to
    /// have met", "est censé avoir signé"): the subject acts in the clause they govern, as "set to" makes it.
    var raisingParticiples: WordSet = .empty
    /// Markers of a purpose ("to", "pour", "para"): before a bare infinitive they say what an act is for rather than why
    /// it was done ("a rappelé son ambassadeur pour consulter…"), which is no deed the act answers; after a summons
    /// ("convocó al embajador para que informe") they say what the envoy is asked.
    var purposeMarkers: WordSet = .empty
    /// Prepositions of the event an act answers ("recalled its envoy after the attack", "a rappelé son ambassadeur
    /// après l'attaque", "tras el ataque"): with `reasonMarkers`, what a sanction is done for.
    var causeMarkers: WordSet = .empty
    /// Verbs that predicate their object of their subject as a copula does ("constitutes a violation", "constituait une
    /// violation", "constituye una violación"), and verbs of committing ("committed a grave error", "cometió un grave
    /// error"): a word of condemnation as their object judges their subject.
    var predicatingVerbs: WordSet = .empty
    /// Offices and places one holds ("ocupa la presidencia del consejo", "occupies the chair", "occupe la présidence"): a
    /// verb of seizing with one for its object holds it, and seizes nothing from anyone.
    var heldOffices: WordSet = .empty
    /// Nouns of an endeavour ("an attempt by X to convince…", "la tentative de X de…", "los esfuerzos de X por…"): the
    /// actor named as their agent acts in the clause they govern. A request's agent does not: the one asked acts.
    var endeavourNouns: WordSet = .empty
    /// Nouns of the members of a body ("15 countries of the AU", "les pays de la CEDEAO", "los países de la Unión Africana"):
    /// they stand for the body their genitive names, as its members acting together.
    var memberNouns: WordSet = .empty
    /// The genitive preposition in every form it takes before a name, contracted with the article ("du", "del") or not.
    var genitiveForms: WordSet = .empty

    static func of(_ language: Language) -> ArgumentWords {
        switch language {
        case .en: english
        case .fr: french
        case .es: spanish
        }
    }

    /// A language's word classes behind one reference, for a reader made per sentence: the struct holds some thirty
    /// word sets, and a copy of it retains and releases every one of their tables.
    final class Shared: Sendable {
        let words: ArgumentWords

        private init(_ words: ArgumentWords) {
            self.words = words
        }

        static func of(_ language: Language) -> Shared {
            switch language {
            case .en: english
            case .fr: french
            case .es: spanish
            }
        }

        private static let english = Shared(.english)
        private static let french = Shared(.french)
        private static let spanish = Shared(.spanish)
    }
}

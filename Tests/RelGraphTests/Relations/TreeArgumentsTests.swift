import Testing
@testable import RelGraph

/// TreeArguments: the constructions news articles write, in the three languages, each with its exact edges, and the
/// sentences where nothing may be drawn (a coalition's members, a modal, a negated agreement read as a rejection).
@Suite("Arguments from the tree")
struct TreeArgumentsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var language: Language
        var text: String
        var edges: Set<String>
        init(_ language: Language, _ text: String, _ edges: Set<String>) {
            self.language = language
            self.text = text
            self.edges = edges
        }
        var testDescription: String { "[\(language.rawValue)] \(text)" }
    }

    /// Active and passive voice, coordinated sources, control ("decided to expel", "followed X in cutting"), support
    /// verbs ("imposed sanctions on"), nominal events with possessors, demonyms and complements, agents named by their
    /// state, titles, relative clauses, reported speech, undone events, negation, modality, group members, a subject
    /// pronoun shared with its reporting verb, participles with an agent, hosts of talks between two parties.
    static let cases: [Case] = [
        // "impuso" once hung as a determiner; the reason given is no deed of Venezuela's, the sanction protests alone.
        Case(.es, "Estados Unidos impuso sanciones a Venezuela por la crisis electoral.", ["USA SANCTION VEN", "USA ACCUSE VEN"]),
        Case(.en, "Kenya accused Tanzania of violating the border.", ["KEN ACCUSE TZA"]),
        // A name ending in "s" takes the possessive as a lone apostrophe: its decision is its own.
        Case(.en, "Seychelles' decision to sign a trade agreement with Mauritius surprised analysts.", ["SYC AGREE MUS"]),
        // The party met keeps its owner: "from Ghana" is not the author of the talks.
        Case(.en, "Kofi Mensah held talks with defence officials from Ghana.", ["person:kofi-mensah CONSULT GHA"]),
        // The topic of an agreement, hung on its support verb, carries the party it is made with.
        Case(.en, "Ghana reached an agreement for a lasting ceasefire with Togo.", ["GHA AGREE TGO"]),
        // The length of the talks stands where the talks would: who signs after them took part.
        Case(.en, "Ghana and Togo signed a trade agreement after three days of talks in Accra.", ["GHA AGREE TGO", "GHA CONSULT TGO"]),
        // Backing a resolution that condemns someone's deed condemns them; the deed's author is not backed.
        Case(.fr, "L'ONU a soutenu une résolution dénonçant l'annexion par le Ghana de la province.", ["org:UN ACCUSE GHA"]),
        Case(.en, "Tanzania was accused by Kenya of violating the border.", ["KEN ACCUSE TZA"]),
        Case(.en, "Chile and Peru cut diplomatic ties with Bolivia.", ["PER SANCTION BOL", "CHL SANCTION BOL", "CHL ACCUSE BOL", "PER ACCUSE BOL"]),
        Case(.en, "Ghana decided to expel the ambassador of Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.en, "Bahrain and Qatar followed Kuwait in cutting diplomatic links to Oman.", ["BHR SANCTION OMN", "QAT SANCTION OMN", "BHR ACCUSE OMN", "QAT ACCUSE OMN"]),
        Case(.en, "Norway imposed new sanctions on Belarus.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.en, "Sweden's visit to Chile lasted three days.", ["SWE CONSULT CHL"]),
        Case(.en, "The Polish army attacked Lithuania.", ["POL ASSAULT LTU"]),
        Case(.en, "Ghanaian President Kwame Mensah met Togo on Monday.", ["person:kwame-mensah CONSULT TGO"]),
        Case(.en, "Peru, which supports Chile, criticized Ecuador.", ["PER SUPPORT CHL", "PER ACCUSE ECU"]),
        Case(.en, "Senegal said that Mali had sanctioned Niger.", ["MLI SANCTION NER", "MLI ACCUSE NER"]),
        Case(.en, "Canada lifted the sanctions on Cuba.", ["CAN CONCEDE CUB"]),
        Case(.en, "Denmark did not recognize Iceland.", ["DNK REJECT ISL"]),
        Case(.en, "Mexico could attack Guatemala.", []),
        // A complement of time or setting after "à"/"a" is no recipient, and leaves the coordinated subjects each other's.
        Case(.fr, "Au cours du sommet de vendredi, le Ghana et le Togo ont conclu un accord.", ["GHA AGREE TGO", "GHA CONSULT TGO"]),
        Case(.fr, "Au plan bilatéral, le Ghana et le Togo ont signé un accord.", ["GHA AGREE TGO"]),
        Case(.fr, "Le Ghana et le Togo ont signé un accord au cours de l'année.", ["GHA AGREE TGO"]),
        Case(.es, "Al término de la reunión, Ghana y Togo firmaron un acuerdo.", ["GHA AGREE TGO", "GHA CONSULT TGO"]),
        // A meeting the parser read as a conjunct of the statement keeps its own preposition of occasion.
        Case(.es, "«Somos dos pueblos unidos», dijo el presidente ghanés Ali Moussa en una breve declaración ante la prensa luego de una reunión con su par togolés Kofi Mensah.",
             ["person:ali-moussa CONSULT person:kofi-mensah"]),
        // Goods stopped on their way to a state are stopped against it.
        Case(.es, "El Gobierno de Ghana anunció la suspensión temporal de la exportación de energía eléctrica hacia Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.en, "Ghana announced a ban on arms sales to Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        // A fight that is the subject of a verb of pitting is fought between the sides it names, a place aside.
        Case(.fr, "Des combats ont opposé l'armée togolaise à l'armée ghanéenne près de Kara.", ["TGO ASSAULT GHA", "GHA ASSAULT TGO"]),
        Case(.es, "Los combates enfrentaron al ejército togolés con el ejército ghanés.", ["TGO ASSAULT GHA", "GHA ASSAULT TGO"]),
        // A verb of welcoming receives a person and backs a thing.
        Case(.en, "President Kofi Mensah welcomed President Jean Houngbo at the State House in Accra.",
             ["person:kofi-mensah CONSULT person:jean-houngbo"]),
        Case(.en, "Ghana welcomed the decision of Togo.", ["GHA SUPPORT TGO"]),
        // A visit told in a clause of place relative to a place goes there.
        Case(.en, "President Kofi Mensah is in Lomé, Togo, where he starts a three-day state visit.", ["person:kofi-mensah CONSULT TGO"]),
        // A time phrase with no preposition between a tour and its place.
        Case(.es, "El presidente ghanés comenzó su gira el lunes en Togo.", ["GHA CONSULT TGO"]),
        // An agreement signed on a state's soil with no partner is signed with the host; two signatories sign together.
        Case(.en, "The Ghanaian delegation signed cooperation agreements in Togo.", ["GHA AGREE TGO"]),
        Case(.es, "La delegación ghanesa firmó acuerdos de cooperación en diversas áreas en Togo.", ["GHA AGREE TGO"]),
        Case(.es, "Ghana y Benín firmaron un acuerdo en Togo.", ["GHA AGREE BEN"]),
        // A statement's author is the one who speaks through it.
        Case(.en, "A statement by Ghana condemned Togo.", ["GHA ACCUSE TGO"]),
        Case(.fr, "Les déclarations du ministre ghanéen ont vivement critiqué le Togo.", ["GHA ACCUSE TGO"]),
        Case(.es, "Las declaraciones del canciller ghanés criticaron duramente a Togo.", ["GHA ACCUSE TGO"]),
        // A time phrase closed by a comma before the summoned envoy; a subordinate clause's comma closes no time phrase.
        Case(.fr, "Le ministre ghanéen a convoqué ce jeudi, l’ambassadeur du Togo, Ali Moussa.", ["GHA ACCUSE TGO", "GHA ACCUSE person:ali-moussa"]),
        Case(.en, "When the leaders of Ghana and Benin met this month, a joint declaration condemned Togo.",
             ["BEN ACCUSE TGO", "GHA ACCUSE TGO", "GHA CONSULT BEN"]),
        // The protest a summons is made to voice blames the author of the words it is voiced against.
        Case(.fr, "Le ministre ghanéen Kofi Mensah a convoqué l’ambassadeur du Togo pour exprimer son indignation face aux propos du président togolais Jean Houngbo.",
             ["person:kofi-mensah ACCUSE TGO", "person:kofi-mensah ACCUSE person:jean-houngbo"]),
        // A stance named again is its author's; a correlative pair lists both critics.
        Case(.fr, "Le Ghana a pris des sanctions contre le Togo. Cette position a été critiquée tant par le Bénin que par le Niger.",
             ["GHA SANCTION TGO", "GHA ACCUSE TGO", "BEN ACCUSE GHA", "NER ACCUSE GHA"]),
        Case(.es, "Ghana impuso sanciones a Togo. Esta posición fue criticada tanto por Benín como por Níger.",
             ["GHA SANCTION TGO", "GHA ACCUSE TGO", "BEN ACCUSE GHA", "NER ACCUSE GHA"]),
        // Backing given by troops sent is aid.
        Case(.fr, "La CEDEAO a déjà mobilisé 3 000 hommes en soutien à l’armée togolaise.", ["org:ECOWAS AID TGO", "org:ECOWAS MOBILIZE TGO"]),
        Case(.en, "Nigeria deployed 500 troops in support of the Togolese army.", ["NGA AID TGO", "NGA MOBILIZE TGO"]),
        // A meeting held in the host's country is a visit to it too; one held in a third country is not.
        Case(.fr, "Le Premier ministre ghanéen Kofi Mensah s’est entretenu lundi à Lomé avec son homologue togolais Ali Moussa.",
             ["person:kofi-mensah CONSULT TGO", "person:kofi-mensah CONSULT person:ali-moussa"]),
        Case(.fr, "Le Premier ministre ghanéen Kofi Mensah s’est entretenu lundi à Genève avec son homologue togolais Ali Moussa.",
             ["person:kofi-mensah CONSULT person:ali-moussa"]),
        Case(.en, "Ghanaian President Kofi Mensah met his Togolese counterpart Ali Moussa in Accra on Monday.",
             ["person:ali-moussa CONSULT GHA", "person:kofi-mensah CONSULT person:ali-moussa"]),
        Case(.es, "El presidente ghanés Kofi Mensah se entrevistó el lunes en Lomé con su homólogo togolés Ali Moussa.",
             ["person:kofi-mensah CONSULT TGO", "person:kofi-mensah CONSULT person:ali-moussa"]),
        // A visit ended is a visit paid, with the verb of ending read as a verb.
        Case(.es, "El presidente de Ghana, Kofi Mensah, puso fin a su visita oficial a Togo.", ["person:kofi-mensah CONSULT TGO"]),
        // A noun of a time noun opening the sentence is a time phrase, not the subject.
        Case(.es, "El fin de semana, Ghana y Togo firmaron un nuevo acuerdo.", ["GHA AGREE TGO"]),
        // A pronoun read as an impersonal expletive before a passive with an agent is the verb's subject.
        Case(.fr, "Le président ghanéen Kofi Mensah est arrivé à Lomé vendredi. À son arrivée au Togo, il a été accueilli par le président Ali Moussa.",
             ["person:kofi-mensah CONSULT TGO", "person:kofi-mensah CONSULT person:ali-moussa"]),
        // A joint body set up by two states is cooperation between them.
        Case(.en, "The governments of Ghana and Togo have formed a joint border committee.", ["GHA COOPERATE TGO"]),
        Case(.fr, "Le Ghana et le Togo ont créé une commission mixte.", ["GHA COOPERATE TGO"]),
        Case(.es, "Ghana y Togo instalaron una comisión binacional para la frontera.", ["GHA COOPERATE TGO"]),
        // A message named again with no author written is its last sender's; one with an author is the author's.
        Case(.fr, "Le Togo a publié un communiqué lundi. Le communiqué dénonce les incursions du Ghana.", ["TGO ACCUSE GHA"]),
        // A message handed over is no aid; goods are.
        Case(.en, "The Ghanaian ministry delivered a note to the embassy of Togo.", []),
        Case(.en, "Ghana delivered food aid to Togo.", ["GHA AID TGO"]),
        // An act told as a decision is aimed at whom it is told.
        Case(.fr, "Le Ghana a notifié au Togo sa décision de rompre les relations diplomatiques.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.es, "El canciller ghanés ha comunicado a Togo la decisión de la ruptura de relaciones diplomáticas.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        // An organization's envoy expelled: the organization is sanctioned, whatever the envoy's nationality.
        Case(.es, "El Gobierno de Togo expulsó a la embajadora de la Unión Europea en Lomé, la portuguesa Ana Duarte.",
             ["TGO SANCTION org:EU", "TGO SANCTION person:ana-duarte"]),
        // The relative clause that tells a visit names its visitor and its place.
        Case(.fr, "La visite que le président ghanéen a effectuée au Togo a été un succès.", ["GHA CONSULT TGO"]),
        // A tripartite gathering has all it names meet one another; talks with two may be two meetings.
        Case(.en, "Ghanaian President Ali Moussa held a tripartite summit with Togolese President Kofi Mensah and Beninese President Jean Houngbo.",
             ["person:ali-moussa CONSULT person:jean-houngbo", "person:ali-moussa CONSULT person:kofi-mensah", "person:kofi-mensah CONSULT person:jean-houngbo"]),
        Case(.es, "El presidente ghanés Ali Moussa celebró una cumbre tripartita con el presidente togolés Kofi Mensah y el presidente beninés Jean Houngbo.",
             ["person:ali-moussa CONSULT person:jean-houngbo", "person:ali-moussa CONSULT person:kofi-mensah", "person:kofi-mensah CONSULT person:jean-houngbo"]),
        Case(.en, "Ghanaian President Ali Moussa held talks with Togolese President Kofi Mensah and Beninese President Jean Houngbo.",
             ["person:ali-moussa CONSULT person:jean-houngbo", "person:ali-moussa CONSULT person:kofi-mensah"]),
        // In a reported clause "would" is the future seen from the past, unless a condition makes it a consequence.
        Case(.en, "Kenya announced that the Ethiopian president would visit Nairobi in March.", ["ETH CONSULT KEN"]),
        // A hostile act on a condition is held over its target: a threat.
        Case(.en, "Officials said Ghana would attack Togo if it closed the border.", ["GHA THREATEN TGO"]),
        Case(.en, "If Togo closed the border, officials said Ghana would attack it.", ["GHA THREATEN TGO"]),
        Case(.en, "Ghana would attack Togo.", []),
        // A hostile act announced with "would" is a threat, not the act.
        Case(.en, "Officials said Ghana would attack Togo.", []),
        // What a reproach is over names whom it reproaches, through the owner of the thing.
        Case(.en, "Kenya voiced anger over Uganda's “reckless acts” at the border.", ["KEN ACCUSE UGA"]),
        Case(.en, "Kenya condemned the raid over the weekend.", []),
        // An event under an infinitive that a request controls is asked for, not done, also when the parser hangs the
        // infinitive as an adverbial clause.
        Case(.en, "The Kenyan minister took time out of the campaign to visit Kampala and to ask Uganda's president “respectfully” to consider not signing the pact with Sudan.",
             ["KEN CONSULT UGA", "KEN REQUEST UGA"]),
        // A verb that expresses a stance supports its noun, also one coordinated to its object; "the X side" is X.
        Case(.en, "Kenya expressed strong dissatisfaction and firm opposition to Uganda's plan.", ["KEN REJECT UGA"]),
        Case(.fr, "Le Kenya a exprimé son soutien à l'Ouganda.", ["KEN SUPPORT UGA"]),
        Case(.es, "Kenia expresó su rechazo a la decisión de Uganda.", ["KEN REJECT UGA"]),
        Case(.en, "Kenya lodged a complaint with the Ugandan side.", ["KEN ACCUSE UGA"]),
        // A headline's list after a colon is what the piece is about, not who holds the event; a list the noun names is.
        Case(.en, "Kenya's Africa tour: Uganda, Rwanda and Burundi", []),
        Case(.fr, "Sommet de l'UA à Nairobi : l'Ouganda et le Rwanda, la paix en question", []),
        Case(.en, "The talks of Uganda and Rwanda lasted two days.", ["UGA CONSULT RWA"]),
        // A speaker named after a fronted clause with a title after a comma is the main verb's subject, however the
        // parser hung the name and the title inside the clause.
        Case(.en, "Speaking to reporters ahead of the meeting, Jan Kowalczyk, Poland's ambassador to the UN, condemned Belarus.",
             ["person:jan-kowalczyk ACCUSE BLR"]),
        // "llevar a cabo" is one verb: its object is the event, however the parser hung it on "cabo".
        Case(.es, "Uganda y Ruanda llevaron a cabo maniobras navales conjuntas.", ["UGA COOPERATE RWA"]),
        Case(.es, "Uganda llevó a cabo un ataque contra Ruanda.", ["UGA ASSAULT RWA"]),
        // Several states holding an exercise aimed at no one hold it together; aimed at a neighbour, it is a build-up.
        Case(.en, "Uganda and Rwanda held naval drills on Monday.", ["UGA COOPERATE RWA"]),
        Case(.es, "Uganda y Ruanda realizaron maniobras navales.", ["UGA COOPERATE RWA"]),
        Case(.en, "Uganda held naval drills on Monday.", []),
        Case(.en, "Uganda and Rwanda held military exercises near the Kenyan border.", ["UGA MOBILIZE KEN", "RWA MOBILIZE KEN"]),
        // French writes "manœuvres" with the ligature as often as without.
        Case(.fr, "L'Ouganda et le Rwanda mènent des manœuvres navales conjointes.", ["UGA COOPERATE RWA"]),
        // A handshake is a meeting; other things squeezed are not.
        Case(.en, "Kenyan President William Ruto shook hands with the Ugandan president in Kampala.", ["person:william-ruto CONSULT UGA"]),
        Case(.fr, "Le président kényan serre la main du président ougandais.", ["KEN CONSULT UGA"]),
        Case(.es, "El presidente keniano estrechó la mano del presidente ugandés.", ["KEN CONSULT UGA"]),
        Case(.fr, "Le Kenya serre la vis à l'Ouganda.", []),
        // Who made a thing owns it, also as the subject of a relative clause on it, with or without a relative word.
        Case(.en, "Kenya denounced the plan Uganda drafted.", ["KEN ACCUSE UGA"]),
        Case(.fr, "Le Kenya a dénoncé le plan que l'Ouganda a rédigé.", ["KEN ACCUSE UGA"]),
        Case(.es, "Kenia denunció el plan que Uganda redactó.", ["KEN ACCUSE UGA"]),
        Case(.en, "Kenya expressed its gratitude to Chile for the aid.", ["KEN SUPPORT CHL"]),
        // An agreement to do something to an actor is made with that actor.
        Case(.en, "Kenya agreed to help Chile.", ["KEN AGREE CHL"]),
        Case(.fr, "Le Kenya a accepté d'aider le Chili.", ["KEN AGREE CHL"]),
        Case(.es, "Kenia acordó ayudar a Chile.", ["KEN AGREE CHL"]),
        // Inside a quotation "it" is someone the speaker names, not the speaker; outside, it is the speaker.
        Case(.en, "\"The council met and it agreed to help Chile,\" the Kenyan ambassador said.", []),
        Case(.en, "The Kenyan ambassador said it agreed to help Chile.", ["KEN AGREE CHL"]),
        Case(.en, "A coalition of nine states, including Chad, Niger and Mali, attacked Libya.", []),
        Case(.en, "Hungary says it will withdraw its troops from Serbia.", ["HUN RETREAT SRB"]),
        Case(.en, "Kenya hosted the Ethiopian president on Monday.", ["ETH CONSULT KEN"]),
        Case(.en, "The Ethiopian president visited Kenya on Monday.", ["ETH CONSULT KEN"]),
        Case(.en, "Egypt hosted talks between Israel and Jordan.", ["EGY CONSULT ISR", "EGY CONSULT JOR"]),
        Case(.fr, "Le Kenya a accusé la Tanzanie de violer la frontière.", ["KEN ACCUSE TZA"]),
        Case(.fr, "Tokyo a condamné Séoul pour ces propos.", ["JPN ACCUSE KOR"]),
        Case(.fr, "La Tanzanie a été accusée par le Kenya de violer la frontière.", ["KEN ACCUSE TZA"]),
        Case(.fr, "Le Chili et le Pérou ont rompu leurs relations avec la Bolivie.", ["CHL SANCTION BOL", "PER SANCTION BOL", "CHL ACCUSE BOL", "PER ACCUSE BOL"]),
        Case(.fr, "Le Ghana a décidé d'expulser l'ambassadeur du Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.fr, "La Norvège a imposé de nouvelles sanctions à la Biélorussie.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.fr, "La visite du président suédois au Chili a duré trois jours.", ["SWE CONSULT CHL"]),
        Case(.fr, "L'armée polonaise a attaqué la Lituanie.", ["POL ASSAULT LTU"]),
        Case(.fr, "Le Pérou, qui soutient le Chili, a critiqué l'Équateur.", ["PER SUPPORT CHL", "PER ACCUSE ECU"]),
        Case(.fr, "Le Sénégal a déclaré que le Mali allait sanctionner le Niger.", ["MLI SANCTION NER", "MLI ACCUSE NER"]),
        Case(.fr, "Le Canada a levé les sanctions contre Cuba.", ["CAN CONCEDE CUB"]),
        Case(.fr, "Le Danemark ne reconnaît pas l'Islande.", ["DNK REJECT ISL"]),
        Case(.fr, "Le Mexique pourrait attaquer le Guatemala.", []),
        Case(.fr, "La Hongrie affirme qu'elle retirera ses troupes de Serbie.", ["HUN RETREAT SRB"]),
        Case(.fr, "Le président kényan a reçu son homologue éthiopien.", ["ETH CONSULT KEN"]),
        Case(.fr, "Le président éthiopien s'est rendu au Kenya.", ["ETH CONSULT KEN"]),
        Case(.es, "Kenia recibió al presidente etíope el lunes.", ["ETH CONSULT KEN"]),
        Case(.es, "El presidente etíope visitó Kenia el lunes.", ["ETH CONSULT KEN"]),
        Case(.es, "Kenia acusó a Tanzania de violar la frontera.", ["KEN ACCUSE TZA"]),
        Case(.es, "Tanzania fue acusada por Kenia de violar la frontera.", ["KEN ACCUSE TZA"]),
        Case(.es, "Chile y Perú rompieron relaciones con Bolivia.", ["CHL SANCTION BOL", "PER SANCTION BOL", "CHL ACCUSE BOL", "PER ACCUSE BOL"]),
        Case(.es, "Ghana decidió expulsar al embajador de Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.es, "Noruega impuso nuevas sanciones a Bielorrusia.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.es, "La visita del presidente sueco a Chile duró tres días.", ["SWE CONSULT CHL"]),
        Case(.es, "El ejército polaco atacó Lituania.", ["POL ASSAULT LTU"]),
        Case(.es, "Perú, que apoya a Chile, criticó a Ecuador.", ["PER SUPPORT CHL", "PER ACCUSE ECU"]),
        Case(.es, "Senegal dijo que Malí sancionaría a Níger.", ["MLI SANCTION NER", "MLI ACCUSE NER"]),
        Case(.es, "Canadá levantó las sanciones contra Cuba.", ["CAN CONCEDE CUB"]),
        Case(.es, "Dinamarca no reconoce a Islandia.", ["DNK REJECT ISL"]),
        Case(.es, "México podría atacar a Guatemala.", []),
        Case(.es, "Hungría afirma que retirará sus tropas de Serbia.", ["HUN RETREAT SRB"]),
        Case(.en, "Sanctions imposed by the European Union on Belarus were extended on Monday.", ["org:EU SANCTION BLR"]),
        Case(.en, "Poland's support for Ukraine angered officials in Budapest.", ["POL SUPPORT UKR"]),
        Case(.en, "Kenya asked Uganda to withdraw its troops from Sudan.", ["KEN REQUEST UGA"]),
        Case(.en, "Turkey threatened to attack Syria.", ["TUR THREATEN SYR"]),
        Case(.en, "Brazil, Argentina and Chile signed an agreement with Peru.", ["BRA AGREE PER", "ARG AGREE PER", "CHL AGREE PER"]),
        Case(.en, "Speaking in Lima on Tuesday after talks in the capital, the Chilean president praised Argentina.", ["CHL SUPPORT ARG"]),
        Case(.en, "The Israeli army, backed by American drones, attacked Lebanon on Sunday.", ["USA SUPPORT ISR", "ISR ASSAULT LBN"]),
        Case(.en, "Germany and France, which had criticized Hungary for months, welcomed the decision.", ["DEU ACCUSE HUN", "FRA ACCUSE HUN"]),
        Case(.en, "Egypt hosted talks between Sudan and Chad.", ["EGY CONSULT SDN", "EGY CONSULT TCD"]),
        Case(.fr, "Les sanctions imposées par l'Union européenne à la Biélorussie ont été prolongées lundi.", ["org:EU SANCTION BLR"]),
        Case(.fr, "Le soutien de la Pologne à l'Ukraine irrite les responsables à Budapest.", ["POL SUPPORT UKR"]),
        Case(.fr, "Le Kenya a demandé à l'Ouganda de retirer ses troupes du Soudan.", ["KEN REQUEST UGA"]),
        Case(.fr, "La Turquie a menacé d'attaquer la Syrie.", ["TUR THREATEN SYR"]),
        Case(.fr, "Le Brésil, l'Argentine et le Chili ont signé un accord avec le Pérou.", ["BRA AGREE PER", "ARG AGREE PER", "CHL AGREE PER"]),
        Case(.fr, "L'armée israélienne, soutenue par des drones américains, a attaqué le Liban dimanche.", ["USA SUPPORT ISR", "ISR ASSAULT LBN"]),
        Case(.fr, "L'Allemagne et la France, qui critiquaient la Hongrie depuis des mois, ont salué la décision.", ["DEU ACCUSE HUN", "FRA ACCUSE HUN"]),
        Case(.fr, "L'Égypte a accueilli des pourparlers entre le Soudan et le Tchad.", ["EGY CONSULT SDN", "EGY CONSULT TCD"]),
        Case(.es, "El apoyo de Polonia a Ucrania irritó a los responsables en Budapest.", ["POL SUPPORT UKR"]),
        Case(.es, "Kenia pidió a Uganda que retirara sus tropas de Sudán.", ["KEN REQUEST UGA"]),
        Case(.es, "Turquía amenazó con atacar a Siria.", ["TUR THREATEN SYR"]),
        Case(.es, "Brasil, Argentina y Chile firmaron un acuerdo con Perú.", ["BRA AGREE PER", "ARG AGREE PER", "CHL AGREE PER"]),
        Case(.es, "El ejército israelí, apoyado por drones estadounidenses, atacó el Líbano el domingo.", ["USA SUPPORT ISR", "ISR ASSAULT LBN"]),
        Case(.es, "Alemania y Francia, que criticaban a Hungría desde hacía meses, celebraron la decisión.", ["DEU ACCUSE HUN", "FRA ACCUSE HUN"]),
        Case(.es, "Egipto acogió conversaciones entre Sudán y Chad.", ["EGY CONSULT SDN", "EGY CONSULT TCD"]),
        Case(.fr, "L'invasion de l'Ukraine par les forces russes a commencé en 2022.", ["RUS ASSAULT UKR"]),
        Case(.es, "Brasil y Argentina firmaron un acuerdo tras una reunión en Lima entre el presidente argentino y el presidente brasileño.",
             ["BRA AGREE ARG", "ARG CONSULT BRA"]),
        // A target that names no actor stands for its owner; a quantity before it does not hide it.
        Case(.en, "Norway expelled more than 20 Belarusian diplomats.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.fr, "La Norvège a expulsé plus de 20 diplomates biélorusses.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.es, "Noruega expulsó a más de 20 diplomáticos bielorrusos.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.fr, "La Pologne a refusé la proposition de la Hongrie.", ["POL REJECT HUN"]),
        Case(.en, "Poland rejected the proposal of Hungary.", ["POL REJECT HUN"]),
        // Actors in apposition with a noun are what it names.
        Case(.en, "Kenya held talks with four other countries, including Chad, Niger and Mali.",
             ["KEN CONSULT TCD", "KEN CONSULT NER", "KEN CONSULT MLI"]),
        Case(.fr, "Le Kenya a tenu une réunion avec trois autres pays, dont le Tchad, le Niger et le Mali.",
             ["KEN CONSULT TCD", "KEN CONSULT NER", "KEN CONSULT MLI"]),
        // "both of which" takes the whole coordination.
        Case(.en, "Peru and Chile, both of which criticized Bolivia last year, met on Monday.",
             ["PER ACCUSE BOL", "CHL ACCUSE BOL", "PER CONSULT CHL"]),
        // The quoted clause of an attribution; a means after "por" is no passive agent.
        Case(.es, "«O Bolivia se retira o la expulsaremos», amenazó Chile.", ["CHL THREATEN BOL"]),
        Case(.es, "Chile ha hablado por teléfono con Perú.", ["CHL CONSULT PER"]),
        // A frame row of its own: the target of "faire pression" follows "sur".
        Case(.fr, "Les États-Unis font pression sur le Mexique pour une solution.", ["USA REQUEST MEX"]),
        // A list of examples after a noun names what the noun stands for, however the parser hung it.
        Case(.es, "Kenia celebró una reunión con otros tres países, entre ellos Chad, Níger y Malí.",
             ["KEN CONSULT TCD", "KEN CONSULT NER", "KEN CONSULT MLI"]),
        // Who speaks at a gathering takes part in it.
        Case(.en, "Peru criticized Chile in a meeting with Bolivia.", ["PER ACCUSE CHL", "PER CONSULT BOL"]),
        Case(.fr, "Le Mali a critiqué la France lors d'une réunion avec le Niger.", ["MLI ACCUSE FRA", "MLI CONSULT NER"]),
        Case(.es, "Perú criticó a Chile durante una reunión con Bolivia.", ["PER ACCUSE CHL", "PER CONSULT BOL"]),
        // The agent of a participle describing a noun made it: Spanish "por" counts there, not after the noun itself.
        Case(.es, "Noruega condenó el ensayo realizado por Rusia.", ["NOR ACCUSE RUS"]),
        Case(.es, "Kenia condenó el ataque perpetrado por Somalia.", ["KEN ACCUSE SOM"]),
        // A ruling noun stands for the state of its seat; a place after another noun stays a place.
        Case(.en, "Algeria urged the authorities in Bamako to hold elections.", ["DZA REQUEST MLI"]),
        Case(.es, "Chile instó al gobierno en Caracas a liberar a los presos.", ["CHL REQUEST VEN"]),
        Case(.en, "Kenya held a summit in Nairobi with Uganda.", ["KEN CONSULT UGA"]),
        // Who faces an event noun undergoes it; the noun's own source stays its source.
        Case(.es, "Venezuela enfrenta sanciones de Estados Unidos.", ["USA SANCTION VEN", "USA ACCUSE VEN"]),
        // Who acts in a partnership is a partner of everyone the surface lists after "with", whatever the parser
        // hung on the noun.
        Case(.en, "In partnership with Japan, South Korea, Canada, and Norway, Chile imposed new tariffs.",
             ["CHL COOPERATE JPN", "CHL COOPERATE KOR", "CHL COOPERATE CAN", "CHL COOPERATE NOR"]),
        Case(.fr, "En coopération avec le Sénégal, le Mali a lancé une campagne de vaccination.", ["MLI COOPERATE SEN"]),
        Case(.es, "En colaboración con Perú, Chile lanzó una campaña de vacunación.", ["CHL COOPERATE PER"]),
        // With the victim the undergoing verb's subject, the genitive read as the target is the author.
        Case(.es, "Colombia sufrió un ataque de Venezuela.", ["VEN ASSAULT COL"]),
        Case(.es, "Panamá ha sufrido un ataque de las fuerzas colombianas.", ["COL ASSAULT PAN"]),
        Case(.fr, "Le Togo a subi une attaque du Bénin.", ["BEN ASSAULT TGO"]),
        // The agent of a participle of undergoing is the victim, not the author.
        Case(.es, "Perú denunció la agresión sufrida por el personal diplomático chileno.", []),
        Case(.fr, "Le Gabon a dénoncé l'attaque subie par les diplomates camerounais.", []),
        Case(.fr, "Le Nicaragua et Cuba sont pauvres. Les deux pays sont confrontés à des restrictions américaines.",
             ["USA SANCTION NIC", "USA SANCTION CUB", "USA ACCUSE CUB", "USA ACCUSE NIC"]),
        Case(.fr, "Le Nicaragua et Cuba sont pauvres. Les deux ont été soutenus par Moscou pendant la guerre froide.",
             ["RUS SUPPORT NIC", "RUS SUPPORT CUB"]),
        // A relational noun says what its holder (the subject of the noun as a predicate, or the actor in apposition) is
        // to its complements; with none, coordinated holders are each other's.
        Case(.en, "Denmark is an ally of the United States.", ["DNK COOPERATE USA"]),
        Case(.en, "Japan is China's main trading partner.", ["JPN COOPERATE CHN"]),
        Case(.fr, "La France, principal partenaire du Maroc, a salué l'accord.", ["FRA COOPERATE MAR"]),
        Case(.es, "Brasil es el principal socio comercial de Argentina.", ["BRA COOPERATE ARG"]),
        Case(.en, "France and Germany are close allies.", ["FRA COOPERATE DEU"]),
        // Arms obtained "en" a country come from it.
        Case(.fr, "L'Égypte se procure des armes en Union soviétique.", ["SUN AID EGY"]),
        // Whom an obtained hostile act befalls is no giver: the expulsion itself names no expeller here.
        Case(.fr, "Le Kenya a obtenu l'expulsion de deux diplomates soudanais.", []),
        Case(.en, "Peru obtained the expulsion of two Bolivian diplomats.", []),
        Case(.es, "Chile obtuvo la expulsión de dos diplomáticos peruanos.", []),
        // A clause beside the verb in which the same actor acts is a second act, not the first one's topic: the
        // recall names no host.
        Case(.fr, "Le Kenya a rappelé son ambassadeur, dénonçant les propos du ministre soudanais.", ["KEN ACCUSE SDN"]),
        Case(.fr, "Le Kenya a rappelé son ambassadeur au Soudan, dénonçant les propos du ministre soudanais.",
             ["KEN SANCTION SDN", "KEN ACCUSE SDN"]),
        // What is obtained from a giver still comes from it.
        Case(.fr, "Le Kenya a obtenu des armes de la Turquie.", ["TUR AID KEN"]),
        // A participle hung on the noun above the event noun carries the event's complements.
        Case(.en, "Officials welcomed the truce, which is the result of an agreement reached between Peru and Chile.",
             ["PER AGREE CHL"]),
        // "The two countries" the sources themselves would be are the pair named before.
        Case(.en, "Kenya and Somalia clashed on Monday. Egypt and Ethiopia urged the two countries to stop the fighting.",
             ["KEN ASSAULT SOM", "SOM ASSAULT KEN", "EGY REQUEST KEN", "EGY REQUEST SOM", "ETH REQUEST KEN", "ETH REQUEST SOM"]),
        // What a request asks for is not coded, also an event noun under the infinitive it controls.
        Case(.en, "Egypt urged Kenya to stop the fighting with Somalia.", ["EGY REQUEST KEN"]),
        Case(.fr, "L'Égypte a appelé le Kenya à cesser les combats avec la Somalie.", ["EGY REQUEST KEN"]),
        // An infinitive completing a noun ("con el propósito de") has the subject of the noun's clause, and a written
        // subject that names no actor keeps the sentence before from standing in, even where Spanish drops subjects.
        Case(.es, "Chile criticó a Argentina. Las fuerzas armadas peruanas cruzaron la frontera con el propósito de atacar a Bolivia.",
             ["CHL ACCUSE ARG", "PER ASSAULT BOL"]),
        Case(.es, "Chile criticó a Argentina. La incursión tuvo lugar el viernes, con el propósito de detener a un opositor boliviano.",
             ["CHL ACCUSE ARG"]),
        // An agent noun stands for its owner, not for what another preposition names.
        Case(.en, "Peru condemned the use of force against officials of Chile.", []),
        Case(.en, "Peru expelled the US ambassador to Chile.", ["PER SANCTION USA", "PER ACCUSE USA"]),
        // A target written as a noun that names no actor is no missing target: no counterpart stands in for it.
        Case(.en, "Kenya and Somalia clashed on Monday. Egypt is fighting against terrorism.", ["KEN ASSAULT SOM", "SOM ASSAULT KEN"]),
        // An event noun qualified by its author alone names no victim: no counterpart of the sentences before stands in.
        // Calling the act a threat charges its author, and no one else.
        Case(.en, "Kenya and Somalia clashed on Monday. Uganda called Ethiopian aggression a threat.",
             ["KEN ASSAULT SOM", "SOM ASSAULT KEN", "UGA ACCUSE ETH"]),
        Case(.en, "Kenya and Somalia clashed on Monday. Uganda warned of Ethiopian aggression.",
             ["KEN ASSAULT SOM", "SOM ASSAULT KEN", "UGA ACCUSE ETH"]),
        // A possessive in the reason given for an act done to someone stands for that someone, whose deed the reason is;
        // with no actor there it stands for no one, and outside a reason phrase it is the subject's.
        Case(.en, "Norway joined the sanctions against Iran over its attack on Iraq.", ["NOR SANCTION IRN", "NOR ACCUSE IRN", "IRN ASSAULT IRQ"]),
        Case(.en, "Norway imposed new sanctions on Ghana and Mali for their support to Chad.",
             ["NOR SANCTION MLI", "GHA SUPPORT TCD", "NOR SANCTION GHA", "MLI SUPPORT TCD", "NOR ACCUSE GHA", "NOR ACCUSE MLI"]),
        Case(.en, "Canada criticized Egypt for its invasion of Libya.", ["CAN ACCUSE EGY", "EGY ASSAULT LBY"]),
        Case(.en, "Kenya thanked Japan on Friday for its support to Uganda.", ["KEN SUPPORT JPN", "JPN SUPPORT UGA"]),
        Case(.en, "Chad was criticized by Canada for its invasion of Libya.", ["CAN ACCUSE TCD", "TCD ASSAULT LBY"]),
        Case(.en, "Norway imposed sanctions on two banks for their support to Chad.", []),
        Case(.en, "Peru said its blockade of Chile was lawful.", ["PER COERCE CHL"]),
        // The object slot of a phrase names the target where the parser hung a state's name off the object; a name after
        // a preposition there is where an envoy serves.
        Case(.en, "Mali declared 15 Central African Republic embassy staff persona non grata.", ["MLI SANCTION CAF", "MLI ACCUSE CAF"]),
        Case(.en, "Kenya declared three Burundi consulate personnel persona non grata.", ["KEN SANCTION BDI", "KEN ACCUSE BDI"]),
        Case(.en, "Mali declared the envoy in Ghana persona non grata.", []),
        // A personal pronoun the sentence does not resolve is the discourse's, in either role; a passive agent hung
        // on the complement before it is still the agent.
        Case(.en, "Kenya's president landed on Monday. He was received by the Peruvian president.", ["KEN CONSULT PER"]),
        Case(.fr, "Le président kényan est arrivé mercredi. Il a été accueilli à l'aéroport par le président éthiopien.",
             ["KEN CONSULT ETH"]),
        Case(.en, "Kenya held elections in March. It was sanctioned by the United States in May.", ["USA SANCTION KEN", "USA ACCUSE KEN"]),
        // Spanish leaves the subject of a passive unwritten as it does an active one's.
        Case(.es, "Kenia celebró elecciones en marzo. Fue sancionada por Estados Unidos en mayo.", ["USA SANCTION KEN", "USA ACCUSE KEN"]),
        Case(.es, "El presidente keniano aterrizó el lunes. Fue recibido por el presidente peruano.", ["KEN CONSULT PER"]),
        // A phrase trigger may end on the title that opens an official's mention.
        Case(.fr, "La Russie a convoqué l'ambassadeur de France à Moscou.", ["RUS ACCUSE FRA"]),
        // A dotted acronym's period inside a sentence does not end it for the parser.
        Case(.en, "Saudi Arabia severed ties with Qatar, home to a major U.S. military base, accusing it of backing Iran.",
             ["SAU SANCTION QAT", "SAU ACCUSE QAT"]),
        // So is the period of one that opens an official's mention: the official stays the verb's object.
        Case(.en, "The Foreign Ministry of Kenya summoned the U.S. ambassador over the remarks.", ["KEN ACCUSE USA"]),
        Case(.en, "The Foreign Ministry of Kenya summoned the U.S. ambassador. Ghana said nothing.", ["KEN ACCUSE USA"]),
        // Concluding a visit or talks is no agreement; concluding an agreement, a deal or a treaty is.
        Case(.en, "The Kenyan president concluded his state visit to Ghana on Friday.", ["KEN CONSULT GHA"]),
        Case(.en, "Kenya concluded a trade deal with Ghana.", ["KEN AGREE GHA"]),
        Case(.en, "Kenya concluded its review of the border.", []),
        // A word such as "all" may stand inside a phrase that cuts ties.
        Case(.en, "Peru broke all ties with Bolivia in 2019.", ["PER SANCTION BOL", "PER ACCUSE BOL"]),
        // Firing water cannon at a state's vessels attacks the state; coast guards, vessels and personnel act for
        // their state, as soldiers do.
        Case(.en, "The Chinese coast guard fired water cannon at Philippine vessels.", ["CHN ASSAULT PHL"]),
        Case(.en, "China's coast guard used water cannon against Vietnamese ships.", ["CHN ASSAULT VNM"]),
        Case(.en, "Turkish security personnel attacked Greek officials.", ["TUR ASSAULT GRC"]),
        Case(.en, "The Chinese coast guard fired flares near the shoal.", []),
        // Vowing vengeance threatens.
        Case(.en, "Kenya vowed vengeance against Uganda on Monday.", ["KEN THREATEN UGA"]),
        // Who summons is the subject, else the ministry the envoy is summoned to.
        Case(.en, "The ambassador of Kenya was summoned to the Ugandan Foreign Ministry on Monday.", ["UGA ACCUSE KEN"]),
        Case(.en, "The Kenyan envoy was summoned by Uganda to the ministry.", ["UGA ACCUSE KEN"]),
        // A ministry in a capital is its state's, as its authorities are; a ministry with no seat written is no one.
        Case(.en, "The Swiss ambassador was summoned to the Foreign Ministry in Ankara on Monday.", ["TUR ACCUSE CHE"]),
        Case(.en, "The Swiss ambassador was summoned to the Foreign Ministry on Monday.", []),
        // Officials named after "including" take part as their state does.
        Case(.en, "The Kenyan president met Ugandan officials, including Foreign Minister Amani Okello, on Monday.",
             ["KEN CONSULT UGA", "KEN CONSULT person:amani-okello"]),
        Case(.en, "The Kenyan president met Ugandan officials on Monday, including in Kampala.", ["KEN CONSULT UGA"]),
        // A few words quoted inside the sentence leave the verb its object.
        Case(.en, "Kenya said it \"strongly condemns\" the raids by Uganda on Tanzania.", ["KEN ACCUSE UGA", "UGA ASSAULT TZA"]),
        Case(.en, "Ghana protested against the \"aggressive and unprofessional actions\" of Togolese police.", ["GHA ACCUSE TGO"]),
        Case(.en, "Ghana said the \"frank talks\" with its officials were useful.", []),
        // A subject relative read as a coordinated clause stands for the name before its comma, and for no subject
        // of the sentences before when no name stands there.
        Case(.en, "Kenya hosted the summit. Later, Uganda made efforts to restore ties with Ghana, which broke all ties with Togo when Benin attacked Niger.",
             ["UGA SUPPORT GHA", "GHA SANCTION TGO", "BEN ASSAULT NER", "GHA ACCUSE TGO"]),
        Case(.en, "Kenya met Ghana on Monday. Officials later made efforts to revive the old treaty, which severed ties with Togo.",
             ["KEN CONSULT GHA"]),
        // A correlative "Ou X…, ou…" before a quote's attribution: X is the quote's subject.
        Case(.fr, "«Ou la Bolivie cède ou nous l'expulserons», a menacé le Chili.", ["CHL THREATEN BOL"]),
        // An expulsion's complement is who is expelled; the clause that announces it names who expels.
        Case(.en, "Norway announced the expulsion of four Belarusian diplomats.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.fr, "La Norvège a annoncé l'expulsion de quatre diplomates biélorusses.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.es, "Noruega anunció la expulsión de cuatro diplomáticos bielorrusos.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        // A territory noun stands for the state its complement names, whatever the preposition.
        Case(.en, "Turkey sent thousands of troops to the border with Syria.", ["TUR MOBILIZE SYR"]),
        Case(.fr, "La Turquie a massé des troupes à la frontière avec la Syrie.", ["TUR MOBILIZE SYR"]),
        // Private people named by a demonym are no state acting.
        Case(.en, "Haitian migrants arrived in Chile on Monday.", []),
        Case(.fr, "Des pêcheurs vietnamiens sont arrivés en Indonésie.", []),
        Case(.fr, "Le président ghanéen est arrivé à Lomé pour une visite de deux jours.", ["GHA CONSULT TGO"]),
        // "llegar a" with an infinitive is "go as far as": the threat is what happened, no arrival.
        Case(.es, "Uruguay incluso llegó a amenazar a Paraguay.", ["URY THREATEN PRY"]),
        Case(.es, "Uruguay y Paraguay llegaron a un acuerdo sobre el río.", ["URY AGREE PRY"]),
        // An agent noun's complement is its owner, even a list of members: the envoys of each state meet.
        Case(.en, "The ambassadors of three neighbours — Chile, Peru and Bolivia — met the president of Ecuador on Monday.",
             ["CHL CONSULT ECU", "PER CONSULT ECU", "BOL CONSULT ECU"]),
        // "as well as X" read as the subject of a clause on the first noun: the noun is its first conjunct.
        Case(.en, "Diplomats of Chile, as well as Peru, were meeting in Lima with the foreign minister of Ecuador.",
             ["CHL CONSULT ECU", "PER CONSULT ECU"]),
        // A relative clause whose object is the event noun names its author and its complements; who welcomes the
        // event backs its author.
        Case(.en, "Chile welcomed the sanctions that the European Union imposed on Nicaragua.",
             ["org:EU SANCTION NIC", "CHL SUPPORT org:EU"]),
        Case(.fr, "Le Chili a salué les sanctions que l'Union européenne a imposées au Nicaragua.",
             ["org:EU SANCTION NIC", "CHL SUPPORT org:EU"]),
        Case(.es, "Chile aplaudió las sanciones que la Unión Europea adoptó contra el gobierno nicaragüense.",
             ["org:EU SANCTION NIC", "CHL SUPPORT org:EU"]),
        // A partner hung on the last noun of a gathering's topic is the gathering's.
        Case(.en, "Ghana's president held a meeting on issues of mutual concern with Togo's president.", ["GHA CONSULT TGO"]),
        // An act already told, named again with a definite noun, is its author's: "condemned the test".
        Case(.en, "Kenya tested a new missile on Monday. Ethiopia condemned the test.", ["ETH ACCUSE KEN"]),
        Case(.fr, "Le Kenya a testé un nouveau missile lundi. L'Éthiopie a condamné cet essai.", ["ETH ACCUSE KEN"]),
        Case(.es, "Kenia probó un nuevo misil el lunes. Etiopía condenó la prueba.", ["ETH ACCUSE KEN"]),
        // Several acts, or an act with an author of its own, point to no earlier subject.
        Case(.en, "Kenya tested a missile. Ethiopia condemned the three previous tests.", []),
        // Words and resolutions named again so are their speaker's, their drafter's.
        Case(.en, "Kenya drafted a resolution on the border. Ethiopia vetoed the resolution.", ["ETH REJECT KEN"]),
        Case(.en, "The Kenyan president spoke about the border on Friday. Ethiopia condemned the remarks.", ["ETH ACCUSE KEN"]),
        Case(.en, "The Kenyan president spoke about the border on Friday. Ethiopia condemned the statement.", ["ETH ACCUSE KEN"]),
        Case(.fr, "Le président kényan a parlé de la frontière vendredi. L'Éthiopie a condamné cette déclaration.", ["ETH ACCUSE KEN"]),
        Case(.es, "El presidente keniano habló de la frontera el viernes. Etiopía condenó esa declaración.", ["ETH ACCUSE KEN"]),
        Case(.en, "Ethiopia condemned the remarks of its own officials.", []),
        // "by X" hung on an active verb is its object's agent.
        Case(.en, "Norway strongly condemns launch of a rocket by Belarus.", ["NOR ACCUSE BLR"]),
        // The complement of an agent noun's complement owns the agent: "the Ministry of Foreign Affairs of X".
        Case(.en, "The Ministry of Foreign Affairs of Chile summoned the ambassador of Peru.", ["CHL ACCUSE PER"]),
        Case(.fr, "Le ministère des Affaires étrangères du Chili a convoqué l'ambassadeur du Pérou.", ["CHL ACCUSE PER"]),
        // A command carries out the event noun it governs; any other object is asked to act.
        Case(.en, "Canada ordered the expulsion of Venezuelan diplomats.", ["CAN SANCTION VEN", "CAN ACCUSE VEN"]),
        Case(.fr, "Le Canada a ordonné l'expulsion de diplomates vénézuéliens.", ["CAN SANCTION VEN", "CAN ACCUSE VEN"]),
        Case(.es, "Bolivia ordenó la expulsión de la embajadora mexicana.", ["BOL SANCTION MEX", "BOL ACCUSE MEX"]),
        Case(.en, "Canada ordered Venezuela to withdraw its troops.", ["CAN REQUEST VEN"]),
        // Envoys a possessive owns are expelled by the state they are sent out of, and their owner judges it.
        Case(.fr, "Le Gabon dénonce l'expulsion de ses diplomates de Tunisie.", ["TUN SANCTION GAB", "GAB ACCUSE TUN", "TUN ACCUSE GAB"]),
        Case(.es, "Bolivia condenó la expulsión de sus diplomáticos de Paraguay.", ["PRY SANCTION BOL", "BOL ACCUSE PRY", "PRY ACCUSE BOL"]),
        // An envoy a state calls home is its own: the named envoy is never the recall's target.
        Case(.es, "Bolivia llamó a consultas a su embajador, Carlos Duarte, ante la injerencia del gobierno paraguayo.",
             ["BOL SANCTION PRY", "BOL ACCUSE PRY"]),
        // …and the posting written in the envoy's phrase is the host the recall is aimed at.
        Case(.es, "Bolivia llamó a consultas a su embajador en Paraguay, Carlos Duarte.", ["BOL SANCTION PRY", "BOL ACCUSE PRY"]),
        // A withdrawal of one's own diplomats from a state is a recall aimed at it, not the host's act.
        Case(.es, "Bolivia anunció el retiro de sus diplomáticos de Paraguay.", ["BOL SANCTION PRY", "BOL ACCUSE PRY"]),
        // A noun of time the parser reads as a subject is none: the coordinated verb keeps the first one's subject.
        Case(.es, "Chile retiró a sus diplomáticos y cerró su embajada en Lima este domingo tras la crisis.", ["CHL SANCTION PER", "CHL ACCUSE PER"]),
        // An attack named again without its target is the one told before, not one on the next state named.
        Case(.en, "Kenya's invasion of Somalia began in May. Ethiopia's support of Kenya two years into Nairobi's invasion worried Djibouti.",
             ["KEN ASSAULT SOM", "ETH SUPPORT KEN"]),
        // A possessor is its noun's, not a member of the list before it.
        Case(.en, "Kenya's invasion of Somalia, as well as Ethiopia's moves in the region, worried Djibouti.", ["KEN ASSAULT SOM"]),
        // A clause of time is no topic: the meeting before a request happened, and lends the request no target.
        Case(.en, "Before speaking with Peru on Saturday, Chile urged Bolivia to reopen the border.", ["CHL CONSULT PER", "CHL REQUEST BOL"]),
        Case(.fr, "Avant de rencontrer le Pérou samedi, le Chili a exhorté la Bolivie à rouvrir la frontière.",
             ["CHL CONSULT PER", "CHL REQUEST BOL"]),
        // Parties that approve a shared event back each other.
        Case(.fr, "Le Chili et le Pérou ont approuvé une coopération militaire entre les deux pays.",
             ["CHL SUPPORT PER", "PER SUPPORT CHL", "CHL COOPERATE PER"]),
        // Rejecting a plan of one's own rejects its target.
        Case(.en, "Kenya denied any plan to attack Ethiopia.", ["KEN REJECT ETH"]),
        // A host who welcomes a visitor meets them.
        Case(.fr, "Le président du Sénégal a souhaité la bienvenue au président du Mali.", ["MLI CONSULT SEN"]),
        // Verbal attacks are accusations, not assaults.
        Case(.en, "Sudan continued its verbal attacks on South Sudan.", ["SDN ACCUSE SSD"]),
        Case(.fr, "Le Soudan a poursuivi ses attaques verbales contre le Soudan du Sud.", ["SDN ACCUSE SSD"]),
        Case(.es, "Sudán siguió con sus ataques verbales contra Sudán del Sur.", ["SDN ACCUSE SSD"]),
        // A quantity between a phrase trigger's words: "sent 500 peacekeepers".
        Case(.es, "Uruguay envió 300 cascos azules a Haití.", ["URY AID HTI"]),
        // Concern voiced over an actor's conduct, and a stance critical of an actor, are accusations.
        Case(.en, "The Egyptian foreign minister expressed concern over Ethiopia's unilateral actions.", ["EGY ACCUSE ETH"]),
        Case(.fr, "Le ministre égyptien s'est inquiété des actions unilatérales de l'Éthiopie.", ["EGY ACCUSE ETH"]),
        Case(.es, "El canciller egipcio expresó su preocupación por las acciones de Etiopía.", ["EGY ACCUSE ETH"]),
        Case(.en, "The Chilean president was highly critical of Bolivia.", ["CHL ACCUSE BOL"]),
        Case(.es, "El presidente chileno se ha mostrado muy crítico con Bolivia.", ["CHL ACCUSE BOL"]),
        // Concern for a people is not an accusation of anyone.
        Case(.en, "The Norwegian minister expressed concern for the people of Sudan.", []),
        // A visitor received in a capital meets its state; a prize received there meets no one.
        Case(.en, "The Brazilian president has been received in Beijing several times.", ["BRA CONSULT CHN"]),
        Case(.fr, "Le président brésilien a été reçu à Pékin à plusieurs reprises.", ["BRA CONSULT CHN"]),
        Case(.es, "El presidente brasileño fue recibido en Pekín varias veces.", ["BRA CONSULT CHN"]),
        Case(.es, "El ministro ruso fue recibido en Caracas por el presidente venezolano.", ["RUS CONSULT VEN"]),
        Case(.en, "The French scientist received the prize in Stockholm.", []),
        // A call, a visit or an envoy received from someone is a meeting with them; missiles received are not.
        Case(.en, "The Kenyan president received a phone call from the Ugandan president.", ["UGA CONSULT KEN"]),
        Case(.fr, "Le président kényan a reçu un appel du président ougandais.", ["UGA CONSULT KEN"]),
        Case(.es, "El presidente keniano recibió una llamada del presidente ugandés.", ["UGA CONSULT KEN"]),
        Case(.en, "Russia had received ballistic missiles from Iran.", []),
        Case(.es, "Rusia recibió misiles de Irán.", []),
        // Summoning an ambassador is an accusation of the ambassador's state.
        Case(.es, "México citó al embajador de Francia.", ["MEX ACCUSE FRA"]),
        // Who judges an event judges its author, not whom the event was aimed at.
        Case(.en, "Germany condemned the attack on Ukraine.", []),
        Case(.en, "Germany backed the sanctions on Honduras.", []),
        Case(.es, "Francia respalda las sanciones de la Cedeao contra Malí.", ["FRA SUPPORT org:ECOWAS", "org:ECOWAS SANCTION MLI"]),
        Case(.fr, "La France soutient les sanctions imposées par la Cedeao contre le Mali.", ["FRA SUPPORT org:ECOWAS", "org:ECOWAS SANCTION MLI"]),
        // After "comme", "como", the name after the verb is its subject and the clitic is the clause above's subject.
        Case(.fr, "La Russie a toujours démenti fournir une aide aux talibans, comme l'en a accusé Washington.", ["USA ACCUSE RUS"]),
        Case(.fr, "L'Algérie refuse de retirer ses troupes, comme l'exige le Maroc.", ["MAR REQUEST DZA"]),
        Case(.es, "Argelia se niega a retirar sus tropas, como lo exige Marruecos.", ["MAR REQUEST DZA"]),
        // Coordinated event nouns share their owner; a thing owned by a thing is its owner's.
        Case(.en, "Analysts cite Turkey's assertive moves in the Aegean and threats toward Greece.", ["TUR THREATEN GRC"]),
        Case(.en, "China and Russia blocked the adoption of a resolution drafted by France.", ["CHN REJECT FRA", "RUS REJECT FRA"]),
        Case(.fr, "Pékin et Moscou ont empêché l'adoption d'une résolution soumise par Paris.", ["CHN REJECT FRA", "RUS REJECT FRA"]),
        Case(.es, "China y Rusia bloquearon la adopción de una resolución presentada por Francia.", ["CHN REJECT FRA", "RUS REJECT FRA"]),
        // ... and so is a thing owned by a thing owned by a thing, up to three deep.
        Case(.fr, "Le Chili a critiqué le projet d'extension du programme spatial de l'Argentine.", ["CHL ACCUSE ARG"]),
        Case(.es, "Perú criticó el proyecto de ampliación del puerto de Chile.", ["PER ACCUSE CHL"]),
        Case(.en, "India condemned the plan of expansion of the navy of China.", ["IND ACCUSE CHN"]),
        Case(.fr, "Le Chili a critiqué le projet d'extension du port.", []),
        // A name written as the compound of an object owns it; after a preposition the thing is a place.
        Case(.en, "Turkey threatened closure of the NATO base at Incirlik.", ["TUR THREATEN org:NATO"]),
        Case(.en, "Turkey threatened closure of the base.", []),
        Case(.en, "Turkey threatened to close the NATO base at Incirlik.", ["TUR THREATEN org:NATO"]),
        Case(.en, "Turkey sent troops to a NATO base near the border.", []),
        // A phrase set off by commas between a fronted adjunct's subject and the verb leaves the verb its subject.
        Case(.fr, "Pour sa part, la Norvège, dans un communiqué, a condamné la Hongrie.", ["NOR ACCUSE HUN"]),
        Case(.es, "Por su parte, Noruega, en un comunicado, condenó a Hungría.", ["NOR ACCUSE HUN"]),
        Case(.fr, "De son côté, la Norvège, en application du principe de réciprocité, a rappelé pour consultations son ambassadeur en Hongrie.",
             ["NOR SANCTION HUN", "NOR ACCUSE HUN"]),
        // Who names or judges an act is not its author; who holds it is.
        Case(.es, "Los gobiernos de Chile y de Perú calificaron las maniobras como una provocación.", []),
        Case(.fr, "Le Chili et le Pérou ont qualifié les manœuvres de provocation.", []),
        Case(.es, "Chile y Perú realizaron maniobras conjuntas.", ["CHL COOPERATE PER"]),
        // A relative clause after a summoned envoy, however the parser hung it, is the envoy's own act, not an allegation.
        Case(.es, "Bolivia convocó a los embajadores de Chile y Perú, que criticaron la decisión de Bolivia.",
             ["BOL ACCUSE CHL", "BOL ACCUSE PER", "CHL ACCUSE BOL", "PER ACCUSE BOL"]),
        Case(.fr, "La Bolivie a convoqué l'ambassadeur du Chili, qui a critiqué la décision de la Bolivie.",
             ["BOL ACCUSE CHL", "CHL ACCUSE BOL"]),
        // An object relative with a subject of its own: Peru criticised the envoy, Chile's.
        Case(.es, "Bolivia convocó al embajador de Chile, que Perú criticó.", ["BOL ACCUSE CHL", "PER ACCUSE CHL"]),
        Case(.fr, "La Bolivie a accusé le Chili d'avoir critiqué le Pérou.", ["BOL ACCUSE CHL"]),
        // Who repels or prevents an attack is not its author.
        Case(.en, "Chad vowed to repel any attack on Sudan.", []),
        Case(.en, "Chad launched an attack on Sudan.", ["TCD ASSAULT SDN"]),
        Case(.en, "The Australian government has sounded the alarm about Vanuatu's security agreement with China.",
             ["AUS ACCUSE VUT", "VUT AGREE CHN"]),
        // A build-up or deployment is aimed where its troops are sent, also when the parser hangs the place on them.
        Case(.en, "A massive buildup of Russian troops along the border with Ukraine worries the West.", ["RUS MOBILIZE UKR"]),
        Case(.en, "The deployment of Chinese warships near Taiwan alarmed Japan.", ["CHN MOBILIZE TWN"]),
        Case(.es, "El despliegue masivo de tropas rusas a lo largo de la frontera con Ucrania preocupa a Occidente.", ["RUS MOBILIZE UKR"]),
        // "le long de": the noun "long" the parser hangs with no preposition introduces the place.
        Case(.fr, "Le déploiement de troupes turques le long de la frontière avec la Syrie inquiète l'Irak.", ["TUR MOBILIZE SYR"]),
        Case(.fr, "Le déploiement de troupes russes le long des frontières de la Finlande inquiète les États-Unis.", ["RUS MOBILIZE FIN"]),
        Case(.fr, "La Chine a déployé des navires le long des côtes du Vietnam.", ["CHN MOBILIZE VNM"]),
        Case(.fr, "La Turquie a massé des troupes le long de la frontière syrienne.", ["TUR MOBILIZE SYR"]),
        Case(.fr, "Le président turc s'est promené le long du Bosphore avec son homologue azerbaïdjanais.", []),
        // An elided "d'" marks a complement as "de" does.
        Case(.fr, "La visite d'Emmanuel Macron au Mali a duré deux jours.", ["person:emmanuel-macron CONSULT MLI"]),
        Case(.fr, "Les sanctions d'Ottawa contre la Russie sont entrées en vigueur.", ["CAN SANCTION RUS", "CAN ACCUSE RUS"]),
        // After a fronted adjunct and a comma, the subject the parser hangs on the adjunct is the verb's.
        Case(.en, "In contrast, both William Ruto and Kenya's top diplomat Musalia Mudavadi have been greeted in Addis Ababa many times.",
             ["person:william-ruto CONSULT ETH", "person:musalia-mudavadi CONSULT ETH"]),
        // A group spelt out after a dash, a colon or a bracket is one party, its members not each other's.
        Case(.en, "Iran resumed its talks with the six powers - the United States, France, Germany, Russia, China and Britain.",
             ["IRN CONSULT USA", "IRN CONSULT FRA", "IRN CONSULT DEU", "IRN CONSULT RUS", "IRN CONSULT CHN", "IRN CONSULT GBR"]),
        Case(.en, "Observers followed the negotiations between Sudan and the four mediators - Egypt, Kenya, Ethiopia and Qatar.",
             ["SDN CONSULT EGY", "SDN CONSULT KEN", "SDN CONSULT ETH", "SDN CONSULT QAT"]),
        Case(.fr, "L'Iran a rencontré les grandes puissances (États-Unis, France, Allemagne, Russie, Chine et Royaume-Uni) à Genève.",
             ["IRN CONSULT USA", "IRN CONSULT FRA", "IRN CONSULT DEU", "IRN CONSULT RUS", "IRN CONSULT CHN", "IRN CONSULT GBR"]),
        // A request for a hostile act is not addressed to its target; it asks the act's author, or whom it befalls.
        Case(.en, "Germany called for sanctions against Belarus.", []),
        Case(.en, "Germany called for new EU sanctions on Belarus.", ["DEU REQUEST org:EU"]),
        Case(.fr, "La Pologne a réclamé des sanctions contre la Biélorussie.", []),
        Case(.es, "Colombia y Ecuador han reclamado la imposición de sanciones a Nicaragua.", []),
        Case(.es, "Guatemala solicitó la expulsión de los embajadores de Suecia y de Venezuela.", ["GTM REQUEST SWE", "GTM REQUEST VEN"]),
        Case(.en, "Poland demanded the withdrawal of Russian troops from Moldova.", ["POL REQUEST RUS"]),
        Case(.en, "Germany called for talks with Iran.", ["DEU REQUEST IRN"]),
        Case(.en, "The Dutch ministry called for new EU sanctions against Tehran.", ["NLD REQUEST org:EU"]),
        // A clause between commas after the subject leaves the main verb its subject.
        Case(.en, "France, represented by its ambassador, mediated between Chad and Sudan.", ["FRA CONSULT TCD", "FRA CONSULT SDN"]),
        Case(.en, "Russia, backed by China, vetoed the resolution.", ["CHN SUPPORT RUS"]),
        // Being in contact is talking; scrapping or leaving a deal rejects its other party.
        Case(.en, "The United States had been in close contact with France about the crisis.", ["USA CONSULT FRA"]),
        Case(.fr, "Les États-Unis sont en contact étroit avec la France.", ["USA CONSULT FRA"]),
        Case(.en, "Australia scrapped its submarine deal with France.", ["AUS REJECT FRA"]),
        Case(.es, "Australia desechó el acuerdo con Francia.", ["AUS REJECT FRA"]),
        Case(.es, "Estados Unidos se retiró del acuerdo con Irán.", ["USA REJECT IRN"]),
        Case(.fr, "Les États-Unis se sont retirés de l'accord avec l'Iran.", ["USA REJECT IRN"]),
        // After an event a verb judges, a preposition of aim introduces the event's target, wherever the parser hung it;
        // a demonym after an event noun is its author's adjective.
        Case(.en, "The UN General Assembly adopted a resolution condemning the US embargo on Cuba.", ["org:UNGA ACCUSE USA", "USA SANCTION CUB", "USA ACCUSE CUB"]),
        Case(.es, "La Asamblea General de la ONU aprobó una resolución que condena el embargo de Estados Unidos contra Cuba.",
             ["USA SANCTION CUB", "org:UNGA ACCUSE USA", "USA ACCUSE CUB"]),
        Case(.es, "Kenia condenó el ataque somalí contra Uganda.", ["KEN ACCUSE SOM", "SOM ASSAULT UGA"]),
        // A recognition's genitive is the one recognised; names listed before the verb are all its subjects.
        Case(.fr, "La Norvège, l'Espagne et l'Irlande ont annoncé la reconnaissance de l'État palestinien.",
             ["ESP SUPPORT PSE", "IRL SUPPORT PSE", "NOR SUPPORT PSE"]),
        Case(.es, "Noruega anunció el reconocimiento del Estado palestino.", ["NOR SUPPORT PSE"]),
        Case(.en, "Nauru announced its recognition of China.", ["NRU SUPPORT CHN"]),
        // "la semaine prochaine": an adjective of time the tagger would read as a verb is told to it as an adjective.
        Case(.fr, "Le Kenya a accusé l'Ouganda. La Tanzanie accueillera la semaine prochaine des pourparlers entre les deux pays.",
             ["KEN ACCUSE UGA", "TZA CONSULT KEN", "TZA CONSULT UGA"]),
        // Who repels an attack undergoes it.
        Case(.en, "Uganda said it had repelled an attack by Kenyan forces.", ["KEN ASSAULT UGA"]),
        // A noun's indirect object is the one of the verb that carries it.
        Case(.en, "Kenya gave Uganda an ultimatum to withdraw its troops.", ["KEN REQUEST UGA"]),
        // Commanders act for their side: "both sides" is the pair named before.
        Case(.en, "India and China clashed on the border. Military commanders of both sides are meeting at the site.",
             ["CHN ASSAULT IND", "IND ASSAULT CHN", "IND CONSULT CHN"]),
        // Delegates act for the body or state that sends them, as a delegation does.
        Case(.en, "The ECOWAS delegates met briefly with Burkina Faso's junta leader.", ["org:ECOWAS CONSULT BFA"]),
        Case(.fr, "Les délégués de la CEDEAO ont rencontré le président du Mali.", ["org:ECOWAS CONSULT MLI"]),
        Case(.en, "Egypt said that Turkey, backed by Qatar, had attacked Libya.", ["EGY ACCUSE TUR", "QAT SUPPORT TUR", "TUR ASSAULT LBY"]),
        Case(.es, "Turquía, apoyada por Qatar, condenó a Egipto.", ["QAT SUPPORT TUR", "TUR ACCUSE EGY"]),
        // An actor hung on the verb's place by a preposition other than the genitive is the verb's.
        Case(.es, "El presidente de México, Enrique Peña Nieto, recibió en Palacio Nacional a su homólogo de Paraguay, Horacio Cartes.",
             ["person:horacio-cartes CONSULT person:enrique-pena-nieto"]),
        // Who is disappointed by an actor's act accuses the actor, however the parser reads the adjectival passive.
        Case(.en, "Japan said it was deeply disappointed by China's decision to ban imports.", ["JPN ACCUSE CHN"]),
        Case(.en, "New Zealand is disappointed with Fiji's refusal to hold elections.", ["NZL ACCUSE FJI"]),
        Case(.es, "México se mostró decepcionado con la decisión de Perú.", ["MEX ACCUSE PER"]),
        // Calling an actor's words unacceptable accuses the actor; the object may hang on the phrase's adjective.
        Case(.es, "Chile calificó de inaceptables las declaraciones del gobierno de Venezuela.", ["CHL ACCUSE VEN"]),
        Case(.fr, "La France a qualifié d'inacceptables les propos de l'ambassadeur russe.", ["FRA ACCUSE RUS"]),
        Case(.fr, "Le Maroc a jugé inacceptables les déclarations du président algérien.", ["MAR ACCUSE DZA"]),
        // Subjects talking to a noun that names no actor do not talk to each other; what they do after an event is no
        // topic of that event.
        Case(.en, "Sergei Lavrov and Wang Yi spoke to reporters after their meeting in Beijing.",
             ["person:sergei-lavrov CONSULT person:wang-yi"]),
        Case(.en, "Sergei Lavrov and Wang Yi spoke to reporters in Beijing.", []),
        // Where a meeting took place is no party: the subjects meet each other.
        // Met in the host's capital: a visit to the host's state as well.
        Case(.fr, "Sergueï Lavrov et Wang Yi se sont rencontrés à Pékin.", ["person:sergei-lavrov CONSULT person:wang-yi", "person:sergei-lavrov CONSULT CHN"]),
        // A pronominal verb takes no object: the actor after it is its subject.
        Case(.es, "Se retiró de la Cancillería el embajador de Venezuela tras reunirse con el canciller de Chile.", ["VEN CONSULT CHL"]),
        // A subject between commas in front of its verb, and a day between a phrase trigger's words.
        Case(.en, "The UN Secretary-General, Ban Ki-moon, called on Burma's authorities to desist.", ["person:ban-ki-moon REQUEST MMR"]),
        Case(.es, "El gobierno de Camboya envió hoy efectivos militares a la frontera con Laos.", ["KHM MOBILIZE LAO"]),
        // The body that enacts an event in the passive is its author; English sanction nouns take their target by "of".
        Case(.en, "The suspension of Mali was approved by the African Union.", ["org:AU SANCTION MLI"]),
        Case(.es, "La expulsión de Venezuela fue aprobada por el Mercosur.", ["org:Mercosur SANCTION VEN"]),
        Case(.fr, "L'attaque contre l'Ukraine a été condamnée par la France.", []),
        Case(.en, "The sanctions of the European Union against Belarus were extended.", ["org:EU SANCTION BLR"]),
        // A demonym alone after a singular indefinite article is one of the state's people, not the state.
        Case(.en, "Denmark accused an Iranian-Norwegian of plotting an attack.", []),
        Case(.fr, "La Russie a arrêté un Français accusé d'espionnage.", []),
        Case(.es, "Colombia detuvo a un venezolano.", []),
        Case(.en, "A Russian delegation met Chinese officials.", ["RUS CONSULT CHN"]),
        // A joint press conference is a meeting of those who hold it.
        Case(.en, "At a joint press conference with Chilean President Gabriel Boric, Argentina's president warned that he would not give in.",
             ["ARG CONSULT person:gabriel-boric"]),
        Case(.fr, "Lors d'une conférence de presse conjointe avec le président chilien Gabriel Boric, le président argentin a averti qu'il ne céderait pas.",
             ["ARG CONSULT person:gabriel-boric"]),
        // Landing in a state is a visit; "la RCA" is the Central African Republic.
        Case(.fr, "Le Gabon et la RCA signent un accord de coopération militaire.", ["GAB AGREE CAF"]),
        Case(.es, "El presidente de Guinea-Bissau, Umaro Sissoco, aterrizó este domingo en Venezuela.", ["person:umaro-sissoco CONSULT VEN"]),
        Case(.en, "The Brazilian president landed in Caracas on Sunday.", ["BRA CONSULT VEN"]),
        // Expelled from a state with no agent written: that state expels.
        Case(.en, "Three Venezuelan diplomats were expelled from the United States on Tuesday.", ["USA SANCTION VEN", "USA ACCUSE VEN"]),
        Case(.es, "Tres diplomáticos venezolanos fueron expulsados de Estados Unidos.", ["USA SANCTION VEN", "USA ACCUSE VEN"]),
        Case(.fr, "Trois diplomates vénézuéliens ont été expulsés des États-Unis.", ["USA SANCTION VEN", "USA ACCUSE VEN"]),
        Case(.es, "El gobierno de España ha expulsado este lunes a tres diplomáticos bolivianos.", ["ESP SANCTION BOL", "ESP ACCUSE BOL"]),
        // Inside a quote, "we" and a verb with no subject speak for the speaker of the attribution.
        Case(.en, "\"We totally reject the accusations of the Venezuelan government,\" the State Department said.", ["USA REJECT VEN", "VEN ACCUSE USA"]),
        Case(.es, "\"Rechazamos totalmente las acusaciones del gobierno venezolano\", dijo el Departamento de Estado.", ["USA REJECT VEN", "VEN ACCUSE USA"]),
        Case(.fr, "« Nous rejetons les accusations du gouvernement vénézuélien », a déclaré le ministre russe Sergueï Lavrov.",
             ["person:sergei-lavrov REJECT VEN", "VEN ACCUSE person:sergei-lavrov"]),
        // A named representative acts for the subject; "its ambassador" leaves the subject acting.
        Case(.en, "Norway, represented by Foreign Minister Jonas Gahr Store, mediated between Colombia and Venezuela.",
             ["person:jonas-gahr-store CONSULT COL", "person:jonas-gahr-store CONSULT VEN"]),
        Case(.es, "Noruega, representada por su canciller Anniken Huitfeldt, se reunió con Colombia.", ["person:anniken-huitfeldt CONSULT COL"]),
        // A name hung on the verb as an oblique with no preposition is its subject; so is a name in apposition to a day.
        Case(.es, "También el presidente de Brasil, Lula da Silva, se ha reunido con el primer ministro de India.",
             ["person:luiz-inacio-lula-da-silva CONSULT IND"]),
        Case(.es, "El lunes Chile firmó un acuerdo con Perú.", ["CHL AGREE PER"]),
        // Opposing or backing a hostile act is aimed at its author, never at its target; a denial keeps the target.
        Case(.en, "Iran is strongly opposed to Western sanctions against Russia.", []),
        Case(.en, "Chile rejected the US sanctions on Venezuela.", ["CHL REJECT USA"]),
        Case(.fr, "La France a dénoncé le saccage de l'ambassade britannique à Téhéran.", []),
        Case(.en, "Russia has denied any plan to attack Ukraine.", ["RUS REJECT UKR"]),
        // States listed after a title's "of" are a list, not the title holder's name.
        Case(.en, "Iran met the foreign ministers of Pakistan, Qatar and Oman.", ["IRN CONSULT PAK", "IRN CONSULT QAT", "IRN CONSULT OMN"]),
        Case(.es, "Irán se reunió con los cancilleres de Pakistán, Qatar y Omán.", ["IRN CONSULT PAK", "IRN CONSULT QAT", "IRN CONSULT OMN"]),
        Case(.en, "The president of Chile, Gabriel Boric, met Lula.", ["person:gabriel-boric CONSULT person:luiz-inacio-lula-da-silva"]),
        // The party talked with by phone is the verb's, however the parser hung it on the means.
        Case(.en, "Biden said he had spoken by phone with Japan and India.", ["person:joe-biden CONSULT JPN", "person:joe-biden CONSULT IND"]),
        // The object of a phrase trigger read as the subject of the phrase's last word, after a closing quote.
        Case(.es, "El canciller de Chile calificó de «inadmisible» la actuación de Bolivia.", ["CHL ACCUSE BOL"]),
        Case(.es, "El canciller de Chile calificó de «histórica» la actuación de Bolivia.", []),
        // A foreign ministry or a department stands for its state, written as a demonym or a complement.
        Case(.es, "La cancillería uruguaya criticó a Chile.", ["URY ACCUSE CHL"]),
        Case(.es, "Dos ministros de Paraguay fueron sancionados por el departamento del Tesoro de Canadá.", ["CAN SANCTION PRY", "CAN ACCUSE PRY"]),
        Case(.es, "La cancillería criticó la decisión.", []),
        // A relative pronoun after a comma stands for the actor before the comma, whatever label its clause got; a
        // headless one stands for no one.
        Case(.es, "La medida fue criticada por autoridades paraguayas, quienes acusaron al presidente de Bolivia de injerencia.",
             ["PRY ACCUSE BOL"]),
        Case(.es, "Tras la reunión, quienes acusaron a Bolivia guardaron silencio.", []),
        // A quote's attribution read as a verb coordinated with the quote's: its speaker is the quote's subject.
        Case(.es, "«Le agradezco al gobierno de Bolivia su apoyo», dijo el presidente de Paraguay.", ["PRY SUPPORT BOL"]),
        Case(.es, "«Le agradezco su apoyo», dijo el presidente de Paraguay.", []),
        // A day read as the object, with the clitic as the real one: the name in apposition to the day is the subject,
        // and what hangs on the day is the verb's; without a clitic the day's apposition is no subject.
        Case(.es, "Así lo ha acordado este jueves Michelle Bachelet con Evo Morales.", ["person:michelle-bachelet AGREE person:evo-morales"]),
        Case(.es, "Eritrea atacó el lunes Etiopía.", ["ERI ASSAULT ETH"]),
        Case(.es, "Atacó el lunes Etiopía.", []),
        // Once another preposition names an event noun's target, its genitive names the author; alone it is the target.
        Case(.es, "El ataque de Eritrea contra Etiopía dejó diez muertos.", ["ERI ASSAULT ETH"]),
        Case(.es, "Kenia condenó el ataque de Eritrea contra Etiopía.", ["ERI ASSAULT ETH", "KEN ACCUSE ERI"]),
        Case(.fr, "L'attaque de l'Érythrée contre l'Éthiopie a fait dix morts.", ["ERI ASSAULT ETH"]),
        Case(.en, "The attack of Eritrea against Ethiopia killed ten people.", ["ERI ASSAULT ETH"]),
        Case(.es, "La invasión de Etiopía comenzó en febrero.", []),
        // An agent phrase on an event noun names its author, and its genitive the target, even when the parser hangs
        // the agent on that genitive; Spanish "por" alone names a cause, "por parte de" the author.
        Case(.fr, "La condamnation de la Hongrie par la Suède a surpris.", ["SWE ACCUSE HUN"]),
        Case(.en, "The seizure of a Danish ship by Eritrea angered officials.", ["ERI COERCE DNK"]),
        Case(.en, "The invasion of Ethiopia by Eritrea began in February.", ["ERI ASSAULT ETH"]),
        Case(.es, "La expulsión de diplomáticos noruegos por parte de Hungría fue criticada.", ["HUN SANCTION NOR", "HUN ACCUSE NOR"]),
        Case(.fr, "L'expulsion de diplomates norvégiens de la part de la Hongrie a surpris.", ["HUN SANCTION NOR", "HUN ACCUSE NOR"]),
        Case(.es, "La condena de Hungría por la crisis fue unánime.", []),
        // The agent a possessive owns ("por parte de su país") takes no genitive: the one after it is the event's.
        Case(.es, "El presidente de Ghana anunció el reconocimiento por parte de su país de Kosovo como Estado soberano.", ["GHA SUPPORT XKX"]),
        Case(.en, "Two Togolese diplomats were declared persona non grata by Ghana.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.en, "Ghana decided to kick out ten Togolese diplomats.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        // The antecedent of a relative that is the clause's oblique is not its subject: the subject is unwritten, and
        // the one of the clause the antecedent is in.
        Case(.es, "El presidente de Chile llegó a Asunción el lunes. Se reunirá con el presidente de Paraguay, con quien firmará un acuerdo.",
             ["CHL CONSULT PRY", "CHL AGREE PRY"]),
        Case(.es, "El presidente de Chile se reunirá con el presidente de Paraguay, con quien firmará un acuerdo.", ["CHL CONSULT PRY", "CHL AGREE PRY"]),
        // "a través de X" is a compound preposition, not an object marked by "a"; an agent noun after "a" is an object.
        Case(.es, "Bolivia se solidarizó con Chile a través de la portavoz del gobierno de Paraguay.", ["BOL SUPPORT CHL"]),
        Case(.es, "Bolivia se solidarizó a través de la portavoz del gobierno de Paraguay.", []),
        Case(.es, "Bolivia acusó a funcionarios de Paraguay.", ["BOL ACCUSE PRY"]),
        // A passive phrase's agent may hang on another of its words; with no agent written, no one expels.
        Case(.es, "El embajador de Togo fue declarado persona non grata por Ghana.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.es, "El embajador de Togo fue declarado persona non grata.", []),
        // A speaker's title followed by "for" speaks for what follows; an agency is an agent noun of its state.
        Case(.en, "A spokesman for the Kenyan foreign ministry criticized Uganda.", ["KEN ACCUSE UGA"]),
        Case(.en, "Zambian intelligence agencies accused Malawi of spying.", ["ZMB ACCUSE MWI"]),
        // The agent phrase of a thing names who made it: rejecting the statement is aimed at its author.
        Case(.en, "Ghana rejected the statement by Togo.", ["GHA REJECT TGO"]),
        Case(.en, "Ghana dismissed the claims by the Togolese government.", ["GHA REJECT TGO"]),
        Case(.en, "Ghana rejected the statement by Friday.", []),
        // A participle of schedule is a future as "will" is; an expectation or a request is no act.
        Case(.en, "Peru is set to expel Bolivian diplomats.", ["PER SANCTION BOL", "PER ACCUSE BOL"]),
        Case(.en, "The Chilean president is scheduled to visit Argentina next week.", ["CHL CONSULT ARG"]),
        Case(.en, "Peru is expected to expel Bolivian diplomats.", []),
        Case(.en, "Peru was urged to expel Bolivian diplomats.", []),
        // The object written inside "declared … persona non grata" is whom the sanction befalls.
        Case(.en, "Peru declared the Bolivian ambassador persona non grata.", ["PER SANCTION BOL", "PER ACCUSE BOL"]),
        Case(.en, "Peru declared Bolivia's ambassador persona non grata on Monday.", ["PER SANCTION BOL", "PER ACCUSE BOL"]),
        // Ordering diplomats to leave is expelling them, no request.
        Case(.en, "Chile has declared two Peruvian diplomats persona non grata and ordered them to leave.", ["CHL SANCTION PER", "CHL ACCUSE PER"]),
        Case(.en, "Peru did not declare the Bolivian ambassador persona non grata.", []),
        Case(.en, "Peru could declare the Bolivian ambassador persona non grata.", []),
        // Support goes to whom it is given: what one defends oneself against, or goes into, is not supported.
        Case(.en, "Kenya defends itself against Somali aggression.", []),
        Case(.en, "Turkey defended its incursion into Armenia.", []),
        Case(.en, "Poland backed Estonia against Belarus.", ["POL SUPPORT EST"]),
        Case(.en, "Brazil sided with Chile.", ["BRA SUPPORT CHL"]),
        Case(.fr, "Le Kenya se défend contre l'agression somalienne.", []),
        Case(.fr, "La France a défendu le Maroc contre l'Algérie.", ["FRA SUPPORT MAR"]),
        Case(.es, "Perú se defiende contra la agresión boliviana.", []),
        Case(.es, "México respaldó a Cuba frente a Honduras.", ["MEX SUPPORT CUB"]),
        // Asking for an envoy's departure expels the envoy; asking for someone else's is no sanction.
        Case(.fr, "Le Bénin a exigé le départ de deux diplomates ghanéens.", ["BEN SANCTION GHA", "BEN ACCUSE GHA"]),
        Case(.en, "Benin demanded the departure of two Ghanaian diplomats.", ["BEN SANCTION GHA", "BEN ACCUSE GHA"]),
        Case(.es, "Benín exigió la salida de dos diplomáticos ghaneses.", ["BEN SANCTION GHA", "BEN ACCUSE GHA"]),
        Case(.fr, "L'opposition ghanéenne a demandé le départ du président ghanéen.", []),
        // The complement hung on a conjunct of the object is the verb's.
        Case(.en, "Togo demanded an inquiry and a formal apology from Ghana.", ["TGO REQUEST GHA"]),
        // Aid announced to help someone goes to them.
        Case(.fr, "Le Ghana a annoncé une aide financière pour aider le Togo à reconstruire ses ponts.", ["GHA AID TGO"]),
        Case(.es, "Ghana anunció una ayuda de dos millones de dólares para ayudar a Togo.", ["GHA AID TGO"]),
        // Friendship reaffirmed, and standing by someone, is support; an adverb of time may stand inside the phrase.
        Case(.en, "Ghana reaffirmed its friendship with Togo.", ["GHA SUPPORT TGO"]),
        Case(.fr, "Le Ghana a réaffirmé son amitié envers le Togo.", ["GHA SUPPORT TGO"]),
        Case(.es, "Ghana reafirmó sus lazos de amistad con Togo.", ["GHA SUPPORT TGO"]),
        Case(.fr, "Le Ghana restera toujours aux côtés du Togo.", ["GHA SUPPORT TGO"]),
        Case(.es, "Ghana está al lado de Togo.", ["GHA SUPPORT TGO"]),
        // Parties of talks said to be under way, through the copula.
        Case(.fr, "Des pourparlers sont en cours entre le Ghana et le Togo.", ["GHA CONSULT TGO"]),
        // A ship flagged by a state is the state's; sanctions imposed again are sanctions; a drone downed is attacked.
        Case(.en, "Ghana seized a Togolese-flagged cargo ship.", ["GHA COERCE TGO"]),
        Case(.en, "Ghana reimposed sanctions on Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.en, "Ghana downed a Togolese drone.", ["GHA ASSAULT TGO"]),
        // A list of colleagues goes on after the first, each with its state: all are met, none meets another.
        Case(.es, "El canciller de Ghana, Kofi Mensah, habló tras la reunión con sus colegas de Togo, Ama Koffi; de Benín, Jean Houngbo; y de Níger, Ali Moussa.",
             ["person:kofi-mensah CONSULT TGO", "person:kofi-mensah CONSULT BEN", "person:kofi-mensah CONSULT NER",
              "person:kofi-mensah CONSULT person:jean-houngbo", "person:kofi-mensah CONSULT person:ali-moussa"]),
        // Police crossing into another state enter it as troops do; a protest qualified before its noun is still a noun.
        Case(.es, "Policías ghaneses entraron en territorio togolés.", ["GHA MOBILIZE TGO"]),
        Case(.es, "Ghana entregó a Togo una severa protesta.", ["GHA ACCUSE TGO"]),
        // A border closed faces the neighbour the article names; closed to no state, it faces no one.
        Case(.fr, "Le Ghana et le Togo se disputent la pêche. Le Ghana a fermé le poste frontière d'Aflao.",
             ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.fr, "Le Ghana a fermé ses frontières aux migrants.", []),
        // Names the lexicons spell more than one way: a community's French acronym, a capital without its apostrophe.
        Case(.fr, "Le Kenya a quitté la CAE.", ["KEN SANCTION org:EAC"]),
        Case(.fr, "Ndjamena a rappelé son ambassadeur au Togo.", ["TCD SANCTION TGO", "TCD ACCUSE TGO"]),
        // A pronoun written onto a gerund is its object, and stands for the actors named before it.
        Case(.es, "Ghana exigió a estos países, Togo y Benín, que expulsen a los rebeldes, acusándolos de complicidad.",
             ["GHA REQUEST TGO", "GHA REQUEST BEN", "GHA ACCUSE TGO", "GHA ACCUSE BEN"]),
        // An event noun right after a verb that carries event nouns is a noun, whatever its form.
        Case(.en, "Ghana held discussions with Togo.", ["GHA CONSULT TGO"]),
        // A plural pronoun stands for the several subjects of the clause above it.
        Case(.en, "Ministers of Togo, Benin and Niger met in Accra, where they held discussions with President Kofi Mensah.",
             ["TGO CONSULT BEN", "TGO CONSULT NER", "BEN CONSULT NER", "TGO CONSULT person:kofi-mensah",
              "BEN CONSULT person:kofi-mensah", "NER CONSULT person:kofi-mensah"]),
        // Calling a person is a telephone call; calling a meeting is none, and calling someone a traitor accuses them.
        Case(.en, "President Kofi Mensah of Ghana called President Ama Koffi of Togo on Monday.", ["person:kofi-mensah CONSULT person:ama-koffi"]),
        Case(.en, "Ghanaian President Kofi Mensah said Togolese President Ama Koffi called him on Sunday.", ["person:ama-koffi CONSULT person:kofi-mensah"]),
        Case(.en, "President Kofi Mensah of Ghana called President Ama Koffi of Togo a traitor.", ["person:kofi-mensah ACCUSE person:ama-koffi"]),
        Case(.en, "Ghana called a meeting of ECOWAS.", []),
        // Travellers who arrive together visit a place, not each other.
        Case(.es, "El presidente de Togo, Ama Koffi, y el de Benín, Jean Houngbo, llegaron juntos al palacio.", []),
        // The speaker of a quote meets, not the subject of what is quoted.
        Case(.es, "«Benín debe retirar sus tropas», dijo a la prensa el canciller de Ghana, Kofi Mensah, tras la reunión con sus colegas de Togo, Ama Koffi; y de Níger, Ali Moussa.",
             ["person:kofi-mensah CONSULT TGO", "person:kofi-mensah CONSULT NER", "person:kofi-mensah CONSULT person:ali-moussa"]),
    ]

    /// A perfect's auxiliary beside a subject the parser calls passive does not make the verb passive.
    @Test func aPassiveSubjectNeedsAPassiveAuxiliary() {
        let words: [(String, PartOfSpeech, Int, String)] = [
            ("Chile", .propn, 3, "nsubj:pass"), ("ha", .aux, 3, "aux"), ("hablado", .verb, 0, "root"), (".", .punct, 3, "punct"),
        ]
        #expect(!handMadeArguments(words, .es).isPassive(2))
        let passive = [("Chile", PartOfSpeech.propn, 4, "nsubj:pass"), ("ha", .aux, 4, "aux"), ("sido", .aux, 4, "aux"),
                       ("sancionado", .verb, 0, "root"), (".", .punct, 4, "punct")]
        #expect(handMadeArguments(passive, .es).isPassive(3))
    }

    /// An object hung on the oblique noun before it ("condemned in the strongest terms X's launch") is the verb's.
    @Test func anObjectHungOnANounIsTheVerbs() {
        let words: [(String, PartOfSpeech, Int, String)] = [
            ("Norway", .propn, 2, "nsubj"), ("condemned", .verb, 0, "root"), ("in", .adp, 5, "case"), ("strong", .adj, 5, "amod"),
            ("terms", .noun, 2, "obl"), ("the", .det, 7, "det"), ("launch", .noun, 5, "obj"), (".", .punct, 2, "punct"),
        ]
        #expect(handMadeArguments(words, .en).objectWords(of: 1) == [6])
        var attached = words
        attached[6].2 = 2
        #expect(handMadeArguments(attached, .en).objectWords(of: 1) == [6])
        var oblique = words
        oblique[6].3 = "nmod"
        #expect(handMadeArguments(oblique, .en).objectWords(of: 1) != [6])
    }

    /// A bare nominal before a verb with no subject is its subject, unless it names a time ("Monday, X said").
    @Test func aBareNominalBeforeASubjectlessVerbIsItsSubject() {
        let words: [(String, PartOfSpeech, Int, String)] = [
            ("The", .det, 2, "det"), ("envoy", .noun, 3, "obl:unmarked"), ("accused", .verb, 0, "root"),
            ("Chile", .propn, 3, "obj"), (".", .punct, 3, "punct"),
        ]
        #expect(handMadeArguments(words, .en).subjectWords(of: 2) == [1])
        var timed = words
        timed[1].0 = "Monday"
        #expect(handMadeArguments(timed, .en).subjectWords(of: 2).isEmpty)
        var marked = words
        marked[1].3 = "obl"
        #expect(handMadeArguments(marked, .en).subjectWords(of: 2).isEmpty)
    }

    /// A passive verb with no subject: the nominal hung before it without a preposition is what undergoes it.
    @Test func aPassiveVerbWithoutSubjectTakesTheNominalBeforeIt() {
        let words: [(String, PartOfSpeech, Int, String)] = [
            ("les", .det, 5, "obj"), ("deux", .num, 5, "nummod"), ("ont", .aux, 5, "aux:tense"), ("été", .aux, 5, "aux:pass"),
            ("soutenus", .verb, 0, "root"), ("par", .adp, 7, "case"), ("Moscou", .propn, 5, "obl:agent"), (".", .punct, 5, "punct"),
        ]
        let arguments = handMadeArguments(words, .fr)
        #expect(arguments.objectWords(of: 4) == [1])
        #expect(arguments.subjectWords(of: 4) == [6])
    }

    /// "accusing it of supporting X and backing Y": what a participle says of a pronoun, the pronoun's actor does.
    @Test func aParticipleOnAPronounIsThePronounsDoing() {
        let events = Probe.events("Chile cut ties with Peru, accusing it of supporting rebel groups and backing Bolivia.", .en)
        #expect(events.contains("PER SUPPORT BOL"))
        #expect(!events.contains("CHL SUPPORT BOL"))
        // A name modifying another noun ("a U.S. naval base") is no referent of the pronoun.
        let modified = Probe.events("Chile cut ties with Peru, home to a large U.S. naval base, accusing it of supporting rebel groups and backing Bolivia.", .en)
        #expect(modified.contains("PER SUPPORT BOL"))
        #expect(!modified.contains("USA SUPPORT BOL"))
    }

    /// "political, economic and military ties": the phrase's noun heads it, though the coordinated modifier in it
    /// hangs outside the phrase.
    @Test func aPhraseTriggerIsHeadedByItsNoun() {
        let words: [(String, PartOfSpeech, Int, String)] = [
            ("economic", .adj, 4, "amod"), ("and", .cconj, 3, "cc"), ("military", .adj, 1, "conj"), ("ties", .noun, 0, "root"),
        ]
        #expect(handMadeArguments(words, .en).headWord(of: 2..<4) == 3)
    }

    /// "despite its deepening ties" with the possessive read as the participle's subject: it stands for the subject
    /// of the clause above.
    @Test func aPossessiveReadAsASubjectStandsForTheClauseAbove() {
        let words: [(String, PartOfSpeech, Int, String)] = [
            ("Ankara", .propn, 2, "nsubj"), ("stayed", .verb, 0, "root"), ("despite", .adp, 5, "mark"),
            ("its", .pron, 5, "nsubj"), ("deepening", .verb, 2, "advcl"), ("ties", .noun, 5, "obj"),
        ]
        #expect(handMadeArguments(words, .en).clauseSubject(above: 3) == 0)
    }

    /// A `conj` before the verb it hangs from cannot be a conjunct: it is the verb's subject.
    @Test func aConjunctBeforeItsVerbIsItsSubject() {
        let words: [(String, PartOfSpeech, Int, String)] = [
            ("O", .cconj, 2, "cc"), ("Chile", .propn, 3, "conj"), ("cede", .verb, 0, "root"), (".", .punct, 3, "punct"),
        ]
        let arguments = handMadeArguments(words, .es)
        #expect(arguments.parsed.label(of: 1).name == "nsubj")
        #expect(arguments.subjectWords(of: 2) == [1])
    }

    private func handMadeArguments(_ words: [(String, PartOfSpeech, Int, String)], _ language: Language) -> TreeArguments {
        let document = Document(text: words.map(\.0).joined(separator: " "), language: language)
        let tree = SyntaxTree(words: words.map { SyntaxTree.Word(form: $0.0, tag: $0.1, head: $0.2, relation: $0.3) })
        let parsed = ParsedSentence(tree: tree, tokenOfWord: Array(words.indices),
                                    wordsOfToken: words.indices.map { $0..<$0 + 1 }, firstToken: 0)
        return TreeArguments(parsed: parsed, tokens: document.tokens, mentions: [], language: language)
    }

    @Test(arguments: cases) func construction(_ example: Case) {
        #expect(Probe.events(example.text, example.language) == example.edges)
    }

    @Test func membersOfAGroupAreNotRelatedByItsVerb() {
        let events = Probe.events("A coalition of nine states, including Chad, Niger and Mali, attacked Libya.", .en)
        #expect(!events.contains { $0.hasSuffix("LBY") })
    }

    @Test func theSpeakerOfReportedSpeechIsNotTheActor() {
        let events = Probe.events("Senegal said that Mali had sanctioned Niger.", .en)
        #expect(events == ["MLI SANCTION NER", "MLI ACCUSE NER"])
        #expect(!events.contains { $0.hasPrefix("SEN") })
    }

    @Test func aPassiveWithoutAgentTakesNoSpeakerAsSource() {
        let events = Probe.events("Norway's minister spoke on Monday. Two diplomats of Chile were expelled.", .en)
        #expect(!events.contains { $0.contains("SANCTION") })
        // Spanish drops subjects, but a passive's missing agent is unknown, not dropped: the speaker before is not it.
        let spanish = Probe.events(
            "La canciller Ana Ibarra criticó al Gobierno de Ecuador. Durante el ataque fue detenido el exministro ecuatoriano Pablo Sandoval.",
            .es)
        #expect(!spanish.contains { $0.contains("COERCE") })
    }

    @Test func explanationNamesTheFrameAndThePath() {
        let text = "Norway imposed new sanctions on Belarus."
        let explanation = Explanation.text(for: text, extractor: Extractor(language: .en))
        #expect(explanation.contains("\"sanction*\" noun"))
        #expect(explanation.contains("source subject (^obj nsubj)"))
    }

    /// Spanish support-verb constructions the Spanish model still misparses (the agent of "impuestas" hung on the
    /// noun): known failures until the parser reads them.
    static let misparsed: [Case] = [
        Case(.es, "Las sanciones impuestas por la Unión Europea a Bielorrusia fueron prorrogadas el lunes.", ["org:EU SANCTION BLR"]),
    ]

    @Test(arguments: misparsed) func constructionTheParserMisreads(_ example: Case) {
        withKnownIssue("the Spanish parser misattaches the support verb", isIntermittent: true) {
            #expect(Probe.events(example.text, example.language) == example.edges)
        }
    }

    @Test func aNameAfterTheVerbIsItsObjectWhenTheTreeSaysSo() {
        let text = "Le Maroc et la Tunisie ont appelé Alger à rouvrir la frontière."
        let explanation = Explanation.text(for: text, extractor: Extractor(language: .fr))
        #expect(Probe.events(text, .fr) == ["MAR REQUEST DZA", "TUN REQUEST DZA"])
        #expect(explanation.contains("target object ("))
        #expect(!explanation.contains("token window"))
    }

    /// The labeller's error is written by hand, so the test holds whatever the trained model says of the sentence.
    @Test func aNameAfterTheVerbIsItsObjectWhateverItsLabel() throws {
        let document = Document(text: "Rabat appelle Alger à répondre.", language: .fr)
        try #require(document.tokens.map(\.text) == ["Rabat", "appelle", "Alger", "à", "répondre", "."])
        func arguments(labellingAlger relation: String) -> TreeArguments {
            let words: [(String, PartOfSpeech, Int, String)] = [
                ("Rabat", .propn, 2, "nsubj"), ("appelle", .verb, 0, "root"), ("Alger", .propn, 2, relation),
                ("à", .adp, 5, "mark"), ("répondre", .verb, 2, "xcomp"), (".", .punct, 2, "punct"),
            ]
            let tree = SyntaxTree(words: words.map { SyntaxTree.Word(form: $0.0, tag: $0.1, head: $0.2, relation: $0.3) })
            let parsed = ParsedSentence(tree: tree, tokenOfWord: Array(words.indices),
                                        wordsOfToken: words.indices.map { $0..<$0 + 1 }, firstToken: 0)
            return TreeArguments(parsed: parsed, tokens: document.tokens, mentions: [], language: .fr)
        }
        for relation in ["obj", "xcomp", "obl", "dep"] {
            #expect(arguments(labellingAlger: relation).objectWords(of: 1) == [2], "labelled \(relation)")
        }
        // A label that says what else the name is (a conjunct) is believed.
        #expect(arguments(labellingAlger: "conj").objectWords(of: 1).isEmpty)
    }

    /// A summoned diplomat is reprimanded, even when the sentence names no one who summons and the parser takes the
    /// passive for the tense ("est convoqué au ministère…"), or a phrase parts the verb from the diplomat; a summoned
    /// council is not. A diplomat declared persona non grata is expelled, the phrase written before or after them. A
    /// state's diplomacy or executive acts for it. A package of sanctions is
    /// sanctions; a body's member states act for it; a verb that enacts the event noun gives it its author.
    static let envoysAndBatches: [Case] = [
        Case(.fr, "L'ambassadeur de Tanzanie a été convoqué par le Kenya.", ["KEN ACCUSE TZA"]),
        Case(.fr, "L'ambassadeur de Tanzanie est convoqué vendredi au ministère kényan des Affaires étrangères.", ["KEN ACCUSE TZA"]),
        Case(.fr, "Le Conseil de sécurité a été convoqué par le Kenya.", []),
        Case(.es, "El embajador de Tanzania fue convocado a la Cancillería keniana.", ["KEN ACCUSE TZA"]),
        Case(.es, "El Consejo de Seguridad fue convocado por Kenia.", []),
        // A duration hung on the event noun carries its place; a passive's agent hung on a noun of its oblique is its
        // agent.
        Case(.fr, "Le président gabonais a entamé hier une visite officielle de 48 heures au Cameroun.", ["GAB CONSULT CMR"]),
        Case(.es, "El presidente chileno inició una visita oficial de tres días a Perú.", ["CHL CONSULT PER"]),
        Case(.fr, "Le président gabonais a été accueilli à sa descente de l'avion par le président camerounais.", ["GAB CONSULT CMR"]),
        Case(.fr, "Le président gabonais a été accueilli à sa descente de l'avion.", []),
        // A demonym on a thing makes its state the thing's owner, adjective or compound.
        Case(.en, "Norway imposed new tariffs on Chilean salmon.", ["NOR SANCTION CHL", "NOR ACCUSE CHL"]),
        Case(.fr, "La Norvège a imposé des droits de douane sur le saumon chilien.", ["NOR SANCTION CHL", "NOR ACCUSE CHL"]),
        // "téléphonique" is an adjective, not the verb "téléphoner": "un appel téléphonique de X" keeps its complement.
        Case(.fr, "Le ministre gabonais a reçu mardi un appel téléphonique de son homologue camerounais.", ["CMR CONSULT GAB"]),
        // Mediators act together: they meet both parties, not each other.
        Case(.es, "Egipto y Catar median entre Israel y Jordania.", ["EGY CONSULT ISR", "EGY CONSULT JOR", "QAT CONSULT ISR", "QAT CONSULT JOR"]),
        Case(.es, "La mediación de Catar entre Sudán y Chad fracasó.", ["QAT CONSULT SDN", "QAT CONSULT TCD"]),
        Case(.es, "En medio de tensiones, Sudán y Chad firmaron un acuerdo.", ["SDN AGREE TCD"]),
        // A name the parser hung on a phrase trigger's last word with no preposition is the phrase's object.
        Case(.fr, "Pékin a mis en garde Washington contre toute vente d'armes à Taïwan.", ["CHN ACCUSE USA"]),
        // A partitive object written after a date is the verb's object, as a name there is.
        Case(.fr, "Le Canada a adopté jeudi de nouvelles sanctions contre la Biélorussie.", ["CAN SANCTION BLR", "CAN ACCUSE BLR"]),
        // A capital a few things down names the thing, not its owner; one thing down it may still be the owner.
        Case(.fr, "Le Gabon demande la mise en œuvre du processus de Luanda.", []),
        Case(.fr, "Le Gabon a rejeté la proposition de Luanda.", ["GAB REJECT AGO"]),
        // The actor a noun names as its own acts in the noun's infinitive clause.
        Case(.fr, "Le ministre a évoqué la décision du Gabon d'expulser l'ambassadeur du Cameroun.", ["GAB SANCTION CMR", "GAB ACCUSE CMR"]),
        Case(.es, "La decisión de Honduras de expulsar al embajador de Panamá fue criticada.", ["HND SANCTION PAN", "HND ACCUSE PAN"]),
        Case(.en, "Gabon's decision to expel the Cameroonian ambassador surprised observers.", ["GAB SANCTION CMR", "GAB ACCUSE CMR"]),
        Case(.fr, "Le Gabon a pris la décision d'expulser l'ambassadeur du Cameroun.", ["GAB SANCTION CMR", "GAB ACCUSE CMR"]),
        // A decision judged was taken: its clause is coded, also when the parser hangs it on the judging verb; an act
        // someone is accused of is only alleged.
        Case(.es, "Noruega criticó la decisión de Hungría de expulsar al embajador de Polonia.", ["NOR ACCUSE HUN", "HUN SANCTION POL", "HUN ACCUSE POL"]),
        Case(.fr, "La Norvège a dénoncé la décision de la Hongrie d'expulser l'ambassadeur polonais.", ["NOR ACCUSE HUN", "HUN SANCTION POL", "HUN ACCUSE POL"]),
        Case(.es, "Noruega protesta contra la decisión de Hungría de expulsar a dos diplomáticos polacos.", ["NOR ACCUSE HUN", "HUN SANCTION POL", "HUN ACCUSE POL"]),
        // A council of ministers acts for the state its complement names; advice ("consejo") given is no act.
        Case(.es, "El Consejo de Ministros de Chile decidió declarar al embajador de Perú persona non grata.", ["CHL SANCTION PER", "CHL ACCUSE PER"]),
        Case(.fr, "Le Conseil des ministres du Mali a décidé d'expulser l'ambassadeur du Niger.", ["MLI SANCTION NER", "MLI ACCUSE NER"]),
        Case(.en, "The Council of Ministers of Ghana imposed sanctions on Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.es, "El consejo de Chile a Perú fue rechazado.", []),
        // The agent of an attack written with "por", as with "by" and "par".
        Case(.es, "La invasión de Georgia por Armenia fue condenada.", ["ARM ASSAULT GEO"]),
        // A noun of time the tagger would read as a verb is told to it as a noun: the agent phrase after it stays the verb's.
        Case(.fr, "Le président malien a été accueilli hier après-midi par le président ivoirien.", ["MLI CONSULT CIV"]),
        // Visits read as an adverbial clause of the verb whose subject made them.
        Case(.en, "The Ghanaian president returned home on Sunday evening after state visits to Togo and Benin.",
             ["GHA CONSULT TGO", "GHA CONSULT BEN"]),
        // A will to act owned by its subject, with the infinitive hung on the verb: the owner acts; allies urged act
        // themselves.
        Case(.fr, "Le Ghana a réaffirmé son engagement à soutenir le Togo.", ["GHA SUPPORT TGO"]),
        Case(.fr, "Le Ghana a exhorté ses partenaires à soutenir le Togo.", ["GHA REQUEST TGO"]),
        // The English infinitive marker opens a decision's clause as "de" does.
        Case(.en, "Ghana will respond to the decision of Togo to expel two Ghanaian diplomats, the minister said.",
             ["TGO SANCTION GHA", "TGO ACCUSE GHA"]),
        // Also when the parser makes the clause the complement of the verb that answers the decision.
        Case(.fr, "Le Mali répondra à la décision du Niger d'expulser des diplomates maliens.", ["NER SANCTION MLI", "NER ACCUSE MLI"]),
        Case(.fr, "La Norvège a accusé la Hongrie d'avoir expulsé l'ambassadeur polonais.", ["NOR ACCUSE HUN"]),
        Case(.es, "Noruega acusó a Hungría de expulsar al embajador de Polonia.", ["NOR ACCUSE HUN"]),
        // An adverbial phrase between the auxiliary and the participle ("a de son côté convoqué", "ha por su parte").
        Case(.fr, "Le Mali a de son côté convoqué le chargé d'affaires nigérien.", ["MLI ACCUSE NER"]),
        Case(.fr, "Le Mali a, à son tour, condamné le Niger.", ["MLI ACCUSE NER"]),
        Case(.es, "Chile ha por su parte convocado al encargado de negocios peruano.", ["CHL ACCUSE PER"]),
        Case(.en, "Kenya summoned Tanzania's chargé d'affaires.", ["KEN ACCUSE TZA"]),
        // Only the host state summons an envoy: where none is written, the posting names who summoned.
        Case(.en, "The Tanzanian ambassador to Kenya was summoned to the foreign ministry.", ["KEN ACCUSE TZA"]),
        Case(.fr, "L'ambassadeur de Tanzanie au Kenya a été convoqué mardi.", ["KEN ACCUSE TZA"]),
        Case(.es, "El embajador de Tanzania en Kenia fue convocado el martes.", ["KEN ACCUSE TZA"]),
        Case(.en, "The Tanzanian ambassador was summoned on Tuesday.", []),
        Case(.en, "The Tanzanian minister in Kenya was summoned on Tuesday.", []),
        Case(.fr, "La Norvège a approuvé mardi un paquet de sanctions contre la Biélorussie.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.fr, "Les États membres de l'Union africaine ont adopté de nouvelles sanctions contre le Soudan.", ["org:AU SANCTION SDN"]),
        Case(.fr, "La Norvège a approuvé le plan de paix.", []),
        Case(.en, "Norway adopted a new package of sanctions against Belarus.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.es, "Noruega aprobó un nuevo paquete de sanciones contra Bielorrusia.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        // A summons whatever stands between the verb and the diplomat (a date between commas, a cause), the diplomat's
        // state a few nouns down; summoning anything but a diplomat reprimands no one.
        Case(.fr, "Le ministère norvégien des Affaires étrangères a convoqué, ce lundi, le chargé d'affaires de l'ambassade de Hongrie.",
             ["NOR ACCUSE HUN"]),
        Case(.fr, "La Norvège a convoqué des élections anticipées après la visite du ministre hongrois.", []),
        Case(.es, "El Ministerio de Exteriores de Perú convocó hoy por la crisis a los embajadores de Bolivia y Ecuador.",
             ["PER ACCUSE BOL", "PER ACCUSE ECU"]),
        Case(.es, "Perú convocó a Bolivia a una reunión sobre el agua.", []),
        // A consul is a diplomat.
        Case(.fr, "L'Algérie a convoqué jeudi le consul général du Maroc à Oran.", ["DZA ACCUSE MAR"]),
        Case(.fr, "Le consul général du Maroc à Oran a été convoqué par l'Algérie.", ["DZA ACCUSE MAR"]),
        Case(.es, "El Gobierno de Perú convocó al cónsul de Bolivia en Tacna.", ["PER ACCUSE BOL"]),
        // Called to consultations, one's own envoy is recalled, not summoned.
        Case(.es, "Perú convocó a consultas a su embajador en Bolivia.", ["PER SANCTION BOL", "PER ACCUSE BOL"]),
        // The diplomat declared persona non grata may stand between the verb and the phrase; a clause there states no
        // expulsion.
        Case(.fr, "Le ministère estonien des Affaires étrangères a déclaré un employé de l'ambassade du Bélarus persona non grata.",
             ["EST SANCTION BLR", "EST ACCUSE BLR"]),
        Case(.fr, "La Norvège a désigné le consul de Hongrie persona non grata.", ["NOR SANCTION HUN", "NOR ACCUSE HUN"]),
        Case(.fr, "Le ministre estonien a déclaré que le consul du Bélarus n'était pas persona non grata.", []),
        Case(.es, "El Gobierno de Perú declaró a dos funcionarios de la embajada de Bolivia persona non grata.", ["PER SANCTION BOL", "PER ACCUSE BOL"]),
        Case(.es, "El canciller de Perú declaró que el cónsul de Bolivia no es persona non grata.", []),
        // A recall for consultations is a recall; one's own ambassador recalled with no posting written faces no one.
        Case(.fr, "La Norvège a rappelé pour consultations ses ambassadeurs en Hongrie et en Pologne.",
             ["NOR SANCTION HUN", "NOR SANCTION POL", "NOR ACCUSE HUN", "NOR ACCUSE POL"]),
        Case(.fr, "La Norvège a rappelé pour consultations son ambassadeur.", []),
        Case(.es, "Noruega llamó a consulta a su embajador en Hungría.", ["NOR SANCTION HUN", "NOR ACCUSE HUN"]),
        // A note of protest handed to a diplomat reprimands the diplomat's state; a note of thanks does not.
        Case(.es, "Venezuela entregó una nota de protesta al encargado de negocios de Guyana.", ["VEN ACCUSE GUY"]),
        Case(.fr, "La Bolivie a remis une note de protestation à l'ambassadeur du Chili.", ["BOL ACCUSE CHL"]),
        Case(.es, "Venezuela entregó una nota al encargado de negocios de Guyana.", []),
        // A state's diplomacy, presidency or executive acts for it; with no state named, for no one.
        Case(.fr, "La diplomatie du Mali a dénoncé les propos du ministre nigérien.", ["MLI ACCUSE NER"]),
        Case(.fr, "La diplomatie a convoqué le chargé d'affaires hongrois.", []),
        Case(.es, "El Ejecutivo de Perú rechazó la propuesta del gobierno de Bolivia.", ["PER REJECT BOL"]),
    ]

    @Test(arguments: envoysAndBatches) func envoysAndBatchesOfEvents(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    /// A name set off by commas after the object is the object ("son voisin, la Tanzanie,"); a report or a statement
    /// speaks for its author; mediators act together and meet each party, not each other; a recall of one's own
    /// ambassador is told as a noun; a denial the parser hangs under its subject still has it.
    static let reportsAndMediators: [Case] = [
        Case(.fr, "Le Kenya a accusé son voisin, la Tanzanie, de soutenir les rebelles.", ["KEN ACCUSE TZA"]),
        Case(.fr, "Un rapport des Nations unies accuse le Kenya de soutenir les rebelles.", ["org:UN ACCUSE KEN"]),
        Case(.fr, "Les États-Unis et le Qatar mènent une médiation entre le Kenya et la Tanzanie.",
             ["USA CONSULT KEN", "USA CONSULT TZA", "QAT CONSULT KEN", "QAT CONSULT TZA"]),
        Case(.fr, "Les États-Unis et le Qatar mènent une médiation.", []),
        Case(.fr, "Le Kenya a annoncé le rappel de son ambassadeur en Tanzanie.", ["KEN SANCTION TZA", "KEN ACCUSE TZA"]),
        Case(.fr, "Le Rwanda dément les accusations du Kenya.", ["RWA REJECT KEN", "KEN ACCUSE RWA"]),
    ]

    @Test(arguments: reportsAndMediators) func reportsMediatorsAndAppositions(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    /// Once a preposition of opposition names the target, the genitive names the author; a participle of attribution
    /// names the author of the event it describes; backing someone against an event backs none of its parties; a
    /// phrase may hold quotation marks and an adverb of degree.
    static let authorsAndAdversaries: [Case] = [
        Case(.fr, "L'attaque du Kenya contre la Tanzanie a fait dix morts.", ["KEN ASSAULT TZA"]),
        Case(.fr, "L'attaque du Kenya a fait dix morts.", []),
        Case(.es, "El ataque de Kenia contra Tanzania dejó diez muertos.", ["KEN ASSAULT TZA"]),
        Case(.fr, "Une frappe imputée au Kenya contre l'ambassade tanzanienne a fait dix morts.", ["KEN ASSAULT TZA"]),
        Case(.fr, "Une frappe contre l'ambassade tanzanienne a fait dix morts.", []),
        Case(.fr, "Le Ghana a aidé le Togo à se défendre contre l'attaque lancée par le Bénin.", ["GHA AID TGO"]),
        Case(.fr, "Le ministre ghanéen a jugé « totalement inacceptable » l'attaque du Bénin contre le Togo.",
             ["GHA ACCUSE BEN", "BEN ASSAULT TGO"]),
        Case(.fr, "Les États-Unis ont annoncé une nouvelle série de ventes d'armement au Ghana.", ["USA COOPERATE GHA"]),
        Case(.fr, "Le Kenya a répondu à la visite d'une délégation ougandaise en Tanzanie.", ["UGA CONSULT TZA"]),
        Case(.fr, "Le Kenya a aidé le 13 avril l'Ouganda à intercepter des missiles.", ["KEN AID UGA"]),
        Case(.fr, "L'invasion de la Tanzanie, qualifiée de barbare par le Kenya, a commencé.", []),
        Case(.fr, "L'invasion de la Tanzanie menée par l'Ouganda a commencé.", ["UGA ASSAULT TZA"]),
        Case(.fr, "Le Kenya a dit soutenir l'accord de Kampala.", []),
        Case(.fr, "Le lundi 21 mars, le ministère kényan des Affaires étrangères a convoqué l'ambassadeur tanzanien.", ["KEN ACCUSE TZA"]),
        Case(.fr, "Le Kenya a renvoyé douze diplomates tanzaniens.", ["KEN SANCTION TZA", "KEN ACCUSE TZA"]),
        Case(.fr, "Le Kenya, qui a déjà imposé de lourdes sanctions à Kampala, a protesté.", ["KEN SANCTION UGA", "KEN ACCUSE UGA"]),
        Case(.fr, "Le Kenya a décidé de rappeler son ambassadrice en Tanzanie pour consultation.", ["KEN SANCTION TZA", "KEN ACCUSE TZA"]),
        Case(.fr, "Depuis Kampala, le Kenya a déployé deux navires.", []),
        Case(.fr, "Le Kenya a annoncé l'envoi de navires en signe de soutien à la Tanzanie.", []),
        Case(.en, "Kenya demanded the release of the Tanzanian president.", []),
        Case(.fr, "Le Kenya a exigé la libération du président tanzanien.", []),
        Case(.en, "Kenya demanded the withdrawal of Tanzanian troops.", ["KEN REQUEST TZA"]),
        Case(.fr, "Le ministre a affirmé que le Kenya et l'Ouganda, dont l'armée occupe la région, soutenaient la Tanzanie.",
             ["KEN SUPPORT TZA", "UGA SUPPORT TZA"]),
        Case(.en, "Kenya, which holds the presidency, backed Tanzania.", ["KEN SUPPORT TZA"]),
        Case(.en, "Kenya said it supports the Kampala agreement.", []),
        Case(.fr, "Le Kenya a dit soutenir l'accord de l'Ouganda avec la Tanzanie.", ["KEN SUPPORT UGA", "UGA AGREE TZA"]),
        // An object relative that attributes the event names its author in its complement; its subject only judges it.
        Case(.es, "Diez personas murieron en un atentado contra Kenia que la prensa atribuye a Tanzania.", ["TZA ASSAULT KEN"]),
        Case(.es, "Diez personas murieron en un atentado contra Kenia que el gobierno ugandés atribuye a Tanzania.",
             ["TZA ASSAULT KEN"]),
        Case(.en, "Ten people died in an attack on Kenya that Tanzania carried out.", ["TZA ASSAULT KEN"]),
        // The state in the genitive of a named party to the event is that party's, not the event's author.
        Case(.en, "Kenya held meetings with King Letsie III of Lesotho.", ["KEN CONSULT person:letsie-iii"]),
        Case(.en, "The meeting of Kenya with Uganda took place on Monday.", ["KEN CONSULT UGA"]),
    ]

    /// What a subject receives or faces is an event it undergoes, whatever else the verb may mean ("recibir" is also to
    /// host, "enfrentar" to clash); "por parte de X" names an event's agent, on the noun or on the verb; people counted
    /// in thousands act as their state in a protest; a break of relations between two states is mutual.
    static let undergoneAndAgents: [Case] = [
        Case(.es, "Nicaragua recibió la condena de Costa Rica.", ["CRI ACCUSE NIC"]),
        Case(.es, "Bolivia recibió el apoyo de Paraguay.", ["PRY SUPPORT BOL"]),
        Case(.es, "Irán enfrenta un embargo por parte de Canadá.", ["CAN SANCTION IRN", "CAN ACCUSE IRN"]),
        Case(.es, "Ecuador enfrentaba críticas de Perú.", ["PER ACCUSE ECU"]),
        Case(.es, "Kenia denunció el bombardeo de Somalia por parte de Etiopía.", ["KEN ACCUSE ETH", "ETH ASSAULT SOM"]),
        Case(.fr, "Le Kenya a dénoncé un bombardement de la Somalie de la part de l'Éthiopie.", ["KEN ACCUSE ETH", "ETH ASSAULT SOM"]),
        Case(.es, "Cientos de peruanos se manifiestan frente a la embajada chilena.", ["PER PROTEST CHL"]),
        Case(.es, "Los manifestantes cortaron la avenida.", []),
        Case(.es, "Francia condecoró al embajador de Marruecos.", ["FRA SUPPORT MAR"]),
        Case(.es, "La ruptura de relaciones entre Kenia y Uganda sorprendió a la región.", ["KEN SANCTION UGA", "UGA SANCTION KEN"]),
        Case(.es, "El gobierno de Lituania ordenó la salida del país de cinco diplomáticos bielorrusos.", ["LTU SANCTION BLR", "LTU ACCUSE BLR"]),
        Case(.es, "El embajador de Chile anunció su salida del país.", []),
    ]

    @Test(arguments: undergoneAndAgents) func undergoneEventsAndTheirAgents(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    @Test(arguments: authorsAndAdversaries) func authorsAndAdversariesOfEvents(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    /// A time phrase between a verb and its object ("iniciaron este lunes ejercicios", "a mené mardi des exercices",
    /// "held last week joint exercises") leaves the object to the verb; a definite noun phrase after a verb with no
    /// subject before it is the subject, and a solo exercise has no partner.
    static let timePhrasesBeforeObjects: [Case] = [
        Case(.es, "Egipto y Grecia iniciaron este lunes ejercicios navales conjuntos en el Mediterráneo.", ["EGY COOPERATE GRC"]),
        Case(.es, "Grecia y Egipto comenzaron el miércoles 12 de marzo unas maniobras conjuntas.", ["GRC COOPERATE EGY"]),
        Case(.es, "Egipto realizará el próximo mes ejercicios conjuntos con Grecia.", ["EGY AGREE GRC"]),
        Case(.es, "Argelia anunció este jueves nuevas sanciones contra Marruecos.", ["DZA SANCTION MAR", "DZA ACCUSE MAR"]),
        Case(.es, "Comenzaron este lunes las maniobras conjuntas de Egipto.", []),
        Case(.es, "Egipto realizó el martes maniobras navales.", []),
        Case(.fr, "L'Égypte a mené mardi des exercices conjoints avec la Grèce.", ["EGY COOPERATE GRC"]),
        Case(.fr, "Le Maroc organisera en mars des manoeuvres conjointes avec l'Espagne.", ["MAR AGREE ESP"]),
        Case(.fr, "Le Maroc a organisé en mars des manoeuvres conjointes avec l'Espagne.", ["MAR COOPERATE ESP"]),
        Case(.en, "Egypt and Greece began on Monday joint naval drills.", ["EGY COOPERATE GRC"]),
        Case(.en, "Egypt held last week joint exercises with Greece.", ["EGY COOPERATE GRC"]),
    ]

    @Test(arguments: timePhrasesBeforeObjects) func objectsAfterTimePhrases(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    /// Those a relative clause says take part in an exercise ("en las que participarán X y Y", "auxquelles participeront
    /// X et Y", "in which X and Y participated") are its author's partners, and the exercise a joint one, agreed on
    /// while it is announced in the future tense; a negated
    /// clause and people who are no actor add no one.
    static let participantsOfEvents: [Case] = [
        Case(.es, "Egipto organizó unas maniobras navales en las que participaron Grecia y Chipre.", ["EGY COOPERATE GRC", "EGY COOPERATE CYP"]),
        Case(.es, "Las maniobras en las que participan Grecia y Chipre comenzaron el lunes.", ["GRC COOPERATE CYP"]),
        Case(.es, "Egipto organizó unas maniobras navales en las que no participó Grecia.", []),
        Case(.es, "Egipto organizó unas maniobras navales en las que participaron miles de soldados.", []),
        Case(.fr, "Le Maroc organisera en mars des manoeuvres navales auxquelles participeront l'Espagne et le Portugal.",
             ["MAR AGREE ESP", "MAR AGREE PRT"]),
        Case(.es, "Egipto anunció que organizará unas maniobras en las que participarán Grecia y Chipre.",
             ["EGY AGREE GRC", "EGY AGREE CYP"]),
        Case(.en, "Egypt held naval exercises in which Greece and Cyprus participated.", ["EGY COOPERATE GRC", "EGY COOPERATE CYP"]),
        Case(.en, "Egypt held naval exercises in which Greece did not participate.", []),
    ]

    @Test(arguments: participantsOfEvents) func participantsNamedInRelativeClauses(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    /// A genitive written after the agent phrase of an event noun ("la expulsión por parte de X de dos diplomáticos
    /// de Y", "l'expulsion de la part de X de deux diplomates de Y") is the noun's, whatever name it follows.
    static let genitivesAfterAgentPhrases: [Case] = [
        Case(.es, "La expulsión por parte de Marruecos de dos diplomáticos argelinos provocó una crisis.", ["MAR SANCTION DZA", "MAR ACCUSE DZA"]),
        Case(.fr, "Alger a condamné l'expulsion de la part de Rabat de deux diplomates algériens.", ["DZA ACCUSE MAR", "MAR SANCTION DZA", "MAR ACCUSE DZA"]),
        Case(.es, "La mayor parte de Francia de la posguerra fue reconstruida.", []),
    ]

    @Test(arguments: genitivesAfterAgentPhrases) func genitivesWrittenAfterAgentPhrases(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    /// Constructions of French news prose: a body that excludes a member, a partitive agent, a state speaking through
    /// its minister, neighbours accusing each other, a build-up named by the army it masses.
    static let frenchNewsConstructions: [Case] = [
        // Whoever approves an exclusion is its author; "33 des 35 membres de X" are the members acting for their body.
        Case(.fr, "L'exclusion du Pérou a été approuvée par l'Union africaine.", ["org:AU SANCTION PER"]),
        Case(.fr, "L'exclusion du Pérou a été approuvée par 30 des 35 membres de l'Union africaine.", ["org:AU SANCTION PER"]),
        Case(.fr, "Leur exclusion a été évoquée lors du sommet.", []),
        // After the one removed, a second genitive is the body it leaves, no target.
        Case(.fr, "L'exclusion du Pérou de l'Union africaine a été décidée par le Chili.", ["CHL SANCTION PER", "CHL ACCUSE PER"]),
        // "par la voix de" names who speaks for the subject: both act.
        Case(.fr, "La Suède, par la voix de son Premier ministre Ulf Kristersson, a condamné la Hongrie.",
             ["SWE ACCUSE HUN", "person:ulf-kristersson ACCUSE HUN"]),
        // "Les deux voisins" are the two states just named; reflexive accusations are mutual.
        Case(.fr, "Le Soudan et le Tchad s'opposent. Les deux voisins se sont accusés d'agression.",
             ["SDN ACCUSE TCD", "TCD ACCUSE SDN"]),
        Case(.fr, "Le Pérou et la Bolivie se rejettent la responsabilité de l'incident.", ["PER ACCUSE BOL", "BOL ACCUSE PER"]),
        // An agent noun spelt inside a phrase trigger carries the phrase's author; a diplomat's does not.
        Case(.fr, "Un renforcement massif de l'armée turque le long de la frontière de la Syrie inquiète Bagdad.", ["TUR MOBILIZE SYR"]),
        Case(.fr, "Le renvoi de diplomates hongrois a été annoncé lundi.", []),
        // A main clause the parser coordinated with a fronted clause keeps the names after the comma as its subject.
        Case(.fr, "Comme les négociations n'aboutissent pas à un compromis, le Pérou, le Chili et la Bolivie conviennent d'une action commune.",
             ["PER AGREE CHL", "PER AGREE BOL", "CHL AGREE BOL"]),
        Case(.fr, "Le Kenya a reçu le président, puis a rencontré le Premier ministre ougandais.", ["KEN CONSULT UGA"]),
        // Any diplomat or mission summoned is summoned to be told off.
        Case(.fr, "Le Maroc a convoqué mardi les diplomates espagnols.", ["MAR ACCUSE ESP"]),
        Case(.fr, "Le Kirghizistan a convoqué l'envoyé tadjik.", ["KGZ ACCUSE TJK"]),
        // An act summed up in apposition at the end of the sentence is its main clause's: judging it judges the subject.
        Case(.fr, "Le Maroc a expulsé l'ambassadeur algérien, une mesure critiquée par la France.",
             ["MAR SANCTION DZA", "FRA ACCUSE MAR", "MAR ACCUSE DZA"]),
        Case(.fr, "Le Maroc a expulsé l'ambassadeur algérien, une mesure critiquée par la France depuis des mois au Sénégal.",
             ["MAR SANCTION DZA", "FRA ACCUSE MAR", "MAR ACCUSE DZA"]),
        Case(.fr, "La France a critiqué une mesure du Maroc.", ["FRA ACCUSE MAR"]),
        // A relative clause after a name, which the parser made the root, leaves the name the main verb's subject.
        Case(.fr, "Après un entretien avec son homologue chilien, le ministre péruvien Javier González-Olaechea, dont le pays préside le forum, a indiqué qu'il était satisfait.",
             ["person:javier-gonzalez-olaechea CONSULT CHL"]),
        // "son homologue" alone faces whoever acts: it is not the one counterpart the article named before.
        Case(.fr, "Le président Macron a reçu son homologue nigérian, Bola Tinubu. Le ministre chinois a ensuite mis en garde son homologue.",
             ["person:bola-tinubu CONSULT person:emmanuel-macron"]),
    ]

    @Test(arguments: frenchNewsConstructions) func constructionOfFrenchNews(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    /// Constructions of English news prose: an event noun written as the compound of its quantity ("an aid package",
    /// "a sanctions package"), an envoy recalled in the passive, a threat aimed through its clause's "against", exercises
    /// named bilateral or trilateral.
    static let englishNewsConstructions: [Case] = [
        // The event noun before "package" keeps the complements the parser hung on the package.
        Case(.en, "Japan is sending another aid package to Ghana.", ["JPN AID GHA"]),
        Case(.en, "Norway adopted a new sanctions package against Belarus on Monday.", ["NOR SANCTION BLR", "NOR ACCUSE BLR"]),
        Case(.en, "Canada announced a $50 million military aid package for Peru.", ["CAN AID PER"]),
        Case(.en, "The aid package was debated in parliament.", []),
        Case(.en, "Chile unveiled a stimulus package on Monday.", []),
        // An envoy recalled is their state's act on the state they serve in, written as the place they leave or as
        // their posting; troops recalled, an envoy with no state, a recall denied or foreseen are no such act.
        Case(.en, "Ghana's ambassador has been recalled from Togo for consultations.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.en, "The Ghanaian ambassador to Togo was recalled on Tuesday.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.en, "Ghanaian troops were recalled from Mali.", []),
        Case(.en, "The ambassador was recalled for consultations.", []),
        Case(.en, "Ghana's ambassador has not been recalled from Togo.", []),
        Case(.en, "Ghana said its envoy could be recalled from Togo.", []),
        // A threat to act against someone, the act taking no object, is aimed at them, even with a date between.
        Case(.en, "Peru threatened to retaliate against Chile.", ["PER THREATEN CHL"]),
        Case(.en, "Peru's foreign minister threatened on Friday to retaliate against Chile over the tariffs.", ["PER THREATEN CHL"]),
        Case(.en, "Peru threatened to retaliate against any state that recognises the vote.", []),
        Case(.en, "Peru did not threaten to retaliate against Chile.", []),
        // A bilateral or trilateral exercise is held with partners; a training exercise of one state alone relates no one.
        Case(.en, "Ghana and Togo held a bilateral naval exercise off the coast.", ["GHA COOPERATE TGO"]),
        Case(.en, "Peru and Chile conducted trilateral drills with Bolivia.", ["PER COOPERATE BOL", "CHL COOPERATE BOL"]),
        Case(.en, "Peru held a training exercise near the border.", []),
        Case(.en, "Ghana held bilateral exercises.", []),
    ]

    @Test(arguments: englishNewsConstructions) func constructionOfEnglishNews(_ example: Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }
}

/// "At the invitation of X": who invited a visitor hosts the visit, in the three languages.
@Suite("Invitations")
struct InvitationTests {
    @Test func theInviterHostsTheVisit() {
        #expect(Probe.events("President Arnaud Teyssier is on a state visit at the invitation of President Kalle Virtanen.", .en)
            == ["person:arnaud-teyssier CONSULT person:kalle-virtanen"])
        #expect(Probe.events("Le président Arnaud Teyssier effectue une visite d'État à l'invitation de son homologue Kalle Virtanen.", .fr)
            == ["person:arnaud-teyssier CONSULT person:kalle-virtanen"])
        #expect(Probe.events("El presidente Arnaud Teyssier realiza una visita de Estado por invitación de su homólogo Kalle Virtanen.", .es)
            == ["person:arnaud-teyssier CONSULT person:kalle-virtanen"])
    }

    /// The invitation may hang on the visit that the verb of arriving governs.
    @Test func anInvitationUnderTheVisitNoun() {
        #expect(Probe.events("President Arnaud Teyssier arrived on Monday for a three-day visit upon the invitation of President Kalle Virtanen.", .en)
            == ["person:arnaud-teyssier CONSULT person:kalle-virtanen"])
    }

    /// Only the one who invites hosts: an invitation noun's other complements name no host.
    @Test func anInvitationToAnEventNamesNoHost() {
        #expect(Probe.events("President Arnaud Teyssier declined an invitation to the summit.", .en).isEmpty)
    }
}

/// Suspending or freezing relations is a sanction, as cutting them is, in the three languages.
@Suite("Suspended relations")
struct SuspendedRelationsTests {
    @Test func suspendingTiesIsASanction() {
        #expect(Probe.events("La CEDEAO suspende los lazos con Níger.", .es) == ["org:ECOWAS SANCTION NER"])
        #expect(Probe.events("Le Mali a gelé ses relations avec l'Ukraine.", .fr) == ["MLI SANCTION UKR", "MLI ACCUSE UKR"])
        #expect(Probe.events("Kenya froze relations with Somalia on Monday.", .en) == ["KEN SANCTION SOM", "KEN ACCUSE SOM"])
    }

    /// "X arrived and was received by Y": the coordinated passive verb shares its subject.
    @Test func aCoordinatedPassiveSharesTheSubject() {
        #expect(Probe.events("President Arnaud Teyssier arrived on Saturday and was received by Foreign Minister Kalle Virtanen.", .en)
            == ["person:arnaud-teyssier CONSULT person:kalle-virtanen"])
        #expect(Probe.events("El presidente Arnaud Teyssier llegó el sábado y fue recibido por el canciller Kalle Virtanen.", .es)
            == ["person:arnaud-teyssier CONSULT person:kalle-virtanen"])
    }
}

/// French "renvoi": the noun of sending envoys home, however many and whoever they are, and never the verb's row.
@Suite("Renvoi of envoys")
struct RenvoiTests {
    @Test func theNounOfSendingEnvoysHome() {
        #expect(Probe.events("Paris a ordonné le renvoi de douze diplomates algériens.", .fr) == ["FRA SANCTION DZA", "FRA ACCUSE DZA"])
        #expect(Probe.events("La France a annoncé le renvoi de nouveaux diplomates algériens.", .fr) == ["FRA SANCTION DZA", "FRA ACCUSE DZA"])
        #expect(Probe.events("La France renvoie douze diplomates algériens.", .fr) == ["FRA SANCTION DZA", "FRA ACCUSE DZA"])
    }

    /// A gathering whose own participant is written, and is no actor, is not attended by the clause's subject.
    @Test func aVisitOfSomeoneElseIsNoOccasion() {
        #expect(Probe.events("Togo protested after the pope's visit to Accra.", .en).isEmpty)
        #expect(Probe.events("China called off talks with Ghanaian officials after the Dalai Lama's visit to Accra.", .en) == ["CHN REJECT GHA"])
    }

    /// "La tournée du chef de l'État X a débuté. Il a été reçu…": a subject that names no actor leaves the article
    /// following the official it belongs to.
    @Test func aPronounAfterAnOfficialsEventIsTheOfficial() {
        let text = "Cette tournée du chef de l’État ghanéen a débuté lundi. Il a été reçu par le président togolais Faure Gnassingbé."
        #expect(Probe.events(text, .fr) == ["GHA CONSULT person:faure-gnassingbe"])
    }

    /// A trial sent back is no envoy sent home.
    @Test func aTrialSentBackIsNoSanction() {
        #expect(Probe.events("Le tribunal a ordonné le renvoi du procès de l'ancien ministre algérien.", .fr).isEmpty)
    }
}

/// A visit told by where the visitor is, with no verb of travel: the clause that places its subject somewhere.
@Suite("Visits told by a stay")
struct StayTests {
    static let stays: [TreeArgumentsTests.Case] = [
        TreeArgumentsTests.Case(.en, "The Ghanaian president was in Uganda for a one-day working visit.", ["GHA CONSULT UGA"]),
        TreeArgumentsTests.Case(.en, "The Ghanaian president, who is in Beijing for a three-day state visit, said trade would grow.", ["GHA CONSULT CHN"]),
        TreeArgumentsTests.Case(.fr, "Le président ghanéen, qui se trouve au Togo pour une visite de deux jours, a salué les progrès.", ["GHA CONSULT TGO"]),
        TreeArgumentsTests.Case(.fr, "Le président ghanéen est au Togo pour une visite officielle.", ["GHA CONSULT TGO"]),
        TreeArgumentsTests.Case(.es, "El presidente ghanés, que se encuentra en Togo en visita oficial, elogió los avances.", ["GHA CONSULT TGO"]),
        TreeArgumentsTests.Case(.es, "El presidente ghanés estuvo en Togo de visita oficial.", ["GHA CONSULT TGO"]),
    ]

    @Test(arguments: stays) func theOneSomewhereOnAVisitVisitsThePlace(_ example: TreeArgumentsTests.Case) {
        #expect(Set(Probe.events(example.text, example.language)) == example.edges)
    }

    /// A place with no visit is no visit, and talks someone is in stay talks.
    @Test func aStayWithoutAVisitIsNone() {
        #expect(Probe.events("The Ghanaian president was in Uganda on Monday.", .en).isEmpty)
        #expect(Probe.events("Le président ghanéen se trouve au Togo depuis lundi.", .fr).isEmpty)
    }
}
